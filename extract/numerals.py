"""Chinese and Arabic numerals to numbers: 3万亿, 一万亿, 千亿, 1.4万, 两个, 4,233.2, 两位数 (10), 倍增 (100)."""

from __future__ import annotations

import re

import cn2an

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
CN_NUMBER = f"[{_CN_DIGITS}]+"
ARABIC_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000}
_MULT_RE = re.compile(r"(万亿|亿|万|千|百|十)$")
# Phrases whose number is conventional: 两位数增长 means at least 10 %, 倍增 / 翻一番 a doubling (+100 %).
WORD_VALUES: dict[str, float] = {"两位数": 10.0, "倍增": 100.0, "翻一番": 100.0, "翻番": 100.0, "翻两番": 300.0}


def parse_chinese(text: str) -> float | None:
    """A Chinese numeral (三千亿, 一万亿, 千亿, 两, 十四) as a number, or None if it is not one."""
    if not text or any(c not in _CN_DIGITS for c in text):
        return None
    if text[0] in "十百千万亿":
        text = "一" + text
    text = text.replace("〇", "零")
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def parse_number(text: str) -> float | None:
    """Arabic (with separators and a Chinese multiplier: 1.4万亿, 4,233.2) or Chinese numerals as a number."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    if text in WORD_VALUES:
        return WORD_VALUES[text]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(万亿|亿|万|千|百)?", text)
    if m:
        return float(m.group(1)) * _MULTIPLIERS.get(m.group(2) or "", 1)
    return parse_chinese(text)


def split_multiplier(text: str) -> tuple[str, int]:
    """Split a trailing multiplier off a numeral string: '3万亿' -> ('3', 10**12); '两' -> ('两', 1)."""
    m = _MULT_RE.search(text)
    if m and m.start() > 0:
        return text[: m.start()], _MULTIPLIERS[m.group(1)]
    return text, 1
