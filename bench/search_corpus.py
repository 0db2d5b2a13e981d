"""The corpora of bench/search.py: real paragraphs, queries drawn from them, and the
scale corpus of synthetic resolutions built from their clauses.

Imported by bench/search.py after django.setup().
"""

import bisect
import datetime
import itertools
import multiprocessing
import random
import re
import statistics
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree
from django.db import connection, connections

from resolutions.models import (
    Committee,
    Paragraph,
    ParagraphKind,
    Resolution,
    SourceFile,
)
from resolutions.search.analysis import CJK_RUN, fold, latin_part
from resolutions.search.index import document_vector_parts, row_filters

ZH, EN = "zh", "en"
PREAMBULAR, OPERATIVE = ParagraphKind.PREAMBULAR.value, ParagraphKind.OPERATIVE.value
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+(?:[/.]\d+)*")  # as highlighting
SYMBOL = re.compile(r"(?<![\w/])(?:A/RES/)?\d{1,2}/\d{1,3}(?![\w/])")
PIECE = {ZH: re.compile(r"(?<=[，；：])"), EN: re.compile(r"(?<=[,;:])\s+")}
JOIN = {ZH: "", EN: " "}
COPY_ESCAPE = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
COMMITTEES = [c.value for c in Committee]
COMMITTEE_WEIGHTS = [40, 6, 12, 18, 8, 5, 11]
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


@dataclass
class Pool:
    """Real paragraphs of one language: texts, (pieces, lead) by kind, titles."""

    texts: list[str] = field(default_factory=list)
    templates: dict[str, list[tuple[list[str], str]]] = field(
        default_factory=lambda: {PREAMBULAR: [], OPERATIVE: []}
    )
    pieces: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def add(self, language: str, kind: str, lead: str, text: str) -> None:
        self.texts.append(text)
        pieces = [p for p in PIECE[language].split(text) if p]
        self.pieces.extend(pieces)
        if kind in self.templates:
            self.templates[kind].append((pieces, lead))

    def compose(self, rng: random.Random, language: str, kind: str):
        """A new paragraph: a real one's first and last clause around random ones."""
        pieces, lead = rng.choice(self.templates[kind])
        middle = [rng.choice(self.pieces) for _ in range(max(1, len(pieces) - 2))]
        parts = [pieces[0], *middle] + ([pieces[-1]] if len(pieces) > 1 else [])
        return JOIN[language].join(parts), lead


# --- real paragraphs and queries -----------------------------------------------


def load_pools(corpus: Path) -> dict[str, Pool]:
    pools = {ZH: Pool(), EN: Pool()}
    rows = Paragraph.objects.filter(resolution__language__in=pools).values_list(
        "resolution__language", "kind", "lead", "text"
    )
    for language, kind, lead, text in rows.iterator(chunk_size=5000):
        pools[language].add(language, kind, lead, text)
    if min(len(p.texts) for p in pools.values()) < 1000:
        print("few paragraphs stored: taking <p> texts from the XML zips instead")
        pools = {ZH: Pool(), EN: Pool()}
        for language, kind, text in paragraphs_from_zips(corpus):
            pools[language].add(language, kind, "", text)
    for language, pool in pools.items():
        titles = Resolution.objects.filter(language=language)
        pool.titles = list(titles.values_list("title", flat=True)) or ["Resolution"]
        print(
            f"  {language}: {len(pool.texts)} real paragraphs, {len(pool.pieces)} "
            f"clauses, {statistics.mean(map(len, pool.texts)):.0f} characters average"
        )
    return pools


def paragraphs_from_zips(corpus: Path):
    """(language, kind, text) of every <p> in preamble and body, without the parser."""
    names = {"Chinese": ZH, "English": EN}
    for path in sorted((corpus / "unxml").glob("GA-*.zip")):
        language = names.get(path.stem.rsplit("-", 1)[-1])
        if language is None:
            continue
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".xml"):
                    continue
                root = ElementTree.fromstring(archive.read(name))
                for part, kind in (("preamble", PREAMBULAR), ("mainBody", OPERATIVE)):
                    for section in root.iter(AKN + part):
                        for p in section.iter(AKN + "p"):
                            text = " ".join("".join(p.itertext()).split())
                            if text:
                                yield language, kind, text


