"""memlife_v30's documents: each event of a plan as one small document, seven kinds of record and six of prose.

Records (the deciding entry is one whole line, never the first): a YAML fragment, CSV rows under a header, an INI
section, SQL statements in a transaction, JSON lines, an XML element, a Java properties file. Prose (the deciding entry
is one statement of ``statements``, inside a paragraph with a sentence either side): committee minutes, a dictated
voice memo, an inspection report, a radio log, a members' newsletter column, a mentor's letter to an apprentice.

A real record lists the holders given beside its own (``others``) on lines of their own; a page of prose mentions them
in sentences of their own. A look-alike (``lookalikes``) stands alone, its reason in one of the places its shape
allows (``PLACES``); an aside (``asides``) is its own genre. Only a labelled event has an evidence span.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Optional

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from . import statements
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES, Lookalike

__all__ = ["Document", "Event", "PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "fill", "render"]


_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, **values) -> str:
    """``template`` with each ``{name}`` it was given replaced; any other brace is left as it is (JSON, YAML)."""
    return _FIELD.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], template)


@dataclass(frozen=True)
class Record:
    """A record format. Placeholders: ``{h}`` holder, ``{v}`` value, ``{o}`` replaced value, ``{n}`` the register's
    name, ``{f}`` the value's field, ``{date}``, ``{office}``, ``{plural}``, ``{Plural}``, ``{why}`` / ``{why_}`` a
    look-alike's remark (spaced / joined by underscores)."""

    head: tuple[str, ...]  # lines before the entries; with a comment syntax the first is a comment holding {text}
    give: tuple[str, ...]
    change_old: tuple[str, ...]  # name the replaced value
    change_new: tuple[str, ...]  # name only the new one
    take_back: tuple[str, ...]
    column: str  # a look-alike's entry with its reason in a field
    feet: tuple[str, ...]  # a last line ("" for none)
    comment: Optional[str] = None  # a comment line holding {text}; None where the format has none

    @property
    def places(self) -> tuple[str, ...]:
        return ("column", "heading", "before", "after") if self.comment else ("column",)


TITLES = ("{Plural}: the {office}'s sheet for {date}", "Register of {plural}, updated {date}", "{Plural} as kept by the {office}")

