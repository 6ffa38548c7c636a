"""The eight key kinds: who holds a place (a holder beside a twin one or two characters apart) and the place.

Values of one kind share one fixed-length pattern, so two distinct values never contain each other; holders
drawn for other records are kept well apart from the asked holder and its twin.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

__all__ = ["KINDS", "Draw", "KeyKind"]

Pick = Callable[[random.Random], str]


@dataclass(frozen=True)
class KeyKind:
    name: str  # recorded in the sample's meta
    noun: str  # what the holder is, before its name: "hive Bramble-38"
    role: str  # what it is given: "apiary stand"
    place: str  # where this happens, for headers and asides
    pair: Callable[[random.Random], tuple[str, str]]  # (holder, twin)
    holder: Pick  # any holder of this kind
    value: Pick

    def phrase(self, holder: str) -> str:
        return f"{self.noun} {holder}"

    @property
    def plural(self) -> str:
        """The role in the plural ("loose boxes", "cave shelves")."""
        if self.role.endswith("f"):
            return self.role[:-1] + "ves"
        return self.role + ("es" if self.role.endswith(("x", "ch", "sh")) else "s")

    @property
    def slug(self) -> str:
        """The role's last word ("stand"): a place's short name in commands and idioms."""
        return self.role.split()[-1]


def _digit_twin(holder: str, rng: random.Random, positions: list[int]) -> str:
    """``holder`` with one of its digits at ``positions`` replaced by another digit."""
    at = rng.choice(positions) % len(holder)
    other = rng.choice([d for d in string.digits if d != holder[at]])
    return holder[:at] + other + holder[at + 1:]


def _digit_pair(holder: Pick, positions: list[int]) -> Callable[[random.Random], tuple[str, str]]:
    """A holder beside a twin one digit (at one of ``positions``) apart."""
    def pair(rng: random.Random) -> tuple[str, str]:
        name = holder(rng)
        return name, _digit_twin(name, rng, positions)
    return pair


def _either(a: str, b: str, rng: random.Random) -> tuple[str, str]:
    """(holder, twin), either one asked."""
    return (a, b) if rng.random() < 0.5 else (b, a)


def _swap_pair(pairs: tuple[tuple[str, str], ...]) -> Callable[[random.Random], tuple[str, str]]:
    """Holders from fixed look-alike pairs."""
    return lambda rng: _either(*rng.choice(pairs), rng)


def _named(firsts: tuple[str, ...], endings: tuple[tuple[str, str], ...]) -> tuple[Pick, Callable[[random.Random], tuple[str, str]]]:
    """Holders named a first word and an ending; a twin keeps the word and takes the ending's partner."""
    def holder(rng: random.Random) -> str:
        return f"{rng.choice(firsts)} {rng.choice(rng.choice(endings))}"

    def pair(rng: random.Random) -> tuple[str, str]:
        first, (a, b) = rng.choice(firsts), rng.choice(endings)
        return _either(f"{first} {a}", f"{first} {b}", rng)

    return holder, pair


# -- hives on apiary stands: "Bramble-38" beside "Bramble-36"; "W4-h"
_FLOWERS = ("Bramble", "Heather", "Linden", "Clover", "Sorrel", "Tansy", "Yarrow", "Borage", "Vetch", "Mallow")


def _hive(rng: random.Random) -> str:
    return f"{rng.choice(_FLOWERS)}-{rng.randint(10, 99)}"


def _stand(rng: random.Random) -> str:
    return f"{rng.choice('BCDFGKMRTW')}{rng.randint(1, 9)}-{rng.choice('abcdefgh')}"


# -- gliders in hangar slots: "D-KXRA" beside "D-KXRE"; "H2/07"
def _glider(rng: random.Random) -> str:
    return "D-K" + "".join(rng.choice("ABDEFHLMNRSTUWXZ") for _ in range(3))


def _glider_pair(rng: random.Random) -> tuple[str, str]:
    glider = _glider(rng)
    other = rng.choice([c for c in "AEOUY" if c != glider[-1]])
    return glider, glider[:-1] + other


def _hangar(rng: random.Random) -> str:
    return f"H{rng.randint(1, 4)}/{rng.randint(1, 28):02d}"


# -- cheese wheels on cave shelves: "GR-4417" beside "GR-4414"; "K3.B7"
def _wheel(rng: random.Random) -> str:
    return f"{rng.choice(('GR', 'CM', 'TM', 'BF', 'SL'))}-{rng.randint(1000, 9999)}"


def _shelf(rng: random.Random) -> str:
    return f"K{rng.randint(1, 4)}.{rng.choice('ABCDEF')}{rng.randint(1, 9)}"


# -- hot-air balloons on launch plots: "Skylark VI" beside "Skylark XI"; "LP-27c"
_BALLOONS = ("Skylark", "Firefly", "Dandelion", "Kestrel", "Tumbleweed", "Peppermint", "Nimbus", "Zephyr", "Gadabout")
_NUMERALS = (("IV", "IX"), ("VI", "XI"), ("VII", "XII"), ("XIV", "XIX"), ("XVI", "XXI"), ("II", "IV"))
_balloon, _balloon_pair = _named(_BALLOONS, _NUMERALS)