def draw_queries(pools: dict[str, Pool], n: int, rng: random.Random) -> dict:
    zh = [fold(t) for t in pools[ZH].texts]
    en = [fold(t) for t in pools[EN].texts]
    df, chars, occurrences, longest_extension = Counter(), Counter(), Counter(), {}
    trigrams = Counter()
    for text in zh:
        runs = CJK_RUN.findall(text)
        grams = [r[i : i + 2] for r in runs for i in range(len(r) - 1)]
        occurrences.update(grams)
        df.update(set(grams))
        chars.update(set("".join(runs)))
        trigrams.update(r[i : i + 3] for r in runs for i in range(len(r) - 2))
    for gram, count in trigrams.items():
        for part in (gram[:2], gram[1:]):
            longest_extension[part] = max(longest_extension.get(part, 0), count)

    def wordlike(gram: str) -> bool:
        # 合国 is nearly always inside 联合国: nobody searches for it alone.
        return longest_extension.get(gram, 0) < 0.7 * occurrences[gram]

    ranked = [g for g, _ in df.most_common() if wordlike(g)]
    common = ranked[:n]
    rare = rng.sample(sorted(g for g in ranked if 2 <= df[g] <= 4), n)
    middle = set(ranked[30:2000])

    def substrings(length: int) -> list[str]:
        found: set[str] = set()
        while len(found) < n:
            runs = [r for r in CJK_RUN.findall(rng.choice(zh)) if len(r) >= length]
            if runs:
                run = rng.choice(runs)
                start = rng.randrange(len(run) - length + 1)
                found.add(run[start : start + length])
        return sorted(found)

    pairs: set[str] = set()
    while len(pairs) < n:
        runs = CJK_RUN.findall(rng.choice(zh))
        grams = [r[i : i + 2] for r in runs for i in range(0, len(r) - 1, 2)]
        grams = [g for g in dict.fromkeys(grams) if g in middle]
        if len(grams) >= 2:
            pairs.add(" ".join(rng.sample(grams, 2)))
    words = Counter(w for t in en for w in set(WORD.findall(t)))
    frequent = [w for w, c in words.most_common(3000) if w.isalpha() and len(w) >= 4]
    phrases: set[str] = set()
    while len(phrases) < n:
        clause = rng.choice(re.split(r"[,;:.()]", rng.choice(en))).split()
        size = rng.choice((2, 3))
        if len(clause) >= size:
            start = rng.randrange(len(clause) - size + 1)
            chosen = clause[start : start + size]
            if all(w.isalpha() for w in chosen) and max(map(len, chosen)) >= 4:
                phrases.add('"' + " ".join(chosen) + '"')
    symbols = sorted(
        {s for t in pools[EN].texts + pools[ZH].texts for s in SYMBOL.findall(t)}
    )
    top_chars = [c for c, _ in chars.most_common(400)]
    return {
        "zh rare 2-char": rare,
        "zh common 2-char": common,
        "zh 4-char phrase": substrings(4),
        "zh 8-char phrase": substrings(8),
        "zh two terms": sorted(pairs),
        "zh 1 char": rng.sample(top_chars, n),
        "en word": rng.sample(frequent, n),
        "en phrase": sorted(phrases),
        "symbol": rng.sample(symbols, n),
    }


def tantivy_line(pid: int, text: str, latin: str | None = None) -> str:
    """The project's lexemes as whitespace-separated token streams (tab-separated):
    folded words, CJK unigrams, CJK bigrams (`latin`: latin_part(fold(text)))."""
    runs = CJK_RUN.findall(fold(text)) if CJK_RUN.search(text) else []
    if latin is None:
        latin = latin_part(fold(text))
    bigrams = []
    for run in runs:
        bigrams.extend(run[i : i + 2] for i in range(len(run) - 1))
        bigrams.append("|")  # never adjacent across runs, as in the tsvector
    words = " ".join(WORD.findall(latin))
    return f"{pid}\t{words}\t{' '.join(''.join(runs))}\t{' '.join(bigrams)}\n"


# --- the scale corpus ----------------------------------------------------------------

_POOLS: dict[str, Pool] = {}
_LAYOUT: dict = {}


