"""Round-trip exceptions: paragraph structure the XML gets wrong (see __init__)."""

EXCEPTIONS: dict[str, str] = {
    "A_RES_75_287_C.xml": "operative paragraph 7 is missing from the XML (6, then 8)",
    "75_68_E.xml": "paragraph 3 is written '3 Calls upon' in the text, outside <num> "
    "and without its full stop",
    "A_RES_79_138-2423457A.xml": "operative paragraph 10 is missing from the XML",
}
