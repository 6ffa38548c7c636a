"""What memlife_v11's records are about: a holder, a twin holder one character apart, and the place the holder is given.

Each kind names its holders and values in its own shape. Values of a kind all have one length, so two
distinct values never contain each other; a twin differs from its holder in one character of equal length.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

_VOWELS = "aeiou"


def _one_vowel_apart(word: str, rng: random.Random) -> str:
    """``word`` with one inner vowel replaced by another vowel."""
    spots = [i for i, c in enumerate(word) if c in _VOWELS and i > 0]
    i = rng.choice(spots)
    return word[:i] + rng.choice([v for v in _VOWELS if v != word[i]]) + word[i + 1:]


def _one_digit_apart(digits: str, rng: random.Random) -> str:
    i = rng.randrange(len(digits))
    return digits[:i] + rng.choice([d for d in string.digits if d != digits[i]]) + digits[i + 1:]


_FIRST = ("Ingrid", "Tomas", "Maren", "Yusuf", "Odile", "Bram", "Clodagh", "Petra", "Ravi", "Sunniva", "Ewan", "Leocadia",
          "Halvard", "Noor", "Jarrah", "Ottoline", "Kasimir", "Wenna", "Dagny", "Fintan")
_SURNAMES = ("Solberg", "Marston", "Okafor", "Pellegrini", "Haldane", "Varga", "Lindqvist", "Brennan", "Castellano",
             "Dunmore", "Ferreira", "Gallagher", "Holloway", "Kowalczyk", "Larkhill", "Moravec", "Nakamura", "Ostrander",
             "Pemberton", "Rosendahl", "Tolliver", "Vandermeer", "Whitacre", "Zabaleta")


def _people(rng: random.Random) -> tuple[str, str]:
    first, surname = rng.choice(_FIRST), rng.choice(_SURNAMES)
    return f"{first} {surname}", f"{first} {_one_vowel_apart(surname, rng)}"


def _boats(rng: random.Random) -> tuple[str, str]:
    number = str(rng.randint(100000, 219999))
    cls = rng.choice(("Laser", "Topper", "Mirror", "Wayfarer", "Enterprise", "Solo", "Finn", "Albacore"))
    return f"{cls} {number}", f"{cls} {_one_digit_apart(number, rng)}"


_FILMS = ("Copper Sky", "The Glass Orchard", "Night Ferry", "A Winter Tenancy", "Salt and Cinders", "The Lamplighters",
          "Harbour of Moths", "Blue Quarry", "The Ninth Lantern", "Dust on the Organ", "Paper Regatta", "The Long Thaw")


def _films(rng: random.Random) -> tuple[str, str]:
    year = str(rng.randint(1931, 1979))
    title = rng.choice(_FILMS)
    twin_year = year[:3] + rng.choice([d for d in string.digits if d != year[3]])
    return f"{title} ({year})", f"{title} ({twin_year})"


def _trees(rng: random.Random) -> tuple[str, str]:
    species, mark = rng.choice((("juniper", "J"), ("trident maple", "TM"), ("hornbeam", "H"), ("Scots pine", "SP"),
                                ("azalea", "AZ"), ("larch", "L"), ("zelkova", "Z")))
    tag = str(rng.randint(10, 99))
    return f"{species} {mark}-{tag}", f"{species} {mark}-{_one_digit_apart(tag, rng)}"


def _batches(rng: random.Random) -> tuple[str, str]:
    dough = rng.choice(("spelt", "rye", "seeded", "brioche", "sourdough", "milk loaf", "barley", "walnut"))
    number = str(rng.randint(200, 989))
    return f"{dough} batch {number}", f"{dough} batch {_one_digit_apart(number, rng)}"


def _bags(rng: random.Random) -> tuple[str, str]:
    number = str(rng.randint(1000, 8999))
    return f"parcel LP-{number}", f"parcel LP-{_one_digit_apart(number, rng)}"


def _legs(rng: random.Random) -> tuple[str, str]:
    course = rng.choice(("Brown", "Orange", "Green", "Yellow", "Blue", "Violet", "Black"))
    leg = rng.randint(1, 9)
    return f"{course} leg {leg}", f"{course} leg {rng.choice([n for n in range(1, 10) if n != leg])}"


def _code(pattern: str) -> Callable[[random.Random], str]:
    """A value drawn from ``pattern``: ``A`` an upper-case letter, ``9`` a digit, ``a`` a lower-case letter, others kept."""

    def draw(rng: random.Random) -> str:
        pick = {"A": "ABCDEFGHJKLMNPRSTUVWXYZ", "9": string.digits, "a": "abcdefghjkmnpqrstuvwxyz"}
        return "".join(rng.choice(pick[c]) if c in pick else c for c in pattern)

    return draw


@dataclass(frozen=True)
class Kind:
    """One kind of key: who holds (``holder``), what they are given (``role``), where the records are kept."""

    name: str
    holder: str  # what a holder is, e.g. "sailor's dinghy"
    role: str  # the thing held, e.g. "berth"
    place: str  # where the records live, e.g. "the dinghy park"
    table: str  # an identifier for record syntax
    pairs: Callable[[random.Random], tuple[str, str]]
    value: Callable[[random.Random], str]
    verb: str  # how a holder uses its place, e.g. "is parked on"


KINDS: tuple[Kind, ...] = (
    Kind("dinghy_berth", "dinghy", "berth", "the dinghy park", "dinghy_park", _boats, _code("PK-A99"), "is parked on"),
    Kind("drying_hook", "skier", "drying-room hook", "the boot room", "drying_room", _people, _code("R9:99a"), "hangs kit on"),
    Kind("reel_can", "film", "reel can", "the projection booth", "booth_cans", _films, _code("CN-9999/9"), "is spooled into"),
    Kind("bonsai_bench", "tree", "bench spot", "the nursery yard", "nursery_benches", _trees, _code("B9.S99"), "stands at"),
    Kind("chess_clock", "player", "clock set", "the chess club cupboard", "club_clocks", _people, _code("clk-99A"), "plays on"),
    Kind("proofing_rack", "dough batch", "proofing rack", "the bakehouse", "proof_racks", _batches, _code("PR9/sh99"), "rises on"),
    Kind("lost_property_bin", "parcel", "lost-property bin", "the school office", "lost_property", _bags, _code("Q99-a9"), "waits in"),
    Kind("orienteering_control", "course leg", "control flag", "the event centre", "controls", _legs, _code("K-999"), "finishes at"),
)


class Draw:
    """One sample's holder, twin and fresh values of one kind: no value or holder is handed out twice."""

    def __init__(self, kind: Kind, rng: random.Random):
        self.kind, self._rng = kind, rng
        self.key, self.twin = kind.pairs(rng)
        self._holders = {self.key, self.twin}
        self._values: set[str] = set()

    def values(self, n: int) -> list[str]:
        return [self.value() for _ in range(n)]

    def value(self) -> str:
        while (value := self.kind.value(self._rng)) in self._values:
            pass
        self._values.add(value)
        return value

    def other(self) -> tuple[str, str]:
        """Another holder of the kind (never inside, nor containing, a holder already named) and a fresh value."""
        for _ in range(1000):
            holder = self.kind.pairs(self._rng)[0]
            if not any(h in holder or holder in h for h in self._holders):
                self._holders.add(holder)
                return holder, self.value()
        raise RuntimeError(f"no unnamed {self.kind.holder} is left to draw")  # a plan asks for far more holders than any sample needs
