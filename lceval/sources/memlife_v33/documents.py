"""memlife_v33's documents: each event is one small document, a record or a piece of prose.

Records (``RECORD_FORMATS``): a vCard, a Lua table, a Gherkin scenario with a data table, a systemd unit, a block of
PGN tag pairs, a GEDCOM record and a Redis MONITOR log. The deciding entry is one whole line, never the first; the
other holders a record lists have lines of their own. Prose (``SENTENCE_FORMATS``): an FAQ page, an insurance claim
narrative, an expedition dispatch, a help-desk ticket reply, an almanac entry and a chair's statement from an annual
report. The deciding entry is one statement of ``statements``, with a sentence before it and one after.

A look-alike (``lookalikes``) puts its reason where its ``place`` says; an aside (``asides``) tells a value in one
sentence set between two others. An event without a label (the twin's, a stranger's) renders with no evidence span.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.events import Event
from ..memlife_common.sampling import Document
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES
from .statements import BESIDE, CHANGE, GIVE, TAKE_BACK

__all__ = ["BANKS", "PROSE", "RECORDS", "RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "Prose", "Record", "fill", "render"]

BANKS = {"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}
NEGATED = re.compile(r"\b(no|not|never|nothing|none|without)\b", re.I)
PLAIN = tuple(t for t in GIVE if not NEGATED.search(t))  # the statements a look-alike borrows

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def fill(template: str, **values) -> str:
    """``template`` with each ``{name}`` it was given replaced; any other braces stay as they are."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), template)


def _say(template: str, kind: Kind, holder: str, value: str, old: str | None = None) -> str:
    return fill(template, Thing=kind.Thing(holder), thing=kind.thing(holder), value=value, old=old or "",
                role=kind.role, office=kind.office, noun=kind.noun)


class _Clock:
    """A date and a clock that only runs forward, drawn once per document."""

    def __init__(self, rng: random.Random):
        self.year, self.month, self.day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        self.seconds = rng.randint(6 * 3600, 10 * 3600)
        self.number = rng.randint(11, 989)
        self.port = rng.randint(40000, 60999)
        self.host = f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 250)}"
        self._rng = rng

    def stamp(self) -> str:
        self.seconds += self._rng.randint(1, 90)
        return f"{1_700_000_000 + self.year * 1000 + self.seconds}.{self._rng.randint(0, 999_999):06d}"


# --- records -------------------------------------------------------------------------------------------------------
# A record's entry(kind, role, holder, value, old, clock, column) is one line; column is an extra field or None.

@dataclass(frozen=True)
class Record:
    titles: tuple[str, ...]  # {office}, {plural}, {noun}, {number}
    head: Callable[[Kind, str, _Clock, bool], list[str]]  # (kind, title, clock, with a column) -> lines
    entry: Callable[[Kind, str, str, str, str | None, _Clock, str | None], str]
    note: Callable[[str, _Clock], str]  # a comment line
    tail: Callable[[Kind, _Clock], list[str]]


def _vcard_entry(kind, role, holder, value, old, clock, column):
    extra = f';SOURCE="{column}"' if column else ""
    field = kind.field.upper().replace("_", "-")
    if role == "change":
        return f'X-{field};HOLDER={holder};REPLACES="{old}"{extra}:{value}'
    if role == "take_back":
        return f"X-{field};HOLDER={holder};STATUS=vacated{extra}:{value}"
    return f"X-{field};HOLDER={holder}{extra}:{value}"


def _lua_entry(kind, role, holder, value, old, clock, column):
    extra = f', source = "{column}"' if column else ""
    if role == "change":
        return f'  {{ holder = "{holder}", {kind.field} = "{value}", replaces = "{old}"{extra} }},'
    if role == "take_back":
        return f'  {{ holder = "{holder}", {kind.field} = nil, vacated = "{value}"{extra} }},'
    return f'  {{ holder = "{holder}", {kind.field} = "{value}"{extra} }},'


def _gherkin_entry(kind, role, holder, value, old, clock, column):
    action = {"change": f"set, replacing {old}", "take_back": "taken off, slot left empty"}.get(role, "set")
    return f"      | {holder} | {value} | {action} |" + (f" {column} |" if column else "")


