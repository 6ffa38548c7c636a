"""memlife_v31's documents: each event of a plan is one small document, a structured record or a piece of prose.

Records (``RECORD_FORMATS``): a YAML fragment, a CSV table with its header row, an SQL script, JSON lines, a unified
diff hunk, an XML element and an INI section; the deciding entry is one whole line of the record, never its first.
Prose (``SENTENCE_FORMATS``): council minutes, a transcribed voicemail, a diary entry, a local radio bulletin, a
postcard and a forum reply; the deciding entry is one statement of ``statements`` inside a paragraph, with a sentence
before and after it. The other holders a record lists beside its own sit on lines (or in sentences) of their own.

A look-alike (``lookalikes``) is rendered in the same shapes, its reason where its ``place`` puts it, with no evidence
span; a value told in passing (``asides``) is one sentence set apart inside its genre's frame.
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass
from typing import Optional

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from . import statements
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES

__all__ = ["PROSE", "RECORD_FORMATS", "RECORDS", "SENTENCE_FORMATS", "Event", "render"]


@dataclass(frozen=True)
class Entry:
    """One line of a record: a holder, its value, what happened (``give``, ``change``, ``clear``), the replaced value
    when a change names it, and a ``note`` (a look-alike's reason) for the record's free column."""

    holder: str
    value: str
    action: str = "give"
    old: Optional[str] = None
    note: str = ""


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _date(rng: random.Random) -> str:
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 21):02d}:{rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}"


def _day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)}"


# --- records: each renders a heading (its first line, or lines) and one line per entry ---------------------------------


def _yaml(kind: Kind, entries: list[Entry], rng: random.Random, comment: str) -> tuple[list[str], list[str], list[str]]:
    def line(e: Entry) -> str:
        fields = [f'{kind.name}: "{e.holder}"']
        if e.action == "clear":
            fields += [f"{kind.field}: null", f'vacated_by: "{e.value}"']
        else:
            fields.append(f'{kind.field}: "{e.value}"')
            if e.old:
                fields.append(f'replaces: "{e.old}"')
        if e.note:
            fields.append(f'note: "{e.note}"')
        return "  - {" + ", ".join(fields) + "}"

    head = [f"# {comment or f'{kind.plural}, as the {kind.office} keeps them'}", f"updated: {_date(rng)}", "entries:"]
    return head, [line(e) for e in entries], []


def _csv(kind: Kind, entries: list[Entry], rng: random.Random, comment: str) -> tuple[list[str], list[str], list[str]]:
    def line(e: Entry) -> str:
        out = io.StringIO()
        action = {"give": rng.choice(("assign", "enter")), "change": rng.choice(("swap", "amend")), "clear": rng.choice(("vacate", "clear"))}[e.action]
        csv.writer(out, lineterminator="").writerow([_date(rng), e.holder, e.value, action, e.old or "", e.note])
        return out.getvalue()

    return [f"logged,{kind.name},{kind.field},action,previous,remark"], [line(e) for e in entries], []


def _sql(kind: Kind, entries: list[Entry], rng: random.Random, comment: str) -> tuple[list[str], list[str], list[str]]:
    table = f"{kind.name}_register"

    def line(e: Entry) -> str:
        if e.action == "change":
            where = f"{kind.name} = '{e.holder}'" + (f" AND {kind.field} = '{e.old}'" if e.old else "")
            return f"UPDATE {table} SET {kind.field} = '{e.value}' WHERE {where};"
        if e.action == "clear":
            return f"UPDATE {table} SET {kind.field} = NULL WHERE {kind.name} = '{e.holder}' AND {kind.field} = '{e.value}';"
        if e.note:
            return f"INSERT INTO {table} ({kind.name}, {kind.field}, remark) VALUES ('{e.holder}', '{e.value}', '{e.note.replace(chr(39), chr(39) * 2)}');"
        return f"INSERT INTO {table} ({kind.name}, {kind.field}) VALUES ('{e.holder}', '{e.value}');"

    head = [f"-- {comment or f'{kind.office}, evening batch of {_day(rng)}'}", "BEGIN;"]
    return head, [line(e) for e in entries], ["COMMIT;"]


def _jsonl(kind: Kind, entries: list[Entry], rng: random.Random, comment: str) -> tuple[list[str], list[str], list[str]]:
    def line(e: Entry) -> str:
        row: dict = {kind.name: e.holder}
        if e.action == "clear":
            row.update({kind.field: None, "op": "vacate", "last": e.value})
        else:
            row.update({kind.field: e.value, "op": "set" if e.action == "give" else "replace"})
            if e.old:
                row["prior"] = e.old
        if e.note:
            row["note"] = e.note
        row["at"] = _clock(rng)
        return json.dumps(row, ensure_ascii=False)

    head = [json.dumps({"register": kind.plural, "kept_by": kind.office, "exported": _date(rng)}, ensure_ascii=False)]
    return head, [line(e) for e in entries], []


def _xml(kind: Kind, entries: list[Entry], rng: random.Random, comment: str) -> tuple[list[str], list[str], list[str]]:
    def line(e: Entry) -> str:
        note = f' note="{e.note}"' if e.note else ""
        if e.action == "clear":
            return f'  <vacate {kind.name}="{e.holder}" {kind.field}="{e.value}"{note}/>'
        old = f' previous="{e.old}"' if e.old else ""
        return f'  <assign {kind.name}="{e.holder}" {kind.field}="{e.value}"{old}{note}/>'

    head = [f'<register of="{kind.plural}" keeper="{kind.office}" date="{_date(rng)}">']
    return head, [line(e) for e in entries], ["</register>"]


def _ini(kind: Kind, entries: list[Entry], rng: random.Random, comment: str) -> tuple[list[str], list[str], list[str]]:
    def line(e: Entry) -> str:
        if e.action == "clear":
            return f"{e.holder} = ; left empty, {e.value} gone"
        tail = [f"was {e.old}"] if e.old else []
        tail += [e.note] if e.note else []
        return f"{e.holder} = {e.value}" + (f" ; {', '.join(tail)}" if tail else "")

    head = [f"; {comment or f'revised by the {kind.office} on {_day(rng)}'}", f"[{kind.name}]"]
    return head, [line(e) for e in entries], []


RECORDS = {"yaml_fragment": _yaml, "csv_table": _csv, "sql_script": _sql, "json_lines": _jsonl, "xml_element": _xml,
           "ini_section": _ini, "diff_hunk": None}  # the diff counts its lines and is laid out by _diff
RECORD_FORMATS = tuple(RECORDS)
COMMENTED = ("yaml_fragment", "sql_script", "ini_section")  # records whose heading is a free comment


def _diff(kind: Kind, entries: list[Entry], decide: int, rng: random.Random) -> tuple[str, int]:
    """A unified diff hunk of the register's text file: the deciding entry added (or, emptied, taken out), the others
    as unchanged context. Returns the text and the index of the deciding line."""
    def body(e: Entry) -> str:
        cells = [e.holder, e.value] + ([f"after {e.old}"] if e.old else []) + ([e.note] if e.note else [])
        return " | ".join(cells)

    lines = [f" # {kind.plural}, kept by the {kind.office}"]
    for i, e in enumerate(entries):
        lines.append(("-" if e.action == "clear" else "+" if i == decide else " ") + body(e))
    old_count = sum(not l.startswith("+") for l in lines)
    new_count = sum(not l.startswith("-") for l in lines)
    path = f"registers/{kind.name}.txt"
    head = [f"--- a/{path}", f"+++ b/{path}", f"@@ -1,{old_count} +1,{new_count} @@"]
    return "\n".join(head + lines), len(head) + 1 + decide


def _record(fmt: str, kind: Kind, mine: Entry, others: list[tuple[str, str]], rng: random.Random,
            comment: str = "") -> tuple[str, int, int]:
    """The record's text and the (start, end) of the line of ``mine``, placed at random among ``others``."""
    entries = [Entry(h, v) for h, v in others]
    decide = rng.randint(0, len(entries))
    entries.insert(decide, mine)
    if fmt == "diff_hunk":
        text, at = _diff(kind, entries, decide, rng)
        lines = text.split("\n")
    else:
        head, rows, tail = RECORDS[fmt](kind, entries, rng, comment)
        lines, at = head + rows + tail, len(head) + decide
    start = sum(len(l) + 1 for l in lines[:at])
    return "\n".join(lines), start, start + len(lines[at])


# --- prose: a heading, then a paragraph whose sentences surround the deciding statement -------------------------------

@dataclass(frozen=True)
class Prose:
    headings: tuple[str, ...]  # with {office}, {plural}, {day}, {clock}
    openings: tuple[str, ...]
    closings: tuple[str, ...]


PROSE = {
    "council_minutes": Prose(
        ("Minutes of the {plural} subcommittee, {day}", "Parish council minutes, item {n}: {plural}"),
        ("The chair opened the item at {clock} with four members present.", "Apologies were received from the treasurer."),
        ("The item was closed and the next meeting fixed for a fortnight hence.", "No other business was raised under this heading."),
    ),
    "voicemail": Prose(
        ("Voicemail, {clock}, from the {office}", "Transcribed voicemail, {day}"),
        ("Hi, it's the {office} calling about the {plural}.", "Hello there, just a quick message before I head off."),
        ("Give me a ring back if anything looks off.", "Right, that's all for now, speak soon."),
    ),
    "diary_entry": Prose(
        ("Diary, {day}", "{day}, written late"),
        ("Rain all morning and the kettle broke again.", "Long day, but a good one on the whole."),
        ("Bed early tonight, I think.", "Must remember to buy stamps tomorrow."),
    ),
    "radio_bulletin": Prose(
        ("Local radio bulletin, {clock}", "Community news on the hour, {day}"),
        ("Good afternoon, here is the news from around the harbour and the town.", "You're listening to the community hour."),
        ("Now over to the travel desk for the roads.", "That's the round-up, more at the top of the hour."),
    ),
    "postcard": Prose(
        ("Postcard to the {office}", "Greetings from the coast, {day}"),
        ("Weather glorious, food even better.", "Writing this on the pier with an ice cream melting."),
        ("Back on Monday, tanned and rested.", "Love to everyone, see you soon!"),
    ),
    "forum_reply": Prose(
        ("Re: who has which of the {plural}?", "Forum thread: {plural}, current list"),
        ("Quick reply since a few people asked in the thread.", "Posting this for anyone searching later."),
        ("Hope that helps, mods feel free to pin it.", "Edit: fixed a typo, thanks all."),
    ),
}
SENTENCE_FORMATS = tuple(PROSE)


def fill(template: str, kind: Kind, holder: str, value: str, old: Optional[str] = None) -> str:
    """A statement of ``statements`` (or any template) about ``holder`` of ``kind`` with ``value`` (and ``old``)."""
    return template.format(thing=kind.thing(holder), Thing=kind.Thing(holder), value=value, old=old, role=kind.role,
                           office=kind.office)


def _heading(genre: Prose, kind: Kind, rng: random.Random) -> str:
    return rng.choice(genre.headings).format(office=kind.office, plural=kind.plural, day=_day(rng), clock=_clock(rng),
                                             n=rng.randint(3, 11))


def _paragraph(genre: Prose, kind: Kind, middle: list[str], rng: random.Random) -> tuple[str, int]:
    """The genre's opening, ``middle`` (in order), its closing, one line; returns it and where ``middle`` starts."""
    opening = rng.choice(genre.openings).format(office=kind.office, plural=kind.plural, clock=_clock(rng))
    text = " ".join([opening, *middle, rng.choice(genre.closings)])
    return text, len(opening) + 1


def _prose(fmt: str, kind: Kind, statement: str, others: list[tuple[str, str]], rng: random.Random) -> tuple[str, int, int]:
    genre = PROSE[fmt]
    beside = [fill(rng.choice(statements.BESIDE), kind, h, v) for h, v in others]
    at = rng.randint(0, len(beside))
    middle = beside[:at] + [statement] + beside[at:]
    heading = _heading(genre, kind, rng)
    paragraph, offset = _paragraph(genre, kind, middle, rng)
    start = len(heading) + 1 + offset + sum(len(s) + 1 for s in beside[:at])
    return f"{heading}\n{paragraph}", start, start + len(statement)


# --- the five roles ---------------------------------------------------------------------------------------------------

_ACTIONS = {"give": "give", "change": "change", "take_back": "clear"}
_BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}


