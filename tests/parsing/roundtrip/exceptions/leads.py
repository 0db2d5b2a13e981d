"""Round-trip exceptions: leads the XML gets wrong (see __init__)."""

EXCEPTIONS: dict[str, str] = {}
