"""What every writer shares: the ``Event`` it renders, the ``Document`` it returns, and ``Sheet``, which builds a
document line by line and records where its one deciding piece lies.

Evidence spans must be whole lines or whole sentences (a reader, and the tests, can then take a span as it
stands): a deciding piece is therefore either a whole line after an optional lead (a line number, a timestamp)
or a whole sentence among others on a line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

from .keys import Kind

__all__ = ["Document", "Event", "Sheet", "clock", "day", "initials", "mark"]


@dataclass(frozen=True)
class Event:
    role: str  # give, change, take_back, lookalike, passing
    kind: Kind
    holder: str  # the holder's name
    value: str  # what it is given (for take_back: what it loses)
    old: Optional[str] = None  # for change: the value it replaces
    label: Optional[str] = None  # evidence label; None for a record that decides nothing
    template: Optional[str] = None  # a look-alike's or an aside's name
    variant: int = 0  # which wording of an aside


@dataclass(frozen=True)
class Document:
    fmt: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


class Sheet:
    """A small document under construction. ``add`` appends a line of pieces joined by single spaces; a piece
    given as ``(text, label)`` with a label is the deciding one."""

    def __init__(self, fmt: str):
        self.fmt = fmt
        self._lines: list[str] = []
        self._spans: list[tuple[int, int, str]] = []
        self._offset = 0

    def add(self, *pieces, lead: str = "") -> "Sheet":
        line, at = lead, self._offset + len(lead)
        for n, piece in enumerate(pieces):
            text, label = piece if isinstance(piece, tuple) else (piece, None)
            if n:
                line, at = line + " ", at + 1
            if label:
                self._spans.append((at, at + len(text), label))
            line, at = line + text, at + len(text)
        self._lines.append(line)
        self._offset = at + 1  # the newline
        return self

    def done(self) -> Document:
        return Document(self.fmt, "\n".join(self._lines), tuple(self._spans))


def mark(text: str, label: Optional[str]):
    """A piece that is deciding when the event has a label."""
    return (text, label) if label else text


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def day(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"


def initials(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))
