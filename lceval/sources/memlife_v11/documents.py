"""One event as one small document: a sentence in a ledger, on an envelope, a pager or a handbook page; a line of a
Lua table, an HCL-like block, an Org outline or a dotted card; or a paragraph with a value told in passing.

A deciding event's span is exactly its line (or, in a paragraph, its sentence). Records may also list other
holders (``others``), which decide nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from .keys import Kind
from .wording import CHANGE, GIVE, LOOKALIKES, PASSING, PEOPLE, TAKE_BACK

SENTENCE_FORMATS = ("ledger", "envelope", "pager", "handbook")
RECORD_FORMATS = ("lua", "hcl", "org", "card")


@dataclass(frozen=True)
class Event:
    """``role``: give, change, take_back (the holder loses ``value``), lookalike or passing.
    ``label`` names the evidence span when the event decides the answer; ``template`` picks a look-alike or an aside."""

    role: str
    kind: Kind
    key: str
    value: str
    old: str | None = None
    label: str | None = None
    template: str | None = None
    variant: int = 0  # which wording of an aside


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` in a format its role allows, among lines for the ``others`` (holder, value) in records that list several."""
    if event.role == "passing":
        return _paragraph(event, rng)
    formats = SENTENCE_FORMATS if event.role == "lookalike" else SENTENCE_FORMATS + RECORD_FORMATS
    fmt = rng.choice(formats)
    at = rng.randint(0, len(others))
    if fmt in RECORD_FORMATS:
        lines = [_record_line(fmt, Event("give", event.kind, holder, value), rng) for holder, value in others]
        lines.insert(at, _record_line(fmt, event, rng))
        header = _record_header(fmt, event.kind, rng)
    else:
        sentences = [_fill(rng.choice(GIVE), Event("give", event.kind, holder, value), rng) for holder, value in others]
        sentences.insert(at, _fill(_sentence_template(event, rng), event, rng))
        lines = [_sentence_line(fmt, sentence, rng, i) for i, sentence in enumerate(sentences)]
        header = _sentence_header(fmt, event.kind, rng)
    return _document(fmt, [*header, *lines], len(header) + at, event.label)


def _sentence_template(event: Event, rng: random.Random) -> str:
    if event.role == "lookalike":
        return event.template or rng.choice(LOOKALIKES)
    return rng.choice({"give": GIVE, "change": CHANGE, "take_back": TAKE_BACK}[event.role])


def _fill(template: str, event: Event, rng: random.Random) -> str:
    kind = event.kind
    text = template.format(key=event.key, value=event.value, old=event.old, role=kind.role, area=kind.place,
                           verb=kind.verb, who=rng.choice(PEOPLE))
    return text[0].upper() + text[1:] if template.startswith("{who}") else text  # a holder is never re-cased


def _initials(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTW") + "." for _ in range(2))


def _sentence_header(fmt: str, kind: Kind, rng: random.Random) -> list[str]:
    return {
        "ledger": [f"Ledger of {kind.place}"],
        "envelope": [f"Scrawled on the back of an envelope left in {kind.place}:"],
        "pager": [],
        "handbook": [f"Members' handbook, {kind.role}s", "=" * (len(kind.role) + 19)],
    }[fmt]


def _sentence_line(fmt: str, sentence: str, rng: random.Random, position: int) -> str:
    # No page numbers, times or serials: the order of the documents is the order of events.
    if fmt == "ledger":
        return f"Entry: {sentence} (initialled {_initials(rng)})"
    if fmt == "pager":
        return f"PAGER to all stewards from {_initials(rng)} {sentence}"
    if fmt == "handbook":
        return f":Note {position + 1}: {sentence}"
    return sentence


def _record_header(fmt: str, kind: Kind, rng: random.Random) -> list[str]:
    return {
        "lua": [f"-- {kind.table}.lua, kept by {_initials(rng)}", f"local {kind.table} = {kind.table} or {{}}"],
        "hcl": [f"# {kind.place}: {kind.role} allocations"],
        "org": [f"* {kind.place.capitalize()}: {kind.role}s"],
        "card": [f"{kind.role.upper()}S CARD", "-" * (len(kind.role) + 6)],
    }[fmt]


def _record_line(fmt: str, event: Event, rng: random.Random) -> str:
    kind, key, value, old = event.kind, event.key, event.value, event.old
    field = kind.role.replace(" ", "_").replace("-", "_")
    if fmt == "lua":
        line = f'{kind.table}["{key}"] = ' + ("nil" if event.role == "take_back" else f'"{value}"')
        notes = {"give": ["", "", f"  -- agreed by {rng.choice(PEOPLE)}"],
                 "change": [f"  -- shunted on from {old}", f"  -- graduates from {old}", f"  -- re-pegged, off {old}"],
                 "take_back": [f"  -- {value} emptied, nothing to follow", f"  -- notice given on {value}; no other wanted"]}
    elif fmt == "hcl":
        line = f'allocation "{key}" {{ {field} = ' + ("null }" if event.role == "take_back" else f'"{value}" }}')
        notes = {"give": [""], "change": [f'  # upped sticks from "{old}"', f'  # packed up from "{old}"'],
                 "take_back": [f'  # "{value}" emptied, no successor', f'  # out of "{value}" for good, nothing lined up']}
    elif fmt == "org":
        line = f"** {key} :: "
        notes = {"give": [f"{kind.role} {value}"], "change": [f"{kind.role} {value} (ex {old}) :repegged:"],
                 "take_back": [f"out of {value}, nothing next :emptied:"]}
    else:
        line = f"{key} {'.' * rng.randint(6, 14)} "
        notes = {"give": [value], "change": [f"{value}   (ex {old})"],
                 "take_back": [f"——   (came out of {value}, nothing lined up)"]}
    return line + rng.choice(notes[event.role])


def _paragraph(event: Event, rng: random.Random) -> Document:
    fmt = event.template or rng.choice(sorted(PASSING))
    opening, passings, closing = PASSING[fmt]
    opening, passing, closing = (_fill(s, event, rng) for s in (opening, passings[event.variant], closing))
    text = f"{opening} {passing} {closing}"
    start = len(opening) + 1
    return Document(fmt, text, ((start, start + len(passing), event.label),) if event.label else ())


def _document(fmt: str, lines: list[str], at: int, label: str | None) -> Document:
    text = "\n".join(lines)
    start = sum(len(line) + 1 for line in lines[:at])
    return Document(fmt, text, ((start, start + len(lines[at]), label),) if label else ())
