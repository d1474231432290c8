"""Checks of the bundled sample corpus (data/sample) and of the synthetic benchmark corpus generator."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

import pytest

from warehouse.config import PROJECT_ROOT

SAMPLE_DIR = PROJECT_ROOT / "data" / "sample"
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"
SYNTH_PATH = PROJECT_ROOT / "benchmarks" / "synth.py"

META_KEYS = {"title", "date", "source", "region"}
CITY = "广州市"
DISTRICTS = ("天河区", "黄埔区", "海珠区", "南沙区", "越秀区", "荔湾区", "白云区", "番禺区", "花都区", "从化区")
DISTRICTS += ("增城区",)
WINDOW = 24
_WS = re.compile(r"\s+")


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("neither UTF-8 nor GBK")


def _sample_files() -> list[Path]:
    return sorted(SAMPLE_DIR.glob("*.txt"))


def _texts() -> dict[str, str]:
    return {p.name: _decode(p.read_bytes()) for p in _sample_files()}


def _years(text: str) -> set[int]:
    """Years a text is about: explicit 20xx年 mentions plus 兔年 / 龙年."""
    years = {int(y) for y in re.findall(r"(20\d\d)年", text)}
    if "兔年" in text:
        years.add(2023)
    if "龙年" in text:
        years.add(2024)
    return years


def _windows(text: str) -> set[str]:
    flat = _WS.sub("", text)
    return {flat[i : i + WINDOW] for i in range(len(flat) - WINDOW + 1)}


def _load_synth():
    """Import benchmarks/synth.py by path (benchmarks is not a package)."""
    name = "mubiao_bench_synth"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SYNTH_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is being built
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


# ---------------------------------------------------------------- sample files


def test_sample_has_enough_files() -> None:
    assert len(_sample_files()) >= 6
    assert not list(SAMPLE_DIR.glob("*.md")), "documentation in the speeches folder would be ingested as a speech"


@pytest.mark.parametrize("path", _sample_files(), ids=lambda p: p.name)
def test_sample_file_decodes_and_has_speech_length(path: Path) -> None:
    text = _decode(path.read_bytes())
    assert 600 <= len(text) <= 1500, f"{path.name}: {len(text)} characters"


def test_sample_has_utf8_and_gbk_files() -> None:
    encodings = set()
    for path in _sample_files():
        raw = path.read_bytes()
        try:
            raw.decode("utf-8")
            encodings.add("utf-8")
        except UnicodeDecodeError:
            raw.decode("gbk")
            encodings.add("gbk")
    assert encodings == {"utf-8", "gbk"}


def test_sidecars_are_valid() -> None:
    sidecars = sorted(SAMPLE_DIR.glob("*.meta.json"))
    assert len(sidecars) >= 2
    for sidecar in sidecars:
        speech = sidecar.with_name(sidecar.name.removesuffix(".meta.json") + ".txt")
        assert speech.is_file(), f"{sidecar.name} has no speech next to it"
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        assert isinstance(meta, dict)
        assert set(meta) <= META_KEYS, f"{sidecar.name}: unexpected keys {set(meta) - META_KEYS}"
        assert all(isinstance(v, str) and v for v in meta.values())
        if "date" in meta:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"])
            dt.date.fromisoformat(meta["date"])


def test_sample_covers_city_and_districts_in_two_consecutive_years() -> None:
    by_year: dict[int, set[str]] = {}
    for text in _texts().values():
        names = {n for n in (CITY, *DISTRICTS) if n in text}
        for year in _years(text):
            by_year.setdefault(year, set()).update(names)
    consecutive = [
        y
        for y in by_year
        if y + 1 in by_year
        and CITY in by_year[y]
        and CITY in by_year[y + 1]
        and len((by_year[y] & by_year[y + 1]) - {CITY}) >= 3
    ]
    assert consecutive, f"regions by year: {by_year}"


def test_sample_has_genre_markers() -> None:
    joined = "\n".join(_texts().values())
    for marker in ("确保", "力争", "左右", "突破", "分别", "其中", "过去一年", "委书记", "今年"):
        assert marker in joined, marker


def test_sample_shares_no_window_with_shared_corpus() -> None:
    corpus_files = sorted(SHARED_CORPUS.glob("*.txt")) if SHARED_CORPUS.is_dir() else []
    if not corpus_files:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"shared corpus missing at {SHARED_CORPUS}")
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    corpus: set[str] = set()
    for path in corpus_files:
        corpus |= _windows(path.read_text(encoding="utf-8", errors="replace"))
    ours = [*SAMPLE_DIR.iterdir(), SYNTH_PATH]
    for path in ours:
        if path.is_file():
            shared = _windows(_decode(path.read_bytes())) & corpus
            assert not shared, f"{path.name} copies corpus text: {sorted(shared)[:3]}"


# ---------------------------------------------------------------- synthetic corpus


def test_synth_generates_distinct_files(tmp_path: Path) -> None:
    synth = _load_synth()
    paths = synth.generate(25, tmp_path, seed=1)
    assert len(paths) == 25
    assert len({p.name for p in paths}) == 25
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(set(texts)) == 25
    for text in texts:
        assert 2048 <= len(text.encode("utf-8")) <= 6144
        assert re.search(r"\d+(?:\.\d+)?%", text)


def test_synth_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    synth = _load_synth()
    first = [p.read_bytes() for p in synth.generate(10, tmp_path / "a", seed=7)]
    again = [p.read_bytes() for p in synth.generate(10, tmp_path / "b", seed=7)]
    other = [p.read_bytes() for p in synth.generate(10, tmp_path / "c", seed=8)]
    assert first == again
    assert first != other


def test_synth_add_one_matches_generate(tmp_path: Path) -> None:
    synth = _load_synth()
    paths = synth.generate(5, tmp_path / "all", seed=3)
    extra = synth.add_one(tmp_path / "one", 4, 3)
    assert extra.name == paths[4].name
    assert extra.read_bytes() == paths[4].read_bytes()
    new = synth.add_one(tmp_path / "all", 5, 3)
    assert new not in paths and new.is_file()
