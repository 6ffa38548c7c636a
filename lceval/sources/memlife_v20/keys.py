"""Seven registers, each with holders, a twin one character away, and the values it records.

An apiary's beehives and the queen line heading each colony, a harbour's ferry berths and the vessel tied up at
each, a boat club's rowing shells and who rows stroke in each, a core facility's lab freezers and the group that
keeps each (values in words); a lighthouse authority's lighthouse lamps and their flash characters, a data centre's server
racks and the firmware each runs, a seed bank's drawers and the accession filed in each (values in codes).

A twin differs from its holder in one character of the same class: a letter for a letter in beehives and lab
freezers, a digit for a digit elsewhere. The ``Draw`` keeps each stranger more than two characters from every name
of its length, no value inside a name or a name inside a value, and no value inside another.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import partial
from typing import Callable

from ..memlife_common.keys import StrictDraw as Draw
from ..memlife_common.keys import chars, pairing, swap_one

__all__ = ["KINDS", "Draw", "Kind"]

DIGITS = "0123456789"
LETTERS = "BCDFGHJKMNPQRSTVWXZ"  # no vowels: a holder never spells a word


@dataclass(frozen=True)
class Kind:
    """One register: how a holder and its value look, and how the paperwork names them."""

    name: str
    noun: str  # the holder in prose, lower case: "beehive"
    role: str  # what its value is, in prose: "queen line"
    field: str  # the value's key in machine-readable records: "queen_line"
    office: str  # who keeps the register
    swaps: str  # the alphabet a twin's one changed character comes from
    make: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        prefix = len(re.match(r"[A-Z]*", holder).group())  # the register's letters stay as they are
        return swap_one(holder, [i for i, c in enumerate(holder) if c in self.swaps and i >= prefix], self.swaps, rng)

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"

    def Thing(self, holder: str) -> str:
        return f"{self.noun[0].upper()}{self.noun[1:]} {holder}"


_d = partial(chars, DIGITS)  # _d(rng, count): count digits
_c = partial(chars, LETTERS)


HUE = ["Russet", "Tawny", "Ochre", "Umber", "Sable", "Flaxen", "Sorrel", "Ashen", "Dusky", "Pewter", "Cinder", "Mulberry"]
FORAGE = ["Borage", "Phacelia", "Sainfoin", "Melilot", "Teasel", "Knapweed", "Betony", "Bugloss", "Willowherb", "Catmint",
          "Hyssop", "Vetch"]
HULL_NAME = ["Morven", "Halcyon", "Kittiwake", "Scarba", "Ardnish", "Pladda", "Orsay", "Calve", "Lunga", "Shuna",
             "Fladda", "Gometra"]
HULL_TYPE = ["Voyager", "Venturer", "Clansman", "Provider", "Trader", "Pioneer", "Endeavour", "Navigator"]
OARS_GIVEN = ["Ottoline", "Caspian", "Henrike", "Leopold", "Marisol", "Florian", "Ysolde", "Benedikt", "Tamsin",
              "Aurelio", "Gudrun", "Cosimo", "Isaura", "Radomir"]
OARS_FAMILY = ["Marchbanks", "Featherstone", "Quennell", "Ashdown", "Vandermeer", "Lightowler", "Pocklington",
               "Hargreaves", "Trevethan", "Blakiston", "Ormerod", "Sowerby"]
PI_NAME = ["Okonkwo", "Lindqvist", "Baptiste", "Nakashima", "Ferreira", "Abernethy", "Castellano", "Wojcik", "Adeyemi",
           "Halvorsen", "Sandoval", "Kowalczyk", "Rautenbach", "Mirzaei"]
PI_UNIT = ["Lab", "Group", "Unit", "Team"]


def _flash(rng: random.Random) -> str:
    return f"{rng.choice(['Fl', 'LFl', 'Oc', 'Q', 'VQ'])}({rng.randint(2, 6)}){rng.choice('WRGY')}.{rng.choice([5, 6, 8, 10, 12, 15, 20, 30])}s"


def _firmware(rng: random.Random) -> str:
    return f"v{rng.randint(2, 9)}.{rng.randint(10, 40)}.{_d(rng, 3)}-{rng.choice(['lts', 'hf', 'rc1', 'rc2', 'sp'])}"


KINDS: list[Kind] = [
    Kind("hive", "beehive", "queen line", "queen_line", "apiary society", LETTERS,
         make=lambda rng: f"HV-{_c(rng, 1)}{_d(rng, 1)}{_c(rng, 1)}{_d(rng, 2)}", value=pairing(HUE, FORAGE)),
    Kind("berth", "ferry berth", "vessel", "vessel", "harbour office", DIGITS,
         make=lambda rng: f"BTH{_d(rng, 2)}-{_c(rng, 1)}{_d(rng, 2)}", value=pairing(HULL_NAME, HULL_TYPE)),
    Kind("shell", "rowing shell", "stroke", "stroke_seat", "boat club committee", DIGITS,
         make=lambda rng: f"HULL-{_d(rng, 2)}{_c(rng, 1)}{_d(rng, 2)}", value=pairing(OARS_GIVEN, OARS_FAMILY)),
    Kind("freezer", "lab freezer", "custodian group", "custodian", "core facility", LETTERS,
         make=lambda rng: f"FRZ-{_c(rng, 2)}{_d(rng, 3)}", value=pairing(PI_NAME, PI_UNIT)),
    Kind("lamp", "lighthouse lamp", "flash character", "character", "lighthouse authority", DIGITS,
         make=lambda rng: f"LH-{_c(rng, 3)}-{_d(rng, 2)}", value=_flash),
    Kind("rack", "server rack", "firmware", "firmware", "data-centre operations", DIGITS,
         make=lambda rng: f"RK{_d(rng, 2)}-{_c(rng, 1)}{_d(rng, 2)}", value=_firmware),
    Kind("drawer", "seed-bank drawer", "accession", "accession", "seed bank", DIGITS,
         make=lambda rng: f"DRW-{_d(rng, 3)}{_c(rng, 2)}", value=lambda rng: f"SB{_d(rng, 5)}-{_c(rng, 1)}"),
]
