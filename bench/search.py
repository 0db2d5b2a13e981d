"""Benchmark: paragraph search through the API, on the shared corpus and at scale.

    .venv/bin/pip install -r bench/requirements.txt     (tantivy, the reference)
    DJANGO_DEBUG=1 .venv/bin/python bench/search.py [--quick | --scale N] [--keep]

Uses a throwaway database (unarchive_bench_search), dropped at the end unless --keep.
Reference engines (a LIKE scan, tantivy) and the targets: see bench/README.md.
"""

import argparse
import io
import itertools
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "unarchive.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()
# whitenoise with DEBUG on and no collectstatic (as in the test settings)
warnings.filterwarnings("ignore", "No directory at", UserWarning)

import tantivy  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.base import CommandError  # noqa: E402
from django.db import connection, connections, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from search_corpus import (  # noqa: E402
    WORD,
    ZH,
    build_scale,
    draw_queries,
    lines_chunk,
    load_pools,
    print_sizes,
    tantivy_line,
)
from search_filtered import measure_filtered  # noqa: E402
from search_floor import measure_floor  # noqa: E402
from search_measure import api_search, measure, percentile  # noqa: E402

from resolutions.ingest import (  # noqa: E402
    METADATA,
    IngestError,
    ingest_bytes,
    ingest_metadata,
    iter_sources,
)
from resolutions.models import (  # noqa: E402
    Footnote,
    Paragraph,
    Resolution,
    SearchEntry,
)
from resolutions.search.analysis import cjk_lexemes, fold  # noqa: E402
from resolutions.search.query import parse_query  # noqa: E402

JOBS = os.cpu_count() or 1
CLASSES = (
    "zh rare 2-char",
    "zh common 2-char",
    "zh 4-char phrase",
    "zh 8-char phrase",
    "zh two terms",
    "zh 1 char",
    "en word",
    "en phrase",
    "symbol",
)
TARGET_MS = 50.0  # p95 on the scale corpus, every class
TANTIVY_FACTOR, FLOOR_MS = 3.0, 15.0  # and p95 <= max(3 x tantivy p95, 15 ms)


# --- the shared corpus -------------------------------------------------------------


def load_shared(corpus: Path) -> None:
    """`manage.py ingest --jobs N` of the corpus; if the (work in progress) parser or
    ingest crashes it, the rest item by item, counting what fails."""
    started = time.perf_counter()
    out = io.StringIO()
    try:
        call_command(
            "ingest", str(corpus), jobs=JOBS, stdout=out, stderr=out, verbosity=0
        )
    except CommandError:
        pass  # the failed items are the lines marked FAILED
    except Exception as exc:  # reported, then item by item
        print(f"  ingest stopped: {type(exc).__name__}: {_first_line(exc)}")
        print("  going on item by item (stored documents are skipped as unchanged)")
        ingest_each(corpus, out)
    failed = [line for line in out.getvalue().splitlines() if "FAILED" in line]
    languages = Counter(Resolution.objects.values_list("language", flat=True))
    print(
        f"shared corpus {corpus}: ingest --jobs {JOBS} in "
        f"{time.perf_counter() - started:.0f} s; {Resolution.objects.count()} "
        f"documents ({dict(sorted(languages.items()))}), "
        f"{Paragraph.objects.count()} paragraphs, {SearchEntry.objects.count()} "
        f"search rows; {len(failed)} items failed"
    )
    for line in failed[:5]:
        print(f"  {line[:200]}")


def ingest_each(corpus: Path, out: io.StringIO) -> None:
    for item in iter_sources([str(corpus)], settings.UNARCHIVE_MAX_UPLOAD_BYTES):
        try:
            if item.error:
                raise IngestError(item.name, 0, item.error)
            if item.kind == METADATA:
                for result in ingest_metadata(item.data, item.name):
                    if isinstance(result, IngestError):
                        out.write(f"FAILED {result}\n")
            else:
                ingest_bytes(item.data, item.name)
        except Exception as exc:  # counted and shown
            out.write(f"FAILED {item.name}: {type(exc).__name__}: {_first_line(exc)}\n")


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [""])[0][:160]


# --- references: a LIKE scan, tantivy ----------------------------------------------


def like_search(q: str) -> int:
    """Count and first 20 paragraphs whose text contains every word (or the phrase),
    in one scan."""
    words = [q.strip('"')] if q.startswith('"') else q.split()
    where = " AND ".join(["p.text LIKE %s"] * len(words))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*), (array_agg(p.id))[1:20] FROM resolutions_paragraph p "
            f"WHERE {where}",
            [f"%{w}%" for w in words],
        )
        count, ids = cursor.fetchone()
        cursor.execute(
            "SELECT id, text FROM resolutions_paragraph WHERE id = ANY(%s)", [ids or []]
        )
        cursor.fetchall()
    return count


