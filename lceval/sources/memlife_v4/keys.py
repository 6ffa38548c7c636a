"""What memlife_v4 remembers: a subject's field (a buzzer code, a ferry berth, a runner's bib ...).

Every subject comes with a twin: a near-duplicate subject of the same kind
whose writes sit beside the asked one's. Twins never contain one another, so
a line that names one never names the other. Each kind also has a sibling
field of the same subject, whose values look exactly like the asked field's.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

Value = Callable[[random.Random], str]


@dataclass(frozen=True)
class KeyKind:
    name: str
    field: str  # noun phrase, after "the" or a possessive
    sibling: str  # another field of the same subject, with values of the same shape
    pairs: Callable[[random.Random], tuple[str, str]]  # (subject, twin)
    value: Value


@dataclass(frozen=True)
class Key:
    kind: KeyKind
    subject: str
    twin: str

    @property
    def field(self) -> str:
        return self.kind.field


def _pick(options: list[tuple[str, str]]) -> Callable[[random.Random], tuple[str, str]]:
    def pair(rng: random.Random) -> tuple[str, str]:
        a, b = rng.choice(options)
        return (a, b) if rng.random() < 0.5 else (b, a)
    return pair


def _flats(rng: random.Random) -> tuple[str, str]:
    number, a, b = rng.randint(1, 9), *rng.sample("ABCDEFGH", 2)
    street = rng.choice(["Corrie Lane", "Tanner Row", "Mill Wynd", "Ashgrove Court", "Pelham Yard"])
    return f"Flat {number}{a}, {street}", f"Flat {number}{b}, {street}"


def _people(titles: list[str], surnames: list[tuple[str, str]]) -> Callable[[random.Random], tuple[str, str]]:
    def pair(rng: random.Random) -> tuple[str, str]:
        title = rng.choice(titles)
        a, b = rng.choice(surnames)
        a, b = (a, b) if rng.random() < 0.5 else (b, a)
        return f"{title} {a}", f"{title} {b}"
    return pair


def _digits(n: int) -> Callable[[random.Random], str]:
    return lambda rng: "".join(rng.choice(string.digits) for _ in range(n))


def _isbn(rng: random.Random) -> str:
    body = "978" + _digits(9)(rng)
    check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


KINDS: tuple[KeyKind, ...] = (
    KeyKind("buzzer", "buzzer code", "bike-store code", _flats, lambda r: "*" + _digits(4)(r)),
    KeyKind("berth", "ferry berth", "winter mooring", _pick([
        ("MV Saint Brendan", "MV Saint Brennan"), ("MV Morning Tern", "MV Morning Fern"),
        ("MV Skerry Lass", "MV Skerry Lad"), ("MV Isle of Cara", "MV Isle of Carna"), ("MV Grey Heron", "MV Grey Herring"),
    ]), lambda r: f"B{r.randint(10, 49)}-{r.choice('NESW')}"),
    KeyKind("hotel_room", "hotel room", "breakfast table", _people(["Mr.", "Ms.", "Dr."], [
        ("Adeyemi-Cole", "Adeyemi-Coker"), ("Fairbairn", "Fairburn"), ("Okonjo", "Okonkwo"), ("Halvorsen", "Halvorson"),
        ("Marchetti", "Marcotti"),
    ]), lambda r: f"{r.randint(2, 9)}{r.randint(0, 3)}{r.randint(1, 9)}-{r.choice('NSEW')}"),
    KeyKind("bib", "bib number", "timing-chip number", _pick([
        ("Ines Carvalho", "Ines Carvalhal"), ("Tomasz Wierzbicki", "Tomasz Wierzbowski"), ("Aoife Duggan", "Aoife Dungan"),
        ("Ruben Osei", "Ruben Oseni"), ("Mei Tanabe", "Mei Tanaka"),
    ]), lambda r: "F" + _digits(4)(r)),
    KeyKind("seed_lot", "seed lot", "germination batch", _pick([
        ("Autumn King carrots", "Autumn Queen carrots"), ("Crimson Flush beans", "Crimson Blush beans"),
        ("Little Gem lettuce", "Little Jem lettuce"), ("Boltardy beetroot", "Bolthardy beetroot"),
        ("Hurst Greenshaft peas", "Hurst Greenshank peas"),
    ]), lambda r: f"SL-{r.randint(10, 99)}-{r.randint(100, 999)}"),
    KeyKind("frequency", "radio frequency", "backup frequency", _pick([
        ("Harrow Fell rescue team", "Harrow Dale rescue team"), ("Kinloch lifeboat crew", "Kinross lifeboat crew"),
        ("Blackmoor fire watch", "Blackmere fire watch"), ("Tarn Head marshals", "Tarn Foot marshals"),
    ]), lambda r: f"{r.randint(140, 175)}.{r.randint(0, 39) * 25:03d}"),
    KeyKind("isbn", "ISBN", "e-book ISBN", _pick([
        ("The Salt Orchard", "The Salt Archive"), ("A Winter Ledger", "A Winter Letter"),
        ("Rivers Under Glass", "Rivers Under Grass"), ("The Lantern Census", "The Lantern Chorus"),
    ]), _isbn),
    KeyKind("paint", "paint code", "skirting paint code", _pick([
        ("Seminar Room 3", "Seminar Room 8"), ("Stairwell North", "Stairwell South"),
        ("Reading Room East", "Reading Room West"), ("Boardroom Annex", "Postroom Annex"),
    ]), lambda r: f"RAL {r.choice('1235678')}0{r.randint(10, 39)}"),
    KeyKind("kennel", "kennel pen", "exercise yard", _pick([
        ("Biscuit the beagle", "Brisket the beagle"), ("Pepper the collie", "Pepa the collie"),
        ("Moss the lurcher", "Moth the lurcher"), ("Juniper the spaniel", "Juniet the spaniel"),
    ]), lambda r: f"K-{r.randint(10, 60)}{r.choice('ab')}"),
    KeyKind("plot", "allotment plot", "shed number", _people(["Mrs.", "Mr.", "Miss"], [
        ("Abernathy", "Abernethy"), ("Pritchard", "Prichard"), ("Macaulay", "McAuley"), ("Sandoval", "Sandavol"),
    ]), lambda r: f"A-{r.randint(10, 60)}{r.choice('CDEF')}"),
    KeyKind("parking", "parking bay", "bike rack", _people(["Dr.", "Prof."], [
        ("Lindqvist", "Lindquist"), ("Oyelaran", "Oyelowo"), ("Brannigan", "Branagan"), ("Sørensen", "Sorenson"),
    ]), lambda r: f"P{r.randint(1, 4)}-{r.randint(100, 399)}"),
    KeyKind("printer", "printer queue", "scanner queue", _pick([
        ("Accounts Payable", "Accounts Receivable"), ("Estates Office", "Estates Depot"),
        ("Admissions Desk", "Admissions Hub"), ("Legal Records", "Legal Reviews"),
    ]), lambda r: f"prq-{r.choice(['ledger', 'atrium', 'cedar', 'quartz', 'harbour'])}-{r.randint(10, 99)}"),
)


def draw_key(rng: random.Random) -> Key:
    kind = rng.choice(KINDS)
    subject, twin = kind.pairs(rng)
    return Key(kind, subject, twin)


def draw_values(kind: KeyKind, rng: random.Random, n: int, used: list[str]) -> list[str]:
    """``n`` new values of ``kind``, none inside another value of the sample (each is found alone); added to ``used``."""
    chosen: list[str] = []
    while len(chosen) < n:
        value = kind.value(rng)
        if all(value not in c and c not in value for c in used + chosen):
            chosen.append(value)
    used += chosen
    return chosen
