"""find_citations on Chinese phrases from real resolutions (symbols_zh.py)."""

from __future__ import annotations

import pytest
from symbols_support import found, symbols

from resolutions.parsing.symbols import find_citations
from resolutions.parsing.types import (
    GA_RESOLUTION,
    HRC_RESOLUTION,
    OTHER_RESOLUTION,
    SC_RESOLUTION,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第 70/1 号决议", [("A/RES/70/1", GA_RESOLUTION, "70/1")]),
        ("第70/1号决议", [("A/RES/70/1", GA_RESOLUTION, "70/1")]),
        ("第 217 A (III) 号决议。", [("A/RES/217(III)", GA_RESOLUTION, "217 A (III)")]),
        ("第217 A(III)号决议。", [("A/RES/217(III)", GA_RESOLUTION, "217 A(III)")]),
        (
            "见第 2200 A (XXI)号决议，附件。",
            [("A/RES/2200(XXI)", GA_RESOLUTION, "2200 A (XXI)")],
        ),
        (
            "人权理事会 2016 年 6 月 30 日第 32/6 号决议",
            [("A/HRC/RES/32/6", HRC_RESOLUTION, "32/6")],
        ),
        (
            "大会 2015 年 12 月 17 日第 70/153 号决议",
            [("A/RES/70/153", GA_RESOLUTION, "70/153")],
        ),
        (
            "安全理事会第 1325 (2000) 号决议",
            [("S/RES/1325(2000)", SC_RESOLUTION, "1325 (2000)")],
        ),
        ("第 ES-10/19 号决议", [("A/RES/ES-10/19", GA_RESOLUTION, "ES-10/19")]),
        # The first resolution in Chinese numerals, its session as ㈠ (A/RES/75/73).
        (
            "大会1946年1月24日通过的第一项决议，即第一㈠号决议之中",
            [("A/RES/1(I)", GA_RESOLUTION, "一㈠")],
        ),
        ("第 75/242 B 号决议", [("A/RES/75/242 B", GA_RESOLUTION, "75/242 B")]),
        # A/RES/72/169: Sub-Commission resolutions were issued as E/CN.4/Sub.2/RES/...
        (
            "促进和保护人权小组委员会第五十二届会议于2000年8月18日通过了关于促进人权问题对话的第2000/22号决议",
            [("E/CN.4/Sub.2/RES/2000/22", OTHER_RESOLUTION, "2000/22")],
        ),
        (
            "人权委员会 2005 年 4 月 20 日第 2005/69 号决议",
            [("E/CN.4/RES/2005/69", OTHER_RESOLUTION, "2005/69")],
        ),
        (
            "经济及社会理事会第 2004/67 号决议",
            [("E/RES/2004/67", OTHER_RESOLUTION, "2004/67")],
        ),
        # A body without a known series: the number as written, still a resolution.
        ("妇女地位委员会第 56/3 号决议", [("56/3", OTHER_RESOLUTION, "56/3")]),
        ("年份式编号第 2000/22 号决议", [("2000/22", OTHER_RESOLUTION, "2000/22")]),
    ],
)
def test_find_citations_reads_chinese_resolution_numbers(text, expected):
    assert found(text) == expected


def test_find_citations_reads_a_list_with_one_body_for_all():
    text = (
        "回顾人权理事会 2016 年 6 月 30 日第 32/6 号和"
        " 2017 年 6 月 22 日第 35/2 号决议，"
        "以及第 70/1、70/153 和 71/190 号决议"
    )
    assert [c.symbol for c in find_citations(text)] == [
        "A/HRC/RES/32/6",
        "A/HRC/RES/35/2",
        "A/RES/70/1",
        "A/RES/70/153",
        "A/RES/71/190",
    ]


def test_find_citations_reads_each_body_of_a_list_of_resolutions():
    # Preambular paragraph 3 of A/RES/72/169, markers removed.
    text = (
        "又回顾其 2000 年 9 月 8 日通过的《联合国千年宣言》、大会 2015 年 12 月 17 日"
        "第 70/153 号决议、人权理事会 2016 年 6 月 30 日第 32/6 号决议和人权委员会关于"
        "增进人权领域国际合作的各项决议，"
    )
    citations = find_citations(text)
    assert [(c.symbol, c.kind) for c in citations] == [
        ("A/RES/70/153", GA_RESOLUTION),
        ("A/HRC/RES/32/6", HRC_RESOLUTION),
    ]
    assert [text[c.start : c.end] for c in citations] == ["70/153", "32/6"]


