"""One event, one small document: calendar entries, contact cards, Prolog facts, Graphviz edges, a LaTeX
handout, a lighthouse keeper's log, a route-setters' board, a timetable change slip, a public-address
announcement, a town crier's cry; look-alikes and asides in prose.

A document's deciding line (or, in running prose, its deciding sentence) is its one evidence span when the
event carries a label.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from .keys import KeyKind
from .wording import ASIDES, LOOKALIKES, PROSE, STATEMENTS


@dataclass(frozen=True)
class Event:
    role: str  # write | change | withdraw | lookalike | aside
    kind: KeyKind
    key: str
    value: str = ""  # the value written, or the one a look-alike or an aside names
    old: str = ""  # the value changed or withdrawn
    label: str = ""  # its evidence label; "" when it decides nothing
    lookalike: int = 0  # which of LOOKALIKES

    def fields(self) -> dict[str, str]:
        k = self.kind
        return {"key": self.key, "value": self.value, "old": self.old, "thing": k.thing, "Thing": k.thing.capitalize(),
                "things": k.things, "a_thing": k.a_thing, "role": k.role, "Role": k.role.capitalize(), **k.pronouns()}


def render(event: Event, rng: random.Random) -> Document:
    if event.role == "lookalike":
        fmt, paragraph = LOOKALIKES[event.lookalike]
        return Document(fmt, paragraph.format(**event.fields()), ())
    if event.role == "aside":
        fmt, opening, closing = rng.choice(PROSE)
        aside = rng.choice(ASIDES).format(**event.fields())
        return _inline(fmt, opening.format(n=rng.randint(12, 140)) + " ", aside, " " + closing, event.label)
    fmt, record = rng.choice(RECORDS)
    return record(fmt, event, rng)


def _statement(event: Event, rng: random.Random) -> str:
    return rng.choice(STATEMENTS[event.role]).format(**event.fields())


def _lines(fmt: str, lines: list[str], deciding: int, label: str) -> Document:
    start = sum(len(line) + 1 for line in lines[:deciding])
    spans = ((start, start + len(lines[deciding]), label),) if label else ()
    return Document(fmt, "\n".join(lines), spans)


def _inline(fmt: str, before: str, sentence: str, after: str, label: str) -> Document:
    spans = ((len(before), len(before) + len(sentence), label),) if label else ()
    return Document(fmt, before + sentence + after, spans)


def _initials(rng: random.Random) -> str:
    return "".join(rng.sample("ABDEFGHJKLMNPRSTW", 2))


def _ical_text(text: str) -> str:
    """RFC 5545 TEXT escaping."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _icalendar(fmt: str, event: Event, rng: random.Random) -> Document:
    stamp = f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(7, 19):02d}{rng.choice(('00', '15', '30', '45'))}00Z"
    field = rng.choice(("SUMMARY", "DESCRIPTION"))
    lines = ["BEGIN:VEVENT", f"UID:{rng.randrange(16 ** 8):08x}@{rng.choice(('bookings.lan', 'desk.example', 'rota.internal'))}",
             f"DTSTAMP:{stamp}", f"{field}:{_ical_text(_statement(event, rng))}", "END:VEVENT"]
    return _lines(fmt, lines, 3, event.label)


def _vcard(fmt: str, event: Event, rng: random.Random) -> Document:
    name = "FN" if event.kind.person else "ORG"
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"{name}:{event.key}", f"NOTE:{_ical_text(_statement(event, rng))}", "END:VCARD"]
    return _lines(fmt, lines, 3, event.label)


def _prolog(fmt: str, event: Event, rng: random.Random) -> Document:
    pred = event.kind.thing.replace(" ", "_")
    fact = f"{pred}('{event.key}', '{{}}')"
    clause = {
        "write": f"{fact.format(event.value)}.",
        "change": f":- retract({fact.format(event.old)}), assertz({fact.format(event.value)}).",
        "withdraw": f":- retractall({pred}('{event.key}', _)).  % and nothing asserted after it",
    }[event.role]
    comment = rng.choice(("% synced from the front office", "% entered by hand, checked twice", f"% {event.kind.things} knowledge base"))
    return _lines(fmt, [comment, clause], 1, event.label)


def _graphviz(fmt: str, event: Event, rng: random.Random) -> Document:
    thing = event.kind.thing
    edge = {
        "write": f'  "{event.key}" -> "{event.value}" [label="{thing}"];',
        "change": f'  "{event.key}" -> "{event.value}" [label="{thing}, moving on from {event.old}"];',
        "withdraw": f'  "{event.key}" -> "{event.old}" [style=dotted, label="ended; no successor"];',
    }[event.role]
    return _lines(fmt, [f"digraph {thing.replace(' ', '_')}_map {{", "  rankdir=LR;", edge, "}"], 2, event.label)


def _latex(fmt: str, event: Event, rng: random.Random) -> Document:
    title = rng.choice(("Who goes where", "Allocations this term", "Notes for newcomers"))
    lines = [f"\\subsection*{{{title}}}", "\\begin{itemize}", f"  \\item {_statement(event, rng)}", "\\end{itemize}"]
    return _lines(fmt, lines, 2, event.label)


def _lighthouse(fmt: str, event: Event, rng: random.Random) -> Document:
    weather = f"Wind {rng.choice(('NW', 'SE', 'W', 'NE'))} {rng.randint(2, 7)}, sea {rng.choice(('slight', 'moderate', 'rough'))}, lamp lit at {rng.randint(16, 21)}:{rng.randint(10, 59)}."
    station = rng.choice(("Skerryvore", "Longstone", "Fastnet", "Bishop Rock"))
    return _lines(fmt, [f"Keeper's log, {station} light.", weather, _statement(event, rng)], 2, event.label)


def _setters_board(fmt: str, event: Event, rng: random.Random) -> Document:
    chore = rng.choice(("new holds arrived, sorting Friday", "brush the slab before the kids' session", "torque wrench is back in the drawer"))
    wall = rng.choice(("north", "cave", "slab", "competition"))
    lines = [f"ROUTE-SETTERS' BOARD ({wall} wall)", f"{_initials(rng)}: {_statement(event, rng)}", f"{_initials(rng)}: {chore}"]
    return _lines(fmt, lines, 1, event.label)


def _change_slip(fmt: str, event: Event, rng: random.Random) -> Document:
    office = rng.choice(("the year office", "all form tutors", "reception and the bursar"))
    lines = [f"TIMETABLE CHANGE SLIP No. {rng.randint(100, 999)}", f"To: {office}", _statement(event, rng), f"Initialled {_initials(rng)}"]
    return _lines(fmt, lines, 2, event.label)


def _announcement(fmt: str, event: Event, rng: random.Random) -> Document:
    opening = rng.choice(("Attention, please.", "Good morning, everyone, a quick notice."))
    return _inline(fmt, opening + " ", _statement(event, rng), " Thank you for listening.", event.label)


def _crier(fmt: str, event: Event, rng: random.Random) -> Document:
    closing = rng.choice(("So cried at the market cross at noon.", "Heard by all at the harbour steps."))
    return _inline(fmt, "Oyez, oyez, oyez! ", _statement(event, rng), " " + closing, event.label)


RECORDS = (
    ("icalendar", _icalendar), ("vcard", _vcard), ("prolog", _prolog), ("graphviz", _graphviz), ("latex handout", _latex),
    ("lighthouse log", _lighthouse), ("setters board", _setters_board), ("change slip", _change_slip),
    ("pa announcement", _announcement), ("town crier", _crier),
)
