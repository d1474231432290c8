"""Numerals and quantity location: Chinese / Arabic numbers, multipliers, units, ranges."""

from __future__ import annotations

import pytest

from extract.locate import find_quantities
from extract.numerals import parse_chinese, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("3万亿", 3e12, id="arabic-wanyi"),
        pytest.param("1.4万", 14_000, id="decimal-wan"),
        pytest.param("4,233.2", 4233.2, id="thousands-separator"),
        pytest.param("一万亿", 1e12, id="chinese-yiwanyi"),
        pytest.param("千亿", 1e11, id="chinese-leading-qian"),
        pytest.param("两", 2, id="chinese-liang"),
        pytest.param("十四", 14, id="chinese-teens"),
        pytest.param("三千五百", 3500, id="chinese-compound"),
        pytest.param("两位数", 10, id="two-digit-growth"),
        pytest.param("倍增", 100, id="doubling"),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "十四五x", "abc"])
def test_parse_chinese_rejects_non_numbers(text: str) -> None:
    assert parse_chinese(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("总量突破3万亿、增长6%", [(3e12, None, "CNY"), (6, None, "percent")], id="wanyi-and-percent"),
        pytest.param("达到1.4万亿元", [(1.4e12, None, "CNY")], id="wanyi-yuan"),
        pytest.param("超千亿元", [(1e11, None, "CNY")], id="qianyi-yuan"),
        pytest.param("建成两个", [(2, None, "count")], id="liang-ge"),
        pytest.param("4,233.2億元", [], id="traditional-unit-needs-normalising"),
        pytest.param("50-100亿5-8个", [(5e9, 1e10, "CNY"), (5, 8, "count")], id="ranges-back-to-back"),
        pytest.param("5%-8%", [(5, 8, "percent")], id="percent-range-both-units"),
        pytest.param("300多公顷", [(3e6, None, "m2")], id="duo-hectares"),
        pytest.param("5.94万吨", [(59_400, None, "t")], id="wan-tonnes"),
        pytest.param("提高0.5个百分点", [], id="percentage-points"),
        pytest.param("2023年1月28日", [], id="dates"),
        pytest.param("1万套、7万个", [(10_000, None, "count"), (70_000, None, "count")], id="wan-counts"),
    ],
)
def test_find_quantities(text: str, expected: list[tuple]) -> None:
    got = [(q.value, q.value_high, q.unit) for q in find_quantities(text)]
    assert got == [(pytest.approx(v), h if h is None else pytest.approx(h), u) for v, h, u in expected]


def test_duo_means_at_least() -> None:
    (q,) = find_quantities("1000多个")
    assert q.more and q.value == 1000
