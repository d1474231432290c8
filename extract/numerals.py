"""Chinese and Arabic numerals to numbers: 3万亿, 一万亿, 千亿, 1.4万, 两个, 4,233.2, 两位数 (10), 倍增 (100)."""

from __future__ import annotations

import functools
import re

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
CN_NUMBER = f"[{CN_DIGITS}]+"
# 4,233.2 and 43 288.6 (a statistics release's thin spaces between groups of three)
ARABIC_NUMBER = r"(?:(?<![\d.])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d])|\d+(?:,\d{3})*)(?:\.\d+)?"
_ARABIC_WITH_MULTIPLIER = re.compile(r"(\d+(?:\.\d+)?)(万亿|亿|万|千|百)?")  # 1.4万亿
_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000}


@functools.cache
def word_values() -> dict[str, float]:
    """Phrases whose number is conventional (cues.csv role word_value): 两位数增长 = at least 10 %, 倍增 = +100 %;
    and the shares written in words (role share_word_value): 一半 = 50 %, 四分之一 = 25 %."""
    from extract.lexicon import lexicon

    lex = lexicon()
    return {w: float(v) for role in ("word_value", "share_word_value") for w, v in lex.cue_words(role).items()}


@functools.cache
def share_words() -> frozenset[str]:
    """The words of word_values that are shares (一半, 四分之一), not growth."""
    from extract.lexicon import lexicon

    return frozenset(lexicon().cue_words("share_word_value"))


def parse_chinese(text: str) -> float | None:
    """A Chinese numeral (三千亿, 一万亿, 千亿, 两, 十四) as a number, or None if it is not one."""
    if not text or any(c not in CN_DIGITS + "点" for c in text) or text.startswith("点") or text.endswith("点"):
        return None
    if text[0] in "十百千万亿":
        text = "一" + text
    text = text.replace("〇", "零")
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """Arabic (with separators and a Chinese multiplier: 1.4万亿, 4,233.2) or Chinese numerals as a number."""
    text = text.strip().replace(",", "").replace("，", "").replace(" ", "").replace("\u2009", "").replace("\u202f", "")
    if not text:
        return None
    if text in word_values():
        return word_values()[text]
    m = _ARABIC_WITH_MULTIPLIER.fullmatch(text)
    if m:
        return float(m.group(1)) * _MULTIPLIERS.get(m.group(2) or "", 1)
    return parse_chinese(text)
