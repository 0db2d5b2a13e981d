"""Small Akoma Ntoso resolutions for the parse_akn tests, and an outline of a parse."""

from __future__ import annotations

from resolutions.parsing.types import ParsedParagraph, ParsedResolution

COVER = """\
<p><docNumber refersTo="#symbol">{symbol}</docNumber></p>
<p><session refersTo="#generalAssembly" value="78">Seventy-eighth session</session></p>
<p>{agenda}</p>
<p><inline name="agenda item name">Promotion and protection of human rights</inline></p>
<p xml:space="preserve">{proponent}</p>"""
AGENDA = '<inline title="71 (b)" name="agenda item">Agenda item 71 (b)</inline>'
PROPONENT = (
    '<docProponent refersTo="#thirdCommittee">[on the report of the Third Committee '
    '(<inline name="originating document">A/78/481/Add.2, para. 139</inline>)]'
    "</docProponent>"
)
CONCLUSIONS = """\
<conclusions><p><event refersTo="#adoption">
<location title="50th" refersTo="#adoptionMeeting">50th plenary meeting</location><eol/>
<docDate date="2023-12-19" refersTo="#adoptionDate">19 December 2023</docDate>
</event></p></conclusions>"""


def document(
    body: str = "",
    preamble: str = "",
    *,
    language: str = "eng",
    symbol: str = "A/RES/78/197",
    agenda: str = AGENDA,
    proponent: str = PROPONENT,
    conclusions: str = CONCLUSIONS,
    after: str = "",
) -> bytes:
    """A resolution in the AKN4UN layout, with `body` as its mainBody."""
    cover = COVER.format(symbol=symbol, agenda=agenda, proponent=proponent)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<statement name="resolution"><meta><identification source="#DGACM">
<FRBRWork>
<FRBRthis value="/akn/un/statement/deliberation/unga/2023-12-19/78-197/!main/"/>
<FRBRdate date="2023-12-19" name="adoption"/></FRBRWork>
<FRBRExpression><FRBRlanguage language="{language}"/></FRBRExpression>
</identification></meta>
<coverPage>{cover}</coverPage>
<preface><p><docNumber>78/197.</docNumber><docTitle>A title</docTitle></p></preface>
<preamble><formula name="enactingFormula">
<p><span class="italic">The General Assembly</span>,</p></formula>{preamble}</preamble>
<mainBody>{body}</mainBody>{conclusions}{after}</statement></akomaNtoso>""".encode()


def paragraph(number: str, text: str, eid: str = "para_1") -> str:
    num = f"<num>{number}</num>" if number else ""
    return (
        f'<paragraph eId="{eid}">{num}<content><p xml:space="preserve">\t{text}</p>'
        "</content></paragraph>"
    )


def outline(parsed: ParsedResolution) -> list[str]:
    """One line a paragraph: indented by depth, kind, number or label, text."""
    lines: list[str] = []

    def add(p: ParsedParagraph, depth: int) -> None:
        mark = f" {p.number or p.label}" if p.number or p.label else ""
        annex = " annex" if p.in_annex else ""
        lines.append(f"{'  ' * depth}{p.kind}{annex}{mark}: {p.text}")
        for child in p.subparagraphs:
            add(child, depth + 1)

    for p in parsed.paragraphs:
        add(p, 0)
    return lines


NOTE = '<authorialNote marker="{m}" eId="n{m}"><p>\t{text}</p></authorialNote>'
