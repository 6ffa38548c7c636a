"""What memlife_v3 remembers: keys (a subject and one of its fields) and the values they can hold.

Each key kind draws a subject together with a look-alike subject of the same
kind (digits swapped, a sibling with the same surname, a neighbouring floor),
so that the asked key always has a near-duplicate whose value is a trap.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

FIRST = ("Ines", "Imre", "Odile", "Oskar", "Marisol", "Mateo", "Tamsin", "Tobias", "Yusra", "Yannick",
         "Carys", "Casimir", "Leontine", "Lorcan", "Beatrix", "Bastien", "Aurelie", "Anselm", "Priya", "Piet")
LAST = ("Varga", "Okonkwo", "Lindqvist", "Abernethy", "Castellanos", "Nakashima", "Osei", "Fairweather",
        "Kowalczyk", "Achterberg", "Delacroix", "Mbeki", "Halloran", "Szabo", "Quintero", "Ravensworth")
DRUGS = ("amoxicillin", "metoprolol", "gabapentin", "ondansetron", "levetiracetam", "furosemide")
INSTRUMENTS = ("spectrometer", "centrifuge", "thermal cycler", "plate reader", "rotary evaporator")
MARKERS = ("Heron", "Kestrel", "Bittern", "Curlew", "Plover", "Dunlin")


@dataclass(frozen=True)
class Key:
    """One remembered thing: ``subject``'s ``field`` (a row's two identifying cells), named in prose by ``names``."""

    kind: str
    subject: str
    field: str
    names: tuple[str, ...]  # noun phrases for prose, lower-case, e.g. "the departure gate of flight TQ 418"

    def name(self, rng: random.Random) -> str:
        return rng.choice(self.names)


@dataclass(frozen=True)
class KeyKind:
    kind: str
    subjects: Callable[[random.Random], tuple[str, str]]  # (subject, its look-alike)
    field: Callable[[random.Random], str]
    names: tuple[str, ...]  # templates with {s} (subject) and {f} (field)
    value: Callable[[random.Random], str]

    def key(self, subject: str, field: str) -> Key:
        return Key(self.kind, subject, field, tuple(n.format(s=subject, f=field) for n in self.names))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _swap(rng: random.Random, digits: str) -> str:
    """The same digits with two distinct neighbours swapped (a typo-close look-alike)."""
    spots = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]]
    i = rng.choice(spots)
    return digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]


def _numbered(prefix: Callable[[random.Random], str], width: int, lowest: int = 0):
    """Subjects such as "sample ZB-2231" and "sample ZB-2213": a code and the code with two digits swapped."""

    def draw(rng: random.Random) -> tuple[str, str]:
        while True:
            digits = str(rng.randrange(max(lowest, 10 ** (width - 1)), 10**width))
            if len(set(digits)) > 1:
                break
        head = prefix(rng)
        return head + digits, head + _swap(rng, digits)

    return draw


def _people(rng: random.Random) -> tuple[str, str]:
    first = rng.sample(FIRST, 2)
    last = rng.choice(LAST)
    return f"{first[0]} {last}", f"{first[1]} {last}"


def _floors(rng: random.Random) -> tuple[str, str]:
    wing = rng.choice(("east", "west", "north", "south"))
    floor = rng.randint(1, 8)
    other = floor + rng.choice((-1, 1)) if floor > 1 else 2
    return f"the {wing} wing access point, floor {floor}", f"the {wing} wing access point, floor {other}"


def _labs(rng: random.Random) -> tuple[str, str]:
    what = rng.choice(INSTRUMENTS)
    a, b = rng.sample(range(2, 20), 2)
    return f"the {what} in lab {a}", f"the {what} in lab {b}"


def _markers(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(MARKERS)
    a, b = rng.sample(range(1, 10), 2)
    return f"survey marker {name}-{a}", f"survey marker {name}-{b}"


def _fixed(text: str):
    return lambda rng: text


def _coordinates(rng: random.Random) -> str:
    return f"{rng.uniform(35, 62):.4f}N {rng.uniform(0.5, 9.5):.4f}{rng.choice('EW')}"


KINDS: dict[str, KeyKind] = {
    k.kind: k
    for k in (
        KeyKind("gate", _numbered(lambda r: f"flight {_letters(r, 2)} ", 3), _fixed("departure gate"),
                ("the departure gate of {s}", "the gate that {s} leaves from", "{s}'s departure gate"),
                lambda r: f"{r.choice('ABCDEFG')}{r.randint(1, 48)}"),
        KeyKind("freezer", _numbered(lambda r: f"sample {_letters(r, 2)}-", 4), _fixed("freezer position"),
                ("the freezer position of {s}", "the storage slot of {s}", "the freezer spot assigned to {s}"),
                lambda r: f"F{r.randint(1, 6)}-{r.choice('ABCDEFGH')}{r.randint(1, 24):02d}"),
        KeyKind("locker", _people, _fixed("locker combination"),
                ("{s}'s locker combination", "the combination of {s}'s locker", "the code for the locker of {s}"),
                lambda r: f"{r.randint(0, 39):02d}-{r.randint(0, 39):02d}-{r.randint(0, 39):02d}"),
        KeyKind("plate", _numbered(lambda r: "fleet van ", 2, lowest=12), _fixed("number plate"),
                ("the number plate of {s}", "the registration on {s}", "{s}'s plate"),
                lambda r: f"{_letters(r, 2)}{_digits(r, 2)} {_letters(r, 3)}"),
        KeyKind("dose", _numbered(lambda r: "the patient in bed ", 2, lowest=12), lambda r: f"{r.choice(DRUGS)} dose",
                ("the {f} for {s}", "the {f} prescribed to {s}", "the {f} that {s} receives"),
                lambda r: f"{r.choice((5, 10, 20, 25, 40, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500, 750))} mg"),
        KeyKind("batch", _numbered(lambda r: "pallet ", 4), _fixed("batch number"),
                ("the batch number of {s}", "{s}'s batch number", "the batch stencilled on {s}"),
                lambda r: f"B{_digits(r, 2)}-{_digits(r, 4)}"),
        KeyKind("coordinates", _markers, _fixed("coordinates"),
                ("the coordinates of {s}", "the surveyed position of {s}", "the grid position logged for {s}"),
                _coordinates),
        KeyKind("serial", _labs, _fixed("serial number"),
                ("the serial number of {s}", "{s}'s serial number", "the serial engraved on {s}"),
                lambda r: f"SN-{_letters(r, 2)}{_digits(r, 2)}-{_digits(r, 4)}"),
        KeyKind("wifi", _floors, _fixed("Wi-Fi channel"),
                ("the Wi-Fi channel of {s}", "the channel used by {s}", "the radio channel of {s}"),
                lambda r: str(r.choice((11, 36, 40, 44, 48, 52, 56, 64, 100, 108, 112, 116, 132, 136, 149, 153, 157, 161, 165)))),
        KeyKind("shift", _people, _fixed("shift start"),
                ("{s}'s shift start", "the time {s}'s shift begins", "the start of {s}'s shift"),
                lambda r: f"{r.randint(4, 22):02d}:{r.choice((0, 15, 30, 45)):02d}"),
    )
}


@dataclass(frozen=True)
class KeyPair:
    """The asked key and its near-duplicate (same kind and field, a look-alike subject)."""

    asked: Key
    twin: Key
    draw: Callable[[random.Random], str]  # a value of their kind


def draw_pair(rng: random.Random, kind: str | None = None) -> KeyPair:
    spec = KINDS[kind or rng.choice(sorted(KINDS))]
    subject, look_alike = spec.subjects(rng)
    field = spec.field(rng)
    return KeyPair(spec.key(subject, field), spec.key(look_alike, field), spec.value)


class Values:
    """Distinct values for one sample, so that no value stands for two things."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def new(self, draw: Callable[[random.Random], str]) -> str:
        for _ in range(1000):
            value = draw(self.rng)
            if value not in self.used and not any(value in u or u in value for u in self.used):
                self.used.add(value)
                return value
        raise RuntimeError("ran out of distinct values")  # cannot happen with the pools above
