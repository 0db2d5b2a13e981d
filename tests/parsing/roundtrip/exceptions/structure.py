"""Round-trip exceptions: paragraph structure the XML gets wrong (see __init__)."""

_QUOTED_4 = (
    "the amended statute's paragraph 4, quoted after 'Article 9, new paragraph 4:', "
    "is tagged as operative paragraph 4 between operative paragraphs 14 and 1 of "
    "section IV"
)
_NO_FORMULA = (
    "the preamble has no enacting formula (The General Assembly,): it opens with '{}'"
)
EXCEPTIONS: dict[str, str] = {
    "A_RES_78_248-2326262E.xml": _QUOTED_4,
    "A_RES_78_248-2326262C.xml": _QUOTED_4,
    "A_RES_75_287_C.xml": "operative paragraph 7 is missing from the XML (6, then 8)",
    "A_RES_79_138-2423457A.xml": "operative paragraph 10 is missing from the XML",
    "A_RES_76_246-2119713C.xml": "three preambular crossHeadings end like operative "
    "clauses with ；: 回顾…第76/245号决议； (section III; the English XML ends it with "
    "','), and 注意到…预算3 964 300美元； and 表示注意到…订正估计数； (sections XXI "
    "and XXIII), which the English XML has as the operative paragraphs 'Notes' and "
    "'Takes note'",
    "A_RES_79_195-2424294R.xml": "operative paragraph 36 is numbered twice and 37 "
    "is missing (36, 36, 38)",
    "A_RES_78_187-2326041C.xml": "operative paragraph 22 is numbered twice and 23 "
    "is missing (22, 22, 24)",
    "A_RES_79_139-2423458S.xml": "operative paragraph 82 is numbered 80 (80, 81, 80)",
    "A_RES_77_235-2229001C.xml": "operative paragraph 15 is numbered 154 (14, 154, 16)",
    "A_RES_79_319-2512359F.xml": "operative paragraph 12 is numbered twice (11, 12, "
    "12, 13)",
    "A_RES_77_204-2228921C.xml": "operative paragraph 65 is numbered 66 (64, 66, 66)",
    "A_RES_76_256-2204678E.xml": "operative paragraph 1 is numbered 'l.' (the "
    "letter l) in its <num>",
    "A_RES_79_243-2424621F.xml": "article 42, paragraph 7 of the annexed convention "
    "has a stray superscript two in its text ('il en informe ²rapidement'), and the "
    "XML has no footnote 2",
    "A_RES_78_225-2325985E.xml": _NO_FORMULA.format("Reaffirming"),
    "A_RES_79_327-2514294S.xml": _NO_FORMULA.format("Reafirmando"),
    "A_RES_79_40-2423058S.xml": _NO_FORMULA.format("Recordando"),
    "A_RES_79_1-2416433S.xml": "the Pact for the Future's paragraphs are numbered "
    "1, 2, 1, 2, 3, ...: paragraph 3 ('Así y todo, son momentos…') is numbered 1 "
    "and the numbering runs two behind from there (the English XML numbers it 3)",
    "75_253_C.xml": "operative paragraph 10 of section XX (subvention to the "
    "Extraordinary Chambers in the Courts of Cambodia; 回顾行预咨委会报告第37段) is "
    "numbered 9 (9, 9, 11; the English XML numbers it 10)",
    "A_RES_77_256 A-B-2300172C.xml": "section II's heading B. is given twice in "
    "one paragraph (para_62): <heading>B.\t比值的演变和维持适当中点的比值管理"
    "</heading> "
    "and <num>B.</num> with the same words as its content",
    "A_RES_76_240-2119704C.xml": "the operative clauses of sections C and D "
    "(决定自2022年1月1日…；, 回顾其第73/273号决议…提出关于此项付款的建议。) are "
    "tagged preambular crossHeadings, though they end with ；and 。 like operative "
    "clauses and the English XML has them as the paragraphs 'Decides' and 'Recalls'",
    "A_RES_77_263-2300153C.xml": "the preambular crossHeading of section 二十一 "
    "(审议了秘书长关于汇率和通货膨胀率变动引起的订正估计数的报告³⁵ 以及行预咨委会的有关"
    "报告³⁶) has lost its closing comma, so nothing tells it from an unnumbered "
    "operative clause without markup",
    "A_RES_78_253-2326236C.xml": "two operative clauses are tagged preambular "
    "crossHeadings, though they end with ；: 注意到联合国系统行政首长协调理事会"
    "2024年毛额预算4 334 600美元； and 表示注意到…重计费用所引起的订正估计数； "
    "(the English XML has them as the paragraphs 'Notes' and 'Takes note')",
    "75_245_C.xml": "section C's only paragraph (表示赞赏…；) is tagged a preambular "
    "crossHeading, though it ends with ；like an operative clause and the English "
    "XML (75_245_E) has it as an ordinary paragraph",
}
