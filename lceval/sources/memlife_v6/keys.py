"""What memlife_v6 asks about: a holder's place of some kind, and a twin holder one character apart.

Every kind draws its values in one fixed shape, so two different values of a
kind never contain each other; twins are the same length as their holder
with one character changed, so neither contains the other.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

SURNAMES = (
    "Abernathy", "Okonkwo", "Halvorsen", "Pennock", "Marchetti", "Drummond", "Castellanos", "Whitlock",
    "Nakamura", "Ferreira", "Lindqvist", "Oyelaran", "Brannigan", "Tolliver", "Kowalczyk", "Ashworth",
    "Delacroix", "Mbeki", "Rutherford", "Saltonstall", "Vasquez", "Quennell", "Hargreave", "Ostrowski",
)
FORENAMES = (
    "Ines", "Tobias", "Marguerite", "Kwame", "Leonie", "Rafael", "Agnieszka", "Duncan", "Yuki", "Solveig",
    "Matthias", "Priya", "Corentin", "Hester", "Emeka", "Rosalind", "Ignatius", "Fenella", "Oskar", "Wilhelmina",
)
TRADES = ("Pies", "Cheeses", "Plants", "Honey", "Breads", "Olives", "Ironmongery", "Fish")
VOWELS = "aeiou"


@dataclass(frozen=True)
class KeyKind:
    """One kind of place: its field name, how a holder is named, and its values' one shape."""

    name: str
    field: str  # in prose: "pew", "hangar stand"
    holder: Callable[[str], str]  # key -> how prose names the holder ("the Abernathy family")
    label: Callable[[str], str]  # key -> how a record names it ("Abernathy family")
    key: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    @property
    def slug(self) -> str:
        return self.field.replace(" ", "-").replace("_", "-")

    def pairs(self, rng: random.Random) -> tuple[str, str]:
        """A key and its twin: the same length, one character apart."""
        key = self.key(rng)
        return key, twin_of(key, rng)

    def other(self, rng: random.Random, avoid: set[str]) -> str:
        """A further key that neither contains nor is contained in any of ``avoid``."""
        while True:
            key = self.key(rng)
            if all(key not in a and a not in key for a in avoid):
                return key


def twin_of(key: str, rng: random.Random) -> str:
    """``key`` with one character changed: a vowel of a name, or a digit or capital of a code."""
    if any(c.isdigit() for c in key):
        spots = [i for i, c in enumerate(key) if c.isdigit()]
        pool = string.digits
    elif key[:2] == "G-":  # an aircraft registration: one of its four letters
        spots, pool = [2, 3, 4, 5], string.ascii_uppercase
    else:  # a name: a vowel of its surname, never the surname's first letter
        surname = next(w for w in key.split() if w in SURNAMES)
        start = key.index(surname)
        spots = [start + i for i, c in enumerate(surname) if i > 0 and c in VOWELS]
        pool = VOWELS
    i = rng.choice(spots)
    return key[:i] + rng.choice([c for c in pool if c != key[i]]) + key[i + 1 :]


def distinct_values(kind: KeyKind, rng: random.Random, n: int) -> list[str]:
    """``n`` different values of ``kind`` (one shape: none contains another)."""
    values: list[str] = []
    while len(values) < n:
        value = kind.value(rng)
        if value not in values:
            values.append(value)
    return values


def _surname(rng: random.Random) -> str:
    return rng.choice(SURNAMES)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("123456789") for _ in range(n))


def _same(key: str) -> str:
    return key


KINDS: tuple[KeyKind, ...] = (
    KeyKind("hangar stand", "hangar stand", lambda k: f"aircraft {k}", _same,
            lambda r: "G-" + "".join(r.choice("BCDFHJKLMNPRSTVWXZ") for _ in range(4)),
            lambda r: f"{r.choice('ABCDEF')}{r.randint(10, 99)}"),
    KeyKind("pew", "pew", lambda k: f"the {k} family", lambda k: f"{k} family", _surname,
            lambda r: f"{r.choice('NS')}-{r.randint(10, 48)}"),
    KeyKind("pool locker", "pool locker", _same, _same, _person, lambda r: f"L{r.randint(100, 999)}"),
    KeyKind("beehive", "hive", lambda k: f"the colony of queen {k}", lambda k: f"queen {k}",
            lambda r: f"{r.choice('YWRGB')}{r.choice('KLMT')}-{_digits(r, 3)}", lambda r: f"H-{r.randint(10, 99)}"),
    KeyKind("campsite pitch", "pitch", lambda k: f"the {k} caravan", lambda k: f"{k} caravan", _surname,
            lambda r: f"{r.choice('ABCDEFGH')}{r.randint(10, 60)}"),
    KeyKind("dock door", "dock door", lambda k: f"trailer {k}", _same, lambda r: f"TR-{_digits(r, 4)}",
            lambda r: f"D{r.randint(10, 48)}"),
    KeyKind("dressing room", "dressing room", _same, _same, _person, lambda r: f"{r.randint(1, 4)}{r.choice('ABCDEF')}"),
    KeyKind("sleeper berth", "sleeper berth", _same, _same, _person, lambda r: f"{r.randint(1, 9)}/{r.randint(10, 40)}"),
    KeyKind("kiln shelf", "kiln shelf", lambda k: f"pot {k}", lambda k: f"pot {k}", lambda r: f"P-{_digits(r, 4)}",
            lambda r: f"K{r.randint(1, 4)}-S{r.randint(1, 9)}"),
    KeyKind("loom", "loom", _same, _same, _person, lambda r: f"{r.choice('AB')}{r.randint(10, 60)}"),
    KeyKind("pigeonhole", "pigeonhole", _same, _same, _person, lambda r: f"{r.randint(1, 6)}.{r.randint(10, 24)}"),
    KeyKind("reading-room desk", "reading-room desk", lambda k: f"reader {k}", lambda k: f"reader {k}",
            lambda r: f"R/{_digits(r, 5)}", lambda r: f"{r.choice('ABCD')}{r.randint(10, 99)}"),
    KeyKind("market stall", "market stall", _same, _same, lambda r: f"{r.choice(SURNAMES)} {r.choice(TRADES)}",
            lambda r: f"S{r.randint(10, 80)}"),
)