def _plot(rng: random.Random) -> str:
    return f"LP-{rng.randint(10, 99)}{rng.choice('abcdefgh')}"


# -- tapestries on hanging rails: "T.1987.204" beside "T.1987.209"; "HR-3:14"
def _tapestry(rng: random.Random) -> str:
    return f"T.{rng.randint(1950, 2019)}.{rng.randint(100, 999)}"


def _rail(rng: random.Random) -> str:
    return f"HR-{rng.randint(1, 9)}:{rng.randint(10, 48)}"


# -- market traders on pitches: "Pedersen" beside "Petersen" (Meyer and Maier two apart); "P-K17"
_TRADERS = (("Pedersen", "Petersen"), ("Karlsson", "Carlsson"), ("Schmitt", "Schmidt"), ("Meyer", "Maier"),
            ("Hanssen", "Hansson"), ("Ferrari", "Ferraro"), ("Romano", "Romani"), ("Novak", "Nowak"),
            ("Bauer", "Bayer"), ("Lindqvist", "Lundqvist"))
_STALLHOLDERS = ("Okafor", "Delgado", "Whitcombe", "Abernathy", "Castellanos", "Fitzgerald", "Nakamura", "Oyelaran",
                 "Brannigan", "Sorensen", "Kowalczyk", "Thibodeaux", "Mbatha", "Quispe", "Haddad", "Varga")


def _trader(rng: random.Random) -> str:
    return rng.choice(_STALLHOLDERS) if rng.random() < 0.5 else rng.choice(rng.choice(_TRADERS))


def _pitch(rng: random.Random) -> str:
    return f"P-{rng.choice('ACEHKMNS')}{rng.randint(10, 60)}"


# -- horses in loose boxes: "Copper Bell" beside "Copper Ball"; "LB17N"
_COATS = ("Copper", "Maple", "Silver", "Juniper", "Midnight", "Hazel", "Tawny", "Bracken")
_CALLS = (("Rain", "Rein"), ("Dram", "Drum"), ("Mist", "Mast"), ("Bell", "Ball"), ("Star", "Stir"),
          ("Song", "Sang"), ("Dawn", "Down"), ("Wick", "Wock"))
_horse, _horse_pair = _named(_COATS, _CALLS)


def _box(rng: random.Random) -> str:
    return f"LB{rng.randint(10, 40)}{rng.choice('NSEW')}"


# -- shipping containers in yard slots: "TGHU 482113" beside "TGHU 482118"; "B14-R03-T2"
def _container(rng: random.Random) -> str:
    return f"{rng.choice(('TGHU', 'MSKU', 'CAIU', 'OOLU', 'HLXU'))} {rng.randint(100000, 999999)}"


def _yard(rng: random.Random) -> str:
    return f"B{rng.randint(10, 60)}-R{rng.randint(1, 12):02d}-T{rng.randint(1, 5)}"


KINDS: tuple[KeyKind, ...] = (
    KeyKind("hive_stand", "hive", "apiary stand", "the home apiary", _digit_pair(_hive, [-1]), _hive, _stand),
    KeyKind("glider_hangar", "glider", "hangar slot", "the gliding club", _glider_pair, _glider, _hangar),
    KeyKind("cheese_shelf", "cheese wheel", "cave shelf", "the cheese caves", _digit_pair(_wheel, [4, 5, 6]), _wheel, _shelf),
    KeyKind("balloon_plot", "balloon", "launch plot", "the fiesta field", _balloon_pair, _balloon, _plot),
    KeyKind("tapestry_rail", "tapestry", "hanging rail", "the textile gallery", _digit_pair(_tapestry, [8, 9]), _tapestry, _rail),
    KeyKind("trader_pitch", "trader", "market pitch", "the Saturday market", _swap_pair(_TRADERS), _trader, _pitch),
    KeyKind("horse_box", "mare", "loose box", "the livery yard", _horse_pair, _horse, _box),
    KeyKind("container_slot", "container", "stack slot", "the container terminal", _digit_pair(_container, [8, 9, 10]), _container, _yard),
)


def _near(a: str, b: str) -> bool:
    """Whether two holders could be mistaken for one another: one inside the other, or at most two edits apart."""
    return a in b or b in a or _edits(a, b) <= 2


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


class Draw:
    """One sample's holder, twin, other holders and values, all distinct, drawn from ``rng``."""

    def __init__(self, kind: KeyKind, rng: random.Random):
        self.kind, self._rng = kind, rng
        self.key, self.twin = kind.pair(rng)
        self._holders = [self.key, self.twin]
        self._values: set[str] = set()

    def value(self) -> str:
        while (value := self.kind.value(self._rng)) in self._values:
            pass
        self._values.add(value)
        return value

    def values(self, n: int) -> list[str]:
        return [self.value() for _ in range(n)]

    def other(self) -> tuple[str, str]:
        """Another holder of the same kind, far from the asked one and its twin, inside no holder so far, and a fresh value."""
        while self._clashes(holder := self.kind.holder(self._rng)):
            pass
        self._holders.append(holder)
        return holder, self.value()

    def _clashes(self, holder: str) -> bool:
        return _near(holder, self.key) or _near(holder, self.twin) or any(holder in h or h in holder for h in self._holders)
