"""Round-trip exceptions: cover-page facts the XML gets wrong (see __init__)."""

_JUIO = "the cover page dates the adoption '30 de juio de 2025' (typo for julio)"
EXCEPTIONS: dict[str, str] = {
    "A_RES_79_168-2424208F.xml": "the cover page dates the adoption "
    "'17 décembre2024' (no space before the year)",
    **{
        f"A_RES_79_{name}S.xml": _JUIO
        for name in (
            "245 B-2510809", "297-2510823", "299-2510824", "301-2510825",
            "302-2510817", "303-2510826", "304-2510827", "305-2510828",
            "306-2510818", "307-2510819", "308-2510820", "309-2510829",
            "310-2510830", "311-2510821", "312-2510822",
        )
    },
}  # fmt: skip