class TantivyReference:
    def __init__(self, directory: Path):
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("pid", stored=True, indexed=False)
        for name, option in (
            ("words", "position"),
            ("bi", "position"),
            ("uni", "freq"),
        ):
            builder.add_text_field(
                name, tokenizer_name="whitespace", index_option=option
            )
        self.schema = builder.build()
        self.index = tantivy.Index(self.schema, path=str(directory))

    def build(self, path: Path) -> float:
        started = time.perf_counter()
        writer = self.index.writer(1_000_000_000, 2)
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                pid, words, uni, bi = line.rstrip("\n").split("\t")
                document = tantivy.Document(pid=int(pid), words=words, uni=uni, bi=bi)
                writer.add_document(document)
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()
        return time.perf_counter() - started

    def _term(self, term) -> tantivy.Query:
        parts = []
        for run in term.cjk_runs:
            grams = [run[i : i + 2] for i in range(len(run) - 1)]
            if len(run) == 1:
                parts.append(tantivy.Query.term_query(self.schema, "uni", run))
            elif len(grams) == 1:
                parts.append(tantivy.Query.term_query(self.schema, "bi", grams[0]))
            else:
                parts.append(tantivy.Query.phrase_query(self.schema, "bi", grams))
        words = WORD.findall(term.latin)
        if term.phrase and len(words) > 1:
            parts.append(tantivy.Query.phrase_query(self.schema, "words", words))
        else:
            parts += [tantivy.Query.term_query(self.schema, "words", w) for w in words]
        return self._all(parts)

    def _all(self, parts, occur=tantivy.Occur.Must) -> tantivy.Query:
        if len(parts) == 1:
            return parts[0]
        return tantivy.Query.boolean_query([(occur, p) for p in parts])

    def search(self, q: str) -> int:
        query = parse_query(q)
        clauses = [
            self._all([self._term(t) for t in c], tantivy.Occur.Should)
            for c in query.clauses
        ]
        result = self.searcher.search(self._all(clauses), limit=20, count=True)
        [self.searcher.doc(address)["pid"] for _score, address in result.hits]
        return result.count


# --- measuring ---------------------------------------------------------------------


def measure_corpus(name, queries, reference, repeats, like_queries) -> list[dict]:
    client = Client(HTTP_HOST="localhost")
    rows = []
    for cls in CLASSES:
        qs = queries[cls]
        t = time.perf_counter()
        api, counts = measure(lambda q: api_search(client, q), qs, repeats)
        like, like_counts = measure(like_search, qs[:like_queries], 1, warm=False)
        ref, ref_counts = measure(reference.search, qs, repeats)
        row = {
            "corpus": name,
            "class": cls,
            "queries": len(qs),
            "hits": statistics.median(counts),
            "tantivy hits": statistics.median(ref_counts),
            "like hits": statistics.median(like_counts),
            "like queries": len(like_counts),
            "same count": sum(a == b for a, b in zip(counts, ref_counts, strict=True)),
            "slowest": max(qs, key=lambda q: max(api[qs.index(q) :: len(qs)])),
        }
        for engine, samples in (("api", api), ("like", like), ("tantivy", ref)):
            row[f"{engine} p50"] = percentile(samples, 50)
            row[f"{engine} p95"] = percentile(samples, 95)
        rows.append(row)
        print(
            f"  {cls:17} API p50 {row['api p50']:7.1f} p95 {row['api p95']:7.1f} | "
            f"LIKE {row['like p50']:7.1f} {row['like p95']:7.1f} | tantivy "
            f"{row['tantivy p50']:5.1f} {row['tantivy p95']:5.1f} ms | median hits "
            f"{row['hits']:.0f} / LIKE {row['like hits']:.0f} (first {len(like)}) / "
            f"tantivy {row['tantivy hits']:.0f}; API count = tantivy's for "
            f"{row['same count']}"
            f"/{len(qs)}  ({time.perf_counter() - t:.0f} s)"
        )
    return rows


def explain_slowest(rows: list[dict]) -> None:
    """Each SQL statement of one API call for the slowest query of the slow classes,
    with its time, then the plans of those over 5 ms."""
    client = Client(HTTP_HOST="localhost")
    slow = ("zh common 2-char", "zh 1 char", "en word", "en phrase")
    for q in [row["slowest"] for row in rows if row["class"] in slow]:
        api_search(client, q)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            api_search(client, q)
            total = (time.perf_counter() - started) * 1000
        print(f"\n  {q!r}: {total:.0f} ms through the API; statements:")
        for query in captured.captured_queries:
            print(f"    {float(query['time']) * 1000:7.1f} ms  {query['sql'][:110]}")
        # Replayed in one transaction with the call's SET LOCAL settings, so that
        # each plan is the one the API got.
        with transaction.atomic(), connection.cursor() as cursor:
            for query in captured.captured_queries:
                sql = query["sql"]
                if sql.startswith("SET LOCAL"):
                    cursor.execute(sql)
                if float(query["time"]) * 1000 < 5 or not sql.startswith(
                    ("SELECT", "WITH")
                ):
                    continue
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                print(f"\n    EXPLAIN ANALYZE {sql[:100]}")
                for (line,) in cursor.fetchall():
                    print(f"      {line}")