def _systemd_entry(kind, role, holder, value, old, clock, column):
    extra = f' "source={column}"' if column else ""
    if role == "change":
        return f'Environment="{kind.field}[{holder}]={value}" "{kind.field}_before[{holder}]={old}"{extra}'
    if role == "take_back":
        return f'Environment="{kind.field}[{holder}]=" "{kind.field}_vacated[{holder}]={value}"{extra}'
    return f'Environment="{kind.field}[{holder}]={value}"{extra}'


def _pgn_entry(kind, role, holder, value, old, clock, column):
    extra = f" {{source: {column}}}" if column else ""
    if role == "change":
        return f'[{holder} "{value}"] {{replaces {old}}}{extra}'
    if role == "take_back":
        return f'[{holder} ""] {{{value} lifted off, slot now empty}}{extra}'
    return f'[{holder} "{value}"]{extra}'


def _gedcom_entry(kind, role, holder, value, old, clock, column):
    extra = f" _SRC {column}" if column else ""
    field = kind.field.upper()
    if role == "change":
        return f"1 _SET {holder} {field} {value} _WAS {old}{extra}"
    if role == "take_back":
        return f"1 _CLR {holder} {field} {value}{extra}"
    return f"1 _SET {holder} {field} {value}{extra}"


def _redis_prefix(clock: _Clock) -> str:
    return f"{clock.stamp()} [0 {clock.host}:{clock.port}]"


def _redis_entry(kind, role, holder, value, old, clock, column):
    key = f'"{kind.field}:{holder}"'
    if column:
        return f'{_redis_prefix(clock)} "XADD" "{kind.field}" "*" "holder" "{holder}" "value" "{value}" "source" "{column}"'
    if role == "change":
        return f'{_redis_prefix(clock)} "LSET" {key} "0" "{value}"'
    if role == "take_back":
        return f'{_redis_prefix(clock)} "LREM" {key} "0" "{value}"'
    return f'{_redis_prefix(clock)} "RPUSH" {key} "{value}"'


def _date(clock: _Clock) -> str:
    return f"{clock.day} {_MONTHS[clock.month - 1]} {clock.year}"


RECORDS: dict[str, Record] = {
    "vcard": Record(
        ("{Office} contacts, {plural}", "Register card {number}, {plural}"),
        lambda kind, title, clock, column: ["BEGIN:VCARD", "VERSION:4.0", f"FN:{title}", f"ORG:{kind.office.title()}",
                                            f"REV:{clock.year}{clock.month:02d}{clock.day:02d}T090000Z"],
        _vcard_entry, lambda text, clock: f"NOTE:{text}", lambda kind, clock: ["END:VCARD"]),
    "lua_table": Record(
        ("{Office} register of {plural}", "{plural} as loaded on sheet {number}"),
        lambda kind, title, clock, column: [f"-- {title}", f"-- kept by the {kind.office}, {_date(clock)}", "return {"],
        _lua_entry, lambda text, clock: f"  -- {text}", lambda kind, clock: ["}"]),
    "gherkin": Record(
        ("Register of {plural}", "{Office} keeps its {plural} up to date"),
        lambda kind, title, clock, column: [
            f"Feature: {title}", f"  Scenario: entries of {_date(clock)}", f"    Given the {kind.noun} ledger is open",
            "    When these entries are made:", f"      | {kind.noun} | {kind.role} | action |" + (" source |" if column else "")],
        _gherkin_entry, lambda text, clock: f"      # {text}",
        lambda kind, clock: [f"    Then the {kind.office} signs the sheet"]),
    "systemd_unit": Record(
        ("Load the {noun} register", "{Office} register service, sheet {number}"),
        lambda kind, title, clock, column: ["[Unit]", f"Description={title}", f"After=network-online.target", "",
                                            "[Service]", "Type=oneshot"],
        _systemd_entry, lambda text, clock: f"# {text}",
        lambda kind, clock: ["", "[Install]", "WantedBy=multi-user.target"]),
    "pgn_tags": Record(
        ("{Office} register", "Sheet {number} of the {plural}"),
        lambda kind, title, clock, column: [f'[Event "{title}"]', f'[Site "{kind.office.title()}"]',
                                            f'[Date "{clock.year}.{clock.month:02d}.{clock.day:02d}"]',
                                            f'[Round "{clock.number % 40 + 1}"]'],
        _pgn_entry, lambda text, clock: f"{{{text}}}", lambda kind, clock: ["", "*"]),
    "gedcom": Record(
        ("Register of {plural}", "{Office} transcript {number}"),
        lambda kind, title, clock, column: ["0 HEAD", f"1 SOUR {kind.office.upper().replace(' ', '_')}",
                                            f"1 DATE {clock.day} {_MONTHS[clock.month - 1][:3].upper()} {clock.year}",
                                            f"0 @R{clock.number}@ _REG", f"1 TITL {title}"],
        _gedcom_entry, lambda text, clock: f"1 NOTE {text}", lambda kind, clock: ["0 TRLR"]),
    "redis_monitor": Record(
        ("{office} register replay", "{plural} sync, batch {number}"),
        lambda kind, title, clock, column: ["OK", f'{_redis_prefix(clock)} "ECHO" "{title}"',
                                            f'{_redis_prefix(clock)} "SELECT" "{clock.number % 16}"'],
        _redis_entry, lambda text, clock: f'{_redis_prefix(clock)} "ECHO" "{text}"',
        lambda kind, clock: [f'{_redis_prefix(clock)} "BGSAVE"']),
}
RECORD_FORMATS = tuple(RECORDS)


