"""Seven registers: who keeps each, how its holders are named, and what value a holder carries.

Valued in words: an orchard's trees and the variety grafted onto each, a theatre's dressing rooms and the performer
in each, a record office's archive boxes and the collection each belongs to, a pottery studio's kilns and the glaze
each is firing. Valued in codes: a freight yard's shipping containers and their seal numbers, a pharmacy's fridges and
the vaccine lot each holds, a bike-share scheme's docks and the frame number of the bike in each.

A twin is its holder with one character changed for another of the same class, never among the register's leading
capitals: a letter for a letter for orchard trees and kilns, a digit for a digit elsewhere. The ``Draw`` keeps every
stranger more than two characters from any name of its length, every value clear of every name, and no value inside
another.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.keys import StrictDraw as Draw
from ..memlife_common.keys import swap_one

__all__ = ["DIGITS", "KINDS", "LETTERS", "Draw", "Kind"]

DIGITS = "0123456789"
LETTERS = "BCDFGHJKLMNPQRSTVWXZ"  # no vowels, so a name never spells a word


@dataclass(frozen=True)
class Kind:
    """One register: its holders, its values and the words its paperwork uses for them."""

    name: str  # short identifier, also the holder's key in structured records
    noun: str  # the holder in running text: "orchard tree"
    role: str  # what the value is: "graft"
    field: str  # the value's key in structured records: "graft"
    office: str  # who keeps the register
    swaps: str  # the class a twin's changed character is drawn from
    make: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        capitals = len(re.match(r"[A-Z]*", holder).group())
        return swap_one(holder, [i for i, c in enumerate(holder) if i >= capitals and c in self.swaps], self.swaps, rng)

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"

    def Thing(self, holder: str) -> str:
        return f"{self.noun[:1].upper()}{self.noun[1:]} {holder}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(n))


def _two(first: list[str], second: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: f"{rng.choice(first)} {rng.choice(second)}"


APPLE_STEM = ["Egremont", "Ashmead", "Blenheim", "Claygate", "Ribston", "Sturmer", "Laxton", "Tydeman", "Allington",
              "Pitmaston", "Brownlee", "Crawley", "Hambledon", "Lamberhurst"]
APPLE_SORT = ["Russet", "Kernel", "Pippin", "Pearmain", "Seedling", "Codlin", "Beauty", "Nonpareil", "Reinette",
              "Superb", "Wonder", "Favourite"]
STAGE_FIRST = ["Ottoline", "Barnaby", "Clemency", "Lysander", "Philippa", "Crispin", "Imogen", "Leopold", "Araminta",
               "Caspian", "Rosalind", "Torquil", "Honoria", "Evander"]
STAGE_LAST = ["Quayle", "Fairbrother", "Lindqvist", "Abernethy", "Pemberton", "Okonkwo", "Drummond", "Vasquez",
              "Hollinshead", "Marchetti", "Strachan", "Delacroix"]
PAPERS_FAMILY = ["Hartwell", "Fenwick", "Ainsworth", "Penrose", "Castellane", "Wolstenholme", "Trelawney", "Byfield",
                 "Gascoigne", "Mountjoy", "Ellerby", "Sandilands"]
PAPERS_SORT = ["Papers", "Correspondence", "Deeds", "Diaries", "Ledgers", "Sketchbooks", "Photographs", "Minutes",
               "Accounts", "Herbarium"]
GLAZE_BASE = ["Celadon", "Tenmoku", "Shino", "Oribe", "Chun", "Ironstone", "Cobalt", "Nuka", "Ochre", "Saltwater",
              "Flint", "Verdigris"]
GLAZE_MOOD = ["Drift", "Blush", "Smoke", "Moss", "Ember", "Frost", "Haze", "Tide", "Dusk", "Rind", "Lichen", "Storm"]


KINDS: list[Kind] = [
    Kind("tree", "orchard tree", "graft", "graft", "orchard trust", LETTERS,
         make=lambda rng: f"OT-{_digits(rng, 2)}{_letters(rng, 2)}", value=_two(APPLE_STEM, APPLE_SORT)),
    Kind("dressing_room", "dressing room", "occupant", "occupant", "stage management office", DIGITS,
         make=lambda rng: f"DR{_digits(rng, 1)}-{_letters(rng, 1)}{_digits(rng, 2)}", value=_two(STAGE_FIRST, STAGE_LAST)),
    Kind("archive_box", "archive box", "collection", "collection", "county record office", DIGITS,
         make=lambda rng: f"ARC/{_digits(rng, 2)}{_letters(rng, 1)}/{_digits(rng, 2)}", value=_two(PAPERS_FAMILY, PAPERS_SORT)),
    Kind("kiln", "kiln", "glaze", "glaze", "pottery studio", LETTERS,
         make=lambda rng: f"KN{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 1)}", value=_two(GLAZE_BASE, GLAZE_MOOD)),
    Kind("container", "shipping container", "seal number", "seal_number", "freight yard gatehouse", DIGITS,
         make=lambda rng: f"{_letters(rng, 3)}U-{_digits(rng, 6)}", value=lambda rng: f"SL-{_digits(rng, 7)}"),
    Kind("fridge", "pharmacy fridge", "vaccine lot", "vaccine_lot", "dispensary", DIGITS,
         make=lambda rng: f"FRG-{_letters(rng, 1)}{_digits(rng, 3)}",
         value=lambda rng: f"LOT/{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 3)}"),
    Kind("bike_dock", "bike dock", "docked frame", "frame_no", "bike-share depot", DIGITS,
         make=lambda rng: f"BD{_digits(rng, 2)}-{_letters(rng, 1)}{_digits(rng, 1)}",
         value=lambda rng: f"FR-{_letters(rng, 2)}{_digits(rng, 5)}"),
]