@pytest.mark.parametrize(
    "text",
    [
        "《大会正式记录，第七十一届会议，补编第 53 号》",
        "大会第七十三届会议",
        "第 70/1 号决定",
        "2017年12月19日",
    ],
)
def test_find_citations_ignores_numbers_that_are_not_resolutions(text):
    assert find_citations(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "人权理事会的所有相关决议，包括2012年3月22日第19/11号决议",
            ["A/HRC/RES/19/11"],
        ),
        # Chinese part lists, a list ending in 和以往各项决议, ES- without 第.
        ("1981年12月9日第36/87 A和B号决议", ["A/RES/36/87 A"]),
        ("2019年12月18日第74/120号和以往各项决议", ["A/RES/74/120"]),
        ("大会2009年1月16日ES-10/18号决议", ["A/RES/ES-10/18"]),
        # 第 left out after a date (A/RES/76/98); a direction mark (A/RES/77/272).
        ("的2020年9月11日74/307号决议、", ["A/RES/74/307"]),
        ("回顾其2021年3月3日第75/265\u200e号决议", ["A/RES/75/265"]),
        # 关于…的 between two numbers of one list (A/RES/75/62).
        (
            "回顾其关于《集束弹药公约》的2008年12月2日第63/71号和关于《公约》"
            "执行情况的2015年12月7日第70/54号决议",
            ["A/RES/63/71", "A/RES/70/54"],
        ),
        # A body inside a title does not adopt the resolution (A/RES/79/72).
        (
            "一套“加强裁军审议委员会执行职责的途径和方法”以协商一致方式获得通过的"
            "1990年12月4日第45/62 B号决议",
            ["A/RES/45/62 B"],
        ),
        # Resolutions of the Assembly and the Council together (A/RES/76/305).
        (
            "大会和安全理事会2005年12月20日第60/180号和第1645(2005)号、"
            "2016年4月27日第70/262号和第2282(2016)号决议",
            ["A/RES/60/180", "S/RES/1645(2005)", "A/RES/70/262", "S/RES/2282(2016)"],
        ),
    ],
)
def test_find_citations_reads_chinese_shapes_of_the_xml_corpus(text, expected):
    assert symbols(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts of a special session's resolution (A/RES/75/198, footnote 5).
        (
            "S-20/1、S-20/2、S-20/3和S-20/4 A-E号决议。",
            ["A/RES/S-20/1", "A/RES/S-20/2", "A/RES/S-20/3", "A/RES/S-20/4 A-E"],
        ),
        # A part range with 至 (A/RES/75/244).
        ("1996年12月18日第51/211 A至E号决议", ["A/RES/51/211 A-E"]),
        # 号 left out before 决议 (A/RES/75/113, footnote 11).
        ("第217 A(III)决议。", ["A/RES/217(III)"]),
        # A subject between the list and 决议 (A/RES/75/10).
        (
            "回顾其2016年11月21日第71/19号和2018年11月26日第73/11号关于联合国同国际"
            "刑警组织的合作的决议，",
            ["A/RES/71/19", "A/RES/73/11"],
        ),
        # 第 repeated after 和, and left out after 和 and after a date (A/RES/75/243,
        # A/RES/76/76, A/RES/75/293).
        (
            "2003年12月23日第58/268和第58/269号、2017年12月7日第72/77号和72/78号、"
            "1995年7月20日49/250号决议",
            [
                "A/RES/58/268",
                "A/RES/58/269",
                "A/RES/72/77",
                "A/RES/72/78",
                "A/RES/49/250",
            ],
        ),
        # Footnote markers inside a list (A/RES/75/175, A/RES/75/186).
        (
            "2017年6月22日第35/19号¹⁵ 和2020年7月16日第44/13号决议，¹⁶",
            ["A/RES/35/19", "A/RES/44/13"],
        ),
        (
            "2018年9月28日第39/17⁶ 号和2020年10月6日第45/22号决议",
            ["A/RES/39/17", "A/RES/45/22"],
        ),
        # Quoted titles and 的 phrases between items (A/RES/75/156, A/RES/75/25).
        (
            "2020年9月11日关于全面协调应对COVID-19大流行的第74/306号，以及2020年9月11日"
            "题为“联合应对全球健康威胁：抗击COVID-19大流行”的第74/307号决议",
            ["A/RES/74/306", "A/RES/74/307"],
        ),
        (
            "尤其是宣布2000年为和平文化国际年的1997年11月20日第52/15号、宣布2001-2010年"
            "为世界儿童建设和平与非暴力文化国际十年的1998年11月10日第53/25号决议",
            ["A/RES/52/15", "A/RES/53/25"],
        ),
        # A decision opens the Council's list; its body carries on (A/RES/75/181).
        (
            "以及人权理事会2011年9月30日第18/120号决定、¹ 2013年9月27日第24/14号、² "
            "2014年9月26日第27/21号决议",
            ["A/HRC/RES/24/14", "A/HRC/RES/27/21"],
        ),
        # A body named in what the resolution is about, or in what it did, does not
        # adopt it (A/RES/75/165, A/RES/76/106).
        (
            "回顾其2006年3月15日关于设立人权理事会的第60/251号决议",
            ["A/RES/60/251"],
        ),
        (
            "回顾其设立追究联合国官员和特派专家刑事责任问题特设委员会的2006年12月4日"
            "第61/29号决议",
            ["A/RES/61/29"],
        ),
        # The Security Council as the subject: its numbers carry a year (A/RES/75/325).
        ("重申安全理事会继续努力按照1996年12月17日第51/193号决议", ["A/RES/51/193"]),
        # Emergency special sessions and non-breaking hyphens (A/RES/75/94,
        # A/RES/78/302, A/RES/75/96).
        (
            "回顾其1967年7月4日第2252(ES-V)号和1967年12月19日第2341B(XXII)号决议",
            ["A/RES/2252(ES-V)", "A/RES/2341(XXII)"],
        ),
        (
            "its resolutions 1874 (S\u2011IV) of 27 June 1963 and ES\u201110/15 of "
            "20 July 2004",
            ["A/RES/1874(S-IV)", "A/RES/ES-10/15"],
        ),
    ],
)
def test_find_citations_reads_chinese_lists_of_the_xml_corpus(text, expected):
    assert symbols(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Direction marks between the items of a list (A/RES/77/280).
        (
            "2006年7月7日第60/283号、\u200e\u200e2006年12月22日第61/245号、2010年3月29"
            "\u200e日第64/259号和2020年4月13日第74/271号决议",
            ["A/RES/60/283", "A/RES/61/245", "A/RES/64/259", "A/RES/74/271"],
        ),
        # 第 left out after 的 (A/RES/77/189) and after 见 (A/RES/75/196, footnote 30).
        (
            "按照2013年7月9日第67/290号决议和2021年6月25日的75/290 B号决议的规定",
            ["A/RES/67/290", "A/RES/75/290 B"],
        ),
        ("³⁰ 见67/234 B号决议。", ["A/RES/67/234 B"]),
        # 号 left out before the next dated item (A/RES/79/11).
        (
            "2018年11月26日第73/14号、2020年11月23日第75/8和2022年11月21日第77/15号决议",
            ["A/RES/73/14", "A/RES/75/8", "A/RES/77/15"],
        ),
        # A part letter after the session (A/RES/79/241).
        (
            "回顾其关于全面研究无核武器区问题所有方面的1974年12月9日第3261(XXIX) F号和"
            "1975年12月11日第3472(XXX)号决议，",
            ["A/RES/3261(XXIX)", "A/RES/3472(XXX)"],
        ),
        # A special session written with a space (A/RES/76/239).
        (
            "重申其1963年6月27日第1874(S IV)号、1973年12月11日第3101(XXVIII)号以及"
            "第55/235号决议所列各项原则，",
            ["A/RES/1874(S-IV)", "A/RES/3101(XXVIII)", "A/RES/55/235"],
        ),
        # An item without a number inside a list (A/RES/77/296).
        (
            "尤其是宣布2000年为和平文化国际年的1997年11月20日第52/15号、宣布2001-2010年"
            "是为世界儿童建设和平与非暴力文化国际十年的1998年11月10日第53/25号、关于执行"
            "和贯彻落实《和平文化宣言》和《和平文化行动纲领》的各项决议、题为“以爱与良心"
            "促进和平文化”的2019年7月25日第73/329号和题为“促进宗教间和文化间对话与容忍，"
            "打击仇恨言论”的2021年7月21日第75/309号决议，",
            ["A/RES/52/15", "A/RES/53/25", "A/RES/73/329", "A/RES/75/309"],
        ),
        # Pursuant to a resolution, not the committee's (A/RES/77/118).
        (
            "**注意到**渔业委员会第三十五届会议请联合国粮食及农业组织加强参与根据"
            "第72/249号决议召开的",
            ["A/RES/72/249"],
        ),
        # A comma inside a title; the committee's own 根据 (A/RES/79/313).
        (
            "欢迎该委员会第三十一届会议通过题为“加强开展国际合作的国际法律框架，预防和打击"
            "非法贩运野生动植物行为”的2022年5月20日第31/1号决议，¹⁷ 并欢迎委员会根据"
            "第31/1号决议提交的报告",
            ["31/1", "31/1"],
        ),
        # The Commission on the Status of Women's, titles between (A/RES/75/168).
        (
            "说明在执行妇女地位委员会2005年3月11日题为“土著妇女：《北京宣言》和"
            "《行动纲要》十年审查之后”的第49/7号决议²¹ 以及2012年3月9日题为“土著妇女："
            "消除贫穷和饥饿的主要行为者”的第56/4号决议²² 方面",
            ["49/7", "56/4"],
        ),
    ],
)
def test_find_citations_reads_more_chinese_lists_of_the_xml_corpus(text, expected):
    assert symbols(text) == expected


