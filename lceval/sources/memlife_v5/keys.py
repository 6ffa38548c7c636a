"""What memlife_v5 asks about: a subject's field, each subject with a near-duplicate twin.

A ``KeyKind`` draws a (subject, twin) pair whose strings never contain each
other (same length, one character apart) and values in its own shape.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

GIVEN = ("Ilse", "Tobiah", "Marguerite", "Osric", "Fenna", "Casimir", "Rhiannon", "Anselm", "Dorothea", "Lorcan",
         "Wilhelmina", "Ezra", "Sunniva", "Barnaby", "Ottilie", "Hamish", "Leocadia", "Piers", "Isolde", "Gethin")
FAMILY = ("Marrow", "Quillfeather", "Oakes", "Tindall", "Brannigan", "Hesketh", "Calloway", "Pennick", "Ravensdale",
          "Sowerby", "Trelawny", "Ashdown", "Gorringe", "Lathbury", "Mountjoy", "Pockling", "Warburton", "Fairhurst")
TITLES = ("The Salt Almanac", "Notes on Lichen", "A Tide of Lanterns", "The Copper Orchard", "Winter Ledgers",
          "Songs for Cartographers", "The Quiet Foundry", "Letters from Harrowgate", "On Mending Nets", "The Glass Heron")
VINE_BLOCKS = ("Siegerrebe", "Bacchus", "Ortega", "Solaris", "Rondo", "Regent", "Phoenix", "Madeleine", "Dornfelder", "Pinot Meunier")
PROPOSALS = ("Kestrel", "Ember", "Lantern", "Halcyon", "Marigold", "Quarry", "Skylark", "Bramble", "Cobalt", "Thistle")
WARDS = ("Larch", "Rowan", "Alder", "Hazel", "Linden", "Juniper", "Cedar", "Holly")
SECTIONS = ("Vn1", "Vn2", "Va", "Vc", "Cb", "Fl", "Ob")
VOWELS = "aeiou"


def _person(rng: random.Random) -> tuple[str, str]:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    return f"{given} {family}", f"{given} {_one_vowel_off(family, rng)}"


def _one_vowel_off(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if c in VOWELS and i > 0]
    i = rng.choice(spots)
    return word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1:]


def _one_digit_off(code: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(code) if c.isdigit()]
    i = rng.choice(spots)
    return code[:i] + rng.choice([d for d in string.digits if d != code[i]]) + code[i + 1:]


def _coded(make: Callable[[random.Random], str]) -> Callable[[random.Random], tuple[str, str]]:
    def pair(rng: random.Random) -> tuple[str, str]:
        code = make(rng)
        return code, _one_digit_off(code, rng)
    return pair


def _named(names: tuple[str, ...], prefix: str = "", suffix: str = "") -> Callable[[random.Random], tuple[str, str]]:
    def pair(rng: random.Random) -> tuple[str, str]:
        name = rng.choice(names)
        return f"{prefix}{name}{suffix}", f"{prefix}{_one_vowel_off(name, rng)}{suffix}"
    return pair


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


@dataclass(frozen=True)
class KeyKind:
    name: str
    field: str  # singular noun phrase, read as "<subject>'s <field>"
    plural: str
    pairs: Callable[[random.Random], tuple[str, str]]
    value: Callable[[random.Random], str]


KINDS: tuple[KeyKind, ...] = (
    KeyKind("ward_bed", "ward bed", "ward beds", _person, lambda r: f"{r.choice(WARDS)}-{r.randint(2, 38)}"),
    KeyKind("shelf_mark", "shelf mark", "shelf marks", _named(TITLES),
            lambda r: f"QK{r.randint(100, 999)}.{r.choice(string.ascii_uppercase)}{r.randint(10, 99)}"),
    KeyKind("exam_seat", "exam seat", "exam seats", _person, lambda r: f"Hall {r.choice('BCDFGH')}/{r.randint(11, 96)}"),
    KeyKind("vine_row", "vineyard row", "vineyard rows", _named(VINE_BLOCKS, suffix=" block"),
            lambda r: f"R{r.randint(3, 88)}{r.choice('NSEW')}"),
    KeyKind("orchestra_desk", "orchestra desk", "orchestra desks", _person, lambda r: f"{r.choice(SECTIONS)} {r.randint(1, 9)}"),
    KeyKind("container_seal", "seal number", "seal numbers", _coded(lambda r: f"container TGHU {_digits(r, 7)}"),
            lambda r: f"SL-{_digits(r, 6)}"),
    KeyKind("telescope_slot", "telescope slot", "telescope slots", _named(PROPOSALS, prefix="proposal ", suffix="-Deep"),
            lambda r: f"N{r.randint(10, 31)}/{r.randint(0, 5):02d}{r.choice(('00', '20', '40'))}UT"),
    KeyKind("mailbox", "mailbox number", "mailbox numbers", _person, lambda r: f"MB{r.randint(100, 899)}"),
    KeyKind("aisle_bin", "aisle bin", "aisle bins", _coded(lambda r: f"stock item {_digits(r, 2)}-K-{_digits(r, 3)}"),
            lambda r: f"A{r.randint(10, 40)}-{r.randint(1, 9):02d}-{r.choice('ABCDE')}"),
    KeyKind("tram_track", "depot track", "depot tracks", _coded(lambda r: f"tram {r.randint(2, 9)}{_digits(r, 3)}"),
            lambda r: f"{r.randint(1, 24)}{r.choice('ABC')}"),
    KeyKind("slide_position", "tray position", "tray positions", _coded(lambda r: f"slide HX-{_digits(r, 4)}"),
            lambda r: f"T{r.randint(1, 12)}-P{r.randint(1, 40):02d}"),
)


def distinct_values(kind: KeyKind, rng: random.Random, n: int, avoid: tuple[str, ...] = ()) -> list[str]:
    """``n`` values of ``kind``, none containing another (so each is found only where it is written)."""
    values: list[str] = []
    while len(values) < n:
        v = kind.value(rng)
        if not any(v in w or w in v for w in [*values, *avoid]):
            values.append(v)
    return values
