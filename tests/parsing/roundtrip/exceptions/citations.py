"""Round-trip exceptions: citations the XML gets wrong (see __init__)."""

_HRC_AS_GA = "links Human Rights Council resolutions the text names as the Council's"
_DECISION = "links the Assembly's decision {} (مقرر) as a resolution, under A/RES/"
EXCEPTIONS: dict[str, str] = {
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
