"""Each event of memlife_v23 as one small document, in one of thirteen formats.

Seven are records, where a deciding entry is a whole line: a radio log, a spreadsheet exported as CSV, a sign-out
sheet, a chat export, release notes, an SQL data patch and a pager feed. Six are prose, where a deciding entry is one
statement inside a paragraph, with words before and after it: a letter, a forum post, meeting minutes, a voicemail
transcript, a newsletter column and a section of an annual report. The CSV sheet and the SQL patch write their
entries as rows and statements of their own; the other formats write them in the sentences of ``statements``.

A real record (``give``, ``change``, ``take_back``) may list strangers (holders of the same register with values of
their own) on lines or in sentences of their own; it has an evidence span only when its event is labelled. A
look-alike (``lookalikes``) names the asked holder and a value on one line and gives its reason in one of four
``PLACES``: the same sentence, the document's first line, or the line or sentence just before or just after. A value
told in passing (``asides``) is its genre's one sentence, and is the document's evidence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "render"]

PLACES = ("inline", "heading", "before", "after")
BANKS = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}


def _fields(kind: Kind, holder: str, value: str, old: str | None = None) -> dict[str, str]:
    return {"thing": kind.thing(holder), "Thing": kind.Thing(holder), "value": value, "old": old or "", "role": kind.role,
            "office": kind.office}


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


class Clock:
    """The time and date of each line of a record, moving forward."""

    def __init__(self, rng: random.Random):
        self.minutes = rng.randint(7 * 60, 15 * 60)
        self.day, self.month, self.rng = rng.randint(1, 18), rng.randint(1, 12), rng

    def tick(self) -> "Clock":
        self.minutes += self.rng.randint(3, 55)
        if self.minutes >= 22 * 60:
            self.minutes, self.day = self.minutes - 14 * 60, self.day + 1
        return self

    @property
    def hhmm(self) -> str:
        return f"{self.minutes // 60:02d}{self.minutes % 60:02d}"

    @property
    def colon(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"

    @property
    def iso(self) -> str:
        return f"2024-{self.month:02d}-{self.day:02d}"

    @property
    def dm(self) -> str:
        return f"{self.day:02d}/{self.month:02d}"


# ---- records --------------------------------------------------------------------------------------------------------

Entry = Callable[[Event, Clock, random.Random], "str | None"]


@dataclass(frozen=True)
class Record:
    """A record format: its first lines, how a line of free text is written, its structured entries (None: the
    format writes entries as free text), its closing lines and a few lines about nothing in particular."""

    head: Callable[[Kind, Clock, random.Random], list[str]]
    line: Callable[[str, Clock, random.Random], str]
    fillers: tuple[str, ...]
    entry: Entry = lambda event, clock, rng: None
    beside: Callable[[Kind, str, str, Clock, random.Random], "str | None"] = lambda kind, holder, value, clock, rng: None
    tail: tuple[str, ...] = ()


CALLERS = ("Base", "Mobile 3", "Gate", "Control", "Patrol 2", "Yard")
CHATTERS = ("Tariq", "Mel", "Joanna", "Osei", "Bea", "Gus", "Nadia")
INITIALS = ("RT", "JM", "KO", "PW", "SL", "DA")


def _table(kind: Kind) -> str:
    return f"{kind.name}s"


def _csv_entry(event: Event, clock: Clock, rng: random.Random) -> str:
    action = rng.choice({"give": ("issued", "allocated", "entered"), "change": ("replaced", "updated", "swapped"),
                         "take_back": ("struck off", "voided", "removed")}[event.role])
    old = event.old if event.role == "change" else ""
    return f"{clock.iso},{event.key},{event.value},{old},{action},"


def _sql_entry(event: Event, clock: Clock, rng: random.Random) -> str:
    kind, table = event.kind, _table(event.kind)
    if event.role == "give":
        return f"INSERT INTO {table} ({kind.name}, {kind.field}) VALUES ('{event.key}', '{event.value}');"
    if event.role == "change":
        return f"UPDATE {table} SET {kind.field} = '{event.value}' WHERE {kind.name} = '{event.key}' AND {kind.field} = '{event.old}';"
    if rng.random() < 0.5:
        return f"DELETE FROM {table} WHERE {kind.name} = '{event.key}' AND {kind.field} = '{event.value}';"
    return f"UPDATE {table} SET {kind.field} = NULL WHERE {kind.name} = '{event.key}' AND {kind.field} = '{event.value}';"


RECORDS: dict[str, Record] = {
    "radio log": Record(
        head=lambda kind, clock, rng: [f"RADIO LOG, {kind.office} net, channel {rng.randint(2, 16)}"],
        line=lambda text, clock, rng: f"{clock.hhmm}  {rng.choice(CALLERS)}: {text}",
        fillers=("Radio check, reading you five by five.", "Handing the set over to the late operator.",
                 "Barrier at the north gate sticking again, maintenance told."),
    ),
    "csv sheet": Record(
        head=lambda kind, clock, rng: [f"# {kind.office} register export, run {clock.iso}",
                                       f"date,{kind.name},{kind.field},replaces,action,note"],
        line=lambda text, clock, rng: f'{clock.iso},,,,,"{text}"',
        fillers=("Rows below were keyed in from the paper book.", "Audit copy for the quarterly check."),
        entry=_csv_entry,
        beside=lambda kind, holder, value, clock, rng: f"{clock.iso},{holder},{value},,checked,",
    ),
    "sign-out sheet": Record(
        head=lambda kind, clock, rng: [f"SIGN-OUT SHEET: {_title(kind.office)}", "Time | Initials | What"],
        line=lambda text, clock, rng: f"{clock.colon} | {rng.choice(INITIALS)} | {text}",
        fillers=("Master key out, back by five.", "Long ladder borrowed for the noticeboard.",
                 "First aid box restocked."),
    ),
    "chat export": Record(
        head=lambda kind, clock, rng: [f"Exported chat: #{rng.choice(('desk', 'ops', 'general', 'records'))}, "
                                       f"{kind.office}, {clock.iso}"],
        line=lambda text, clock, rng: f"[{clock.colon}] {rng.choice(CHATTERS)}: {text}",
        fillers=("anyone seen the big stapler?", "brb, fire alarm test", "cheers all, logging off"),
    ),
    "release notes": Record(
        head=lambda kind, clock, rng: [f"Release notes, {kind.office} register {rng.randint(2, 7)}.{rng.randint(0, 9)}."
                                       f"{rng.randint(0, 19)}", "Data corrections in this release:"],
        line=lambda text, clock, rng: f"* {text}",
        fillers=("Fixed a sorting bug on the search page.", "Exports now carry a header row.",
                 "The print view fits on one page again."),
    ),
    "sql patch": Record(
        head=lambda kind, clock, rng: [f"-- {clock.iso} {kind.office} register, data patch {rng.randint(10, 99)}",
                                       "BEGIN;"],
        line=lambda text, clock, rng: f"-- {text}",
        fillers=("Reviewed by the data team.", "Safe to rerun."),
        entry=_sql_entry,
        tail=("COMMIT;",),
    ),
    "pager feed": Record(
        head=lambda kind, clock, rng: [f"PAGER FEED, {kind.office} group"],
        line=lambda text, clock, rng: f"{clock.dm} {clock.colon} >> {text}",
        fillers=("Test page, please ignore.", "Shift swap agreed for Sunday.", "Coffee machine fixed."),
    ),
}


# ---- prose ----------------------------------------------------------------------------------------------------------

SENDERS = ("Hilary Dunmore", "Rajesh Pillai", "Oona Kerrigan", "Matthias Brandt", "Yetunde Bello")
SALUTATIONS = ("Mrs Okafor", "Mr Lindgren", "Dr Sharma", "Ms Quigley", "Mr Appiah")
HANDLES = ("muddyboots", "tidewatcher", "quietdesk", "late_again", "saltandvinegar")


@dataclass(frozen=True)
class Prose:
    """A prose format: lines before and after its one paragraph, and the sentences that open and close it
    (``{office}``, ``{name}``, ``{n}`` filled in)."""

    before: Callable[[Kind, random.Random], list[str]]
    opening: tuple[str, ...]
    closing: tuple[str, ...]
    after: Callable[[Kind, random.Random], list[str]] = field(default=lambda kind, rng: [])


PROSE: dict[str, Prose] = {
    "letter": Prose(
        before=lambda kind, rng: [f"Dear {rng.choice(SALUTATIONS)},"],
        opening=("Thank you for your patience while we brought our records up to date.",
                 "I am writing with a short update from the {office}."),
        closing=("Please get in touch if anything here looks wrong.", "A copy of this letter has gone on file."),
        after=lambda kind, rng: ["Yours sincerely,", f"{rng.choice(SENDERS)}, {_title(kind.office)}"],
    ),
    "forum post": Prose(
        before=lambda kind, rng: [f"Re: {rng.choice(('who has what this season', 'register changes, anyone?', 'latest from the ' + kind.office))}",
                                  f"posted by {rng.choice(HANDLES)}, {rng.randint(2, 40)} replies"],
        opening=("Quick update for anyone following this thread.", "Sorry for the slow reply, it has been a busy week."),
        closing=("Will post again if anything else moves.", "Hope that clears things up for everyone."),
    ),
    "meeting minutes": Prose(
        before=lambda kind, rng: [f"Minutes of the {kind.office} meeting, {rng.randint(1, 28)} {rng.choice(('May', 'June', 'October', 'February'))}",
                                  f"Present: {', '.join(rng.sample(SENDERS, 3))}"],
        opening=("Item {n}. The chair took members through the register.", "Item {n}. Records were reviewed in turn."),
        closing=("The item closed with thanks to the volunteers.", "Members asked for the register to be pinned up."),
    ),
    "voicemail": Prose(
        before=lambda kind, rng: [f"Voicemail transcript, {rng.randint(20, 95)} seconds, from {rng.choice(SENDERS)}"],
        opening=("Hi, it's {name} from the {office}, just a quick one.", "Morning, sorry to have missed you."),
        closing=("Ring me back if you need anything else, cheers.", "Right, that's all, speak soon."),
    ),
    "newsletter column": Prose(
        before=lambda kind, rng: [rng.choice((f"Around the {kind.office}", f"Notes from the {kind.office}"))],
        opening=("Spring is here and the noticeboard is busier than ever.", "A quieter month, but a few changes to report."),
        closing=("Thanks as ever to everyone who keeps things running.", "More news in the next issue."),
    ),
    "annual report": Prose(
        before=lambda kind, rng: [f"Annual report {rng.randint(2019, 2024)}, section {rng.randint(2, 9)}: records"],
        opening=("The year brought steady work on the register.", "Records were kept up to date throughout the period."),
        closing=("The committee thanks the volunteers for their care with the register.",
                 "Figures for the coming year follow in the next section."),
    ),
}

RECORD_FORMATS: list[str] = list(RECORDS)
SENTENCE_FORMATS: list[str] = list(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS


# ---- rendering ------------------------------------------------------------------------------------------------------

def _document(fmt: str, lines: list[str], at: int, within: tuple[int, int] | None, label: str | None) -> Document:
    """``lines`` joined, with the span of line ``at`` (or of ``within`` it) labelled ``label``, if any."""
    text = "\n".join(lines)
    if label is None:
        return Document(fmt, text, ())
    offset = sum(len(line) + 1 for line in lines[:at])
    start, end = within or (0, len(lines[at]))
    return Document(fmt, text, ((offset + start, offset + end, label),))


def _statement(event: Event, rng: random.Random) -> str:
    return rng.choice(BANKS[event.role]).format(**_fields(event.kind, event.key, event.value, event.old))


def _beside(kind: Kind, holder: str, value: str, rng: random.Random) -> str:
    return rng.choice(BESIDE).format(**_fields(kind, holder, value))


def _paragraph(prose: Prose, kind: Kind, middle: list[str], rng: random.Random) -> tuple[str, int]:
    """The paragraph around ``middle``, and where ``middle`` starts in it."""
    fill = {"office": kind.office, "name": rng.choice(SENDERS).split()[0], "n": rng.randint(2, 9)}
    opening, closing = rng.choice(prose.opening).format(**fill), rng.choice(prose.closing).format(**fill)
    return " ".join([opening, *middle, closing]), len(opening) + 1


def _real(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    kind = event.kind
    if fmt in RECORDS:
        record, clock = RECORDS[fmt], Clock(rng)
        items = [None, *others, *rng.sample(record.fillers, rng.randint(0, 1))]
        rng.shuffle(items)
        lines = record.head(kind, clock, rng)
        at = 0
        for item in items:
            clock.tick()
            if item is None:
                at = len(lines)
                lines.append(record.entry(event, clock, rng) or record.line(_statement(event, rng), clock, rng))
            elif isinstance(item, tuple):
                holder, value = item
                lines.append(record.beside(kind, holder, value, clock, rng)
                             or record.line(_beside(kind, holder, value, rng), clock, rng))
            else:
                lines.append(record.line(item, clock, rng))
        return _document(fmt, lines + list(record.tail), at, None, event.label)
    prose = PROSE[fmt]
    sentences = [None, *(_beside(kind, holder, value, rng) for holder, value in others)]
    rng.shuffle(sentences)
    statement = _statement(event, rng)
    where = sentences.index(None)
    sentences[where] = statement
    paragraph, start = _paragraph(prose, kind, sentences, rng)
    start += sum(len(s) + 1 for s in sentences[:where])
    before = prose.before(kind, rng)
    lines = [*before, paragraph, *prose.after(kind, rng)]
    return _document(fmt, lines, len(before), (start, start + len(statement)), event.label)


def _lookalike(fmt: str, event: Event, rng: random.Random) -> Document:
    look, kind = LOOKALIKES[event.template], event.kind
    place = rng.choice(PLACES)
    fields = _fields(kind, event.key, event.value)
    plain = look.plain.format(**fields)
    block = {"inline": [rng.choice(look.wordings).format(**fields)], "heading": [plain], "before": [look.note, plain],
             "after": [plain, look.note]}[place]
    if fmt in RECORDS:
        record, clock = RECORDS[fmt], Clock(rng)
        lines = record.head(kind, clock, rng)
        fillers = rng.sample(record.fillers, 2)
        if rng.random() < 0.5:
            lines.append(record.line(fillers[0], clock.tick(), rng))
        lines += [record.line(text, clock.tick(), rng) for text in block]
        if rng.random() < 0.5:
            lines.append(record.line(fillers[1], clock.tick(), rng))
        lines += record.tail
    else:
        prose = PROSE[fmt]
        paragraph, _ = _paragraph(prose, kind, block, rng)
        lines = [*prose.before(kind, rng), paragraph, *prose.after(kind, rng)]
    if place == "heading":
        lines.insert(0, look.note)
    return Document(fmt, "\n".join(lines), ())


def _aside(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    told = wordings[event.variant].format(**_fields(event.kind, event.key, event.value))
    start = frame.index("{told}")
    return Document(event.template, frame.replace("{told}", told), ((start, start + len(told), event.label),) if event.label else ())


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """The document of ``event``, listing ``others`` (holder, value) beside a real record."""
    if event.role == "passing":
        return _aside(event)
    fmt = rng.choice(FORMATS)
    if event.role == "lookalike":
        return _lookalike(fmt, event, rng)
    return _real(fmt, event, rng, others)
