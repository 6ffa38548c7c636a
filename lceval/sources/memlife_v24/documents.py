"""memlife_v24's documents: one small document per event, in one of thirteen formats.

Seven are records (``RECORDS``): a YAML export, a commit log, a Markdown table, a JSON event stream, a syslog tail, a
kanban board's done column and a shift handover checklist. Their deciding entry is one whole line, never the first:
either the format's own structured entry or a statement (``statements``) written as a line of it. Six are prose
(``PROSE``): an email, a blog post, a podcast transcript, a press release, a field journal and a speech; their
deciding entry is one statement inside a paragraph, with sentences before and after it. Other holders a record lists
get lines or sentences of their own.

A look-alike (``lookalikes``) takes any of the thirteen formats and gives its reason in one of ``PLACES``: in the same
sentence, as the document's first line, on the line (or sentence) just before or just after, or as a comment on the
same line. A value told in passing (``asides``) is rendered in its genre's frame.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["PLACES", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "render"]

PLACES = ("sentence", "heading", "before", "after", "comment")
STATEMENTS = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}


def _fields(kind: Kind, holder: str, value: str, old: str | None = None) -> dict:
    return {"thing": kind.thing(holder), "Thing": kind.Thing(holder), "holder": holder, "value": value,
            "old": old or "", "role": kind.role}


def _register(kind: Kind) -> dict:
    cap = lambda s: s[:1].upper() + s[1:]
    return {"office": kind.office, "Office": cap(kind.office), "noun": kind.noun, "Noun": cap(kind.noun),
            "nouns": kind.plural, "Nouns": cap(kind.plural), "name": kind.name, "field": kind.field, "role": kind.role,
            "Role": cap(kind.role)}


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SENDERS = ("Priya Okafor", "Tomasz Lindqvist", "Hannah Mbeki", "Rory Castellane", "Ines Valbuena", "Callum Fairweather")
WEATHER = ("drizzle", "bright and cold", "overcast", "gusty", "warm and still")


def _stamps(rng: random.Random) -> dict:
    """Dates, times and ids for one line, drawn afresh."""
    month, day, hour, minute, second = rng.randrange(12), rng.randint(1, 28), rng.randint(6, 21), rng.randrange(60), rng.randrange(60)
    sender = rng.choice(SENDERS)
    return {"date": f"{day} {MONTHS[month]}", "iso": f"2024-{month + 1:02d}-{day:02d}T{hour:02d}:{minute:02d}",
            "clock": f"{hour:02d}:{minute:02d}", "syslog": f"{MONTHS[month]} {day:2d} {hour:02d}:{minute:02d}:{second:02d}",
            "sha": "".join(rng.choice("0123456789abcdef") for _ in range(7)), "n": rng.randint(100, 999),
            "pid": rng.randint(200, 9999), "sender": sender, "first": sender.split()[0], "weather": rng.choice(WEATHER)}


@dataclass(frozen=True)
class Record:
    """A record format. Templates are formatted with the register's words, fresh stamps and, for entries, the
    holder's fields; ``say`` writes a sentence as a line, ``remark`` a note on its own line, ``comment`` a note on the
    end of a line."""

    headers: tuple[str, ...]  # the first line or lines; one is drawn
    fillers: tuple[str, ...]  # lines that decide nothing
    entries: dict  # role -> structured lines
    say: str  # with {text}
    remark: str  # with {note}
    comment: Callable[[str, str], str]


RECORDS: dict[str, Record] = {
    "yaml_export": Record(
        headers=("# {office}: {nouns}, YAML export\nchanges:", "# synced from the {office} spreadsheet\n{name}_entries:"),
        fillers=("  # applied in the order listed", "  # times are site-local", "  # schema version 3"),
        entries={
            "give": ("  - {{{name}: {holder}, {field}: {value}, action: assign}}",
                     "  - {{{name}: {holder}, {field}: {value}, since: {date}}}"),
            "change": ("  - {{{name}: {holder}, {field}: {value}, replaces: {old}}}",
                       "  - {{{name}: {holder}, from: {old}, to: {value}}}",
                       "  - {{{name}: {holder}, {field}: {value}, action: replace}}"),
            "take_back": ("  - {{{name}: {holder}, {field}: null, was: {value}}}",
                          "  - {{{name}: {holder}, {field}: {value}, action: clear, status: empty}}"),
        },
        say='  - note: "{text}"', remark="  # {note}", comment=lambda line, note: f"{line}  # {note}"),
    "commit_log": Record(
        headers=("$ git log --oneline -- registers/{name}.txt", "Recent commits to the {office} register (oldest first)"),
        fillers=("{sha} Fix column spacing in the header", "{sha} Merge branch 'tidy-register'",
                 "{sha} Update contact details for the {office}"),
        entries={
            "give": ("{sha} Add {value} as {role} of {thing}", "{sha} {thing}: set {field} to {value}", "{sha} Put {value} on {thing}"),
            "change": ("{sha} {thing}: {old} -> {value}", "{sha} Swap {role} on {thing} from {old} to {value}",
                       "{sha} Point {thing} at {value}"),
            "take_back": ("{sha} Clear {role} {value} off {thing}", "{sha} {thing}: drop {value}, leave {field} empty"),
        },
        say="{sha} {text}", remark="        {note}", comment=lambda line, note: f"{line} [{note}]"),
    "markdown_table": Record(
        headers=("### {Nouns}: {office} log\n| When | {Noun} | {Role} | Remarks |\n|---|---|---|---|",
                 "{Office} register, printed {date}\n| Date | Ref | {Role} | Notes |\n| --- | --- | --- | --- |"),
        fillers=("| {date} | | | monthly audit signed |", "| {date} | | | labels reprinted |"),
        entries={
            "give": ("| {date} | {holder} | {value} | new |", "| {date} | {holder} | {value} | first listing |"),
            "change": ("| {date} | {holder} | {value} | was {old} |", "| {date} | {holder} | {value} | replaces {old} |",
                       "| {date} | {holder} | {value} | changed |"),
            "take_back": ("| {date} | {holder} | ~~{value}~~ | vacated |", "| {date} | {holder} | (blank) | {value} taken off |"),
        },
        say="| {date} | | | {text} |", remark="<!-- {note} -->", comment=lambda line, note: f"{line} <!-- {note} -->"),
    "event_stream": Record(
        headers=("# {office} event stream, one JSON object per line", "// export of {name} events, {date}"),
        fillers=('{{"at": "{iso}", "event": "heartbeat"}}', '{{"at": "{iso}", "event": "sync", "ok": true}}'),
        entries={
            "give": ('{{"at": "{iso}", "{name}": "{holder}", "{field}": "{value}", "event": "assigned"}}',),
            "change": ('{{"at": "{iso}", "{name}": "{holder}", "{field}": "{value}", "previous": "{old}", "event": "reassigned"}}',
                       '{{"at": "{iso}", "{name}": "{holder}", "from": "{old}", "to": "{value}"}}',
                       '{{"at": "{iso}", "{name}": "{holder}", "{field}": "{value}", "event": "updated"}}'),
            "take_back": ('{{"at": "{iso}", "{name}": "{holder}", "{field}": null, "released": "{value}"}}',
                          '{{"at": "{iso}", "{name}": "{holder}", "{field}": "{value}", "event": "unassigned"}}'),
        },
        say='{{"at": "{iso}", "text": "{text}"}}', remark='{{"at": "{iso}", "remark": "{note}"}}',
        comment=lambda line, note: f'{line[:-1]}, "remark": "{note}"}}'),
    "syslog_tail": Record(
        headers=("==> /var/log/{name}-registry.log <==", "-- journal of {name}-registry.service --"),
        fillers=("{syslog} regsrv {name}reg[{pid}]: sync complete in 0.4s", "{syslog} regsrv {name}reg[{pid}]: heartbeat ok"),
        entries={
            "give": ('{syslog} regsrv {name}reg[{pid}]: {name}={holder} {field}="{value}" op=set',),
            "change": ('{syslog} regsrv {name}reg[{pid}]: {name}={holder} {field}="{value}" old="{old}" op=update',
                       '{syslog} regsrv {name}reg[{pid}]: {name}={holder} {field}="{value}" op=replace'),
            "take_back": ('{syslog} regsrv {name}reg[{pid}]: {name}={holder} {field}="" previous="{value}" op=clear',
                          '{syslog} regsrv {name}reg[{pid}]: op=vacate {name}={holder} released="{value}"'),
        },
        say="{syslog} regsrv {name}reg[{pid}]: {text}", remark="{syslog} regsrv {name}reg[{pid}]: {note}",
        comment=lambda line, note: f"{line} -- {note}"),
    "kanban_done": Record(
        headers=("Board: {office} / {Nouns} / column DONE", "{Office} kanban, cards moved to Done this week"),
        fillers=("* [OPS-{n}] Tidy the shared drive", "* [OPS-{n}] Book the quarterly inspection"),
        entries={
            "give": ("* [OPS-{n}] Set up {value} as {role} for {thing}", "* [OPS-{n}] {Thing}: assign {value}"),
            "change": ("* [OPS-{n}] {Thing}: swap {old} for {value}", "* [OPS-{n}] New {role} for {thing} is {value}"),
            "take_back": ("* [OPS-{n}] Take {value} off {thing} and leave it empty", "* [OPS-{n}] {Thing}: clear {role} ({value})"),
        },
        say="* [OPS-{n}] {text}", remark="    comment: {note}", comment=lambda line, note: f"{line}  // {note}"),
    "handover_sheet": Record(
        headers=("HANDOVER: {office}, night shift to day shift", "Shift handover sheet, {office}, {date}"),
        fillers=("[x] Logbook signed", "[ ] Order more labels", "[x] Radio on charge"),
        entries={
            "give": ("[x] {Thing}: {value} in place as {role}", "[x] {value} set as {role}, {thing}"),
            "change": ("[x] {Thing} moved from {old} to {value}", "[x] {Thing}: {role} now {value}",
                       "[x] {Thing}: {old} out, {value} in"),
            "take_back": ("[x] {Thing} cleared ({value} off), left open", "[x] {value} off {thing}, {role} blank"),
        },
        say="[x] {text}", remark="    note: {note}", comment=lambda line, note: f"{line}   <- {note}"),
}


@dataclass(frozen=True)
class Prose:
    """A prose format: header lines, one paragraph (``lead`` then sentences), footer lines."""

    headers: tuple[str, ...]
    leads: tuple[str, ...]
    opening: tuple[str, ...]
    closing: tuple[str, ...]
    footers: tuple[str, ...]  # "" for none


PROSE: dict[str, Prose] = {
    "email": Prose(
        headers=("From: {sender}\nSubject: {Nouns}, this week's changes", "From: {sender}\nSubject: quick note from the {office}"),
        leads=("",),
        opening=("Hi all, a quick round-up before the weekend.", "Hello everyone, here is where things stand.",
                 "Morning all, just a short one today.", "Hi team, as promised, the latest from the {office}."),
        closing=("Shout if anything looks odd.", "Thanks, and have a good weekend.", "Any questions, just reply to this.",
                 "Speak soon."),
        footers=("{first}", "Best, {first}")),
    "blog_post": Prose(
        headers=("{Office} blog, posted {date}\nNotes from the week", "The {office} blog | {date}\nA short update"),
        leads=("",),
        opening=("It has been a busy few weeks here.", "A short post today, as the kettle is calling.",
                 "Regular readers will know we like to keep you posted.", "The weather finally turned, so here is some news."),
        closing=("More soon, as ever.", "Thanks for reading, and do leave a comment.", "That is all for this week.",
                 "Back with photos next time."),
        footers=("Tags: news, {nouns}", "3 comments")),
    "podcast_transcript": Prose(
        headers=("Episode {n} transcript, from {clock}", "Transcript: episode {n} of the {office} podcast"),
        leads=("MARGO: ", "DEV: ", "[{clock}] HOST: "),
        opening=("Right, so, news from the {office}.", "Okay, quick housekeeping before the interview.",
                 "So, before we get going, a couple of updates."),
        closing=("Anyway, let us bring in today's guest.", "Right, on with the show.", "Okay, that is the admin done."),
        footers=("[music]", "[laughter]")),
    "press_release": Prose(
        headers=("PRESS RELEASE, {date}\n{Office} announces an update", "FOR IMMEDIATE RELEASE\n{Office}: register update"),
        leads=("",),
        opening=("The {office} today published its latest register changes.",
                 "In a statement issued this morning, the {office} set out the following.",
                 "The {office} is pleased to share an update."),
        closing=("Further details are available on request.", "Media enquiries should go to the press office.",
                 "The register is refreshed weekly."),
        footers=("ENDS", "### ENDS ###")),
    "field_journal": Prose(
        headers=("Field journal, {date}. Weather: {weather}.", "Site notebook, {date} ({weather})"),
        leads=("",),
        opening=("Up early and out by seven.", "Light wind, good visibility, flask of tea in the bag.",
                 "Spent the morning walking the site with a clipboard."),
        closing=("Sketched the view from the gate before heading back.", "Home by dusk, boots soaked.",
                 "Wrote everything up in the evening by lamplight."),
        footers=("",)),
    "speech": Prose(
        headers=("Remarks at the {office} annual dinner (transcribed)", "Speech by the chair, {office} summer social"),
        leads=("",),
        opening=("Friends, thank you all for coming tonight.", "Good evening, everyone, and welcome.",
                 "Before pudding arrives, a few words."),
        closing=("Please raise your glasses.", "Enjoy the rest of the evening.", "And with that, I will hand back to our host."),
        footers=("[applause]", "[laughter and applause]")),
}

RECORD_FORMATS: tuple[str, ...] = tuple(RECORDS)
SENTENCE_FORMATS: tuple[str, ...] = tuple(PROSE)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS


def _fill(template: str, kind: Kind, rng: random.Random, stamps: dict | None = None, **more) -> str:
    """``template`` with the register's words, ``stamps`` (fresh ones when none are given) and ``more``."""
    return template.format(**{**_register(kind), **(stamps or _stamps(rng)), **more})


