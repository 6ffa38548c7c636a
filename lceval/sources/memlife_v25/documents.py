"""memlife_v25's documents: each event one small document in one of thirteen formats, or an aside in its genre.

Records (``RECORDS``): a TOML export, a CSV export, an audit trail, a spreadsheet export (tab-separated), a
changelog, an IRC log and ticket comments. A record opens on its header lines; a write is one whole line of it (a
structured entry, or a statement of ``statements`` in the records that hold free text), with the other holders the
record lists on lines of their own, before or after it.

Prose (``PROSE``): a diary entry, parish notices, a radio transcript, a court record, the notes on a recipe card and
a voicemail transcript. A write is one statement inside a paragraph, with a sentence before it and one after; the
other holders the document mentions get sentences of their own in the same paragraph.

A look-alike (``lookalikes``) renders in any of the thirteen formats with its reason in one of ``PLACES``: in the
same sentence (a wording of its own), as the document's first line (``heading``), just before or just after the
entry that names the value, or on that entry's own line (``comment``: a remark in a record, a parenthesis in prose).
It never decides anything. An aside (``asides``) is its genre's paragraph, the value told in its middle sentence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Mapping

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["Event", "PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Prose", "Record", "render"]

PLACES = ("sentence", "heading", "before", "after", "comment")
BANKS = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK, "beside": BESIDE}


@dataclass(frozen=True)
class Record:
    """A line-based format: header lines (one set drawn), entry lines by role (give, change, take_back, and beside
    for another holder's value), a free-text line (``say``, with ``{text}``), a remark added to a line (``{note}``),
    lines that say nothing of any holder, and a closing line ("" for none)."""

    headers: tuple[tuple[str, ...], ...]
    entries: Mapping[str, tuple[str, ...]]
    say: str
    remark: str
    fillers: tuple[str, ...]
    footers: tuple[str, ...]


@dataclass(frozen=True)
class Prose:
    """A paragraph format: a first line, how the paragraph opens (a speaker, or nothing), a sentence before the
    statement and one after it, and a last line ("" for none)."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    opening: tuple[str, ...]
    closing: tuple[str, ...]
    footers: tuple[str, ...]


RECORDS: dict[str, Record] = {
    "toml_export": Record(
        headers=(("# {office} register, nightly dump of {date}", "[export]", 'tool = "regsync 3.1"', "entries = ["),
                 ("# generated for the {office} on {date}", "[register]", 'scope = "{plural}"', "entries = [")),
        entries={
            "give": ('  {{ {name} = "{holder}", {field} = "{value}", op = "assign", at = "{stamp}" }},',
                     '  {{ {name} = "{holder}", op = "create", {field} = "{value}" }},'),
            "change": ('  {{ {name} = "{holder}", {field} = "{value}", was = "{old}", op = "reassign", at = "{stamp}" }},',
                       '  {{ {name} = "{holder}", op = "update", {field} = "{value}", previous = "{old}" }},',
                       '  {{ {name} = "{holder}", op = "overwrite", {field} = "{value}" }},'),
            "take_back": ('  {{ {name} = "{holder}", {field} = "", cleared = "{value}", op = "vacate" }},',
                          '  {{ {name} = "{holder}", op = "clear", dropped = "{value}", at = "{stamp}" }},'),
            "beside": ('  {{ {name} = "{holder}", {field} = "{value}", op = "keep" }},',),
        },
        say='  {{ comment = "{text}" }},',
        remark="  # {note}",
        fillers=('  {{ heartbeat = "{stamp}" }},',),
        footers=("]",),
    ),
    "csv_export": Record(
        headers=(("{name},{field},previous,action,logged_at,by,remarks",),
                 ("# {office} register, exported {date}", "{name},{field},previous,action,logged_at,by,remarks")),
        entries={
            "give": ("{holder},{value},,assigned,{date} {stamp},{who}", "{holder},{value},,new,{date} {stamp},{who}"),
            "change": ("{holder},{value},{old},replaced,{date} {stamp},{who}", "{holder},{value},{old},swapped,{date} {stamp},{who}",
                       "{holder},{value},,updated,{date} {stamp},{who}"),
            "take_back": ("{holder},,{value},vacated,{date} {stamp},{who}", "{holder},,{value},cleared,{date} {stamp},{who}"),
            "beside": ("{holder},{value},,unchanged,{date} {stamp},{who}",),
        },
        say=',,,note,{date} {stamp},{who},"{text}"',
        remark=',"{note}"',
        fillers=(",,,export-check,{date} {stamp},{who}",),
        footers=("", "# end of export"),
    ),
    "audit_trail": Record(
        headers=(("AUDIT TRAIL | {office} | exported {date}", "----------------------------------------"),
                 ("audit-log v2 :: {office} :: page 3 of 7",)),
        entries={
            "give": ("{date}T{stamp}:{sec}Z user={who} event=create {name}={holder} {field}={value}",
                     "{date}T{stamp}:{sec}Z user={who} event=bind target={holder} {field}={value}"),
            "change": ("{date}T{stamp}:{sec}Z user={who} event=update {name}={holder} {field}={value} prior={old}",
                       "{date}T{stamp}:{sec}Z user={who} event=rebind target={holder} from={old} to={value}",
                       "{date}T{stamp}:{sec}Z user={who} event=modify {name}={holder} new_{field}={value}"),
            "take_back": ("{date}T{stamp}:{sec}Z user={who} event=unset {name}={holder} {field}=null prior={value}",
                          "{date}T{stamp}:{sec}Z user={who} event=unbind target={holder} released={value}"),
            "beside": ("{date}T{stamp}:{sec}Z user={who} event=verify {name}={holder} {field}={value}",),
        },
        say="{date}T{stamp}:{sec}Z user={who} event=annotate text=[{text}]",
        remark=" reason=[{note}]",
        fillers=("{date}T{stamp}:{sec}Z user=system event=login source=kiosk-2",),
        footers=("", "---- end of page ----"),
    ),
    "sheet_export": Record(
        headers=(("Spreadsheet export: {Office} register, sheet 2 ({date})", "Row\t{Noun}\t{Role}\tWas\tStatus\tNotes"),
                 ("{Plural} tracker.xlsx, tab Current, saved {date}", "#\t{Noun}\t{Role}\tWas\tStatus\tNotes")),
        entries={
            "give": ("{row}\t{holder}\t{value}\t\tnew", "{row}\t{holder}\t{value}\t\tadded"),
            "change": ("{row}\t{holder}\t{value}\t{old}\tchanged", "{row}\t{holder}\t{value}\t{old}\tamended",
                       "{row}\t{holder}\t{value}\t\tedited"),
            "take_back": ("{row}\t{holder}\t\t{value}\temptied", "{row}\t{holder}\t(blank)\t{value}\tstruck off"),
            "beside": ("{row}\t{holder}\t{value}\t\tsame",),
        },
        say="{row}\t\t\t\t\t{text}",
        remark="\t{note}",
        fillers=("{row}\t\t\t\t\t(checked by {who})",),
        footers=("",),
    ),
    "changelog": Record(
        headers=(("# Changelog: {office} register", "## [{ver}] - {date}", "### Changed"),
                 ("CHANGES ({plural})", "v{ver}, released {date}:")),
        entries={
            "give": ("- {statement}",), "change": ("- {statement}",), "take_back": ("- {statement}",),
            "beside": ("- {statement}",),
        },
        say="- {text}",
        remark=" <!-- {note} -->",
        fillers=("- Tidied the column widths in the printout.", "- Bumped the export tool to the new release."),
        footers=("",),
    ),
    "irc_log": Record(
        headers=(("--- Log opened {date} {stamp}", "--- Topic for #registers: {office} upkeep, be kind"),
                 ("[{date}] #{name}-desk",)),
        entries={
            "give": ("[{stamp}] <{who}> {statement}", "[{stamp}] <regbot> {holder}.{field} := {value}"),
            "change": ("[{stamp}] <{who}> {statement}", "[{stamp}] <regbot> {holder}.{field} := {value} (was {old})"),
            "take_back": ("[{stamp}] <{who}> {statement}", "[{stamp}] <regbot> {holder}.{field} := (empty), dropped {value}"),
            "beside": ("[{stamp}] <{who}> {statement}",),
        },
        say="[{stamp}] <{who}> {text}",
        remark=" -- {note}",
        fillers=("[{stamp}] * {who} has joined #registers", "[{stamp}] <{who}> morning all", "[{stamp}] <{who}> brb, kettle"),
        footers=("", "--- Log closed {date}"),
    ),
    "ticket_comments": Record(
        headers=(("Ticket #{ref}: {plural} register upkeep", "Status: resolved | Queue: {office}"),
                 ("HELPDESK #{ref} ({office})", "Subject: routine register changes")),
        entries={
            "give": ("Comment {n} by {who} at {stamp}: {statement}",),
            "change": ("Comment {n} by {who} at {stamp}: {statement}",),
            "take_back": ("Comment {n} by {who} at {stamp}: {statement}",),
            "beside": ("Comment {n} by {who} at {stamp}: {statement}",),
        },
        say="Comment {n} by {who} at {stamp}: {text}",
        remark=" [{note}]",
        fillers=("Comment {n} by {who} at {stamp}: Picking this up now.", "Comment {n} by {who} at {stamp}: Thanks, all sorted."),
        footers=("", "Closed by {who}."),
    ),
}

PROSE: dict[str, Prose] = {
    "diary": Prose(
        headers=("Dear diary, {date}", "Diary, late on {date}"),
        leads=("",),
        opening=("Up at six with a headache and too much tea.", "Rain again, so I took the long way in.",
                 "Spent the morning chasing paperwork for the {office}."),
        closing=("Home by seven, soup for supper.", "Must remember to tell Gran about it.",
                 "Tomorrow looks quieter, thank goodness."),
        footers=("", "M."),
    ),
    "parish_notice": Prose(
        headers=("St Brannoc's Parish Notices, week of {date}", "From the Parish Office ({date})"),
        leads=("",),
        opening=("Thank you to everyone who helped with the jumble sale.",
                 "The flower rota for next month is on the porch board.",
                 "A note has reached us from the {office}."),
        closing=("Tea and coffee will be served after the service as usual.",
                 "Please keep the verger's family in your prayers this week.",
                 "Any questions to the parish office, please."),
        footers=("", "Rev. Alison Pryce"),
    ),
    "radio_transcript": Prose(
        headers=("TRANSCRIPT: Harbour Radio breakfast show, {date}", "[Radio transcript, segment 3, {stamp}]"),
        leads=("PRESENTER: ", "CALLER (Denise, Pennywell): ", "TRAVEL DESK: "),
        opening=("Morning, and a quick one from the {office} before the travel news.",
                 "Right, I've got a note here from the {office}.", "Hello, yes, I'm on, can you hear me?"),
        closing=("Lovely, back to the music after this.", "Anyway, that's the update.",
                 "Thanks for having me on."),
        footers=("", "PRESENTER: Cheers for that. Here's the weather.", "[jingle]"),
    ),
    "court_record": Prose(
        headers=("IN THE MAGISTRATES' COURT: record of proceedings, {date}", "Court record, sitting of {date}, item 4"),
        leads=("", "THE CLERK: "),
        opening=("The clerk read an entry from the {office} register into the record.",
                 "Exhibit 7 was produced and read aloud.", "The witness confirmed the register was kept by hand."),
        closing=("The bench noted the entry.", "Counsel for the applicant accepted this as accurate.",
                 "The hearing was adjourned for lunch."),
        footers=("", "Certified a true record."),
    ),
    "recipe_card": Prose(
        headers=("Recipe card: Gran's lemon drizzle (notes on the back)", "Card 14, leek and potato soup, margin notes"),
        leads=("",),
        opening=("Bake forty minutes at one-eighty, then test with a skewer.",
                 "Scribbled on the back in pencil, between the shopping list and the oven times.",
                 "Use the big pan, the little one boils over."),
        closing=("Double the sugar for the church fete.", "Serves six, or four hungry ones.",
                 "Freezes well for a month."),
        footers=("", "(card stained with butter)"),
    ),
    "voicemail": Prose(
        headers=("Voicemail from Dunstan, {stamp}, 1 min 12 s (automatic transcript)",
                 "Voicemail transcript, received {date} {stamp}"),
        leads=("",),
        opening=("Hiya, it's me, sorry to ring so early.", "Hello, this is a message for the {office}.",
                 "Hi, quick one while I remember."),
        closing=("Anyway, call me back when you get this, bye.", "Speak soon, cheers.",
                 "Right, that's all, ta-ra."),
        footers=("", "[end of message]"),
    ),
}

RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS
PEOPLE = ("mgorse", "tfalk", "rosei", "bwren", "clyde_p", "ivanova", "dlamb", "hesketh", "ajoshi", "kmurdo")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _document_fields(kind: Kind, rng: random.Random) -> dict:
    """What a document's fixed text is filled with: the register's words and a date, version and ticket drawn once."""
    return {"office": kind.office, "Office": _cap(kind.office), "noun": kind.noun, "Noun": _cap(kind.noun),
            "plural": kind.plural, "Plural": _cap(kind.plural), "role": kind.role, "Role": _cap(kind.role),
            "field": kind.field, "name": kind.name, "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "ver": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", "ref": rng.randint(1000, 9999)}


def _line_fields(base: dict, rng: random.Random) -> dict:
    """``base`` with what changes line by line: a time, a person, a row and comment number, seconds."""
    return {**base, "stamp": f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "who": rng.choice(PEOPLE),
            "row": rng.randint(2, 60), "n": rng.randint(1, 30), "sec": f"{rng.randint(0, 59):02d}"}


def _said(template: str, kind: Kind, holder: str, value: str, old: str | None, role: str | None = None) -> str:
    """A statement (or look-alike sentence) about ``holder``, filled in."""
    return template.format(thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old, role=role or kind.role)


def _entry(record: Record, role: str, kind: Kind, holder: str, value: str, old: str | None, base: dict,
           rng: random.Random, statement: str | None = None) -> str:
    """One entry line of ``record`` for ``role``; the records that hold free text say it with a drawn statement
    (or the given one)."""
    template = rng.choice(record.entries[role])
    if statement is None and "{statement}" in template:
        statement = _said(rng.choice(BANKS[role]), kind, holder, value, old)
    return template.format(**_line_fields(base, rng), holder=holder, value=value, old=old, statement=statement)


def _lay_out_record(header: list[str], body: list[str], footer: str, at: int, label: str | None, fmt: str) -> Document:
    """Header, body and footer joined by lines; the evidence (when ``label``) is body line ``at``."""
    lines = header + body + ([footer] if footer else [])
    text = "\n".join(lines)
    spans = ()
    if label:
        start = sum(len(line) + 1 for line in lines[:len(header) + at])
        spans = ((start, start + len(body[at]), label),)
    return Document(fmt, text, spans)


def _with_filler(record: Record, body: list[str], keep: set[int], base: dict, rng: random.Random) -> tuple[list[str], dict[int, int]]:
    """``body`` with at most one filler line dropped in, kept off the lines in ``keep`` (whose adjacency matters);
    returns the new body and where each old line went."""
    moved = {i: i for i in range(len(body))}
    if rng.random() < 0.5:
        return body, moved
    spots = [i for i in range(len(body) + 1) if not (i - 1 in keep and i in keep)]
    at = rng.choice(spots)
    filler = rng.choice(record.fillers).format(**_line_fields(base, rng))
    return body[:at] + [filler] + body[at:], {i: i + (i >= at) for i in range(len(body))}


def _record(event: Event, fmt: str, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    record, kind = RECORDS[fmt], event.kind
    base = _document_fields(kind, rng)
    header = [line.format(**_line_fields(base, rng)) for line in rng.choice(record.headers)]
    body = [_entry(record, "beside", kind, holder, value, None, base, rng) for holder, value in others]
    at = rng.randint(0, len(body))
    body.insert(at, _entry(record, event.role, kind, event.key, event.value, event.old, base, rng))
    body, moved = _with_filler(record, body, set(), base, rng)
    footer = rng.choice(record.footers).format(**_line_fields(base, rng))
    return _lay_out_record(header, body, footer, moved[at], event.label, fmt)


def _paragraph(prose: Prose, base: dict, rng: random.Random, middle: list[str]) -> tuple[str, str, str, int]:
    """(first line, paragraph, last line, where ``middle`` starts in the paragraph): the paragraph is a lead, the
    opening sentence, ``middle`` and the closing sentence."""
    header = rng.choice(prose.headers).format(**_line_fields(base, rng))
    lead = rng.choice(prose.leads) + rng.choice(prose.opening).format(**base) + " "
    paragraph = lead + " ".join(middle) + " " + rng.choice(prose.closing).format(**base)
    footer = rng.choice(prose.footers).format(**_line_fields(base, rng))
    return header, paragraph, footer, len(lead)


def _prose(event: Event, fmt: str, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    prose, kind = PROSE[fmt], event.kind
    base = _document_fields(kind, rng)
    statement = _said(rng.choice(BANKS[event.role]), kind, event.key, event.value, event.old)
    besides = [_said(rng.choice(BESIDE), kind, holder, value, None) for holder, value in others]
    before = rng.randint(0, len(besides))
    header, paragraph, footer, offset = _paragraph(prose, base, rng, [*besides[:before], statement, *besides[before:]])
    text = "\n".join([header, paragraph] + ([footer] if footer else []))
    spans = ()
    if event.label:
        start = len(header) + 1 + offset + sum(len(b) + 1 for b in besides[:before])
        spans = ((start, start + len(statement), event.label),)
    return Document(fmt, text, spans)


def _lookalike(event: Event, fmt: str, rng: random.Random) -> Document:
    """A look-alike in ``fmt``, its reason in a place drawn from ``PLACES``; it decides nothing."""
    look, kind = LOOKALIKES[event.template], event.kind
    place = rng.choice(PLACES)
    base = _document_fields(kind, rng)
    plain = _said(look.plain, kind, event.key, event.value, None)
    if fmt in RECORDS:
        record = RECORDS[fmt]
        header = [line.format(**_line_fields(base, rng)) for line in rng.choice(record.headers)]
        if place == "sentence":
            body = [record.say.format(**_line_fields(base, rng), text=_said(rng.choice(look.wordings), kind, event.key, event.value, None))]
        else:
            entry = _entry(record, "give", kind, event.key, event.value, None, base, rng, statement=plain)
            note = record.say.format(**_line_fields(base, rng), text=look.note)
            body = {"heading": [entry], "before": [note, entry], "after": [entry, note],
                    "comment": [entry + record.remark.format(note=look.note)]}[place]
        if place == "heading":
            header = [look.note] + header
        body, _ = _with_filler(record, body, set(range(len(body))), base, rng)
        footer = rng.choice(record.footers).format(**_line_fields(base, rng))
        return _lay_out_record(header, body, footer, 0, None, fmt)
    middle = {"sentence": [_said(rng.choice(look.wordings), kind, event.key, event.value, None)], "heading": [plain],
              "before": [look.note, plain], "after": [plain, look.note],
              "comment": [f"{plain[:-1]} ({look.note})"]}[place]
    header, paragraph, footer, _ = _paragraph(PROSE[fmt], base, rng, middle)
    lines = ([look.note] if place == "heading" else []) + [header, paragraph] + ([footer] if footer else [])
    return Document(fmt, "\n".join(lines), ())


def _aside(event: Event, rng: random.Random) -> Document:
    """A value told in passing: the genre's paragraph, the aside (wording ``variant``) its middle sentence."""
    frame, wordings = ASIDES[event.template]
    told = wordings[event.variant].format(thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key),
                                          value=event.value, role=event.kind.role)
    before, _, after = frame.partition("{told}")
    text = before + told + after
    spans = ((len(before), len(before) + len(told), event.label),) if event.label else ()
    return Document(event.template, text, spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document, listing ``others`` (holder, value) beside a write; a look-alike or an aside
    stands alone."""
    if event.role == "passing":
        return _aside(event, rng)
    fmt = rng.choice(FORMATS)
    if event.role == "lookalike":
        return _lookalike(event, fmt, rng)
    return (_record if fmt in RECORDS else _prose)(event, fmt, rng, others)
