"""Each event as one small document, in one of thirteen formats.

Seven are records that list their holders one per line, the event's own line among 0-2 others (``RECORD_FORMATS``):
a YAML export, a JSON Patch request, a git commit, a radio log, a chat log, a ticket comment and a meeting's action
list. Six carry the event in a sentence of ``statements`` (``SENTENCE_FORMATS``): a board minute, a telegram, a
postcard, a voicemail transcript, a whiteboard photo's transcription and a staff circular. A look-alike's line
(``lookalikes``) can turn up in any of the thirteen; a value told in passing is a piece of everyday writing of its
own (``asides``), its format the genre's name.

A labelled event's deciding span is its own line of a record or its own sentence: it names the holder and the value
(and, on a replacement, the old value), and the value is written once in the document.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from . import statements
from .asides import ASIDES
from .keys import Kind
from .lookalikes import LOOKALIKES

__all__ = ["Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]


class Page:
    """A document's text built piece by piece, remembering where the deciding piece sits."""

    def __init__(self):
        self.parts: list[str] = []
        self.span: tuple[int, int] | None = None
        self.size = 0

    def add(self, text: str, deciding: bool = False) -> "Page":
        if deciding:
            self.span = (self.size, self.size + len(text))
        self.parts.append(text)
        self.size += len(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class Row:
    role: str
    holder: str
    value: str
    old: str | None
    deciding: bool


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NICKS = ["maren", "tobi", "ife", "joss", "rhian", "bertil", "anouk", "dev", "kasia", "lwazi"]
PEOPLE = ["Ines Carvalho", "Tom Ridley", "Ngozi Eze", "Pavel Dvorak", "Hattie Brook", "Sunil Rao", "Greta Holm",
          "Colm Duffy", "Yuki Mori", "Bea Strand"]
ROOMS = ["back office", "mess room", "workshop", "site cabin", "meeting room"]
PICTURES = ["a harbour at dusk", "three cows in fog", "the old pier", "a very orange sunset", "a castle in the rain"]
GREETINGS = ["weather is grand here.", "the B&B has a parrot.", "we walked twelve miles today.", "the food is rich.",
             "it rained, then it rained more."]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def _clocks(rng: random.Random, count: int) -> list[str]:
    minutes = sorted(rng.sample(range(6 * 60, 22 * 60), count))
    return [f"{m // 60:02d}{m % 60:02d}" for m in minutes]


def _initials(rng: random.Random) -> str:
    return rng.choice(PEOPLE).replace(" ", "")[::4][:2].upper() + rng.choice("ABDEGKLMRST")


# ---- records: one holder a line ------------------------------------------------------------------------------------

def _yaml(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    page = Page().add(f"# {kind.office} register export, {_date(rng)}\nrevision: {rng.randint(12, 480)}\n")
    if rows is None:
        return page.add(f"# {note}\nentries: {{}}")
    page.add("entries:")
    for row in rows:
        line = {"give": f"{row.holder}: {{{kind.field}: {row.value}}}",
                "change": f"{row.holder}: {{{kind.field}: {row.value}, replaces: {row.old}}}",
                "take_back": f"{row.holder}: {{{kind.field}: null, withdrawn: {row.value}}}"}[row.role]
        page.add("\n  ").add(line, row.deciding)
    return page


def _json_patch(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    page = Page().add(f"PATCH /registers/{kind.name}s HTTP/1.1\nContent-Type: application/json-patch+json\n")
    if rows is None:
        return page.add(f"X-Comment: {note}\n[]")
    page.add("[")
    for i, row in enumerate(rows):
        path = f'"path": "/{row.holder}/{kind.field}"'
        line = {"give": f'{{"op": "add", {path}, "value": "{row.value}"}}',
                "change": f'{{"op": "replace", {path}, "value": "{row.value}", "previous": "{row.old}"}}',
                "take_back": f'{{"op": "remove", {path}, "removed": "{row.value}"}}'}[row.role]
        page.add("\n  ").add(line + ("," if i < len(rows) - 1 else ""), row.deciding)
    return page.add("\n]")


def _commit(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    author = rng.choice(PEOPLE)
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    page = Page().add(f"commit {sha}\nAuthor: {author} <{author.split()[0].lower()}@{kind.name}-office.example>\n"
                      f"Date:   {rng.choice(DAYS)[:3]} {_date(rng)} {rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}\n")
    if rows is None:
        return page.add(f"    notes: paste from the office corkboard\n    {note}")
    page.add("    " + rng.choice([f"{kind.name}s: apply this week's paperwork", f"sync the {kind.name} table with the office",
                                  f"{kind.name} register: catch up on the in-tray"]))
    for row in rows:
        line = {"give": f"* {row.holder}: record {kind.role} {row.value}",
                "change": f"* {row.holder}: {kind.role} {row.old} -> {row.value}",
                "take_back": f"* {row.holder}: drop {kind.role} {row.value}, leave it unset"}[row.role]
        page.add("\n    ").add(line, row.deciding)
    return page


def _radio_log(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    clocks = _clocks(rng, (1 if rows is None else len(rows)) + 1)
    page = Page().add(f"RADIO LOG, {kind.office}, channel {rng.randint(6, 72)}, {_date(rng)}")
    if rows is None:
        page.add(f"\n{clocks[0]}  {note}")
    for clock, row in zip(clocks, rows or []):
        line = {"give": f"{row.holder} reports {kind.role} {row.value}, logged.",
                "change": f"{row.holder}: {kind.role} now {row.value}, previously {row.old}. Acknowledged.",
                "take_back": f"{row.holder}: {kind.role} {row.value} withdrawn, position left vacant. Out."}[row.role]
        page.add(f"\n{clock}  ").add(line, row.deciding)
    return page.add(f"\nLog closed {clocks[-1]}, operator {_initials(rng)}.")


def _chat_log(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    clocks = [f"{c[:2]}:{c[2:]}" for c in _clocks(rng, (1 if rows is None else len(rows)) + 2)]
    nicks = rng.sample(NICKS, 3)
    page = Page().add(f"#{kind.name}-desk, {_date(rng)}\n[{clocks[0]}] <{nicks[0]}> morning all")
    if rows is None:
        page.add(f"\n[{clocks[1]}] <{nicks[1]}> {note}")
    for clock, row in zip(clocks[1:], rows or []):
        line = {"give": f"{row.holder} is in with {kind.role} {row.value}, logged it",
                "change": f"heads up: {row.holder} switched from {row.old} to {row.value} for {kind.role}",
                "take_back": f"{row.holder} has had its {kind.role} {row.value} pulled, nothing in its place yet"}[row.role]
        page.add(f"\n[{clock}] <{nicks[1]}> ").add(line, row.deciding)
    return page.add(f"\n[{clocks[-1]}] <{nicks[2]}> ta, noted")


def _ticket(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    user = rng.choice(NICKS)
    page = Page().add(f"Ticket #{rng.randint(1000, 99999)} · {kind.office} · resolved\n"
                      f"Comment by {user} ({rng.randint(2, 9)} days ago):")
    if rows is None:
        return page.add(f"\n{note}\nLeaving it here for the record.")
    for row in rows:
        line = {"give": f"{row.holder} now carries {kind.role} {row.value} in the register.",
                "change": f"{row.holder} came off {row.old}; its {kind.role} is {row.value} now.",
                "take_back": f"{kind.role.capitalize()} {row.value} removed from {row.holder}, field left empty."}[row.role]
        page.add("\n- ").add(line, row.deciding)
    return page.add(f"\nClosing this one. /{user}")


def _action_list(kind: Kind, rows: list[Row] | None, rng: random.Random, note: str = "") -> Page:
    page = Page().add(f"ACTIONS, {kind.office} meeting of {_date(rng)}")
    if rows is None:
        page.add(f"\n1. {note}")
    for i, row in enumerate(rows or [], 1):
        who = _initials(rng)
        line = {"give": f"{row.holder} gets {kind.role} {row.value}; entered by {who}.",
                "change": f"{row.holder} drops {row.old} and takes {row.value} as {kind.role}; entered by {who}.",
                "take_back": f"{row.holder} loses {kind.role} {row.value}, left empty; entered by {who}."}[row.role]
        page.add(f"\n{i}. ").add(line, row.deciding)
    return page.add(f"\nNext meeting: {_date(rng)}.")


# ---- prose: the event in a sentence ----------------------------------------------------------------------------------

def _sentence(event: Event, rng: random.Random) -> str:
    bank = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}[event.role]
    kind = event.kind
    return rng.choice(bank).format(thing=kind.thing(event.key), Thing=kind.Thing(event.key), role=kind.role,
                                   value=event.value, old=event.old)


def _beside(kind: Kind, others: list[tuple[str, str]], rng: random.Random) -> str:
    listed = "; ".join(f"{kind.thing(h)} with {kind.role} {v}" for h, v in others)
    return rng.choice(statements.BESIDE).format(listed=listed) if others else ""


Prose = Callable[[Kind, random.Random, str, bool, str], Page]  # (kind, rng, told, deciding, beside)


def _minute(kind: Kind, rng: random.Random, told: str, deciding: bool, beside: str) -> Page:
    chair, clerk = rng.sample(PEOPLE, 2)
    page = Page().add(f"Minute of a sitting of the {kind.office}, {_date(rng)}\nChair: {chair}. Clerk: {clerk}.\n"
                      f"Read into the minute: ").add(told, deciding)
    return page.add(f"\n{beside}" if beside else "").add(f"\nThe sitting rose at {_clocks(rng, 1)[0]}.")


def _telegram(kind: Kind, rng: random.Random, told: str, deciding: bool, beside: str) -> Page:
    page = Page().add(f"TELEGRAM {_clocks(rng, 1)[0]} TO {kind.office.upper()}\n").add(told, deciding).add(" STOP")
    return page.add(f"\n{beside} STOP" if beside else "").add("\nENDS")


def _postcard(kind: Kind, rng: random.Random, told: str, deciding: bool, beside: str) -> Page:
    page = Page().add(f"Postcard (front: {rng.choice(PICTURES)})\nHello all, {rng.choice(GREETINGS)} ").add(told, deciding)
    return page.add(f" {beside}" if beside else "").add(f" Back on {rng.choice(DAYS)}, {rng.choice(PEOPLE).split()[0]}")


def _voicemail(kind: Kind, rng: random.Random, told: str, deciding: bool, beside: str) -> Page:
    caller = rng.choice(PEOPLE)
    page = Page().add(f"Voicemail, {rng.randint(0, 1)}:{rng.randint(10, 59)}, from {caller} ({kind.office}), transcribed:\n"
                      f"\"Hi, {caller.split()[0]} here. ").add(told, deciding)
    return page.add(f" {beside}" if beside else "").add(" Ring me if that looks wrong. Bye.\"")


def _whiteboard(kind: Kind, rng: random.Random, told: str, deciding: bool, beside: str) -> Page:
    page = Page().add(f"[Photo of the whiteboard in the {rng.choice(ROOMS)}, transcribed]\nTHIS WEEK\n- ").add(told, deciding)
    return page.add(f"\n- {beside}" if beside else "").add("\n(bottom corner smudged)")


def _circular(kind: Kind, rng: random.Random, told: str, deciding: bool, beside: str) -> Page:
    page = Page().add(f"Circular {rng.randint(3, 140)}/{rng.randint(19, 25)}, from the {kind.office}\n"
                      f"To all staff and volunteers.\n").add(told, deciding)
    return page.add(f"\n{beside}" if beside else "").add("\nPlease bring your copies up to date.")


RECORDS: dict[str, Callable[..., Page]] = {"YAML export": _yaml, "JSON Patch": _json_patch, "git commit": _commit,
                                           "radio log": _radio_log, "chat log": _chat_log, "ticket comment": _ticket,
                                           "action list": _action_list}
SENTENCES: dict[str, Prose] = {"board minute": _minute, "telegram": _telegram, "postcard": _postcard,
                               "voicemail transcript": _voicemail, "whiteboard photo": _whiteboard,
                               "staff circular": _circular}
RECORD_FORMATS: list[str] = list(RECORDS)
SENTENCE_FORMATS: list[str] = list(SENTENCES)
FORMATS = RECORD_FORMATS + SENTENCE_FORMATS


def _fields(event: Event) -> dict[str, str]:
    kind = event.kind
    return {"thing": kind.thing(event.key), "Thing": kind.Thing(event.key), "role": kind.role, "value": event.value}


def _aside(event: Event) -> Document:
    frame, wordings = ASIDES[event.template]
    told = wordings[event.variant].format(**_fields(event))
    before, after = frame.split("{told}")
    return Document(event.template, before + told + after, ((len(before), len(before) + len(told), event.label),))


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as a document; ``others`` (holder, value) are listed beside it when it is a record."""
    if event.role == "passing":
        return _aside(event)
    fmt = rng.choice(FORMATS)
    if event.role == "lookalike":
        note = rng.choice(LOOKALIKES[event.template][1]).format(**_fields(event))
        page = RECORDS[fmt](event.kind, None, rng, note) if fmt in RECORDS else SENTENCES[fmt](event.kind, rng, note, False, "")
        return Document(fmt, page.text(), ())
    deciding = event.label is not None
    if fmt in RECORDS:
        rows = [Row("give", h, v, None, False) for h, v in others]
        rows.insert(rng.randint(0, len(rows)), Row(event.role, event.key, event.value, event.old, deciding))
        page = RECORDS[fmt](event.kind, rows, rng)
    else:
        page = SENTENCES[fmt](event.kind, rng, _sentence(event, rng), deciding, _beside(event.kind, others, rng))
    spans = ((*page.span, event.label),) if deciding else ()
    return Document(fmt, page.text(), spans)
