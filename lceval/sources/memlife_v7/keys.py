"""What memlife_v7 asks about: a holder (brew, barge, crew, appliance, ...) and the thing it is given.

Every holder has a twin one character apart, the same length, so neither
names the other; every value of a kind is drawn so that no value contains
another, so a line that holds one value never holds a second by accident.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class KeyKind:
    name: str
    holder: str  # what the key is, in words ("brew")
    thing: str  # what it is given, in words ("fermenting vessel")
    key: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    def pairs(self, rng: random.Random) -> tuple[str, str]:
        """A key and its twin: one character changed, same class of character."""
        key = self.key(rng)
        spots = [i for i, c in enumerate(key) if c.isdigit() or c.isupper()]
        i = rng.choice(spots)
        pool = string.digits if key[i].isdigit() else string.ascii_uppercase
        twin = key[:i] + rng.choice([c for c in pool if c != key[i]]) + key[i + 1:]
        return key, twin


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


BOATS = (
    "Grey Wagtail", "Sandpiper", "Lady Ottoline", "Firecrest", "Old Tom Ruddle", "Marsh Harrier", "Whimbrel",
    "Spirit of Cam", "Dabchick", "Nightjar", "Harriet Vane", "Black Redstart", "Goldeneye", "Corncrake", "Petrel",
    "Iron Duke", "Stonechat", "Merganser", "Brambling", "Jack Snipe", "Wryneck", "Turnstone", "Linnet", "Shoveler",
)

KINDS: tuple[KeyKind, ...] = (
    KeyKind("brew", "brew", "fermenting vessel", lambda r: f"brew {_digits(r, 4)}", lambda r: f"FV-{r.randint(10, 48)}"),
    KeyKind("barge", "barge", "lock chamber", lambda r: f"barge {_letters(r, 2)}{_digits(r, 3)}", lambda r: f"LC-{_letters(r, 1, 'NSEW')}{r.randint(1, 9)}"),
    KeyKind("crew", "crew", "boat", lambda r: f"crew {r.choice('MW')}{r.randint(1, 8)}{_letters(r, 1, 'ABCDEFGH')}", lambda r: r.choice(BOATS)),
    KeyKind("appliance", "fire appliance", "station", lambda r: f"appliance {_letters(r, 2, 'RPTHL')}-{_digits(r, 3)}", lambda r: f"Station {r.randint(10, 79)}"),
    KeyKind("darkroom", "darkroom member", "enlarger bay", lambda r: f"member {_digits(r, 4)}", lambda r: f"bay EN-{r.randint(10, 39)}"),
    KeyKind("booth", "recording session", "booth", lambda r: f"session S-{_digits(r, 4)}", lambda r: f"Booth {_letters(r, 1, 'ABCDEFG')}{r.randint(1, 9)}"),
    KeyKind("costume", "costume tag", "rail", lambda r: f"tag CT-{_digits(r, 4)}", lambda r: f"rail {r.randint(10, 69)}"),
    KeyKind("hood", "experiment", "fume hood", lambda r: f"run EX-{_digits(r, 4)}", lambda r: f"hood H{r.randint(10, 49)}"),
    KeyKind("callsign", "radio licence", "call sign", lambda r: f"licence {_digits(r, 5)}", lambda r: f"M{r.randint(0, 7)}{_letters(r, 3)}"),
    KeyKind("stake", "glacier stake", "ablation reading", lambda r: f"stake GS-{_digits(r, 3)}", lambda r: f"{r.randint(1, 4)}.{r.randint(10, 99)} m"),
)


def distinct_values(kind: KeyKind, rng: random.Random, n: int) -> list[str]:
    """``n`` values of ``kind``, none equal to or inside another."""
    values: list[str] = []
    for _ in range(1000 * n):
        if len(values) == n:
            return values
        v = kind.value(rng)
        if all(v not in w and w not in v for w in values):
            values.append(v)
    raise RuntimeError(f"memlife_v7: could not draw {n} distinct {kind.name} values")


def holders(kind: KeyKind, rng: random.Random, n: int, taken: set[str]) -> list[str]:
    """``n`` more keys of ``kind``, none within a character or two of ``taken`` or of each other."""
    out: list[str] = []
    for _ in range(1000 * n):
        if len(out) == n:
            return out
        k = kind.key(rng)
        if all(sum(a != b for a, b in zip(k, t)) > 1 and k not in t and t not in k for t in (*taken, *out)):
            out.append(k)
    raise RuntimeError(f"memlife_v7: could not draw {n} more {kind.name} holders")