def _statement(event: Event, rng: random.Random) -> str:
    return rng.choice(STATEMENTS[event.role]).format(**_fields(event.kind, event.key, event.value, event.old))


def _beside(kind: Kind, holder: str, value: str, rng: random.Random) -> str:
    return rng.choice(BESIDE).format(**_fields(kind, holder, value))


def _document(fmt: str, lines: list[str], at: tuple[int, int, int] | None, label: str | None) -> Document:
    """``lines`` joined; ``at`` (line, start, end within it) is the evidence span when the event is labelled."""
    text = "\n".join(lines)
    if at is None or label is None:
        return Document(fmt, text, ())
    line, start, end = at
    base = sum(len(l) + 1 for l in lines[:line])
    return Document(fmt, text, ((base + start, base + end, label),))


def _record_lines(record: Record, kind: Kind, rng: random.Random, body: list[str], mine: int | None,
                  heading: str | None = None) -> tuple[list[str], int | None]:
    """Header, a filler or two around ``body`` (kept together, in order), and ``heading`` above all when given;
    returns the lines and where ``body[mine]`` ended up."""
    lines = _fill(rng.choice(record.headers), kind, rng).split("\n")
    if rng.random() < 0.5:
        lines.append(_fill(rng.choice(record.fillers), kind, rng))
    offset = len(lines)
    lines += body
    if rng.random() < 0.5:
        lines.append(_fill(rng.choice(record.fillers), kind, rng))
    if heading is not None:
        lines.insert(0, heading)
        offset += 1
    return lines, None if mine is None else offset + mine


