"""memlife_v7's documents: one event (a give, change, strip, look-alike or passing mention) each.

Record formats (fixed-width mainframe records, a device's key=value dump,
commit trailers) write gives, changes and strips in their own syntax; the
line formats (a continuity report, a lock-keeper's passage book, a watch-room
board, a puppet theatre's prop list, escape-room desk notes, observatory
remarks, a glacier field book) hold one sentence of ``wording`` as a line; a
passing mention sits inside a paragraph of a trip report, an audio-guide
script, a retirement card or a local radio script. The deciding line (or
sentence) is the document's one span.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from .keys import KeyKind
from .wording import CHANGE, GIVE, LOOKALIKES, PASSING, STRIP, fill


@dataclass(frozen=True)
class Event:
    role: str  # give | change | strip | lookalike | passing
    kind: KeyKind
    key: str
    value: str  # for a strip, the value taken
    old: str = ""  # for a change, the value it had
    label: str = ""  # the evidence label, "" when the event decides nothing
    template: str = ""  # for a look-alike, its LOOKALIKES name


NAMES = ("Ines", "Bartholomew", "Yusra", "Fergal", "Oona", "Tamsin", "Kwabena", "Ludmila", "Piet", "Rosalind")


def _sentence(event: Event, rng: random.Random) -> str:
    fields = dict(key=event.key, value=event.value, old=event.old, thing=event.kind.thing)
    if event.role == "lookalike":
        return fill(rng.choice(LOOKALIKES[event.template]), **fields)
    pool = {"give": GIVE, "change": CHANGE, "strip": STRIP, "passing": PASSING}[event.role]
    return fill(rng.choice(pool), **fields)


def _lines(fmt: str, head: list[str], line: str, tail: list[str], label: str) -> Document:
    before = "\n".join(head) + "\n" if head else ""
    text = before + line + ("\n" + "\n".join(tail) if tail else "")
    spans = ((len(before), len(before) + len(line), label),) if label else ()
    return Document(fmt, text, spans)


# Line formats: (header lines, how the line is prefixed, footer lines), each drawn per document.
def _continuity(rng):
    return [f"CONTINUITY REPORT, second unit, shooting day {rng.randint(2, 40)}", f"Scene {rng.randint(3, 90)}, take {rng.randint(1, 9)}: matches previous."], f"Note {rng.randint(1, 9)}: ", ["Wardrobe photos filed with the script supervisor."]


def _lock_book(rng):
    return [f"Passage book, upper gate, keeper on duty {rng.choice(NAMES)}."], "", [f"Levels steady; paddles greased; {rng.randint(2, 14)} boats through since opening."]


def _board(rng):
    return ["Copied off the watch-room whiteboard at change of watch:"], "", [f"(copied by {rng.choice(NAMES)[0]}{rng.choice('KMRTW')})", "Hose tests due Thursday."]


def _props(rng):
    n = rng.randint(2, 7)
    return [f"Puppet theatre: props and placings for the {rng.choice(('Saturday', 'Sunday', 'schools'))} show", f"{n - 1}) Crocodile's teeth glued back on."], f"{n}) ", [f"{n + 1}) Spare strings in the blue tin."]


def _escape(rng):
    return [f"Desk notes, escape rooms ({rng.choice(('Pharaoh', 'Submarine', 'Clocktower'))} corridor)", "Group of six arrived early, gave them the safety talk."], "", ["Hint lamp in room two flickers; reported."]


def _observatory(rng):
    return [f"Dome {rng.randint(1, 4)} remarks for the night"], "", [f"Seeing {rng.randint(1, 5)}/5, transparency fair, dew heater on."]


def _field_book(rng):
    return [f"Field book, page {rng.randint(12, 96)}", "Wind from the col, light snow on the upper tongue."], "", ["Pencil only today; the ink froze."]


LINE_FORMATS = {"continuity report": _continuity, "passage book": _lock_book, "watch-room board": _board,
                "prop list": _props, "escape-room notes": _escape, "observatory remarks": _observatory, "field book": _field_book}


def _fixed_width(event: Event, rng: random.Random) -> Document:
    op = {"give": "ADD", "change": "CHG", "strip": "CLR"}[event.role]
    seq = rng.randint(1000, 8999)
    head = ["*** HOLDINGS FILE, fixed width: SEQ OP  HOLDER               VALUE", "*** ADD first entry | CHG replaces that holder's earlier entry | CLR leaves the holder with nothing"]
    value = "" if event.role == "strip" else event.value
    line = f"{seq:05d} {op:<4}{event.key:<21}{value:<14}".rstrip()
    if event.role == "strip":
        line += f"  (cleared {event.value})"
    return _lines("fixed-width records", head, line, [f"*** END OF BATCH {seq // 100:03d}"], event.label)


def _kv_dump(event: Event, rng: random.Random) -> Document:
    head = [f"=== nvram dump, controller {rng.choice('ABC')}{rng.randint(1, 9)}, fw 2.{rng.randint(0, 9)}.{rng.randint(0, 20)} ===", f"uptime_s={rng.randint(1000, 999999)}"]
    field = f'assign["{event.key}"]'
    line = {
        "give": f"{field}={event.value}",
        "change": f"{field}={event.value}  ; overrides {event.old}",
        "strip": f"{field}=<none>  ; {event.value} removed, nothing set",
    }[event.role]
    return _lines("key=value dump", head, line, [f"crc=0x{rng.randint(0, 0xFFFF):04x}"], event.label)


def _trailers(event: Event, rng: random.Random) -> Document:
    head = [f"{rng.choice(('Tidy', 'Sync', 'Refresh'))} the {event.kind.thing} sheet", "", "Generated from the office spreadsheet export.", ""]
    line = {
        "give": f"Alloc: {event.key} gets {event.value}",
        "change": f"Realloc: {event.key} gets {event.value}, giving up {event.old}",
        "strip": f"Dealloc: {event.key} keeps no {event.kind.thing}, {event.value} gone",
    }[event.role]
    return _lines("commit trailers", head, line, [f"Reviewed-by: {rng.choice(NAMES)} <{rng.choice(NAMES).lower()}@club.example>"], event.label)


RECORD_FORMATS = {"fixed-width records": _fixed_width, "key=value dump": _kv_dump, "commit trailers": _trailers}

# A passing mention inside a paragraph: (opening, closing) talk around the one sentence.
PROSE = {
    "trip report": ("Trip report from the field course. We set off late because the minibus would not start.", "Lunch was soggy sandwiches under a tarpaulin, and everyone agreed it was the best day so far."),
    "audio-guide script": ("Audio guide, stop seven. Take a moment here and look up at the old timber roof.", "When you are ready, follow the green arrows on the floor towards stop eight."),
    "retirement card": ("Dear Maureen, thirty years and not one complaint from you about the cold.", "Enjoy the garden, and do come back for the summer barbecue."),
    "radio script": ("Weekend segment, local radio: our reporter spent a morning behind the scenes.", "That is all from us this week; the phone lines open again on Monday."),
}


def render(event: Event, rng: random.Random, fmt: str | None = None) -> Document:
    """``event`` as one document, in ``fmt`` or in a format drawn for its role."""
    if event.role == "passing":
        fmt = fmt or rng.choice(sorted(PROSE))
        opening, closing = PROSE[fmt]
        sentence = _sentence(event, rng)
        spans = ((len(opening) + 1, len(opening) + 1 + len(sentence), event.label),) if event.label else ()
        return Document(fmt, f"{opening} {sentence} {closing}", spans)
    if fmt is None:
        choices = sorted(LINE_FORMATS) + ([] if event.role == "lookalike" else sorted(RECORD_FORMATS))
        fmt = rng.choice(choices)
    if fmt in RECORD_FORMATS:
        return RECORD_FORMATS[fmt](event, rng)
    head, prefix, tail = LINE_FORMATS[fmt](rng)
    return _lines(fmt, head, prefix + _sentence(event, rng), tail, event.label)
