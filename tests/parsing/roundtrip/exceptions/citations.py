"""Round-trip exceptions: citations the XML gets wrong (see __init__)."""

EXCEPTIONS: dict[str, str] = {}