RECORDS: dict[str, Record] = {
    "yaml_fragment": Record(
        head=("# {text}", "{n}_entries:"),
        give=('  - {{n}: "{h}", {f}: "{v}", since: "{date}"}', '  - {{n}: "{h}", {f}: "{v}"}'),
        change_old=('  - {{n}: "{h}", {f}: "{v}", replaces: "{o}"}', '  - {{n}: "{h}", was: "{o}", {f}: "{v}", since: "{date}"}'),
        change_new=('  - {{n}: "{h}", {f}: "{v}", status: amended}',),
        take_back=('  - {{n}: "{h}", {f}: null, cleared: "{v}"}', '  - {{n}: "{h}", vacated_by: "{v}", on: "{date}"}'),
        column='  - {{n}: "{h}", {f}: "{v}", remark: "{why}"}',
        feet=('checked_by: "{office}"', ""), comment="# {text}"),
    "csv_rows": Record(
        head=("{n},{f},date,remark",),
        give=("{h},{v},{date},", "{h},{v},{date},new"),
        change_old=("{h},{v},{date},in place of {o}", "{h},{v},{date},{o} moved out"),
        change_new=("{h},{v},{date},amended",),
        take_back=("{h},,{date},{v} left", "{h},,{date},cleared ({v})"),
        column="{h},{v},{date},{why}", feet=("",)),
    "ini_section": Record(
        head=("; {text}", "[{plural}]"),
        give=("{h} = {v}", "{h} = {v}  ; from {date}"),
        change_old=("{h} = {v}  ; replaces {o}", "{h} = {v}  ; was {o} until {date}"),
        change_new=("{h} = {v}  ; amended {date}",),
        take_back=("{h}.vacated_by = {v}", "{h} = vacant  ; last {f} {v}"),
        column="{h} = {v}  ; {why}", feet=("updated = {date}", ""), comment="; {text}"),
    "sql_insert": Record(
        head=("-- {text}", "BEGIN;"),
        give=("INSERT INTO {n} (holder, {f}) VALUES ('{h}', '{v}');", "INSERT INTO {n} (holder, {f}, entered) VALUES ('{h}', '{v}', '{date}');"),
        change_old=("UPDATE {n} SET {f} = '{v}' WHERE holder = '{h}' AND {f} = '{o}';",
                    "UPDATE {n} SET {f} = '{v}', previous = '{o}' WHERE holder = '{h}';"),
        change_new=("UPDATE {n} SET {f} = '{v}' WHERE holder = '{h}';",),
        take_back=("UPDATE {n} SET {f} = NULL WHERE holder = '{h}' AND {f} = '{v}';",
                   "UPDATE {n} SET {f} = NULL, left_value = '{v}' WHERE holder = '{h}';"),
        column="INSERT INTO {n} (holder, {f}, note) VALUES ('{h}', '{v}', '{why}');",
        feet=("COMMIT;",), comment="-- {text}"),
    "json_lines": Record(
        head=('{"remark": "{text}"}',),
        give=('{"{n}": "{h}", "{f}": "{v}", "at": "{date}"}', '{"op": "set", "{n}": "{h}", "{f}": "{v}"}'),
        change_old=('{"{n}": "{h}", "{f}": "{v}", "before": "{o}"}', '{"op": "swap", "{n}": "{h}", "from": "{o}", "to": "{v}"}'),
        change_new=('{"op": "amend", "{n}": "{h}", "{f}": "{v}"}',),
        take_back=('{"{n}": "{h}", "{f}": null, "gone": "{v}"}', '{"op": "clear", "{n}": "{h}", "last": "{v}"}'),
        column='{"{n}": "{h}", "{f}": "{v}", "remark": "{why}"}',
        feet=('{"checked_by": "{office}", "on": "{date}"}', ""), comment='{"remark": "{text}"}'),
    "xml_element": Record(
        head=("<!-- {text} -->", '<register name="{plural}" keeper="{office}">'),
        give=('  <slot id="{h}" {f}="{v}"/>', '  <slot id="{h}" since="{date}"><{f}>{v}</{f}></slot>'),
        change_old=('  <slot id="{h}" {f}="{v}" replaces="{o}"/>', '  <slot id="{h}" was="{o}" {f}="{v}" on="{date}"/>'),
        change_new=('  <slot id="{h}" {f}="{v}" amended="yes"/>',),
        take_back=('  <slot id="{h}" vacant="true" last="{v}"/>', '  <slot id="{h}"><cleared>{v}</cleared></slot>'),
        column='  <slot id="{h}" {f}="{v}" remark="{why}"/>',
        feet=("</register>",), comment="  <!-- {text} -->"),
    "java_properties": Record(
        head=("# {text}",),
        give=("{n}.{h}.{f} = {v}", "{n}.{h} = {v}"),
        change_old=("{n}.{h}.{f} = {v}, replacing {o}", "{n}.{h} = {v} (formerly {o})"),
        change_new=("{n}.{h}.{f} = {v}",),
        take_back=("{n}.{h}.vacated_by = {v}", "{n}.{h}.released = {v}"),
        column="{n}.{h}.{why_} = {v}",
        feet=("{n}.updated = {date}", ""), comment="# {text}"),
}


