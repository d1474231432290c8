"""Generate a synthetic corpus of development-conference speeches for benchmarks.

Every speech is built from templates written for mubiao (no sentence is taken from a real transcript), with real
region names from ``extract/data/regions.csv`` and random but plausible figures. Output is deterministic for a seed:
document ``i`` depends only on ``(seed, i)``, so :func:`add_one` writes exactly the file that :func:`generate` would
have written at that index.

Usage::

    python benchmarks/synth.py 10000 /tmp/synth --seed 7
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REGIONS_CSV = Path(__file__).resolve().parent.parent / "extract" / "data" / "regions.csv"

MIN_BYTES = 2048
MAX_BYTES = 6144
YEARS = range(2019, 2031)
ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"  # 2020 is 鼠年
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"

# ---------------------------------------------------------------- regions


@dataclass(frozen=True)
class Hub:
    """A region with at least two county-level children: a prefecture city, or a municipality (province level)."""

    name: str
    short: str
    level: str
    parent: str  # the province for a city; empty for a municipality
    districts: tuple[tuple[str, str], ...]  # (full name, short name)


@lru_cache(maxsize=4)
def load_hubs(path: Path = REGIONS_CSV) -> tuple[Hub, ...]:
    """Regions that can host a city-plus-districts speech, in file order (so the choice is deterministic)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_code = {r["code"]: r for r in rows}
    children: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        if r["level"] == "district" and r["parent_code"]:
            children.setdefault(r["parent_code"], []).append((r["name"], _short(r)))
    hubs = []
    for r in rows:
        kids = children.get(r["code"], [])
        if r["level"] not in ("province", "city") or len(kids) < 2:
            continue
        parent = by_code.get(r["parent_code"], {}).get("name", "") if r["level"] == "city" else ""
        hubs.append(Hub(r["name"], _short(r), r["level"], parent, tuple(kids)))
    if not hubs:
        raise RuntimeError(f"no usable regions in {path}")
    return tuple(hubs)


def _short(row: dict[str, str]) -> str:
    short = (row.get("short_names") or "").split("|")[0].strip()
    return short or row["name"]


# ---------------------------------------------------------------- figures


def _pct(rng: random.Random, lo: float = 3.0, hi: float = 12.0) -> str:
    value = round(rng.uniform(lo, hi) * 2) / 2  # steps of 0.5, like real targets
    return f"{value:g}"


def _money(yi: float) -> str:
    """An amount given in 亿元, written the way speeches write it."""
    if yi >= 10000:
        return f"{round(yi / 10000, 1):g}万亿元"
    if yi >= 100:
        return f"{int(round(yi, -1))}亿元"
    return f"{round(yi):d}亿元"


# GDP scale in 亿元 by level; investment and output are fractions of it.
GDP_RANGE = {"province": (8000, 130000), "city": (800, 30000), "district": (80, 6000)}


@dataclass
class Ctx:
    rng: random.Random
    region: str  # full name of the region the paragraph is about
    level: str
    year: int
    gdp: float  # last year's GDP in 亿元
    used: set[str] = field(default_factory=set)  # once-per-region templates already used

    def lvl(self, share: float) -> str:
        return _money(self.gdp * share * self.rng.uniform(0.85, 1.15))


IND_GROWTH = ["地区生产总值", "经济总量", "GDP", "规上工业增加值", "社会消费品零售总额", "外贸进出口总额", "工业投资"]
IND_LEVEL = [("固定资产投资", 0.35), ("规模以上工业总产值", 1.1), ("社会消费品零售总额", 0.4), ("工业投资", 0.1)]
SECTORS = ["新能源汽车", "集成电路", "生物医药", "新型储能", "高端装备", "电子信息", "绿色石化", "现代纺织", "数字创意"]
SUBS = ["工业投资", "基础设施投资", "城市更新投资", "制造业投资", "民间投资"]
COUNTED = [("重点建设项目", "个"), ("亿元以上产业项目", "个"), ("规上工业企业", "家"), ("高新技术企业", "家")]