def _prose_lines(prose: Prose, kind: Kind, rng: random.Random, middle: list[str], mine: int | None,
                 heading: str | None = None) -> tuple[list[str], tuple[int, int, int] | None]:
    """Header, a paragraph of an opening sentence, ``middle`` and a closing sentence, a footer, and ``heading`` above
    all when given; returns the lines and the span of ``middle[mine]`` (line, start, end)."""
    stamps = _stamps(rng)  # one sender, date and episode for the whole document
    lines = _fill(rng.choice(prose.headers), kind, rng, stamps).split("\n")
    opening, closing = rng.choice(prose.opening), rng.choice(prose.closing)
    lead = _fill(rng.choice(prose.leads), kind, rng, stamps)
    sentences = [_fill(opening, kind, rng, stamps), *middle, _fill(closing, kind, rng, stamps)]
    paragraph = lead + " ".join(sentences)
    at = None
    if mine is not None:
        start = len(lead) + sum(len(s) + 1 for s in sentences[:1 + mine])
        at = (len(lines), start, start + len(middle[mine]))
    lines.append(paragraph)
    footer = _fill(rng.choice(prose.footers), kind, rng, stamps)
    if footer:
        lines.append(footer)
    if heading is not None:
        lines.insert(0, heading)
        at = at and (at[0] + 1, at[1], at[2])
    return lines, at


