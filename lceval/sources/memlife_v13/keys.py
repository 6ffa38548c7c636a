"""The eight key kinds: who holds a place (a holder, its twin one character apart, other holders) and the places.

Holders and values of one kind have a fixed shape, so two distinct ones never contain each other; a ``Draw``
(memlife_common's) still checks, because surnames differ in length.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.keys import Draw, swap_last, swap_one

__all__ = ["KINDS", "Draw", "Kind"]

VOWELS = "aeiou"


@dataclass(frozen=True)
class Kind:
    name: str
    holder: str  # the noun before a holder's name ("pigeon GB24-71305")
    role: str  # the place it is given ("nest box")
    ident: str  # the place as an identifier, in code-like records
    site: str  # where the places are, for prose
    make: Callable[[random.Random], str]  # a holder
    twin: Callable[[str, random.Random], str]  # the holder one character apart
    value: Callable[[random.Random], str]  # a place


def _digit_twin(name: str, rng: random.Random) -> str:
    """``name`` with one of its digits (not a leading one of a group) changed."""
    return swap_one(name, [i for i, c in enumerate(name) if c.isdigit() and i > 0 and name[i - 1].isdigit()], string.digits, rng)


def _vowel_twin(name: str, rng: random.Random) -> str:
    """``name`` with one inner vowel swapped for another: a surname misread in a hurry."""
    return swap_one(name, [i for i, c in enumerate(name) if c in VOWELS and i > 0], VOWELS, rng)


def _letter_twin(name: str, rng: random.Random) -> str:
    """A registration with its last letter changed."""
    return swap_last(name, "ABCDEFGHJKLMNPRSTVWXY", rng)


FORENAMES = ("Ada", "Bram", "Cleo", "Dev", "Esme", "Felix", "Greta", "Hugo", "Iris", "Jonah", "Kit", "Lars", "Mina",
             "Noor", "Otto", "Pia")
CHOIR = ("Halloran", "Pemberton", "Okonkwo", "Lindqvist", "Marchetti", "Fairweather", "Donoghue", "Szabados",
         "Ravensworth", "Achterberg", "Villanueva", "Kowalczyk")
# Only one plot-holder per surname fits in a sample (initials are one character apart): enough for the longest one.
PLOTTERS = ("Abernethy", "Mulholland", "Castellano", "Nightingale", "Oyelaran", "Przybylski", "Tremayne",
            "Whitelock", "Gallagher", "Bergqvist", "Ferreira", "Hollingworth", "Blackwood", "Delacroix", "Eastwick",
            "Fitzgibbon", "Grimshaw", "Haverford", "Ingersoll", "Jankowski", "Kingsbury", "Lockhart", "Montague",
            "Northcott", "Pennington", "Quartermain", "Rushworth", "Sotherby", "Thistlewood", "Underhill")
BIRDS = ("kestrel", "heron", "plover", "curlew", "osprey", "merlin", "avocet", "gannet", "bittern")
MAKERS = ("Mittenwald", "Mirecourt", "Markneukirchen", "Schoenbach", "Cremonese", "Neuberger")
CROPS = ("HOR", "TRI", "AVE", "SEC", "ZEA", "ORY", "PIS", "VIC")


def _upper(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(n))


KINDS: tuple[Kind, ...] = (
    Kind("pigeon_nest_box", "pigeon", "nest box", "nest_box", "the club loft",
         lambda r: f"GB{r.randint(19, 25)}-{r.randint(10000, 99999)}", _digit_twin,
         lambda r: f"NB{r.randint(1, 48):02d}-{r.choice('ABCDEF')}"),
    Kind("chorister_riser", "chorister", "riser spot", "riser_spot", "the choir risers",
         lambda r: f"{r.choice(FORENAMES)} {r.choice(CHOIR)}", _vowel_twin,
         lambda r: f"R{r.randint(1, 4)}/{r.randint(1, 24):02d}"),
    Kind("fossil_display_case", "fossil", "display case", "display_case", "the geology gallery",
         lambda r: f"PAL.{r.randint(1000, 9999)}", _digit_twin,
         lambda r: f"G{r.randint(1, 5)}:C{r.randint(1, 40):02d}"),
    Kind("car_paddock_bay", "vintage car", "paddock bay", "paddock_bay", "the rally paddock",
         lambda r: f"{_upper(r, 2)}{r.randint(10, 79)} {_upper(r, 3)}", _letter_twin,
         lambda r: f"Z{r.randint(1, 9)}-{r.randint(1, 60):02d}"),
    Kind("server_rack_slot", "server", "rack slot", "rack_slot", "the machine hall",
         lambda r: f"{r.choice(BIRDS)}-{r.randint(100, 999)}", _digit_twin,
         lambda r: f"C{r.randint(1, 8)}.U{r.randint(1, 42):02d}"),
    Kind("violin_locker", "violin", "locker", "locker", "the school music block",
         lambda r: f"{r.choice(MAKERS)} #{r.randint(1000, 9999)}", _digit_twin,
         lambda r: f"L-{r.randint(10, 99)}{r.choice('abcd')}"),
    Kind("seed_freezer_drawer", "seed accession", "freezer drawer", "freezer_drawer", "the seed bank vault",
         lambda r: f"{r.choice(CROPS)} {r.randint(10000, 99999)}", _digit_twin,
         lambda r: f"F{r.randint(1, 6)}-D{r.randint(1, 30):02d}"),
    Kind("allotment_plot", "plot-holder", "allotment plot", "plot", "the Fen Lane allotments",
         lambda r: f"{r.choice('ABDEGJKMPRST')}. {r.choice(PLOTTERS)}", _vowel_twin,
         lambda r: f"{r.choice('NSEW')}{r.randint(1, 60):02d}{r.choice('abc')}"),
)