def plan_layout(per_language: int, pools, rng: random.Random) -> dict:
    """Synthetic resolutions (each symbol in zh and en) and their paragraph counts."""
    n = max(20, per_language // 200)
    sessions = sorted(rng.choices(range(1, 80), weights=range(1, 80), k=n))
    source = SourceFile.objects.create(
        filename="bench-search-synthetic",
        format="text",
        content=b"",
        sha256="0" * 64,
        size=0,
    )
    numbers, resolutions, meta = Counter(), [], []
    for session in sessions:
        numbers[session] += 1
        if rng.random() < 0.8:
            adopted = datetime.date(1945 + session, 12, rng.randint(1, 22))
        else:
            adopted = datetime.date(
                1946 + session, rng.randint(1, 9), rng.randint(1, 28)
            )
        committee = rng.choices(COMMITTEES, COMMITTEE_WEIGHTS)[0]
        meta.append((session, committee, adopted.isoformat()))
        for language in (ZH, EN):
            resolutions.append(
                Resolution(
                    symbol=f"A/RES/{session}/{numbers[session]}",
                    language=language,
                    session=session,
                    number=str(numbers[session]),
                    number_sort=numbers[session],
                    title=rng.choice(pools[language].titles),
                    adopted_on=adopted,
                    committee=committee,
                    source=source,
                )
            )
    Resolution.objects.bulk_create(resolutions, batch_size=2000)
    sizes = [per_language // n + (i < per_language % n) for i in range(n)]
    return {
        "per_language": per_language,
        "starts": [0, *itertools.accumulate(sizes)][:-1],
        "sizes": sizes,
        "meta": meta,
        "ids": {
            language: [r.pk for r in resolutions if r.language == language]
            for language in (ZH, EN)
        },
    }


def build_chunk(task: tuple[int, int, int]) -> tuple[str, str, str]:
    """COPY text for paragraphs and staged search rows, and tantivy lines."""
    start, stop, seed = task
    rng = random.Random(seed)
    layout, per_language = _LAYOUT, _LAYOUT["per_language"]
    paragraphs, stage, lines = [], [], []
    for g in range(start, stop):
        language = ZH if g < per_language else EN
        local = g % per_language
        k = bisect.bisect_right(layout["starts"], local) - 1
        position = local - layout["starts"][k] + 1
        preambular = max(1, round(layout["sizes"][k] * 0.35))
        if position <= preambular:
            kind, anchor, number = PREAMBULAR, f"pp{position}", ""
        else:
            number = str(position - preambular)
            kind, anchor = OPERATIVE, f"op{number}"
        text, lead = _POOLS[language].compose(rng, language, kind)
        pid, rid = g + 1, layout["ids"][language][k]
        session, committee, adopted = layout["meta"][k]
        filters = row_filters(language, session, committee, kind, lead[:200])
        config, latin, extra, cjk = document_vector_parts(text, language, filters)
        lines.append(tantivy_line(pid, text, latin))
        lead, text = lead[:200].translate(COPY_ESCAPE), text.translate(COPY_ESCAPE)
        paragraphs.append(
            f"{pid}\t{rid}\t{position}\t{anchor}\t{kind}\t{number}\t\t\\N\t0\t{lead}"
            f"\t{text}\tf\t\n"
        )
        stage.append(
            f"{pid}\t{rid}\t{language}\t{session}\t{kind}\t{lead}\t{committee}"
            f"\t{adopted}\t{config}\t{latin.translate(COPY_ESCAPE)}"
            f"\t{extra.translate(COPY_ESCAPE)}\t{'t' if cjk else 'f'}\n"
        )
    return "".join(paragraphs), "".join(stage), "".join(lines)


def lines_chunk(rows: list[tuple[int, str]]) -> str:
    return "".join(tantivy_line(pid, text) for pid, text in rows)


def copy_file(sql: str, path: Path) -> None:
    with connection.cursor() as cursor, open(path, "rb") as source:
        with cursor.cursor.copy(sql) as copy:
            while block := source.read(1 << 20):
                copy.write(block)


def build_scale(pools, per_language: int, work: Path, seed: int) -> dict:
    global _POOLS, _LAYOUT
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE resolutions_sourcefile, resolutions_adoption, "
            "resolutions_agendaitem RESTART IDENTITY CASCADE"
        )
    _POOLS, _LAYOUT = pools, plan_layout(per_language, pools, random.Random(seed))
    fold("warm the folding table before forking")
    connections.close_all()
    tasks = [
        (a, min(a + 5000, 2 * per_language), seed * 1_000_003 + a)
        for a in range(0, 2 * per_language, 5000)
    ]
    files = [work / name for name in ("paragraphs.copy", "stage.copy", "tantivy.tsv")]
    outputs = [open(f, "w", encoding="utf-8") for f in files]
    with multiprocessing.get_context("fork").Pool(2) as workers:
        for parts in workers.imap(build_chunk, tasks):
            for out, part in zip(outputs, parts, strict=True):
                out.write(part)
    for out in outputs:
        out.close()
    timings = {"generate and analyze (2 processes)": time.perf_counter() - started}
    t = time.perf_counter()
    copy_file(
        "COPY resolutions_paragraph (id, resolution_id, position, anchor, kind, "
        "number, label, parent_id, depth, lead, text, in_annex, eid) FROM STDIN",
        files[0],
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('resolutions_paragraph', 'id'), "
            "(SELECT max(id) FROM resolutions_paragraph))"
        )
        cursor.execute(
            "CREATE UNLOGGED TABLE bench_stage (paragraph_id bigint, resolution_id "
            "bigint, language text, session int, kind text, lead text, committee "
            "text, adopted_on date, config text, latin text, extra text, cjk "
            "boolean)"
        )
        cursor.execute("DROP INDEX search_vector_gin")
    copy_file("COPY bench_stage FROM STDIN", files[1])
    timings["COPY paragraphs + staged rows"] = time.perf_counter() - t
    t = time.perf_counter()
    insert = (
        "INSERT INTO resolutions_searchentry (resolution_id, paragraph_id, language, "
        "session, kind, lead, committee, adopted_on, vector, cjk) SELECT "
        "resolution_id, paragraph_id, language, session, kind, lead, committee, "
        "adopted_on, to_tsvector(config::regconfig, latin) || extra::tsvector, cjk "
        "FROM bench_stage "
        "WHERE paragraph_id %% 2 = %s ORDER BY paragraph_id"
    )
    run_parallel([(insert, [0]), (insert, [1])])
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE bench_stage")
    timings["search rows: to_tsvector || CJK literal (2 sessions)"] = (
        time.perf_counter() - t
    )
    t = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '1GB'")
        cursor.execute(
            "CREATE INDEX search_vector_gin ON resolutions_searchentry USING gin "
            "(vector)"
        )
        cursor.execute("RESET maintenance_work_mem")
    timings["GIN index build (maintenance_work_mem 1GB)"] = time.perf_counter() - t
    t = time.perf_counter()
    with connection.cursor() as cursor:
        for table in ("resolution", "paragraph", "searchentry"):
            cursor.execute(f"VACUUM ANALYZE resolutions_{table}")
    timings["VACUUM ANALYZE"] = time.perf_counter() - t
    files[0].unlink()
    files[1].unlink()
    return timings


def run_parallel(statements: list[tuple[str, list]]) -> None:
    def run(sql: str, params: list) -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=s) for s in statements]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def print_sizes() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_total_relation_size('resolutions_searchentry'), "
            "pg_relation_size('resolutions_searchentry'), "
            "pg_relation_size('search_vector_gin'), "
            "pg_relation_size('search_sample_gin'), "
            "pg_total_relation_size('resolutions_paragraph'), "
            "pg_relation_size('resolutions_paragraph'), "
            "(SELECT count(*) FROM resolutions_searchentry)"
        )
        total, heap, gin, sample, paragraphs, paragraph_heap, rows = cursor.fetchone()
    mb = 1 << 20
    print(
        f"  sizes: search table {total / mb:.0f} MB in all (heap {heap / mb:.0f} MB, "
        f"GIN {gin / mb:.0f} MB, 1% sample GIN {sample / mb:.0f} MB) for {rows} "
        f"rows; paragraph table {paragraphs / mb:.0f} MB in all "
        f"(heap {paragraph_heap / mb:.0f} MB)"
    )