@dataclass(frozen=True)
class Prose:
    """A prose genre: a heading, a paragraph (one or two leads, the statements, a closing), a last line."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    closings: tuple[str, ...]
    footers: tuple[str, ...]


PROSE: dict[str, Prose] = {
    "committee_minutes": Prose(
        ("Minutes of the {office}'s weekly meeting, {date}", "Committee minutes on the {plural}, {date}"),
        ("Present were the {office} and two volunteers.", "Apologies were received from the treasurer.",
         "The chair opened the meeting at seven sharp."),
        ("The meeting closed with tea and biscuits.", "Any other business was deferred to next month.",
         "The chair thanked everyone for coming."),
        ("Signed as a true record by the secretary.", "Next meeting: same room, same time.")),
    "voice_memo": Prose(
        ("Voice memo transcript, recorded {date}", "[Dictated memo, auto-transcribed, {date}]"),
        ("Okay, recording now.", "Quick memo for the file before I forget.", "Right, this is the {office} speaking."),
        ("That is everything for now, end of memo.", "I will type this up properly tomorrow.", "Stop recording."),
        ("[Transcription confidence: high]", "[End of audio]")),
    "inspection_report": Prose(
        ("Site inspection report: {plural}", "Inspection report filed {date}"),
        ("The inspector arrived on time and walked the whole site.", "Conditions were dry and visibility good.",
         "Access was arranged through the {office}."),
        ("Further findings are listed in the annex.", "The inspector will return in the autumn.",
         "Photographs are attached to the file copy."),
        ("Distribution: {office}, archive.", "Filed under the quarterly inspections.")),
    "radio_log": Prose(
        ("Radio log, channel four, {date}", "Handheld radio traffic, {date}"),
        ("Base to all units, radio check, over.", "Copy that, signal loud and clear.",
         "Stand by for an update from the {office}."),
        ("Roger, base out.", "Received, over and out.", "Acknowledged, switching to channel two."),
        ("Logged by the duty operator.", "Channel closed at the end of shift.")),
    "newsletter_column": Prose(
        ("Friends' Newsletter: Notes from the {office}", "Members' bulletin, {date} issue"),
        ("Spring has crept up on us once again.", "Thank you to everyone who turned up for the open day.",
         "A few housekeeping items this month."),
        ("See you at the summer fair!", "As ever, letters to the editor are welcome.", "Happy reading until next time."),
        ("Edited by volunteers and printed on recycled paper.", "Contributions for the next issue by the first of the month.")),
    "apprentice_letter": Prose(
        ("Dear apprentice,", "My dear Sam,"),
        ("I hope your week at the college went well.", "You asked me to keep you posted while you were away.",
         "The weather here has been kind to us."),
        ("Write back when you can.", "Do keep practising your knots.", "I look forward to your return."),
        ("Warmly, your mentor", "Yours, the {office}")),
}

RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
PROSE_PLACES = ("sentence", "paren", "label", "before", "after", "heading")
PLACES = {"record": ("column", "heading", "before", "after"), "prose": PROSE_PLACES}


def _date(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _words(kind: Kind, rng: random.Random) -> dict:
    """What a format's frame may name: the register, its keeper, a date."""
    return {"n": kind.name, "f": kind.field, "office": kind.office, "plural": kind.plural,
            "Plural": kind.plural[:1].upper() + kind.plural[1:], "date": _date(rng)}


def _sentence_words(kind: Kind) -> dict:
    return {"role": kind.role, "office": kind.office}


def _assemble(lines: list[str], deciding: Optional[int], label: Optional[str], fmt: str) -> Document:
    """The lines joined, with the span of line ``deciding`` when the event is labelled."""
    lines = [l for l in lines if l != ""]
    text = "\n".join(lines)
    spans: tuple = ()
    if label is not None and deciding is not None:
        start = sum(len(l) + 1 for l in lines[:deciding])
        spans = ((start, start + len(lines[deciding]), label),)
    return Document(fmt, text, spans)


def _record_entry(record: Record, event: Event, rng: random.Random, words: dict) -> str:
    if event.role == "give":
        template = rng.choice(record.give)
    elif event.role == "change":
        template = rng.choice(record.change_old if rng.random() < 0.75 else record.change_new)
    else:
        template = rng.choice(record.take_back)
    return fill(template, h=event.key, v=event.value, o=event.old, **words)


