"""Walking paths: folders recursively, zips (also inside folders), size limits."""

import io
import zipfile

from resolutions.ingest import DOCUMENT, METADATA, iter_sources
from tests.support import SEED_72_169, SEED_78_197


def make_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_iter_sources_walks_folders_and_zips_inside_them(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_bytes(SEED_72_169.read_bytes())
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "a" / "metadata-78.jsonl").write_text("{}\n")
    make_zip(
        tmp_path / "a" / "bundle.zip",
        {
            "x/two.txt": SEED_78_197.read_bytes(),
            "x/": b"",
            "__MACOSX/._two.txt": b"junk",
            "x/readme.md": b"ignored",
        },
    )
    items = list(iter_sources([tmp_path], max_bytes=10**6))
    names = [(i.name.replace(str(tmp_path), "T"), i.kind) for i in items]
    assert names == [
        ("T/a/b/one.txt", DOCUMENT),
        ("T/a/bundle.zip:x/two.txt", DOCUMENT),
        ("T/a/metadata-78.jsonl", METADATA),
    ]
    assert all(not i.error for i in items)
    assert items[1].data == SEED_78_197.read_bytes()


def test_iter_sources_reports_oversize_members_without_reading_them(tmp_path):
    archive = make_zip(tmp_path / "big.zip", {"big.txt": b"a" * 5000, "ok.txt": b"b"})
    items = list(iter_sources([archive], max_bytes=1000))
    assert [i.error != "" for i in items] == [True, False]
    assert "5,000 bytes" in items[0].error and "1,000" in items[0].error
    assert items[0].data == b""


def test_iter_sources_reports_missing_paths_bad_zips_and_unknown_types(tmp_path):
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "file.doc").write_bytes(b"x")
    items = list(
        iter_sources(
            [tmp_path / "nope", tmp_path / "broken.zip", tmp_path / "file.doc"], 10**6
        )
    )
    assert [i.error.split(":")[0].split(" (")[0] for i in items] == [
        "no such file or folder",
        "not a readable zip file",
        "unsupported file type",
    ]


def test_iter_sources_reads_a_real_corpus_zip(tmp_path):
    from tests.support import UNXML

    archive = UNXML / "GA-78-Chinese.zip"
    if not archive.exists():
        import pytest

        pytest.skip(f"no shared corpus at {UNXML}")
    items = list(iter_sources([archive], max_bytes=20 * 1024 * 1024))
    assert len(items) > 300
    assert all(i.name.endswith(".xml") and not i.error for i in items)
    assert zipfile.is_zipfile(io.BytesIO(archive.read_bytes()))