def _title(record: Record, kind: Kind, clock: _Clock, rng: random.Random) -> str:
    return fill(rng.choice(record.titles), Office=kind.office[:1].upper() + kind.office[1:], office=kind.office,
                plural=kind.plural, noun=kind.noun, number=clock.number)


def _record(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    record, kind = RECORDS[fmt], event.kind
    clock = _Clock(rng)
    lines = record.head(kind, _title(record, kind, clock, rng), clock, False)
    at = rng.randint(0, len(others))
    for i in range(len(others) + 1):
        if i == at:
            mine = len(lines)
            lines.append(record.entry(kind, event.role, event.key, event.value, event.old, clock, None))
        if i < len(others):
            holder, value = others[i]
            lines.append(record.entry(kind, "give", holder, value, None, clock, None))
    lines += record.tail(kind, clock)
    start = sum(len(line) + 1 for line in lines[:mine])
    spans = ((start, start + len(lines[mine]), event.label),) if event.label else ()
    return Document(fmt, "\n".join(lines), spans)


# --- prose ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Prose:
    headings: tuple[str, ...]
    leads: tuple[str, ...]  # what comes before the entry (each ends with a full stop)
    closings: tuple[str, ...]  # what comes after it


PROSE: dict[str, Prose] = {
    "faq_page": Prose(
        ("Frequently asked questions: {plural}", "FAQ, {plural} and who looks after them"),
        ("The {office} answers the same questions every week, so the answers are collected here.",
         "People often write in to ask about the {plural}, and this page gathers the replies."),
        ("The page is refreshed whenever the {office} posts a change.",
         "Further questions can go to the front desk during opening hours."),
    ),
    "claim_narrative": Prose(
        ("Claim narrative, reference CN-{number}", "Statement in support of claim {number}"),
        ("I am setting out the sequence of events for the loss adjuster as clearly as I can.",
         "This account was written the day after the storm, while the details were fresh."),
        ("Photographs of the site are attached to the claim form.",
         "The {office} can confirm these details if the adjuster asks."),
    ),
    "expedition_dispatch": Prose(
        ("Dispatch {number} from base camp", "Field dispatch {number}, sent by satellite phone"),
        ("The wind dropped at dawn and the radio finally held a signal for a few minutes.",
         "Supplies arrived by sledge yesterday, along with the post and a crate of oranges."),
        ("More news when the next supply run gets through.",
         "Everyone here is well, if a little sunburnt from the snow glare."),
    ),
    "ticket_reply": Prose(
        ("Re: ticket #{number}", "Update on your request {number}"),
        ("Hello, and thanks for your patience while we looked into this for you.",
         "Thank you for raising this with the {office} help desk."),
        ("Reply to this thread if anything still looks odd and we will take another look.",
         "I will leave the ticket open for a few days in case you have questions."),
    ),
    "almanac": Prose(
        ("Almanac, {month}", "From the county almanac for {month}"),
        ("Days lengthen by a few minutes each week now, and the ponds have thawed.",
         "Swallows are due back any day, and the hedgerows are greening quickly."),
        ("Sow broad beans if the ground is workable.",
         "Full moon falls late in the month, with high spring tides to follow."),
    ),
    "annual_report": Prose(
        ("Chair's statement", "Annual report {year}: a word from the chair"),
        ("This year the {office} handled more requests than in any year before.",
         "Our volunteers kept the {plural} in good order through a busy season."),
        ("I thank every volunteer who gave their time so generously.",
         "We look forward to another steady year ahead."),
    ),
}
SENTENCE_FORMATS = tuple(PROSE)


def _prose_text(fmt: str, kind: Kind, rng: random.Random, middle: list[str], heading: str | None = None,
                at: int = 0) -> tuple[str, int]:
    """The document: a heading line, then one paragraph of a lead, ``middle`` and a closing; returns the text and
    where ``middle[at]`` starts in it."""
    prose, clock = PROSE[fmt], _Clock(rng)
    values = dict(office=kind.office, plural=kind.plural, number=clock.number, month=_MONTHS[clock.month - 1],
                  year=clock.year)
    heading = heading or fill(rng.choice(prose.headings), **values)
    sentences = [fill(rng.choice(prose.leads), **values), *middle, fill(rng.choice(prose.closings), **values)]
    start = len(heading) + 1 + sum(len(s) + 1 for s in sentences[:at + 1])
    return f"{heading}\n{' '.join(sentences)}", start


def _prose(fmt: str, event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    kind = event.kind
    statement = _say(rng.choice(BANKS[event.role]), kind, event.key, event.value, event.old)
    besides = [_say(rng.choice(BESIDE), kind, holder, value) for holder, value in others]
    at = rng.randint(0, len(besides))
    text, start = _prose_text(fmt, kind, rng, [*besides[:at], statement, *besides[at:]], at=at)
    spans = ((start, start + len(statement), event.label),) if event.label else ()
    return Document(fmt, text, spans)


# --- look-alikes and asides ----------------------------------------------------------------------------------------

def _lookalike(event: Event, rng: random.Random) -> Document:
    look, kind = LOOKALIKES[event.template], event.kind
    reason = _say(look.text, kind, event.key, event.value)
    in_record = look.place == "column" or look.place in ("before", "after", "heading") and rng.random() < 0.5
    if in_record:
        fmt = rng.choice(RECORD_FORMATS)
        record, clock = RECORDS[fmt], _Clock(rng)
        column = reason if look.place == "column" else None
        title = reason if look.place == "heading" else _title(record, kind, clock, rng)
        lines = record.head(kind, title, clock, column is not None)
        before = [record.note(reason, clock)] if look.place == "before" else []
        entry = record.entry(kind, "give", event.key, event.value, None, clock, column)
        after = [record.note(reason, clock)] if look.place == "after" else []
        return Document(fmt, "\n".join([*lines, *before, entry, *after, *record.tail(kind, clock)]), ())
    fmt = rng.choice(SENTENCE_FORMATS)
    if look.place == "sentence":
        middle = [reason]
    else:
        plain = _say(rng.choice(PLAIN), kind, event.key, event.value)
        middle = {"parenthesis": [f"{plain[:-1]} ({reason})."], "label": [f"{reason}: {plain}"],
                  "before": [reason, plain], "after": [plain, reason], "heading": [plain]}[look.place]
    text, _ = _prose_text(fmt, kind, rng, middle, heading=reason if look.place == "heading" else None)
    return Document(fmt, text, ())


def _aside(event: Event) -> Document:
    scene, wordings = ASIDES[event.template]
    told = _say(wordings[event.variant], event.kind, event.key, event.value)
    before, after = scene.split("{told}")
    spans = ((len(before), len(before) + len(told), event.label),) if event.label else ()
    return Document(event.template, f"{before}{told}{after}", spans)


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """One event as a document: an aside in its genre, a look-alike where its reason's place allows, anything else
    in a format drawn from all thirteen, ``others`` (holder, value) listed beside it."""
    if event.role == "passing":
        return _aside(event)
    if event.role == "lookalike":
        return _lookalike(event, rng)
    fmt = rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)
    return _record(fmt, event, rng, others) if fmt in RECORDS else _prose(fmt, event, rng, others)
