"""Paths to the test data: the repo's sample data and the shared corpus beside it."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DATA = REPO / "sample_data"
CORPUS = REPO.parent / "shared" / "corpus"
UNXML = CORPUS / "unxml"
SEED_72_169 = SAMPLE_DATA / "A-RES-72-169.zh.txt"
SEED_78_197 = SAMPLE_DATA / "A-RES-78-197.zh.txt"