# ---------------------------------------------------------------- sentence templates
# Each template returns one sentence (or two) about ctx.region for ctx.year, in the project's own wording.


def t_ensure_strive(c: Ctx) -> str:
    low = float(_pct(c.rng, 3, 9))
    return f"今年要确保{c.rng.choice(IND_GROWTH[:3])}增长{low:g}%以上，力争{low + c.rng.choice((0.5, 1, 1.5)):g}%。"


def t_level_then_growth(c: Ctx) -> str:
    name, share = c.rng.choice(IND_LEVEL)
    return f"全年{name}完成{c.lvl(share)}、增长{_pct(c.rng)}%左右。"


def t_growth_then_level(c: Ctx) -> str:
    total = _money(c.gdp * (1 + c.rng.uniform(0.03, 0.12)))
    return f"我们的目标是{c.rng.choice(('地区生产总值', '经济总量'))}增长{_pct(c.rng, 3, 9)}%以上、总量突破{total}。"


def t_past_actual(c: Ctx) -> str:
    unit = _whole(c.region, c.level)
    return (
        f"过去一年，{unit}地区生产总值达到{_money(c.gdp)}、增长{_pct(c.rng, 1.5, 8)}%，"
        f"{c.rng.choice(IND_GROWTH[3:6])}增长{_pct(c.rng, 1, 10)}%。"
    )


def t_distribution(c: Ctx) -> str:
    a, b = c.rng.sample(SECTORS, 2)
    return f"力争{a}、{b}两大产业产值分别突破{c.lvl(0.2)}、{c.lvl(0.08)}。"


def t_count(c: Ctx) -> str:
    what, unit = c.rng.choice(COUNTED)
    n = c.rng.choice((12, 30, 50, 80, 120, 150, 200, 300, 500, 800, 1200))
    if unit == "家":
        return f"全年新增{what}{n}{unit}{c.rng.choice(('以上', '左右', ''))}，让经营主体队伍持续壮大。"
    return f"全年推进{what}{n}{unit}以上，年度计划完成投资{c.lvl(0.12)}。"


def t_sub_component(c: Ctx) -> str:
    return (
        f"固定资产投资增长{_pct(c.rng)}%左右，其中{c.rng.choice(SUBS)}增长{_pct(c.rng, 5, 20)}%以上，"
        f"{c.rng.choice(IND_GROWTH[3:5])}增长{_pct(c.rng)}%。"
    )


def t_breakthrough(c: Ctx) -> str:
    name, share = c.rng.choice(IND_LEVEL[1:])
    return f"{name}{c.rng.choice(('力争突破', '确保超过', '争取达到'))}{c.lvl(share)}，迈上新的台阶。"


def t_share(c: Ctx) -> str:
    rd = c.rng.choice(("2.5", "3", "3.2", "3.5", "4"))
    return f"研发经费投入强度提升到{rd}%，数字经济核心产业增加值占比达到{_pct(c.rng, 8, 20)}%。"


def t_rough(c: Ctx) -> str:
    a, b = c.rng.sample(IND_GROWTH[3:7], 2)
    return f"{a}增长{_pct(c.rng)}%左右，{b}保持{_pct(c.rng, 2, 8)}%以上的增速。"


TEMPLATES: tuple[Callable[[Ctx], str], ...] = (
    t_ensure_strive,
    t_level_then_growth,
    t_growth_then_level,
    t_past_actual,
    t_distribution,
    t_count,
    t_sub_component,
    t_breakthrough,
    t_share,
    t_rough,
)

