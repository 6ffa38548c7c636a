"""Seven registers of memlife_v23: what each one tracks, how its holders are coded, and what value a holder carries.

Values in words: a livery yard's stalls and the horse in each, a marina's moorings and the boat tied up at each, an
allotment society's plots and the tenant working each, a timetabling unit's seminar rooms and the course taught in
each. Values in codes: an estates desk's parking bays and the permit number on each, a coastal monitoring team's
weather buoys and the transmitter ID fitted to each, a depot's fleet vans (by registration plate) and the fuel card
kept in each.

A holder's code is a fixed prefix and a drawn tail; its twin has one character of the tail changed for another of
the same class (``swaps``): a letter for a letter on moorings and seminar rooms, a digit for a digit elsewhere.
Letters are consonants only, so no code spells a word. The family's ``Draw`` keeps every value clear of every holder
drawn so far and every stranger clear of every value, on top of the shared rules (no name or value inside another,
strangers more than two characters from any name of their length).
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.keys import StrictDraw as Draw
from ..memlife_common.keys import chars, pairing, swap_one

__all__ = ["DIGITS", "KINDS", "LETTERS", "Draw", "Kind"]

DIGITS = "0123456789"
LETTERS = "BCDFGHJKLMNPQRSTVWXZ"

_d = functools.partial(chars, DIGITS)
_l = functools.partial(chars, LETTERS)


@dataclass(frozen=True)
class Kind:
    """One register: its holders and values, and the words its paperwork uses for them."""

    name: str  # identifier, and the holder's column in structured records
    noun: str  # the holder in running text: "parking bay"
    role: str  # what the value is, in running text: "permit number"
    field: str  # the value's column in structured records: "permit_no"
    office: str  # who keeps the register: "estates parking desk"
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


HORSE_A = ["Copper", "Saffron", "Midnight", "Thistle", "Bramble", "Gilded", "Stormy", "Velvet", "Hazel", "Juniper",
           "Marigold", "Tawny"]
HORSE_B = ["Mistral", "Duchess", "Rambler", "Sovereign", "Lantern", "Meadowlark", "Harrier", "Comet", "Fandango",
           "Whisper", "Rascal", "Kestrel"]
BOAT_A = ["Dabchick", "Otterburn", "Lapwing", "Quietude", "Wandering", "Saltmarsh", "Cormorant", "Drifting",
          "Kingfisher", "Moorhen", "Halcyon", "Bittern"]
BOAT_B = ["Rose", "Maiden", "Spirit", "Lass", "Venture", "Dawn", "Belle", "Promise", "Echo", "Voyager", "Reverie",
          "Gull"]
TENANT_FIRST = ["Winifred", "Desmond", "Aurelia", "Fergus", "Bronwen", "Ignatius", "Maude", "Cuthbert", "Henrietta",
                "Lorcan", "Perpetua", "Ambrose"]
TENANT_LAST = ["Ashdown", "Pellow", "Garrigan", "Thackeray", "Ovenden", "Mbatha", "Kowalczyk", "Rainsford",
               "Tillotson", "Figueroa", "Lusk", "Brannigan"]
COURSE_A = ["Coastal", "Baroque", "Medieval", "Applied", "Urban", "Comparative", "Tropical", "Nordic", "Victorian",
            "Structural", "Ancient", "Digital"]
COURSE_B = ["Geology", "Counterpoint", "Cartography", "Ethics", "Botany", "Phonetics", "Hydrology", "Folklore",
            "Typography", "Statistics", "Numismatics", "Acoustics"]


KINDS: list[Kind] = [
    Kind("stall", "stall", "horse", "horse", "livery yard office", 2, DIGITS,
         make=lambda rng: f"LS{_d(rng, 2)}{_l(rng, 1)}-{_d(rng, 2)}", value=pairing(HORSE_A, HORSE_B)),
    Kind("mooring", "mooring", "boat", "boat", "marina office", 2, LETTERS,
         make=lambda rng: f"M/{_l(rng, 2)}-{_d(rng, 3)}", value=pairing(BOAT_A, BOAT_B)),
    Kind("plot", "allotment plot", "tenant", "tenant", "allotment society", 2, DIGITS,
         make=lambda rng: f"AP{_d(rng, 3)}/{_l(rng, 2)}", value=pairing(TENANT_FIRST, TENANT_LAST)),
    Kind("seminar_room", "seminar room", "course", "course", "timetabling unit", 2, LETTERS,
         make=lambda rng: f"SR{_l(rng, 2)}-{_d(rng, 1)}.{_d(rng, 2)}", value=pairing(COURSE_A, COURSE_B)),
    Kind("parking_bay", "parking bay", "permit number", "permit_no", "estates parking desk", 3, DIGITS,
         make=lambda rng: f"PB-{_l(rng, 2)}{_d(rng, 3)}", value=lambda rng: f"PMT-{_d(rng, 6)}"),
    Kind("buoy", "weather buoy", "transmitter ID", "transmitter_id", "coastal monitoring team", 2, DIGITS,
         make=lambda rng: f"WB{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 2)}",
         value=lambda rng: f"TX{_d(rng, 1)}{_l(rng, 1)}-{_d(rng, 4)}"),
    Kind("van", "fleet van", "fuel card", "fuel_card", "fleet depot", 0, DIGITS,
         make=lambda rng: f"{_l(rng, 2)}{_d(rng, 2)} {_l(rng, 3)}", value=lambda rng: f"FC/{_d(rng, 4)}/{_d(rng, 2)}"),
]