def _record(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    record, words = RECORDS[fmt], _words(event.kind, rng)
    head = [fill(line, text=fill(rng.choice(TITLES), **words), **words) for line in record.head]
    entries = [fill(rng.choice(record.give), h=h, v=v, **{**words, "date": _date(rng)}) for h, v in others]
    at = rng.randint(0, len(entries))
    entries.insert(at, _record_entry(record, event, rng, words))
    foot = [fill(rng.choice(record.feet), **words)]
    lines = head + entries + foot
    deciding = len(head) + at
    # A blank last line never counts, and a record's deciding line is never its first (the head comes before it).
    return _assemble(lines, deciding, event.label, fmt)


def _fill_sentence(template: str, event: Event, holder: str, value: str, old: Optional[str] = None) -> str:
    kind = event.kind
    return fill(template, thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old, **_sentence_words(kind))


def _paragraph(prose: Prose, middle: list[str], rng: random.Random, words: dict) -> tuple[str, list[int]]:
    """One or two leads, the ``middle`` sentences, a closing: the paragraph and where each middle sentence starts."""
    leads = rng.sample(prose.leads, rng.randint(1, 2))
    sentences = [fill(s, **words) for s in leads] + middle + [fill(rng.choice(prose.closings), **words)]
    starts, offset = [], 0
    for i, s in enumerate(sentences):
        if len(leads) <= i < len(leads) + len(middle):
            starts.append(offset)
        offset += len(s) + 1
    return " ".join(sentences), starts


def _prose(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    prose, words = PROSE[fmt], _words(event.kind, rng)
    bank = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}[event.role]
    statement = _fill_sentence(rng.choice(bank), event, event.key, event.value, event.old)
    beside = [_fill_sentence(rng.choice(statements.BESIDE), event, h, v) for h, v in others]
    at = rng.randint(0, len(beside))
    middle = beside[:at] + [statement] + beside[at:]
    header = fill(rng.choice(prose.headers), **words)
    paragraph, starts = _paragraph(prose, middle, rng, words)
    footer = fill(rng.choice(prose.footers), **words)
    text = f"{header}\n{paragraph}\n{footer}"
    spans: tuple = ()
    if event.label is not None:
        start = len(header) + 1 + starts[at]
        spans = ((start, start + len(statement), event.label),)
    return Document(fmt, text, spans)


def _plain(look: Lookalike, event: Event) -> str:
    return _fill_sentence(look.plain, event, event.key, event.value)


def _lookalike_prose(fmt: str, event: Event, look: Lookalike, place: str, rng: random.Random) -> Document:
    prose, words = PROSE[fmt], _words(event.kind, rng)
    plain = _plain(look, event)
    middle = {
        "sentence": [_fill_sentence(rng.choice(look.says), event, event.key, event.value)],
        "paren": [f"{plain[:-1]} ({look.remark})."],
        "label": [f"{look.label}: {plain}"],
        "before": [look.note, plain],
        "after": [plain, look.note],
        "heading": [plain],
    }[place]
    header = look.note if place == "heading" else fill(rng.choice(prose.headers), **words)
    paragraph, _ = _paragraph(prose, middle, rng, words)
    return Document(fmt, f"{header}\n{paragraph}\n{fill(rng.choice(prose.footers), **words)}", ())


def _lookalike_record(fmt: str, event: Event, look: Lookalike, place: str, rng: random.Random) -> Document:
    record, words = RECORDS[fmt], _words(event.kind, rng)
    title = look.note if place == "heading" else fill(rng.choice(TITLES), **words)
    head = [fill(line, text=title, **words) for line in record.head]
    if place == "column":
        entry = [fill(record.column, h=event.key, v=event.value, why=look.remark, why_=look.remark.replace(" ", "_").replace("-", "_"), **words)]
    else:
        entry = [fill(rng.choice(record.give), h=event.key, v=event.value, **words)]
        note = fill(record.comment, text=look.note)
        entry = [note, *entry] if place == "before" else [*entry, note] if place == "after" else entry
    return _assemble(head + entry + [fill(rng.choice(record.feet), **words)], None, None, fmt)


def _lookalike(event: Event, rng: random.Random) -> Document:
    look = LOOKALIKES[event.template]
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    if fmt in PROSE:
        return _lookalike_prose(fmt, event, look, rng.choice(PROSE_PLACES), rng)
    return _lookalike_record(fmt, event, look, rng.choice(RECORDS[fmt].places), rng)


def _aside(event: Event, rng: random.Random) -> Document:
    frame, wordings = ASIDES[event.template]
    told = _fill_sentence(wordings[event.variant], event, event.key, event.value)
    before, after = frame.split("{told}")
    spans = ((len(before), len(before) + len(told), event.label),) if event.label is not None else ()
    return Document(event.template, before + told + after, spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document: a look-alike or an aside in its own shape, any other in a format drawn at random,
    beside ``others`` (other holders and their values, listed in records and mentioned in prose)."""
    if event.role == "lookalike":
        return _lookalike(event, rng)
    if event.role == "passing":
        return _aside(event, rng)
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    if fmt in RECORDS:
        return _record(fmt, event, rng, others)
    return _prose(fmt, event, rng, others)
