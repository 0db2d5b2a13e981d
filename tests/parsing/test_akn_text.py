"""parse_akn's inline text (akn_text.py): notes taken out of the text with their
offsets, footnote texts, repeated markers."""

from __future__ import annotations

import pytest
from akn_documents import NOTE, document, paragraph
from hypothesis import given
from hypothesis import strategies as st

from resolutions.parsing.akn import parse_akn


@pytest.mark.parametrize(
    ("p", "text", "refs"),
    [
        (
            "Rights,"
            + NOTE.format(m=1, text="Resolution 217 A (III).")
            + " the Covenants",
            "Rights, the Covenants",
            [(1, 7)],
        ),
        # Chinese takes no space where the note was (A/RES/78/197).
        (
            "《宣言》、" + NOTE.format(m=1, text="第217 A (III)号决议。") + " 两项公约",
            "《宣言》、两项公约",
            [(1, 5)],
        ),
        # Arabic brackets the marker with <sup>(</sup> and <sup>)</sup>.
        (
            "عام 2024<sup>(</sup>"
            + NOTE.format(m=1, text="A/79/23.")
            + "<sup>)</sup>،",
            "عام 2024،",
            [(1, 8)],
        ),
        # A second reference to a note is a bare <sup>1</sup> (A/RES/79/83).
        (
            "1949,"
            + NOTE.format(m=1, text="Ibid.")
            + " the Convention<sup>1</sup> applies",
            "1949, the Convention applies",
            [(1, 5), (1, 20)],
        ),
    ],
)
def test_parse_akn_takes_notes_out_of_the_text(p, text, refs):
    parsed = parse_akn(
        document(
            f'<paragraph eId="p1"><num>1.</num><content><p>{p}'
            "</p></content></paragraph>"
        )
    )
    (first,) = parsed.operative
    assert first.text == text
    assert [(r.marker, r.offset) for r in first.refs] == refs
    assert [f.marker for f in parsed.footnotes] == [1]
    assert not parsed.warnings


def test_parse_akn_keeps_a_note_out_of_its_list_point():
    # A/RES/78/218 (zh), paragraph 2 (e): the note's paragraph, with a stray
    # <sup>7</sup>, is the note's text, not a line of the point nor a reference.
    note = (
        '<authorialNote marker="17" eId="n17"><p><sup>7</sup>\t联合国，《条约汇编》。'
        "</p></authorialNote>"
    )
    parsed = parse_akn(
        document(
            '<paragraph eId="p2"><num>2.</num><list><intro><p>\t严重关切：</p></intro>'
            '<point eId="p2_e"><num>㈤</num><content><p>\t根据《关于难民地位的公约》'
            f"{note} 承担的义务；</p></content></point></list></paragraph>"
        )
    )
    (point,) = parsed.operative[0].subparagraphs
    assert point.text == "根据《关于难民地位的公约》承担的义务；"
    assert [r.marker for r in point.refs] == [17]
    assert parsed.footnotes[0].text.endswith("联合国，《条约汇编》。")


def test_parse_akn_footnote_text_drops_its_repeated_marker():
    note = (
        '<authorialNote marker="21" eId="n"><p>\t<sup>21</sup>\t'
        '第<a href="x">71/256</a>号决议。</p></authorialNote>'
    )
    parsed = parse_akn(document(paragraph("1.", f"《新城市议程》{note}和")))
    (footnote,) = parsed.footnotes
    assert (footnote.marker, footnote.text) == (21, "第71/256号决议。")
    assert [c.symbol for c in footnote.citations] == ["A/RES/71/256"]


@pytest.mark.parametrize(
    ("note", "text"),
    [
        # The marker repeated in the note (A/RES/75/152) or its brackets (Arabic).
        ("\t<sup>21</sup>\t第<a href='x'>71/256</a>号决议。", "第71/256号决议。"),
        ("\t()\tانظر المقرر 60/519.", "انظر المقرر 60/519."),
        (
            "\t \tSee <span class='italic'>Official Records</span>, annex.",
            "See Official Records, annex.",
        ),
    ],
)
def test_parse_akn_footnote_text_is_the_note_alone(note, text):
    note = f'<authorialNote marker="21" eId="n"><p>{note}</p></authorialNote>'
    parsed = parse_akn(document(paragraph("1.", f"Agenda{note},")))
    assert [(f.marker, f.text) for f in parsed.footnotes] == [(21, text)]


def test_parse_akn_renumbers_a_repeated_footnote_marker():
    body = paragraph(
        "1.",
        "One"
        + NOTE.format(m=1, text="A.")
        + " two"
        + NOTE.format(m=1, text="B.")
        + ".",
    )
    parsed = parse_akn(document(body))
    assert [(f.marker, f.text) for f in parsed.footnotes] == [(1, "A."), (2, "B.")]
    assert [r.marker for r in parsed.operative[0].refs] == [1, 2]
    assert parsed.warnings == ("n1: footnote 1 appears twice; numbered it 2",)


def test_parse_akn_warns_of_a_note_on_the_title():
    data = document(paragraph("1.", "x")).replace(
        b"<docTitle>A title</docTitle>",
        b"<docTitle>A title</docTitle>"
        + NOTE.format(m=1, text="See 75/245 A.").encode(),
    )
    parsed = parse_akn(data)
    assert [f.marker for f in parsed.footnotes] == [1]
    assert parsed.warnings == ("footnote 1 is on the title; no paragraph cites it",)


@given(st.lists(st.text("abc，、。,;-《》和Ü", min_size=1, max_size=8), min_size=2))
def test_parse_akn_note_offsets_fall_between_the_pieces_around_them(pieces):
    notes = [NOTE.format(m=i, text=f"Note {i}.") for i in range(1, len(pieces))]
    inner = pieces[0] + "".join(
        n + piece for n, piece in zip(notes, pieces[1:], strict=True)
    )
    parsed = parse_akn(document(paragraph("1.", inner)))
    (first,) = parsed.operative
    assert first.text == "".join(pieces)
    ends = [len("".join(pieces[:i])) for i in range(1, len(pieces))]
    assert [(r.marker, r.offset) for r in first.refs] == list(
        zip(range(1, len(pieces)), ends, strict=True)
    )