def _decision(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    old = event.old if event.role == "change" else None
    if fmt in RECORDS:
        named = old if old and rng.random() < 0.75 else None  # a record sometimes names only the new value
        text, start, end = _record(fmt, event.kind, Entry(event.key, event.value, _ACTIONS[event.role], named), others, rng)
    else:
        template = rng.choice(_BANKS[event.role])
        text, start, end = _prose(fmt, event.kind, fill(template, event.kind, event.key, event.value, old), others, rng)
    spans = ((start, end, event.label),) if event.label else ()
    return Document(fmt, text, spans)


def _lookalike(event: Event, rng: random.Random) -> Document:
    fake = LOOKALIKES[event.template]
    kind = event.kind
    if fake.place in ("column", "comment"):
        fmt = rng.choice(COMMENTED if fake.place == "comment" else RECORD_FORMATS)
        entry = Entry(event.key, event.value, note=fake.frame if fake.place == "column" else "")
        text, _, _ = _record(fmt, kind, entry, [], rng, comment=fake.frame if fake.place == "comment" else "")
        return Document(fmt, text, ())
    fmt = rng.choice(SENTENCE_FORMATS)
    genre = PROSE[fmt]
    line = fill(rng.choice(fake.wordings), kind, event.key, event.value)
    middle = {"before": [fake.frame, line], "after": [line, fake.frame]}.get(fake.place, [line])
    heading = fake.frame if fake.place == "heading" else _heading(genre, kind, rng)
    paragraph, _ = _paragraph(genre, kind, middle, rng)
    return Document(fmt, f"{heading}\n{paragraph}", ())


def _aside(event: Event, rng: random.Random) -> Document:
    frame, wordings = ASIDES[event.template]
    told = fill(wordings[event.variant], event.kind, event.key, event.value)
    before, after = frame.split("{told}")
    return Document(event.template, before + told + after, ((len(before), len(before) + len(told), event.label),))


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document; ``others`` (holder, value) are listed beside a real record's own entry."""
    if event.role == "lookalike":
        return _lookalike(event, rng)
    if event.role == "passing":
        return _aside(event, rng)
    return _decision(event, rng, others)
