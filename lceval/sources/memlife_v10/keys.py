"""What memlife_v10's holders are given: one kind of place per key kind, a holder beside a near twin, values with inner punctuation."""

from __future__ import annotations

import dataclasses
import random
import string
from typing import Callable

# First names one letter apart: a holder and the twin who shares the surname.
_NAME_PAIRS = (("Mara", "Maya"), ("Jonas", "Jonah"), ("Lena", "Lina"), ("Carla", "Carly"), ("Dana", "Dina"),
               ("Milo", "Mila"), ("Nadia", "Nadja"), ("Ella", "Elsa"), ("Rosa", "Rose"), ("Ivan", "Ivar"),
               ("Kira", "Kara"), ("Noah", "Noam"), ("Owen", "Oren"), ("Tessa", "Tessy"), ("Bruno", "Brune"))
_SURNAMES = ("Okonkwo", "Lindqvist", "Baptiste", "Harrow", "Szabo", "Quaresma", "Fennimore", "Adeyemi", "Kowalczyk",
             "Treloar", "Ishikawa", "Dunmore", "Castellanos", "Whitlock", "Nakagawa", "Oyelaran", "Pettersen", "Maclure")
_RESTAURANTS = (("Osteria Lupo", "Osteria Lupa"), ("Café Morel", "Café Moret"), ("Bistro Fenna", "Bistro Fenno"),
                ("Taqueria Sol", "Taqueria Sal"), ("Kettle & Pike", "Kettle & Pine"), ("Dumpling Row", "Dumpling Bow"),
                ("The Salt Pan", "The Salt Pin"), ("Mezze Hall", "Mezze Hill"))
_SNACKS = (("Cheddar crackers 45g", "Cheddar crackers 48g"), ("Salted pretzels 60g", "Salted pretzels 80g"),
           ("Dark chocolate bar 35g", "Dark chocolate bar 38g"), ("Oat flapjack 70g", "Oat flapjack 90g"),
           ("Chilli peanuts 50g", "Chilli peanuts 56g"), ("Apple crisps 25g", "Apple crisps 28g"),
           ("Sesame snaps 30g", "Sesame snaps 32g"))
_ARTEFACTS = (("Bronze ewer 1931.44", "Bronze ewer 1931.47"), ("Roman oil lamp 1887.12", "Roman oil lamp 1887.19"),
              ("Silk fan 2004.61", "Silk fan 2004.67"), ("Carved comb 1952.08", "Carved comb 1952.03"),
              ("Glass beaker 1979.25", "Glass beaker 1979.29"), ("Tin soldier 2011.30", "Tin soldier 2011.36"),
              ("jade seal 1968.71", "jade seal 1968.74"))


@dataclasses.dataclass(frozen=True)
class KeyKind:
    """A kind of key: ``thing`` is what a holder is given, ``role`` what a holder is called, ``their`` its possessive."""

    name: str
    thing: str
    role: str
    their: str
    holders: Callable[[random.Random], tuple[str, str]]  # (holder, twin)
    value: Callable[[random.Random], str]

    def pair(self, rng: random.Random) -> tuple[str, str]:
        return self.holders(rng)


def _people(rng: random.Random) -> tuple[str, str]:
    first, twin = rng.choice(_NAME_PAIRS)
    if rng.random() < 0.5:
        first, twin = twin, first
    surname = rng.choice(_SURNAMES)
    return f"{first} {surname}", f"{twin} {surname}"


def _listed(pairs):
    def draw(rng: random.Random) -> tuple[str, str]:
        pair = rng.choice(pairs)
        return pair if rng.random() < 0.5 else pair[::-1]

    return draw


def _letter(rng: random.Random, letters: str = "ABCDEFHJKLMNPRT") -> str:
    return rng.choice(letters)


KINDS: tuple[KeyKind, ...] = (
    KeyKind("practice room", "practice room", "student", "their", _people,
            lambda r: f"{_letter(r, 'NSEW')}{r.randint(1, 4)}.{r.randint(1, 39):02d}"),
    KeyKind("glider trailer", "glider trailer", "pilot", "their", _people,
            lambda r: f"GT-{r.randint(10, 99)}/{_letter(r)}"),
    KeyKind("cold-store cage", "cold-store cage", "restaurant", "its", _listed(_RESTAURANTS),
            lambda r: f"CC{r.randint(1, 9)}-{_letter(r)}{_letter(r)}"),
    KeyKind("vending coil", "vending coil", "snack", "its", _listed(_SNACKS),
            lambda r: f"V{r.randint(1, 6)}:{_letter(r, 'ABCDEFG')}{r.randint(1, 9)}"),
    KeyKind("printer bay", "3D-printer bay", "maker", "their", _people,
            lambda r: f"PB-{r.randint(1, 40):02d}{_letter(r, string.ascii_lowercase[:8])}"),
    KeyKind("soundproof pod", "soundproof pod", "coworker", "their", _people,
            lambda r: f"{_letter(r)}{_letter(r)}-{r.randint(1, 9)}.{r.randint(1, 9)}"),
    KeyKind("display case", "display case", "artefact", "its", _listed(_ARTEFACTS),
            lambda r: f"Gal.{r.randint(1, 9)}/{r.randint(10, 60)}"),
    KeyKind("range lane", "range lane", "member", "their", _people,
            lambda r: f"L{r.randint(1, 30):02d}-{_letter(r, 'AB')}"),
)


def distinct_values(kind: KeyKind, rng: random.Random, n: int) -> list[str]:
    """``n`` values of ``kind``, none inside another (so each is found only where it is written)."""
    values: list[str] = []
    while len(values) < n:
        v = kind.value(rng)
        if not any(v in w or w in v for w in values):
            values.append(v)
    return values


def other_holder(kind: KeyKind, rng: random.Random, taken: tuple[str, ...]) -> str:
    """A third holder of ``kind`` that neither contains nor is contained in any of ``taken``."""
    while True:
        holder = kind.pair(rng)[0]
        if not any(holder in t or t in holder for t in taken):
            return holder
