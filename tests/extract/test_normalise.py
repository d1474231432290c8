"""Normalisation keeps a faithful map back to the original text."""

from __future__ import annotations

import pytest

from extract.normalise import normalise, to_simplified

LONG = "全区上下要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，聚焦重点任务，抢抓发展机遇，"


def test_traditional_to_simplified_keeps_length() -> None:
    text = "地區生產總值增長6%，進出口總額4,233.2億元"
    out = to_simplified(text)
    assert len(out) == len(text)
    assert "地区生产总值" in out and "亿元" in out


def test_full_width_digits_are_folded() -> None:
    assert normalise("增长６．５％").text == "增长6.5%"


def test_a_year_in_chinese_numerals_is_folded_to_digits_of_the_same_length() -> None:
    text = "二○二五年橫琴合作區、二〇一九年水平、一九九八年，零售额"
    out = normalise(text).text
    assert len(out) == len(text)
    assert out == "2025年横琴合作区、2019年水平、1998年，零售额"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        pytest.param(LONG + "力争实\n\n现两位数增长。", True, id="page-break-inside-word"),
        pytest.param("南沙区委书记 某某：\n\n力争增长8%。", False, id="speaker-header"),
        pytest.param("第一段落结束。\n第二段落开始", False, id="after-full-stop"),
        pytest.param(
            "他表示，全区将奋力走在前列。“今年地区生产总值增长6%以上。”\n\n荔湾区委书记表示，荔湾区要实干。",
            False,
            id="after-a-quotation-that-ends-its-sentence",
        ),
        pytest.param("短标题\n\n正文很长的一段文字", False, id="short-headline"),
        pytest.param(
            "过去一年，我们加大科技投入，全市新增高新技术企业净增\n\n210家，规上工业企业达到2105家。",
            True,
            id="short-wrapped-lines-with-inner-commas",
        ),
        pytest.param("一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。", False, id="ordinal-headline"),
        pytest.param(
            "二、锚定目标任务，奋力跑出加速度\n\n今年的主要目标是：地区生产总值增长6.5%，力争实现7%。",
            False,
            id="numbered-headline-with-a-comma",
        ),
        pytest.param("砥砺前行 实干争先，\n\n开局起步 全力冲刺", False, id="headline-ending-with-a-comma"),
        pytest.param(LONG + "社会消费品零售总额增长\n\n— 2 —\n\n6%以上。", True, id="a-page-footer-between-lines"),
        pytest.param(
            "过去一年，交出了一份沉甸甸的答卷\n\n吴某在讲话中说，全市经济稳中有进。",
            False,
            id="a-short-headline-with-a-comma-standing-alone",
        ),
        pytest.param(
            "📊 2024年，某镇交出亮眼“成绩单”\n\n过去一年，面对复杂严峻的外部环境，全镇主要经济指标好于预期：",
            False,
            id="a-short-headline-opening-with-a-year-and-a-comma",
        ),
        pytest.param(
            "今年全市要加快推进产业升级，力争规上\n\n工业增加值增长8%。",
            True,
            id="a-short-line-with-a-figure-to-come-goes-on-below",
        ),
        pytest.param(
            "从化区要确保规上工业增加值增长10%以上，\n\n社会消费品零售总额增长8%。",
            True,
            id="a-short-line-ending-with-a-comma-goes-on-below",
        ),
        pytest.param(
            "横琴：澳资企业达6,800家和在合作区生活就业的澳门居民\n\n横琴粤澳深度合作区执委会数据显示，合作区地区生产总值增长7%。",
            False,
            id="a-topic-sub-heading-with-a-thousands-separator-stands-alone",
        ),
        pytest.param(
            "地区生产总值\n4012.6亿元，同比增长5.4%",
            True,
            id="a-label-line-goes-on-with-the-figure-below",
        ),
    ],
)
def test_layout_breaks(text: str, joined: bool) -> None:
    assert ("\n" not in normalise(text).text) is joined


def test_offsets_map_back() -> None:
    text = LONG + "力争实\n\n現兩位數增長。"
    n = normalise(text)
    i = n.text.index("实现两位数")
    s, e = n.span(i, i + 5)
    assert text[s:e] == "实\n\n現兩位數"
    for k, ch in enumerate(n.text):
        if ch != "\n":
            assert to_simplified(text[n.to_original(k)]) == ch or text[n.to_original(k)] == ch


def test_hard_wrapped_text_is_joined() -> None:
    lines = [
        "全市上下要坚定信心，确保今年地区生产总值增",
        "长6%以上，力争全年规上工业增加值增长8%，固",
        "定资产投资增长10%以上，社会消费品零售总额",
        "增长7%左右，外贸进出口总额稳定在三千亿元左",
        "右；研发经费投入强度达到3.5%，高新技术企业",
        "数量达到5000家以上，新增城镇就业6万人以上，",
        "城镇调查失业率控制在5.5%以内，居民人均可支",
        "配收入增长与经济增长基本同步，单位生产总值",
        "能耗下降完成省里下达的目标任务。",
    ]
    assert "\n" not in normalise("\n".join(lines)).text


def test_a_numbered_heading_is_kept_among_hard_wrapped_lines() -> None:
    wrapped = [
        "全区上下要坚定信心，确保今年地区生产总",
        "值增长6%以上，力争规上工业增加值增长8",
        "%，固定资产投资增长10%以上，社会消费",
        "品零售总额增长7%左右，外贸进出口总额稳",
        "定在三百亿元左右；研发经费投入强度达到",
        "3%，高新技术企业数量达到500家以上，",
        "新增城镇就业6千人以上，城镇调查失业率",
        "控制在5.5%以内，居民人均可支配收入增",
        "长与经济增长基本同步。",
    ]
    heading = "一、2025年：在爬坡过坎中稳中有进与时俱进"  # longer than the wrapped lines
    text = "\n".join([*wrapped, heading, "2025年是极不平凡的一年，全区上下迎难而上。"])
    assert f"{heading}\n2025年是" in normalise(text).text