def test_find_citations_reads_a_number_with_its_session_spaced_as_written():
    (citation,) = find_citations("第1874(S IV)号决议")
    assert (citation.symbol, citation.text) == ("A/RES/1874(S-IV)", "1874(S IV)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lists after the Council's, joined by dates and subjects (A/RES/76/130).
        (
            "又回顾人权理事会2013年6月13日关于对白化病患者的袭击和歧视的第23/13号"
            "决议¹¹ 和2013年9月27日关于为防止对白化病患者的攻击而开展技术合作的"
            "第24/33号决议，¹² 以及涉及白化病患者享有人权问题独立专家的任务的"
            "2015年3月26日第28/6号¹³ 和2018年3月22日第37/5号决议，",
            ["A/HRC/RES/23/13", "A/HRC/RES/24/33", "A/HRC/RES/28/6", "A/HRC/RES/37/5"],
        ),
        # 及其后的 (A/RES/79/60); the Assembly named again takes over.
        (
            "回顾人权理事会关于为处理马绍尔群岛核遗留问题的人权影响提供技术援助和能力"
            "建设的2022年10月7日第51/35号决议⁴ 及其后的2024年10月10日第57/26号决议，"
            "以及大会题为“为哈萨克斯坦塞米巴拉金斯克地区人的康复、生态复原和经济发展"
            "开展国际合作与协调”的2023年12月19日第78/142号决议，",
            ["A/HRC/RES/51/35", "A/HRC/RES/57/26", "A/RES/78/142"],
        ),
        # The latest of the Council's resolutions (A/RES/77/227).
        (
            "并回顾人权理事会的各项决议和决定，最近的决议是2022年7月7日第50/3号、³ "
            "2018年3月23日第37/32号¹¹ 和2017年12月5日S-27/1号决议，",
            ["A/HRC/RES/50/3", "A/HRC/RES/37/32", "A/HRC/RES/S-27/1"],
        ),
        # The Assembly's own latest resolution: no body named before.
        (
            "回顾其以往关于缅甸人权状况的各项决议，最近的决议是2021年12月16日"
            "第76/180号决议",
            ["A/RES/76/180"],
        ),
    ],
)
def test_find_citations_carries_the_body_to_the_next_list(text, expected):
    assert symbols(text) == expected
