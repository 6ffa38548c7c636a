"""What a key is in memlife_v9: a holder (a falcon, a trainee, a course, ...) and the one place it is given.

Each kind draws a holder together with a twin holder that a hurried reader
could mistake for it (one vowel of its name changed, or two digits of its
code swapped), and values of one fixed shape, so that no value contains another.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

VOWELS = "aeiou"
FIRST_NAMES = (
    "Ines", "Tobiah", "Marisol", "Casimir", "Oonagh", "Radomir", "Sunniva", "Eluned", "Bartholomew", "Zofia",
    "Anselm", "Perpetua", "Idris", "Leocadia", "Fenwick", "Hyacinth", "Ottoline", "Severin", "Wilhelmina", "Dorian",
)
SURNAMES = (
    "Borrowdale", "Quennell", "Attwater", "Mackintosh", "Pennycook", "Hollingrake", "Strickland", "Vardanian",
    "Lindqvist", "Okonkwo", "Ravenscroft", "Tremayne", "Fairbanks", "Oyelaran", "Castellano", "Delacroix",
    "Ashburner", "Nakamura", "Ferreira", "Lockhart",
)
FALCONS = ("Tamsin", "Bracken", "Solveig", "Pilgrim", "Marigold", "Hesketh", "Corvina", "Tempest", "Rosalind", "Dunstan")
FALCON_BREEDS = ("lanner", "saker", "peregrine", "merlin", "gyrfalcon")
TORTOISES = ("Gondolin", "Methuselah", "Pemberton", "Archibald", "Matilda", "Cornelius", "Galapagina", "Horatio", "Ottavia", "Barnabus")
ROUTE_FIRST = ("Velvet", "Crimson", "Gritstone", "Thunder", "Lichen", "Marble", "Hollow", "Sunburnt", "Copper", "Pewter")
ROUTE_SECOND = ("Chimney", "Lullaby", "Overhang", "Staircase", "Dihedral", "Cornet", "Traverse", "Parapet", "Slabway", "Pinnacle")
TENANT_FIRST = ("Fernwick", "Quillfern", "Saltmarsh", "Brightholm", "Kestrelby", "Mallowmere", "Tarnhollow", "Windermoor")
TENANT_SECOND = ("Analytics", "Logistics", "Genomics", "Cartography", "Acoustics", "Robotics")
VENDOR_FIRST = ("Marigold", "Bumblebee", "Gingersnap", "Honeycomb", "Lavender", "Candlewick", "Buttercup", "Peppermint")
VENDOR_SECOND = ("Pretzels", "Cheeses", "Candles", "Lanterns", "Pickles", "Woolens", "Teapots", "Kites")
SUBJECTS = ("GEOL", "HIST", "ASTR", "LING", "OCEN", "PHIL", "MATH", "CHEM", "ANTH", "MUSC")
SIM_TYPES = ("A320", "B737", "Q400", "E190", "ATR7", "B787")


@dataclass(frozen=True)
class KeyKind:
    """One kind of key: the thing a holder is given and how holders, twins and values look."""

    name: str
    thing: str  # "easel"
    article: str  # "an"
    role: str  # "the student": the holder named by its role
    person: bool  # they/their or it/its
    holder: Callable[[random.Random], str]
    twin: Callable[[str, random.Random], str]
    value: Callable[[random.Random], str]

    @property
    def a_thing(self) -> str:
        return f"{self.article} {self.thing}"

    @property
    def things(self) -> str:
        return self.thing + ("es" if self.thing.endswith("h") else "s")

    def pronouns(self) -> dict[str, str]:
        if self.person:
            return {"pron": "they", "Pron": "They", "be": "are", "have": "have", "poss": "their", "obj": "them"}
        return {"pron": "it", "Pron": "It", "be": "is", "have": "has", "poss": "its", "obj": "it"}

    def pair(self, rng: random.Random) -> tuple[str, str]:
        """(holder, twin): equal length, different, so neither contains the other."""
        key = self.holder(rng)
        return key, self.twin(key, rng)

    def values(self, rng: random.Random, n: int, avoid: tuple[str, ...] = ()) -> list[str]:
        """``n`` distinct values (case-insensitively), none in ``avoid``."""
        seen = {v.lower() for v in avoid}
        out: list[str] = []
        while len(out) < n:
            value = self.value(rng)
            if value.lower() not in seen:
                seen.add(value.lower())
                out.append(value)
        return out


def _vowel_changed(name: str, rng: random.Random) -> str:
    """``name`` with one vowel of its last word changed to another vowel."""
    start = name.rfind(" ") + 1
    spots = [i for i in range(start + 1, len(name)) if name[i] in VOWELS]
    i = rng.choice(spots)
    return name[:i] + rng.choice([v for v in VOWELS if v != name[i]]) + name[i + 1:]


def _digits_swapped(code: str, rng: random.Random) -> str:
    """``code`` with its last two digits swapped (they always differ)."""
    return code[:-2] + code[-1] + code[-2]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def _course(rng: random.Random) -> str:
    first, second = rng.sample(string.digits, 2)
    return f"{rng.choice(SUBJECTS)} {rng.randint(1, 4)}{rng.randint(0, 9)}{first}{second}"


def _upper(rng: random.Random, letters: str = "ABCDEFGHJKLMNPRSTW") -> str:
    return rng.choice(letters)


KINDS: tuple[KeyKind, ...] = (
    KeyKind("falcon perch", "perch", "a", "the bird", False,
            lambda r: f"{r.choice(FALCONS)} the {r.choice(FALCON_BREEDS)}", lambda k, r: _vowel_changed(k.split(" the ")[0], r) + k[k.index(" the "):],
            lambda r: f"M{r.randint(1, 9)}/P{r.randint(10, 48)}"),
    KeyKind("tortoise enclosure", "enclosure", "an", "the tortoise", False,
            lambda r: r.choice(TORTOISES), _vowel_changed,
            lambda r: f"Enc-{r.randint(1, 9)}{_upper(r)}"),
    KeyKind("trainee simulator", "simulator", "a", "the trainee", True,
            _person, _vowel_changed,
            lambda r: f"SIM-{r.choice(SIM_TYPES)}/{r.randint(1, 9)}"),
    KeyKind("route anchor", "anchor point", "an", "the route", False,
            lambda r: f"{r.choice(ROUTE_FIRST)} {r.choice(ROUTE_SECOND)}", _vowel_changed,
            lambda r: f"{_upper(r)}{r.randint(1, 9)}:{r.randint(10, 99)}"),
    KeyKind("tenant rack", "server rack", "a", "the tenant", False,
            lambda r: f"{r.choice(TENANT_FIRST)} {r.choice(TENANT_SECOND)}", _vowel_changed,
            lambda r: f"{r.randint(1, 6)}{_upper(r)}-U{r.randint(10, 42)}"),
    KeyKind("student easel", "easel", "an", "the student", True,
            _person, _vowel_changed,
            lambda r: f"E-{r.randint(10, 60)}/{r.choice('abcdefgh')}"),
    KeyKind("member kayak rack", "kayak rack", "a", "the paddler", True,
            _person, _vowel_changed,
            lambda r: f"KR-{_upper(r)}/{r.randint(10, 36)}"),
    KeyKind("course theatre", "lecture theatre", "a", "the course", False,
            _course, _digits_swapped,
            lambda r: f"LT{r.randint(1, 5)}.{r.randint(0, 2)}{r.randint(1, 9)}"),
    KeyKind("vendor kiosk", "kiosk", "a", "the stallholder", False,
            lambda r: f"{r.choice(VENDOR_FIRST)} {r.choice(VENDOR_SECOND)}", _vowel_changed,
            lambda r: f"K-{r.randint(10, 75)}{r.choice('NESW')}"),
)


def other_holders(kind: KeyKind, rng: random.Random, taken: tuple[str, ...], n: int) -> list[str]:
    """``n`` holders of ``kind`` that neither contain nor sit inside any of ``taken`` or each other."""
    out: list[str] = []
    while len(out) < n:
        name = kind.holder(rng)
        if all(name not in t and t not in name for t in (*taken, *out)):
            out.append(name)
    return out
