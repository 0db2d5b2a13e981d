"""Round-trip exceptions: citations the XML gets wrong (see __init__)."""

_HRC_AS_GA = "links Human Rights Council resolutions the text names as the Council's"
_DECISION = "links the Assembly's decision {} (مقرر) as a resolution, under A/RES/"
_GA_AS_HRC = (
    "links the Assembly's resolutions {} under A/HRC/RES/ where the text says {}"
)
_GA_AS_HRC_AR = "links the Assembly's resolutions {} under A/HRC/RES/ ({})"
_WRONG_HREF = "the link on the text's {} points to A/RES/{}"
_BODY_AS_GA = "links {} of the {} ({}) under A/RES/"
EXCEPTIONS: dict[str, str] = {
    "A_RES_78_147-2325918E.xml": "links 'the adoption, by the Economic and Social "
    "Commission for Asia and the Pacific at its seventy-ninth session, of resolution "
    "79/8 of 19 May 2023' (ESCAP's, adopted before the Assembly's 79th session) as "
    "A/RES/79/8",
    "A_RES_79_258-2424700F.xml": "footnote 3 'A/79/386.' (a report) links "
    "undocs.org/A/res/79/386, a resolution",
    "A_RES_79_248-2424687A.xml": _GA_AS_HRC.format(
        "36/117 ألف, 51/211 and 52/214", "وفقا لقرارات الجمعية العامة"
    ),
    "A_RES_79_174-2424215A.xml": "footnote 5 'القرار 36/55.' (the Assembly's "
    "Declaration on the Elimination of All Forms of Intolerance … Based on Religion "
    "or Belief, which it footnotes) links A/HRC/RES/36/55",
    "A_RES_79_170-2424210F.xml": "footnotes 5 and 8 'Résolution 55/2.', "
    "'Résolution 60/1.' and paragraph 44 'qu’elle a adoptée dans sa résolution "
    "61/295' (all the Assembly's) link A/HRC/RES/",
    "75_178_C.xml": f"{_HRC_AS_GA} (人权理事会…第45/4号决议)",
    "75_180_C.xml": f"{_HRC_AS_GA} (人权理事会2020年7月17日第44/18号决议)",
    "75_190_C.xml": f"{_HRC_AS_GA} (人权理事会2020年6月22日第43/25号决议)",
    "75_196_C.xml": "links resolutions 25/2, 26/4, 27/5 and 28/3 of the Commission "
    "on Crime Prevention and Criminal Justice (预防犯罪和刑事司法委员会…第25/2号决议) "
    "under A/RES/",
    "A_RES_78_199-2326037C.xml": _GA_AS_HRC.format(
        "55/2 (the Millennium Declaration)", "footnote 2, 第55/2号决议"
    ),
    "A_RES_78_68-2324915C.xml": _WRONG_HREF.format("77/118", "76/71")
    + " (the first preambular paragraph, in four links 7|7|/|118, and paragraph 72)",
    "A_RES_79_160-2424153C.xml": _GA_AS_HRC.format(
        "60/143", "大会关于这个问题的…第60/143号"
    ),
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
    **{
        f"A_RES_79_{name}A.xml": _GA_AS_HRC_AR.format(symbols, where)
        for name, symbols, where in (
            ("105-2423536", "35/118", "قرارها 35/118, its own"),
            ("160-2424153", "60/143", "قرارات الجمعية العامة 60/143"),
            (
                "166-2424160",
                "55/2",
                "footnote 2 'القرار 55/2.', the Millennium Declaration",
            ),
            (
                "167-2424162",
                "41/128, 46/182, 52/120 and 55/110",
                "footnote 20 "
                "'القرار 41/128، المرفق.', لقرار الجمعية العامة 46/182, قراري الجمعية "
                "العامة 52/120 … و 55/110",
            ),
            (
                "170-2424210",
                "41/128, 55/2, 60/1 and 60/251",
                "اعتمدته الجمعية "
                "العامة في قرارها 41/128, footnotes 5 and 8, قرار الجمعية العامة "
                "60/251",
            ),
            ("171-2424211", "55/2", "footnote 3 'القرار 55/2.'"),
            (
                "172-2424212",
                "45/110",
                "footnote 29 'القرار 45/110، المرفق.', the Tokyo Rules",
            ),
            (
                "177-2424218",
                "48/134",
                "رحبت بها الجمعية العامة في قرارها 48/134 and footnote 12",
            ),
            (
                "178-2424219",
                "41/128, 47/196, 52/134 and 60/1",
                "footnote 14, "
                "قرارها 47/196, قرارها 52/134, footnote 22 'انظر القرار 60/1.'",
            ),
            ("191-2424134", "45/110", "footnote 19 'القرار 45/110، المرفق.'"),
            (
                "93-2423550",
                "35/201, 41/68 D and 56/6",
                "لقرار الجمعية 35/201, "
                "قرارها 41/68 دال, footnote 25 'القرار 56/6 الجزء باء.'",
            ),
        )
    },
    **{
        f"A_RES_79_{name}A.xml": _WRONG_HREF.format(text, target)
        for name, text, target in (
            ("65-2423094", "78/56 (وآخرها القرار 78/56)", "77/83"),
            ("66-2423092", "78/57", "77/84"),
            ("68-2423086", "78/59 (قرارها 78/59)", "77/86"),
        )
    },
    **{
        name: _WRONG_HREF.format(text, target)
        for name, text, target in (
            ("A_RES_77_221-2228987E.xml", "76/156 (its resolution 76/156)", "75/188"),
            ("A_RES_78_116-2324923E.xml", "77/114 (its resolution 77/114)", "76/122"),
            ("A_RES_78_203-2326031E.xml", "77/212 (its '77/' part)", "76/163"),
            (
                "A_RES_79_167-2424162E.xml",
                "78/202 (the most recent … was resolution 78/202)",
                "77/214",
            ),
        )
    },
    **{
        name: _WRONG_HREF.format(text, target)
        for name, text, target in (
            ("A_RES_79_208-2424354F.xml", "78/155 (sa résolution 78/155)", "77/167"),
            (
                "A_RES_79_110-2423526S.xml",
                "78/97 (la resolución 78/97 de la Asamblea General)",
                "77/145",
            ),
            (
                "A_RES_79_16-2421677S.xml",
                "34/77 (in the list 32/82, 33/64, 34/77)",
                "33/77",
            ),
        )
    },
    **{
        name: f"{_HRC_AS_GA} ({where}) under A/RES/"
        for name, where in (
            (
                "A_RES_79_133-2423448F.xml",
                "footnote 20 'Supplément no 53 (A/73/53), "
                "chap. IV, sect. A, résolution 37/17', la résolution 49/7 du Conseil "
                "des droits de l’homme",
            ),
            (
                "A_RES_79_161-2424154F.xml",
                "les résolutions 44/20 … et 57/25 du 10 "
                "octobre 2024 du Conseil des droits de l’homme; footnote 23 links the "
                "same 57/25 under A/hrc/RES/",
            ),
            (
                "A_RES_79_167-2424162F.xml",
                "la décision 18/120 du Conseil … et les "
                "résolutions 24/14 … 43/15 du 22 juin 2020",
            ),
            (
                "A_RES_79_180-2424221F.xml",
                "des résolutions du Conseil des droits de "
                "l’homme 16/18 … 43/34, 46/27, 49/31 et 52/38",
            ),
            (
                "A_RES_79_168-2424208S.xml",
                "las resoluciones del Consejo de Derechos "
                "Humanos 18/6 … 45/4, 48/8, 51/11, 54/4 y 57/7",
            ),
            (
                "A_RES_79_177-2424218S.xml",
                "las resoluciones del Consejo de Derechos Humanos 23/17 … 45/22, 51/31",
            ),
            (
                "A_RES_79_181-2424223S.xml",
                "las resoluciones del Consejo de Derechos "
                "Humanos 34/24, 40/20, 46/17, 49/22 … 52/28 y 55/21; la resolución "
                "55/21 del Consejo",
            ),
            (
                "A_RES_79_182-2424224S.xml",
                "las resoluciones y decisiones del Consejo "
                "de Derechos Humanos, las más recientes … S-29/1 … y S-27/1",
            ),
            (
                "A_RES_79_184-2424229S.xml",
                "la resolución 53/30 del Consejo, after the "
                "Consejo de Derechos Humanos; the French XML links A/HRC/RES/53/30",
            ),
            (
                "A_RES_79_185-2424230S.xml",
                "las resoluciones del Consejo de Derechos Humanos 45/3, 48/15 y 51/26",
            ),
            (
                "A_RES_79_190-2424137S.xml",
                "las resoluciones pertinentes del Consejo "
                "de Derechos Humanos, incluidas las resoluciones 23/9 … y 47/7 … y "
                "53/17",
            ),
            (
                "A_RES_79_62-2423093S.xml",
                "el Consejo de Derechos Humanos aprobó por "
                "consenso la resolución 51/22",
            ),
            (
                "A_RES_79_162-2424155R.xml",
                "резолюции Совета по правам человека по "
                "этому вопросу, включая резолюцию 57/8",
            ),
            (
                "A_RES_79_167-2424162R.xml",
                "решение 18/120 Совета по правам человека … и его резолюции 24/14 … "
                "52/12 … и 55/7",
            ),
        )
    },
    **{
        name: _GA_AS_HRC_AR.format(symbols, where)
        for name, symbols, where in (
            (
                "A_RES_79_177-2424218F.xml",
                "48/134",
                "qu’elle avait approuvés dans sa "
                "résolution 48/134 and footnote 12 'Résolution 48/134, annexe.'",
            ),
            (
                "A_RES_79_183-2424225F.xml",
                "48/134",
                "footnote 17 'Résolution 48/134 de l’Assemblée générale, annexe.'",
            ),
            (
                "A_RES_79_191-2424134F.xml",
                "45/110",
                "footnote 19 'Résolution 45/110, annexe.', the Tokyo Rules",
            ),
            (
                "A_RES_79_5-2419776F.xml",
                "41/11 and 53/243",
                "footnotes 2 'Résolution 41/11.' and 4 'Résolutions 53/243 A et B.'",
            ),
            (
                "A_RES_79_248-2424687S.xml",
                "36/117",
                "de conformidad con las resoluciones de la Asamblea General 36/117 A",
            ),
        )
    },
    # Chinese: the Council's resolutions, named after 人权理事会 or footnoted to its
    # report (补编第53号), linked under A/RES/.
    **{
        name: f"{_HRC_AS_GA} ({where}) under A/RES/"
        for name, where in (
            (
                "75_152_C.xml",
                "42/12, footnote 17 补编第53A号; paragraph 9 "
                "人权理事会第42/12号决议 links A/HRC/RES/42/12",
            ),
            ("75_175_C.xml", "44/13, after its 补编第53号 footnote"),
            ("75_186_C.xml", "45/22, in the list footnoted to 补编第53 A号"),
            ("75_187_C.xml", "43/34, in the list footnoted to 补编第53号"),
            ("75_193_C.xml", "S-19/1 and S-25/1, in the list footnoted to 补编第53号"),
            ("75_94_C.xml", "人权理事会第S-21/1号决议"),
            ("75_96_C.xml", "人权理事会第S-28/1号决议"),
            (
                "A_RES_76_138-2119175C.xml",
                "42/12, footnote 17 补编第53A号; "
                "paragraph 9 links the same under A/HRC/RES/",
            ),
            (
                "A_RES_76_151-2119179C.xml",
                "人权理事会关于该议题的各项决议，包括…第48/5号",
            ),
            ("A_RES_76_157-2119196C.xml", "43/34, in the list footnoted to 补编第53号"),
            (
                "A_RES_76_161-2119206C_reissue.xml",
                "43/15, in the list footnoted to 补编第53号",
            ),
            ("A_RES_76_173-2119208C.xml", "44/12, after its 补编第53A号 footnote"),
            ("A_RES_77_223-2228989C.xml", "44/13, after its 补编第53号 footnote"),
            (
                "A_RES_77_300_2312694C.xml",
                "43/13 and 52/12, in the list footnoted to 补编第53号",
            ),
            ("A_RES_78_171-2325972C.xml", "46/12, in the list footnoted to 补编第53号"),
            (
                "A_RES_78_189-2326047C.xml",
                "45/12, 48/11, 51/18 and 54/12, footnoted "
                "to 补编第53 A号; 人权理事会在其第54/12号决议",
            ),
            ("A_RES_78_73-2324924C.xml", "人权理事会第S-21/1号决议"),
            ("A_RES_79_170-2424210C.xml", "人权理事会…第53/28号决议"),
            (
                "A_RES_79_177-2424218C.xml",
                "45/22, 51/31 and 57/23, in the list footnoted to 补编第53 A号",
            ),
            (
                "A_RES_79_185-2424230C.xml",
                "人权理事会2020年10月6日第45/3号, 48/15 "
                "and 51/26, footnoted to 补编第53A号 and 补编第53号",
            ),
        )
    },
    "A_RES_77_195-2228892C.xml": f"{_HRC_AS_GA} (44/16 and 50/16, footnoted to "
    "补编第53号) under A/RES/; "
    + _BODY_AS_GA.format(
        "resolutions 51/2, 52/2 and 54/7",
        "Commission on the Status of Women",
        "妇女地位委员会…第51/2号, footnotes E/2007/27, E/2008/27",
    ),
    **{
        name: _BODY_AS_GA.format(*what)
        for name, what in (
            (
                "75_160_C.xml",
                (
                    "resolution 52/2",
                    "Commission on the Status of Women",
                    "妇女地位委员会, footnote E/2007/27",
                ),
            ),
            (
                "75_168_C.xml",
                (
                    "resolutions 49/7 and 56/4",
                    "Commission on the Status of Women",
                    "妇女地位委员会",
                ),
            ),
            (
                "A_RES_79_188-2424141C.xml",
                (
                    "resolution 26/3",
                    "Commission on Crime Prevention and Criminal Justice",
                    "预防犯罪和刑事司法委员会…第26/3号决议",
                ),
            ),
            (
                "75_224_C.xml",
                (
                    "resolution 26/8",
                    "UN-Habitat Governing Council",
                    "人居署理事会…第26/8号决议",
                ),
            ),
            (
                "A_RES_77_171-2228789C.xml",
                (
                    "resolution 72/7",
                    "Economic and Social Commission for Asia and the Pacific",
                    "亚洲及太平洋经济社会委员会第七十二届会议通过…第72/7号决议",
                ),
            ),
            (
                "A_RES_79_212-2424346C.xml",
                (
                    "resolution 72/7",
                    "Economic and Social Commission for Asia and the Pacific",
                    "亚洲及太平洋经济社会委员会第七十二届会议通过…第72/7号决议",
                ),
            ),
            (
                "A_RES_79_209-2424352C.xml",
                (
                    "decision 19/1",
                    "UNEP Governing Council",
                    "footnote 1 '(A/52/25)，附件，第19/1号决定'",
                ),
            ),
        )
    },
    **{
        name: _WRONG_HREF.format(text, target)
        for name, text, target in (
            ("75_125_C.xml", "74/116 (其…第74/116号决议)", "73/137"),
            ("75_266_C.xml", "73/297 (其…第73/297号决议)", "72/273"),
            ("A_RES_76_177-2119213C.xml", "75/190 (大会…第75/190号决议)", "74/166"),
            ("A_RES_76_179-2119218C.xml", "61/295 (split '61/29', '5')", "61/259"),
            ("A_RES_77_255-2300170C.xml", "76/268 (大会第76/268号决议)", "73/346"),
            ("A_RES_79_64-2423097C.xml", "78/55 (大会…第78/55号决议)", "77/82"),
        )
    },
    "A_RES_78_202-2326033C.xml": _WRONG_HREF.format(
        "77/214 (its '77/' part, 最近一项是…第77/214号)", "76/161"
    )
    + "; "
    + _GA_AS_HRC.format("41/128", "《发展权利宣言》 footnoted 第41/128号决议"),
    **{
        name: _GA_AS_HRC.format(symbols, where)
        for name, symbols, where in (
            ("A_RES_76_300-2211876C.xml", "41/128", "大会第41/128号决议"),
            (
                "A_RES_77_214-2228955C.xml",
                "41/128",
                "《发展权利宣言》 footnoted 第41/128号决议",
            ),
            (
                "A_RES_78_19-2324500C.xml",
                "45/55 B, 47/51 and 48/74 A",
                "回顾其以往的各项决议，特别是…第45/55 B号",
            ),
            (
                "A_RES_78_21-2324515C.xml",
                "45/55 B and 48/74 B",
                "及其1990年12月4日第45/55 B号",
            ),
            ("A_RES_78_245-2326259C.xml", "36/117 A", "根据大会…第36/117 A号决议"),
            (
                "A_RES_79_133-2423448C.xml",
                "31/40 … 54/190 (16 of them)",
                "its own list …第3391(XXX)号、…第31/40号",
            ),
            (
                "A_RES_79_60-2423088C.xml",
                "50/245",
                "《全面禁止核试验条约》 footnoted '见第50/245号决议'",
            ),
        )
    },
    "A_RES_79_54-2423079R.xml": "links the Assembly's decision 59/515 (свое решение "
    "59/515) as a resolution, under A/RES/",
    "75_181_E.xml": f"{_HRC_AS_GA} (Human Rights Council … resolutions 24/14 … "
    "and 43/15 of 22 June 2020, its footnote Supplement No. 53) as A/RES/43/15",
    "75_94_E.xml": f"{_HRC_AS_GA} (Human Rights Council resolution S-21/1) as "
    "A/RES/S-21/1",
    "A_RES_76_78-2118626E.xml": f"{_HRC_AS_GA} (Human Rights Council resolution "
    "S-21/1) as A/RES/S-21/1",
    "A_RES_78_199-2326037E.xml": f"{_HRC_AS_GA} (Human Rights Council resolution "
    "53/11 of 12 July 2023) as A/RES/53/11",
    "A_RES_76_174-2119209E.xml": _GA_AS_HRC.format(
        "74/146", "its resolutions 66/164 … and 74/146 of 18 December 2019"
    ),
    "A_RES_79_176-2424217A.xml": _GA_AS_HRC_AR.format(
        "34/169, 48/141 and 60/1",
        "footnote 17 'القرار 34/169، المرفق.', حددتها الجمعية العامة في قرارها "
        "48/141, قراري الجمعية العامة 60/1 … و 63/308",
    ),
    "A_RES_79_263-2500015A.xml": _WRONG_HREF.format(
        "71/254 (split '71/', '2', '54')", "71/54"
    )
    + "; the one on 78/262 to A/RES/77/270",
    "A_RES_79_133-2423448A.xml": f"{_HRC_AS_GA} (قرار مجلس حقوق الإنسان 49/7) "
    "under A/RES/",
    "A_RES_79_183-2424225A.xml": _GA_AS_HRC_AR.format(
        "48/134", "footnote 17 'قرار الجمعية العامة 48/134 المرفق.'"
    )
    + f"; {_HRC_AS_GA} (بقرار مجلس حقوق الإنسان دإ-1/35, دإ-35/1) under A/RES/S-",
    "A_RES_79_184-2424229A.xml": f"{_HRC_AS_GA} (قرارات مجلس حقوق الإنسان 49/1 … "
    "52/32 … 55/23 … و دإ-34/1; لقرار المجلس 53/30) under A/RES/",
    "A_RES_79_258-2424700A.xml": f"{_HRC_AS_GA} (مجلس حقوق الإنسان في قراراته "
    "55/28 … 57/19 … 57/28) under A/RES/",
    "A_RES_79_60-2423088A.xml": f"{_HRC_AS_GA} (قرار مجلس حقوق الإنسان 51/35 … "
    "وقرار المجلس اللاحق 57/26) under A/RES/",
    "A_RES_79_203-2424334A.xml": "links decision 15/4 of the Conference of the "
    "Parties to the Convention on Biological Diversity (footnote 11, CBD/COP/15/17، "
    "المقرر 15/4) as A/RES/15/4",
    "A_RES_79_227-2424319A.xml": "links decision 15/4 of the Conference of the "
    "Parties to the Convention on Biological Diversity (footnote 17, CBD/COP/15/17، "
    "المقرر 15/4) as A/RES/15/4",
    "A_RES_79_204-2424342A.xml": "links the Assembly's special-session resolution "
    "S-22/2 (footnote 14 'القرار دإ-22/2، المرفق.') as A/RES/22/2",
    "A_RES_79_247-2424686A.xml": "links Economic and Social Council resolution "
    "2008 (LX) (قرار المجلس الاقتصادي والاجتماعي 2008 (د-60)) as A/RES/2008()",
    "A_RES_79_57-2423083A.xml": "links Security Council resolution 2220 (2015) as "
    "A/RES/2220(2015)",
    "A_RES_79_229-2424312S.xml": "links resolution 14/221 of the Arab League's "
    "Beirut summit (footnote 7 'A/56/1026-S/2002/932, anexo II, resolución "
    "14/221') as A/RES/14/221",
    "A_RES_79_128-2423499A.xml": _DECISION.format("75/526 (مقرريها)"),
    "A_RES_79_21-2423019A.xml": _DECISION.format("73/512 (ومقرريها)"),
    "A_RES_79_245-2424684A.xml": _DECISION.format("57/573 (ومقررها)"),
    "A_RES_79_35-2423050A.xml": _DECISION.format("73/546 (لمقرر الجمعية العامة)"),
    "A_RES_79_31-2423045A.xml": _DECISION.format("60/519"),
    "A_RES_79_40-2423058A.xml": _DECISION.format("60/519"),
    "A_RES_79_52-2423075A.xml": _DECISION.format("60/519"),
    "A_RES_79_54-2423079A.xml": _DECISION.format("59/515 and 75/552 (مقررها)").replace(
        "decision", "decisions"
    ),
}
