"""Pure-Python parsers: resolution files in, Parsed* dataclasses out (no Django)."""