FILLER = (
    "各级干部要把心思和精力集中到抓项目、抓招商、抓落地上来，不等不靠、真抓实干。",
    "要坚持问题导向，对企业反映的堵点难点逐条建立台账，限时办结、跟踪问效。",
    "营商环境没有最好只有更好，要让经营主体办事少跑腿、投资更安心。",
    "我们将把年度目标分解到季度、落实到项目、明确到责任人，实行清单化管理。",
    "产业是发展的根基，要在延链补链强链上持续用力，培育更多本土龙头企业。",
    "要用好土地、资金、能耗等要素保障，让好项目早开工、早投产、早见效。",
    "城乡区域协调发展是重要任务，要加快补齐基础设施和公共服务的短板。",
    "科技创新要和产业创新深度融合，推动更多实验室成果走上生产线。",
    "民生福祉是发展的落脚点，教育、医疗、养老等领域投入只增不减。",
    "安全生产和风险防范的底线必须守牢，为经济平稳运行创造良好条件。",
    "要坚持以实绩论英雄，对干得好的单位给予激励，对落后的单位及时约谈。",
    "开放合作是增长的重要动力，要主动对接大湾区和长三角等先进地区的资源。",
)


def _whole(region: str, level: str) -> str:
    """全省 / 全市 / 全区 / 全县: how a speaker refers to the whole of his own region."""
    if level == "district":
        return "全" + (region[-1] if region[-1] in "区县市旗" else "区")
    return "全省" if region.endswith("省") else "全市"


# Headline statements a speaker makes once about a region; the others may recur with other figures.
ONCE = frozenset({"t_ensure_strive", "t_growth_then_level", "t_past_actual", "t_level_then_growth"})


def _paragraph(c: Ctx, n_targets: int) -> str:
    fillers = c.rng.sample(FILLER, n_targets + 1)
    parts = [fillers.pop()]
    pool = [fn for fn in TEMPLATES if fn.__name__ not in c.used]
    for fn in c.rng.sample(pool, min(n_targets, len(pool))):
        if fn.__name__ in ONCE:
            c.used.add(fn.__name__)
        parts.append(fn(c))
        if c.rng.random() < 0.5:
            parts.append(fillers.pop())
    return "".join(parts)


# ---------------------------------------------------------------- layouts


def _gdp(rng: random.Random, level: str) -> float:
    """Last year's GDP in 亿元, log-uniform within the level's range (most places are small)."""
    lo, hi = GDP_RANGE[level]
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _date_line(rng: random.Random, year: int) -> str:
    return f"{year}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"


def _leader(rng: random.Random, region: str) -> str:
    return f"{region}委书记 {rng.choice(SURNAMES)}某某"


def _fill(rng: random.Random, head: list[str], make: Callable[[], str], tail: list[str]) -> str:
    """Append paragraphs from ``make`` until the text is between MIN_BYTES and MAX_BYTES of UTF-8."""
    goal = rng.randint(MIN_BYTES + 200, MAX_BYTES - 900)
    body: list[str] = []
    size = sum(len(s.encode()) + 2 for s in head + tail)
    while size < goal:
        para = make()
        extra = len(para.encode()) + 2
        if size + extra > MAX_BYTES - 16:
            if size >= MIN_BYTES:
                break
            continue
        body.append(para)
        size += extra
    return "\n\n".join(head + body + tail) + "\n"


def layout_single(rng: random.Random, hub: Hub, year: int) -> str:
    """One leader's speech to his own city's conference."""
    gdp = _gdp(rng, hub.level)
    c = Ctx(rng, hub.name, "city", year, gdp)
    zodiac = ZODIAC[(year - 2020) % 12]
    head = [
        f"{hub.name}高质量发展大会召开",
        _date_line(rng, year),
        f"{zodiac}年开年，{hub.name}召开全市高质量发展大会。以下为{_leader(rng, hub.name)}讲话摘要。",
    ]
    district = rng.choice(hub.districts)[0]
    pending = [rng.random() < 0.6]  # whether the speech still has to single out one district

    def make() -> str:
        if pending[0] and rng.random() < 0.3:
            pending[0] = False
            return (
                f"要支持{district}加快发展，推动{district}地区生产总值增长{_pct(rng)}%以上、"
                f"固定资产投资增长{_pct(rng, 5, 25)}%左右。{rng.choice(FILLER)}"
            )
        return _paragraph(c, rng.randint(1, 3))

    tail = ["目标已经明确，关键在于落实。让我们撸起袖子加油干，以优异成绩向全市人民交出满意答卷。"]
    return _fill(rng, head, make, tail)


