"""The key kinds: seven small registers, each with holders, a twin one character away, and the values it hands out.

A harbour's berths and the vessel lying at each, a tramway's cars and their home depots, a seed bank's accessions
and the vault drawer each is kept in, an orchestra's chairs and the player in each, a radio club's stations and
their net frequencies, a telescope's mirror segments and the coating batch on each, a school carpool's runs and
their pickup points. Vessels, depots, players and pickup points are words; drawers, frequencies and coating
batches are codes with digits.

A twin differs from its holder in one character (a digit, or for a call sign one letter of its suffix). The
``Draw`` keeps every other holder at least three characters from each name, no value inside a name or a name
inside a value, and no value inside another.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.keys import StrictDraw as Draw

__all__ = ["KINDS", "Draw", "Kind"]

DIGITS = "0123456789"
UPPER = "ABCDEFGHJKLMNPRSTUVWXY"


@dataclass(frozen=True)
class Kind:
    """One register: how a holder and a value look, and the words the papers use for them."""

    name: str
    noun: str  # a holder in prose: "berth KQ4-17"
    role: str  # what the value is called: "vessel"
    plural: str  # the holders together, as a manifest heads them
    office: str  # who keeps the register
    make: Callable[[random.Random], str]
    twin_at: Callable[[str], list[int]]  # where the twin may differ
    alphabet: str  # what the differing character is drawn from
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        at = rng.choice(self.twin_at(holder))
        return holder[:at] + rng.choice([c for c in self.alphabet if c != holder[at]]) + holder[at + 1:]

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _words(*lists: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: " ".join(rng.choice(words) for words in lists)


def _digits_of(holder: str) -> list[int]:
    return [i for i, c in enumerate(holder) if c.isdigit()]


QUAYS = ["KQ", "WQ", "NM", "EB", "SP", "HD", "FB", "CL"]
VESSEL_A = ["Saltire", "Kestrel", "Morven", "Corran", "Skerry", "Ailsa", "Brindle", "Halcyon", "Merrow", "Cromarty",
            "Gantock", "Solway", "Fulmar", "Rona", "Tarbert", "Islay"]
VESSEL_B = ["Dawn", "Venture", "Star", "Pride", "Harvest", "Rover", "Lass", "Endeavour", "Trader", "Voyager", "Herald",
            "Provider"]
DEPOT_A = ["Mossbank", "Ashgrove", "Pellon", "Kilnhurst", "Saltwell", "Brackley Road", "Fenwick", "Harrowden",
           "Rushmere", "Oldfield", "Tarnside", "Whinmoor", "Cowley Bridge", "Lowther"]
DEPOT_B = ["Depot", "Sheds", "Works", "Car Barn", "Running Shed"]
FIRST_NAMES = ["Ilse", "Tomasz", "Orla", "Ruairi", "Kalinda", "Benedek", "Sunniva", "Anouk", "Dmitri", "Femi",
               "Ottilie", "Hamish", "Yusra", "Leocadia", "Piet", "Marisol"]
SURNAMES = ["Marchetti", "Brennan", "Okafor", "Lindqvist", "Farrant", "Szabo", "Quayle", "Rahimi", "Castellan",
            "Ferrier", "Mbatha", "Vosper", "Aldous", "Nakagawa"]
PICKUP_A = ["Hawthorn", "Quarry", "Chapel", "Rookery", "Ferry", "Larch", "Tanyard", "Weir", "Glebe", "Beacon",
            "Cobbler's", "Orchard"]
PICKUP_B = ["Crescent", "Corner", "Green", "Lay-by", "Roundabout", "Gates", "Parade", "Steps", "Close", "Bus Shelter"]
SECTIONS = ["VNA", "VNB", "VLA", "VCL", "DBS", "FLT", "OBO", "CLT", "BSN", "HRN", "TPT", "TBN", "PRC"]
CALL_PREFIXES = ["G", "M", "2E", "GW", "MM", "GI", "MW", "2M"]
BANDS = [3, 7, 10, 14, 18, 21, 24, 28, 50, 70, 144, 432]

KINDS: list[Kind] = [
    Kind("berth", "berth", "vessel", "berths", "harbour office",
         make=lambda rng: f"{rng.choice(QUAYS)}{_d(rng, 1)}-{_d(rng, 2)}", twin_at=_digits_of, alphabet=DIGITS,
         value=_words(VESSEL_A, VESSEL_B)),
    Kind("tram", "tram", "home depot", "cars", "tramway control",
         make=lambda rng: f"TR{_d(rng, 4)}", twin_at=_digits_of, alphabet=DIGITS,
         value=_words(DEPOT_A, DEPOT_B)),
    Kind("accession", "accession", "vault drawer", "accessions", "seed bank",
         make=lambda rng: f"ACC{_d(rng, 2)}-{_d(rng, 4)}", twin_at=_digits_of, alphabet=DIGITS,
         value=lambda rng: f"V{_d(rng, 1)}-R{_d(rng, 2)}-D{_d(rng, 2)}"),
    Kind("chair", "orchestra chair", "player", "chairs", "orchestra management",
         make=lambda rng: f"{rng.choice(SECTIONS)}{_d(rng, 2)}-{_d(rng, 1)}", twin_at=_digits_of, alphabet=DIGITS,
         value=_words(FIRST_NAMES, SURNAMES)),
    Kind("station", "station", "net frequency", "stations", "club net desk",
         make=lambda rng: f"{rng.choice(CALL_PREFIXES)}{_d(rng, 1)}{''.join(rng.choice(UPPER) for _ in range(3))}",
         twin_at=lambda holder: [len(holder) - 3, len(holder) - 2, len(holder) - 1], alphabet=UPPER,
         value=lambda rng: f"{rng.choice(BANDS)}.{_d(rng, 3)} MHz"),
    Kind("segment", "mirror segment", "coating batch", "segments", "optics lab",
         make=lambda rng: f"SEG-{rng.choice(UPPER)}{_d(rng, 3)}", twin_at=_digits_of, alphabet=DIGITS,
         value=lambda rng: f"CB{_d(rng, 2)}-{_d(rng, 3)}"),
    Kind("carpool", "carpool run", "pickup point", "runs", "carpool rota",
         make=lambda rng: f"RUN-{rng.choice(UPPER)}{_d(rng, 2)}{rng.choice(UPPER)}", twin_at=_digits_of, alphabet=DIGITS,
         value=_words(PICKUP_A, PICKUP_B)),
]
