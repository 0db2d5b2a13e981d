"""Round-trip exceptions: cover-page facts the XML gets wrong (see __init__)."""

_JUIO = "the cover page dates the adoption '30 de juio de 2025' (typo for julio)"
_SESSION = 'the cover page says {} (value="{}") for A/RES/79/{}'
_NO_TITLE = "the preface holds the number {} and no docTitle: the resolution's title "
_HRC = "; it also links the Assembly's resolutions {} under A/HRC/RES/"
# The Chinese 76th session's Fourth Committee covers stop short:
# "[根据特别政治和非殖民化委员会 (第四委员会)]", the originating-document inline
# holding 第四委员会 where the report symbol goes; the 77th session prints
# "[根据特别政治和非殖民化委员会(第四委员会)的报告通过 (A/77/397，第8段)]".
# parse_akn takes the report from the workflow.
_FOURTH = (
    "the cover page's committee line names no report (its originating document "
    "reads 第四委员会); the workflow's recommendedForAdoption says {}"
)
_NO_CLOSING = (
    "no <conclusions>: the closing lines (3rd plenary meeting, 22 September 2024), "
    "present in the English XML, are missing; the workflow names A/79/PV.3"
)
EXCEPTIONS: dict[str, str] = {
    "A_RES_79_168-2424208F.xml": "the cover page dates the adoption "
    "'17 décembre2024' (no space before the year)",
    **{
        f"A_RES_79_{name}S.xml": _JUIO
        for name in (
            "245 B-2510809", "297-2510823", "298-2510811", "299-2510824", "301-2510825",
            "302-2510817", "303-2510826", "304-2510827", "305-2510828",
            "306-2510818", "307-2510819", "308-2510820", "309-2510829",
            "310-2510830", "311-2510821", "312-2510822",
        )
    },
    # The session of the cover page against the symbol's: the parser keeps the
    # symbol's (see read_header), the renderer the cover's value.
    "A_RES_79_174-2424215C.xml": _SESSION.format("第十届会议 (tenth session)", 10, 174)
    + _HRC.format("36/55 (footnote 5) and 78/212"),
    "A_RES_79_169-2424209A.xml": _SESSION.format("الدورة السابعة والسبعون", 77, 169)
    + _HRC.format("39/11 and 55/2 (a footnote)"),
    "A_RES_79_179-2424220A.xml": _SESSION.format("الدورة السابعة والسبعون", 77, 179),
    "A_RES_79_190-2424137A.xml": _SESSION.format("الدورة السابعة والسبعون", 77, 190),
    "A_RES_79_207-2424353A.xml": _SESSION.format("الدورة الثامنة والسبعون", 78, 207),
    "A_RES_79_139-2423458F.xml": _SESSION.format(
        "Soixante-dix-huitième session", 78, 139
    ),
    "A_RES_79_11-2421663R.xml": _SESSION.format("Семьдесят седьмая сессия", 77, 11),
    "A_RES_79_244-2424622R.xml": _SESSION.format("Семьдесят седьмая сессия", 77, 244),
    "A_RES_79_82-2423031S.xml": _SESSION.format(
        "Septuagésimo séptimo período de sesiones", 77, 82
    ),
    "A_RES_79_268-2503664S.xml": _SESSION.format(
        "Septuagésimo octavo período de sesiones", 78, 268
    ),
    "75_274_C.xml": "the cover page's docProponent has no refersTo "
    "(#noMainCommittee elsewhere) though it reads 未经发交主要委员会而通过 (A/75/L.81)",
    "A_RES_79_164-2424158A.xml": "the cover page says اللجنة الثانية (Second "
    "Committee) where its docProponent refers to #thirdCommittee, whose report "
    "A/79/457 it cites" + _HRC.format("55/2 and 60/1"),
    "A_RES_79_323-2513671A.xml": "the cover page dates the adoption 25 تموز/يوليه "
    "2025 (July) where FRBRWork and the closing date say 25 آب/أغسطس (August) 2025",
    "A_RES_79_237-2424615S.xml": "the cover page dates the adoption '24 de "
    "diciembre de 2021' where FRBRWork and the closing date say 2024-12-24",
    "A_RES_76_57-2118504C.xml": "no preface: the number 76/57 and the title "
    "(联合国和平与裁军非洲区域中心, as the agenda item names it) are missing",
    "A_RES_79_85-2423529A.xml": "the preface's docTitle opens with a stray, "
    "mistyped number '97/85 -' before the title آثار الإشعاع الذري (the docNumber "
    "says 79/85)",
    "A_RES_79_300-2510814S.xml": _NO_TITLE.format("79/300.")
    + "(Financiación de la Base Logística … en Bríndisi) is missing",
    "A_RES_79_304-2510827R.xml": _NO_TITLE.format("79/309.")
    + "(financing of MONUSCO, as the preamble says) is missing",
    **{
        f"A_RES_76_{name}C.xml": _FOURTH.format(f"A/76/{report}")
        for report, names in (
            (412, ["73-2118604"]), (413, ["74-2118616"]), (414, ["75-2118617"]),
            (415, ["76-2118622"]), (416, ["77-2118625", "78-2118626"]),
            (417, ["80-2118632", "81-2118634", "82-2118635"]),
            (419, ["83-2118636"]), (420, ["84 A-B-2118640"]), (421, ["85-2118645"]),
            (422, ["86-2118647"]), (423, ["87-2118650"]),
            # 76/88 (A/76/424) is left in the count: its operative paragraphs differ
            # as well, a difference of its own.
            (425, [
                "89-2118691", "90-2118692", "91-2118694", "92-2118695", "93-2118696",
                "94-2118697", "95-2118698", "96-2118699", "97-2118700", "98-2118701",
                "99-2118702", "100-2118703", "101-2118705", "102-2118707",
                "103-2118709", "104-2118710", "105-2118712",
            ]),
        )
        for name in names
    },
    "A_RES_79_1-2416433A.xml": _NO_CLOSING,
    "A_RES_79_1-2416433F.xml": _NO_CLOSING,
    "A_RES_76_149-2119193C.xml": "the closing line reads '第53次全体会议)', a closing "
    "parenthesis with no opening one (the others read 第N次全体会议 or "
    "第N次全体会议(续会))",
}  # fmt: skip