def print_table(rows: list[dict]) -> None:
    print("\n=== results (ms; API = /api/search/ end to end) ===")
    print(
        f"{'corpus':7} {'class':17} {'hits':>7} | {'API p50':>8} {'p95':>7} | "
        f"{'LIKE p50':>8} {'p95':>7} | {'tantivy p50':>11} {'p95':>6} | targets"
    )
    for row in rows:
        verdict = ""
        if row["corpus"] == "scale":
            limit = max(TANTIVY_FACTOR * row["tantivy p95"], FLOOR_MS)
            verdict = (
                f"<{TARGET_MS:.0f}: {'met' if row['api p95'] < TARGET_MS else 'MISSED'}"
                f"; <={limit:.0f}: {'met' if row['api p95'] <= limit else 'MISSED'}"
            )
        print(
            f"{row['corpus']:7} {row['class']:17} {row['hits']:7.0f} | "
            f"{row['api p50']:8.1f} {row['api p95']:7.1f} | {row['like p50']:8.1f} "
            f"{row['like p95']:7.1f} | {row['tantivy p50']:11.2f} "
            f"{row['tantivy p95']:6.2f} | {verdict}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=600_000, help="per language")
    parser.add_argument("--quick", action="store_true", help="--scale 50000")
    parser.add_argument("--queries", type=int, default=22, help="per class")
    parser.add_argument("--repeats", type=int, default=3, help="timed passes")
    parser.add_argument(
        "--like-queries", type=int, default=8, help="per class, at scale"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument(
        "--corpus", type=Path, default=REPO.parent / "shared" / "corpus"
    )
    args = parser.parse_args()
    per_language = 50_000 if args.quick else args.scale
    began = time.perf_counter()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
    settings.DEBUG = False  # as in production: no query log on the cursor
    name, original = "unarchive_bench_search", connection.settings_dict["NAME"]
    connection.settings_dict.setdefault("TEST", {})["NAME"] = name
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    work = Path(tempfile.mkdtemp(prefix="unarchive-bench-search-"))
    try:
        load_shared(args.corpus)
        pools = load_pools(args.corpus)
        queries = draw_queries(pools, args.queries, random.Random(args.seed))
        for cls in CLASSES:
            print(f"  {cls}: {' | '.join(queries[cls])}")
        check = [fold(t) for t in pools[ZH].texts[:500]]
        for text in check:  # tantivy gets exactly the project's CJK lexemes
            _pid, _words, uni, bi = tantivy_line(0, text).rstrip("\n").split("\t")
            assert set(uni.split()) | set(bi.split()) - {"|"} == set(cjk_lexemes(text))
        # Everything the API searches: paragraphs, and footnotes (negative ids).
        rows = itertools.chain(
            Paragraph.objects.values_list("id", "text").iterator(chunk_size=5000),
            ((-pk, text) for pk, text in Footnote.objects.values_list("id", "text")),
        )
        batches = []
        while batch := list(itertools.islice(rows, 5000)):
            batches.append(batch)
        connections.close_all()
        with multiprocessing.get_context("fork").Pool(2) as workers:
            (work / "shared.tsv").write_text("".join(workers.map(lines_chunk, batches)))
        reference = TantivyReference(_fresh(work / "tantivy-shared"))
        seconds = reference.build(work / "shared.tsv")
        print(f"tantivy index of the shared corpus: {seconds:.1f} s")
        print(f"\n--- shared corpus ({time.perf_counter() - began:.0f} s so far) ---")
        results = measure_corpus(
            "shared", queries, reference, args.repeats, args.queries
        )
        del reference
        print(f"\n--- scale corpus: {per_language} paragraphs per language ---")
        timings = build_scale(pools, per_language, work, args.seed)
        for step, seconds in timings.items():
            print(f"  {step}: {seconds:.1f} s")
        print(f"  build in all: {sum(timings.values()):.1f} s")
        print_sizes()
        reference = TantivyReference(_fresh(work / "tantivy-scale"))
        seconds = reference.build(work / "tantivy.tsv")
        size = sum(f.stat().st_size for f in (work / "tantivy-scale").iterdir())
        print(f"  tantivy index: {seconds:.1f} s, {size / (1 << 20):.0f} MB")
        print(f"  ({time.perf_counter() - began:.0f} s so far)")
        scale = measure_corpus(
            "scale", queries, reference, args.repeats, args.like_queries
        )
        measure_floor(queries, args.repeats)
        measure_filtered(queries, args.repeats)
        explain_slowest(scale)
        results += scale
        print_table(results)
        print(
            f"\nwhole benchmark: {time.perf_counter() - began:.0f} s; load average "
            f"{os.getloadavg()[0]:.1f}"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.keep:
            connection.creation.destroy_test_db(original, verbosity=0)


def _fresh(path: Path) -> Path:
    path.mkdir()
    return path


if __name__ == "__main__":
    main()
