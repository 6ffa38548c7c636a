"""What the key kinds of memlife_v13 to memlife_v35 share where the logic is the same; the kinds stay in each family.

A kind has a ``name`` and makes a holder (``make(rng)``), its twin one character apart (``twin(holder, rng)``)
and a value (``value(rng)``). ``Draw`` holds one sample's asked holder, its twin, and the fresh holders and values
drawn beside them; ``swap_one`` and ``swap_last`` make twins. Most families keep their own kind dataclass; those
laid out as memlife_v24 (v24 to v35) share ``Register``, and memlife_v18 to v35 share ``StrictDraw``. Every random
draw happens in the order each family made it before the code was shared.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

__all__ = ["CONSONANTS", "DIGITS", "Draw", "Register", "StrictDraw", "apart", "chars", "far", "pairing", "swap_last", "swap_one"]

DIGITS = "0123456789"
CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"


def chars(alphabet: str, rng: random.Random, count: int) -> str:
    """``count`` characters drawn from ``alphabet`` one by one: a family binds its alphabet with ``functools.partial``."""
    return "".join(rng.choice(alphabet) for _ in range(count))


def pairing(first: list[str], second: list[str]) -> Callable[[random.Random], str]:
    """A value maker drawing one word of ``first``, then one of ``second`` ("Petronella Quail")."""
    return lambda rng: f"{rng.choice(first)} {rng.choice(second)}"


def swap_one(name: str, positions: list[int], alphabet: str, rng: random.Random) -> str:
    """``name`` with the character at one of ``positions`` (drawn first) changed to another of ``alphabet``."""
    at = rng.choice(positions)
    return name[:at] + rng.choice([c for c in alphabet if c != name[at]]) + name[at + 1:]


def swap_last(name: str, alphabet: str, rng: random.Random) -> str:
    """``name`` with its last character changed to another of ``alphabet`` (no position drawn)."""
    return name[:-1] + rng.choice([c for c in alphabet if c != name[-1]])


def apart(name: str, taken: set[str]) -> bool:
    """Neither ``name`` nor any taken string holds the other."""
    return all(name not in t and t not in name for t in taken)


def far(name: str, taken: set[str]) -> bool:
    """``name`` is apart from every taken one and more than two characters from each of its length: only the twin
    is that close."""
    return apart(name, taken) and all(len(t) != len(name) or sum(a != b for a, b in zip(t, name)) > 2 for t in taken)


class Draw:
    """One sample's asked holder (``key``), its ``twin``, and fresh holders and values of one kind, none inside
    another. A family narrows what a fresh value must keep clear of (``value_fits``) or how long it looks for one
    (``tries``) in a subclass."""

    tries = 10_000  # a kind too small for a sample fails loudly rather than hanging

    def __init__(self, kind, rng: random.Random):
        self.kind, self._rng = kind, rng
        self.key = kind.make(rng)
        self.twin = kind.twin(self.key, rng)
        self._names = {self.key, self.twin}
        self._values: set[str] = set()

    def _fresh(self, make: Callable[[], str], taken: set[str], fits: Callable[[str, set[str]], bool]) -> str:
        for _ in range(self.tries):
            if fits(candidate := make(), taken):
                taken.add(candidate)
                return candidate
        raise RuntimeError(f"{self.kind.name}: no fresh holder or value beside {sorted(taken)}")

    def value_fits(self, value: str, taken: set[str]) -> bool:
        return apart(value, taken)

    def value(self) -> str:
        return self._fresh(lambda: self.kind.value(self._rng), self._values, self.value_fits)

    def values(self, n: int) -> list[str]:
        return [self.value() for _ in range(n)]

    def other(self) -> tuple[str, str]:
        """Somebody else of the same kind, with a value of its own."""
        return self._fresh(lambda: self.kind.make(self._rng), self._names, far), self.value()


@dataclass(frozen=True)
class Register:
    """One register of the families laid out as memlife_v24: its holders and values, and the words its paperwork
    uses for them. A holder is a fixed prefix and a drawn tail; its twin has one character of the tail changed for
    another of the same class (``swaps``: ``DIGITS`` or ``CONSONANTS``)."""

    name: str  # identifier, and the holder's key in structured records
    noun: str  # the holder in running text: "hotel room"
    plural: str  # "hotel rooms"
    role: str  # what the value is, in running text: "key card"
    field: str  # the value's key in structured records: "keycard"
    office: str  # who keeps the register: "reception team"
    prefix: int  # how many leading characters of a holder never change
    swaps: str  # the class a twin's changed character comes from
    make: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        at = [i for i, c in enumerate(holder) if i >= self.prefix and c in self.swaps]
        return swap_one(holder, at, self.swaps, rng)

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"

    def Thing(self, holder: str) -> str:
        return f"{self.noun[:1].upper()}{self.noun[1:]} {holder}"


class StrictDraw(Draw):
    """``Draw``, stricter (memlife_v18 to v35): a value stays clear of every holder drawn so far, a stranger of every value."""

    def value_fits(self, value: str, taken: set[str]) -> bool:
        return apart(value, taken) and apart(value, self._names)

    def other(self) -> tuple[str, str]:
        name = self._fresh(lambda: self.kind.make(self._rng), self._names,
                           lambda candidate, taken: far(candidate, taken) and apart(candidate, self._values))
        return name, self.value()