def _record_entry(record: Record, event: Event, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _fill(rng.choice(record.entries[event.role]), event.kind, rng,
                     **_fields(event.kind, event.key, event.value, event.old))
    return _fill(record.say, event.kind, rng, text=_statement(event, rng))


def _stranger_line(record: Record, kind: Kind, holder: str, value: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _fill(rng.choice(record.entries["give"]), kind, rng, **_fields(kind, holder, value))
    return _fill(record.say, kind, rng, text=_beside(kind, holder, value, rng))


def _written(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """A give, change or take-back in any format, other holders beside it; a span only when labelled."""
    fmt = rng.choice(FORMATS)
    if fmt in RECORDS:
        record = RECORDS[fmt]
        body = [_record_entry(record, event, rng)] + [_stranger_line(record, event.kind, h, v, rng) for h, v in others]
        order = rng.sample(range(len(body)), len(body))
        lines, at = _record_lines(record, event.kind, rng, [body[i] for i in order], order.index(0))
        return _document(fmt, lines, (at, 0, len(lines[at])), event.label)
    middle = [_statement(event, rng)] + [_beside(event.kind, h, v, rng) for h, v in others]
    order = rng.sample(range(len(middle)), len(middle))
    lines, at = _prose_lines(PROSE[fmt], event.kind, rng, [middle[i] for i in order], order.index(0))
    return _document(fmt, lines, at, event.label)


def _lookalike(event: Event, rng: random.Random) -> Document:
    """The asked holder beside a value that never took effect, the reason in one of ``PLACES``; never evidence."""
    look = LOOKALIKES[event.template]
    fmt, place = rng.choice(FORMATS), rng.choice(PLACES)
    fields = _fields(event.kind, event.key, event.value)
    said = (rng.choice(look.wordings) if place == "sentence" else look.plain).format(**fields)
    heading = look.note if place == "heading" else None
    if fmt in RECORDS:
        record = RECORDS[fmt]
        line = _fill(record.say, event.kind, rng, text=said)
        if place == "comment":
            line = record.comment(line, look.note)
        remark = _fill(record.remark, event.kind, rng, note=look.note)
        body = {"before": [remark, line], "after": [line, remark]}.get(place, [line])
        lines, _ = _record_lines(record, event.kind, rng, body, None, heading)
    else:
        middle = {"before": [look.note, said], "after": [said, look.note], "comment": [f"{said} ({look.note})"]}.get(place, [said])
        lines, _ = _prose_lines(PROSE[fmt], event.kind, rng, middle, None, heading)
    return _document(fmt, lines, None, None)


def _aside(event: Event) -> Document:
    """A value told in passing, in its genre's frame: the remark is the span."""
    frame, wordings = ASIDES[event.template]
    told = wordings[event.variant].format(**_fields(event.kind, event.key, event.value))
    start = frame.index("{told}")
    text = frame[:start] + told + frame[start + len("{told}"):]
    spans = ((start, start + len(told), event.label),) if event.label else ()
    return Document(event.template, text, spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]] = ()) -> Document:
    """One event as one document; ``others`` are further holders (with values) a record lists beside it."""
    if event.role == "passing":
        return _aside(event)
    if event.role == "lookalike":
        return _lookalike(event, rng)
    return _written(event, rng, list(others))
