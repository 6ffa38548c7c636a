"""A document being written, with the span that decides the answer marked as it is written; and the small
random particulars (people, dates, times, hashes) the documents are dressed in."""

from __future__ import annotations

import random

from ..memlife_common.sampling import Document

__all__ = ["Page", "cap", "clock", "day", "handle", "hexsha", "initials", "person", "FIRST_NAMES"]

FIRST_NAMES = ["Ines", "Tobiah", "Marguerite", "Oyelaran", "Sunniva", "Dmitri", "Parveen", "Clodagh", "Anselm", "Wren",
               "Eszter", "Kofi", "Lorcan", "Mireille", "Tamsin", "Hamish", "Yusra", "Bartek", "Noor", "Gideon"]
SURNAMES = ["Achterberg", "Quill", "Okafor", "Lindqvist", "Penhaligon", "Varga", "Mbatha", "Ferreira", "Tregear",
            "Holloway", "Nakashima", "Oduya", "Strachan", "Vasquez", "Dunmore", "Kowalczyk"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Page:
    """Text written piece by piece; ``put(text, label)`` marks the piece as evidence when ``label`` is given."""

    def __init__(self, fmt: str):
        self.fmt, self.text, self.spans = fmt, "", []

    def put(self, text: str, label: str | None = None) -> "Page":
        if label:
            self.spans.append((len(self.text), len(self.text) + len(text), label))
        self.text += text
        return self

    def line(self, text: str, label: str | None = None) -> "Page":
        """``text`` as a line of its own (a newline before it unless it is the first)."""
        if self.text:
            self.text += "\n"
        return self.put(text, label)

    def sentence(self, text: str, label: str | None = None) -> "Page":
        """``text`` after a space, unless the page is empty or ends a line."""
        if self.text and not self.text.endswith("\n"):
            self.text += " "
        return self.put(text, label)

    def done(self) -> Document:
        return Document(self.fmt, self.text, tuple(self.spans))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def handle(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES).lower()}.{rng.choice(SURNAMES)[0].lower()}"


def initials(rng: random.Random) -> str:
    return rng.choice(FIRST_NAMES)[0] + rng.choice(SURNAMES)[0]


def day(rng: random.Random) -> str:
    return f"{rng.choice(WEEKDAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"


def hexsha(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(10))