def layout_compilation(rng: random.Random, hub: Hub, year: int) -> str:
    """A newspaper page collecting what the city and several district leaders said, with speaker headers."""
    gdp = _gdp(rng, hub.level)
    picks = rng.sample(hub.districts, min(len(hub.districts), rng.randint(3, 6)))
    head = [
        f"开局就冲刺 {hub.short}各地比学赶超",
        f"——{hub.name}各区县负责同志谈贯彻高质量发展大会精神",
        f"（{_date_line(rng, year)}）",
    ]
    speakers = [Ctx(rng, hub.name, "city", year, gdp)]
    speakers += [Ctx(rng, d, "district", year, gdp * rng.uniform(0.03, 0.3)) for d, _ in picks]
    state = {"i": 0}

    def make() -> str:
        # Each speaker gets a header line once; if the page still needs text, the last speaker goes on talking.
        i = state["i"]
        state["i"] += 1
        c = speakers[min(i, len(speakers) - 1)]
        para = _paragraph(c, rng.randint(2, 3))
        return f"{_leader(rng, c.region)}：\n\n{para}" if i < len(speakers) else para

    return _fill(rng, head, make, ["（本报记者 综合整理）"])


def layout_report(rng: random.Random, hub: Hub, year: int) -> str:
    """A news report on a district conference, with numbered sections and explicit years."""
    district = rng.choice(hub.districts)[0]
    gdp = _gdp(rng, "district")
    c = Ctx(rng, district, "district", year, gdp)
    whole = _whole(district, "district")
    head = [
        f"{district}部署{year}年经济工作",
        f"本报讯 {_date_line(rng, year)}，{district}召开{whole}高质量发展大会，明确{year}年主要预期目标。",
    ]
    numerals = "一二三四五六七八九十"
    titles = rng.sample(SECTION_TITLES, len(SECTION_TITLES))
    state = {"i": 0}

    def make() -> str:
        i = state["i"]
        state["i"] += 1
        return f"{numerals[i % 10]}、{titles[i % len(titles)]}。{_paragraph(c, rng.randint(1, 3))}"

    return _fill(rng, head, make, [f"会议要求，{hub.name}{district}{whole}上下要迅速行动，确保各项目标落地见效。"])


SECTION_TITLES = (
    "稳住增长基本盘",
    "壮大实体经济",
    "扩大有效投资",
    "激发消费潜力",
    "深化改革开放",
    "强化科技支撑",
    "推进城乡融合",
    "办好民生实事",
)

LAYOUTS = (layout_single, layout_compilation, layout_report)


# ---------------------------------------------------------------- API


def file_name(index: int) -> str:
    return f"synth_{index:06d}.txt"


def render(index: int, seed: int = 0) -> str:
    """The text of synthetic speech ``index`` for ``seed``."""
    rng = random.Random(seed * 1_000_003 + index)
    hubs = load_hubs()
    hub = hubs[rng.randrange(len(hubs))]
    year = rng.choice(YEARS)
    return LAYOUTS[rng.randrange(len(LAYOUTS))](rng, hub, year)


def add_one(out_dir: Path, index: int, seed: int = 0) -> Path:
    """Write speech ``index`` (the one :func:`generate` would write at that position) and return its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(index)
    path.write_text(render(index, seed), encoding="utf-8")
    return path


def generate(n: int, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic speeches into ``out_dir`` and return their paths (in index order)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [add_one(out_dir, i, seed) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of speeches")
    parser.add_argument("out_dir", type=Path, help="folder to write into (created if missing)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    paths = generate(args.n, args.out_dir, args.seed)
    print(f"wrote {len(paths)} speeches to {args.out_dir} in {time.perf_counter() - t0:.2f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
