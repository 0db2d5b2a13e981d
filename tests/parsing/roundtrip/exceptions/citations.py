"""Round-trip exceptions: citations the XML gets wrong (see __init__)."""

_HRC_AS_GA = "links Human Rights Council resolutions the text names as the Council's"
_DECISION = "links the Assembly's decision {} (مقرر) as a resolution, under A/RES/"
_DOC_AS_RES = "links the document {} as A/RES/{}"
_GA_AS_HRC = (
    "links the Assembly's resolutions {} under A/HRC/RES/ where the text says {}"
)
EXCEPTIONS: dict[str, str] = {
    **{
        f"A_RES_79_{name}R.xml": _DOC_AS_RES.format(symbol, symbol)
        for name, symbol in (
            ("125-2423503", "A/79/188 (footnote 3)"),
            ("17-2423014", "A/48/27"),
            ("206-2424348", "FCCC/PA/CMA/2024/10 (footnote 30)"),
            ("214-2424343", "A/79/606 (footnote 5)"),
            ("223-2424327", "E/2005/27/Corr.1"),
            ("32-2423046", "NPT/CONF.2000/28 (Parts I and II)/Corr.3"),
            ("49-2423071", "A/67/177"),
            ("53-2423076", "A/79/211 (footnote 18)"),
            ("66-2423092", "A/CONF.192/15"),
            ("87-2423535", "A/62/20"),
            ("93-2423550", "A/79/21 (footnote 1)"),
        )
    },
    "A_RES_79_248-2424687A.xml": _GA_AS_HRC.format(
        "36/117 ألف, 51/211 and 52/214", "وفقا لقرارات الجمعية العامة"
    ),
    "A_RES_79_174-2424215A.xml": "footnote 5 'القرار 36/55.' (the Assembly's "
    "Declaration on the Elimination of All Forms of Intolerance … Based on Religion "
    "or Belief, which it footnotes) links A/HRC/RES/36/55",
    "A_RES_79_170-2424210F.xml": "footnotes 5 and 8 'Résolution 55/2.', "
    "'Résolution 60/1.' and paragraph 44 'qu’elle a adoptée dans sa résolution "
    "61/295' (all the Assembly's) link A/HRC/RES/",
    "75_158_C.xml": "links A/RES/25/1, the resolution of the Commission on Crime "
    "Prevention and Criminal Justice (预防犯罪和刑事司法委员会…第25/1号决议)",
    "75_198_C.xml": "links under A/RES/ resolution 61/2 of the Commission on "
    "Narcotic Drugs (麻醉药品委员会…第61/2号决议), its decisions 62/8 and 63/15 "
    "and decision 48/110 of the Statistical Commission (统计委员会…第48/110号决定)",
    "A_RES_78_292-2412053E.xml": "links decision 78/542 C as A/RES/78/542C",
    "A_RES_78_292-2412053C.xml": "links decision 78/542 C (第78/542 C号决定) as "
    "A/RES/78/542C",
    "A_RES_78_206-2326025E.xml": "links 'Council resolution 51/19' (the Human "
    "Rights Council's, as footnote 17 says and links) as A/RES/51/19",
    "A_RES_79_128-2423499R.xml": "links the summary records A/C.6/79/SR.5-7 and "
    "SR.37 as A/RES/A/C.6/79/SR.*",
    "A_RES_78_149-2325913E.xml": "links resolution 73/8 of the Economic and Social "
    "Commission for Asia and the Pacific as A/RES/73/8",
    "A_RES_78_149-2325913C.xml": "links resolution 73/8 of the Economic and Social "
    "Commission for Asia and the Pacific (亚洲及太平洋经济社会委员会) as A/RES/73/8",
    "A_RES_78_219-2325994C.xml": f"{_HRC_AS_GA} (人权理事会…S-29/1号, S-27/1号) "
    "under A/RES/",
    "A_RES_79_161-2424154S.xml": f"{_HRC_AS_GA} (las resoluciones del Consejo de "
    "Derechos Humanos 44/20 … 57/25) under A/RES/",
    "A_RES_79_175-2424216S.xml": f"{_HRC_AS_GA} (48/4, 54/21, 47/16, 57/29 of the "
    "Consejo de Derechos Humanos lists) under A/RES/",
    "A_RES_79_180-2424221S.xml": f"{_HRC_AS_GA} (las resoluciones del Consejo de "
    "Derechos Humanos … 46/27, 49/31, 52/38) under A/RES/",
    "A_RES_79_168-2424208A.xml": f"{_HRC_AS_GA} (قرارات مجلس حقوق الإنسان … 45/4، "
    "48/8، 51/11، 54/4، 57/7) under A/RES/",
    "A_RES_79_175-2424216A.xml": f"{_HRC_AS_GA} (48/4, 54/21, 47/16, 57/29 of the "
    "مجلس حقوق الإنسان lists) under A/RES/",
    "A_RES_79_182-2424224A.xml": f"{_HRC_AS_GA} (مجلس حقوق الإنسان، وآخرها القرارات "
    "56/1 … 47/1) under A/RES/",
    "A_RES_79_185-2424230A.xml": f"{_HRC_AS_GA} (قرارات مجلس حقوق الإنسان 45/3 … "
    "51/26) under A/RES/",
    "A_RES_79_31-2423045A.xml": _DECISION.format("60/519"),
    "A_RES_79_40-2423058A.xml": _DECISION.format("60/519"),
    "A_RES_79_52-2423075A.xml": _DECISION.format("60/519"),
    "A_RES_79_54-2423079A.xml": _DECISION.format("59/515 and 75/552 (مقررها)").replace(
        "decision", "decisions"
    ),
}
