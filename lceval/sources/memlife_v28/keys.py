"""The seven registers of memlife_v28: what each keeps, how its holders are coded, what value a holder carries.

Values in words: a theatre's dressing rooms and the performer given each, a town's allotment plots and the crop grown
on each, a museum's display cases and the exhibit shown in each, a public aquarium's tanks and the fish living in
each. Values in codes: a university library's study carrels and the reader ticket booked into each, an airport's
aircraft stands and the flight parked on each, a wind farm's turbines and the serial number of the controller
fitted to each.

A holder's code is a fixed prefix and a drawn tail; its twin has one character of the tail changed for another of the
same class (``swaps``): a consonant for a consonant on allotment plots, aquarium tanks and airport stands, a digit for
a digit on the others. Letters are consonants only, so no code spells a word. Through ``StrictDraw`` each value stays
clear of every holder drawn so far and every stranger clear of every value.
"""

from __future__ import annotations

import functools

from ..memlife_common.keys import CONSONANTS as LETTERS
from ..memlife_common.keys import DIGITS, chars, pairing
from ..memlife_common.keys import Register as Kind
from ..memlife_common.keys import StrictDraw as Draw

__all__ = ["DIGITS", "KINDS", "LETTERS", "Draw", "Kind"]

_d = functools.partial(chars, DIGITS)
_l = functools.partial(chars, LETTERS)


PERFORMER_GIVEN = ["Dulcie", "Rafferty", "Clementine", "Barnaby", "Philippa", "Jago", "Rosalind", "Fitzroy", "Delphine",
                   "Hamish", "Cordelia", "Lucan", "Marisol", "Tobias"]
PERFORMER_FAMILY = ["Quennell", "Ashdown", "Fairweather", "Maddox", "Pennington", "Strachan", "Vellacott",
                    "Winterbourne", "Oakes", "Lindqvist", "Brabazon", "Carrow", "Hesketh", "Dunmore"]
CROP_SORT = ["Purple", "Golden", "Crimson", "Giant", "Early", "Winter", "Dwarf", "Striped", "Sweet", "Frilled", "Ruby",
             "Late", "Silver", "Round"]
CROP = ["Kale", "Rhubarb", "Leek", "Parsnip", "Chard", "Squash", "Shallot", "Celeriac", "Beetroot", "Fennel",
        "Marrow", "Pumpkin", "Kohlrabi", "Radish"]
EXHIBIT_MATERIAL = ["Bronze", "Ivory", "Jade", "Lacquer", "Pewter", "Obsidian", "Enamel", "Amber", "Walnut", "Porcelain",
                    "Gilt", "Terracotta", "Marble", "Horn"]
EXHIBIT_OBJECT = ["Astrolabe", "Chalice", "Reliquary", "Snuffbox", "Hairpin", "Sextant", "Teapot", "Mirror", "Brooch",
                  "Inkwell", "Amulet", "Censer", "Casket", "Figurine"]
FISH_MARKING = ["Azure", "Scarlet", "Spotted", "Banded", "Emerald", "Copper", "Speckled", "Flame", "Lemon", "Royal",
                "Pearl", "Tiger", "Coral", "Midnight"]
FISH = ["Wrasse", "Tetra", "Angelfish", "Gourami", "Cichlid", "Loach", "Danio", "Rasbora", "Pleco", "Guppy", "Molly",
        "Barb", "Goby", "Killifish"]


KINDS: list[Kind] = [
    Kind("dressing_room", "dressing room", "dressing rooms", "performer", "performer", "stage manager", 2, DIGITS,
         make=lambda rng: f"DR{_d(rng, 1)}-{_l(rng, 1)}{_d(rng, 2)}", value=pairing(PERFORMER_GIVEN, PERFORMER_FAMILY)),
    Kind("allotment_plot", "allotment plot", "allotment plots", "crop", "crop", "allotment secretary", 4, LETTERS,
         make=lambda rng: f"PLT/{_l(rng, 2)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(CROP_SORT, CROP)),
    Kind("display_case", "display case", "display cases", "exhibit", "exhibit", "collections officer", 5, DIGITS,
         make=lambda rng: f"CASE-{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 1)}", value=pairing(EXHIBIT_MATERIAL, EXHIBIT_OBJECT)),
    Kind("aquarium_tank", "aquarium tank", "aquarium tanks", "fish", "fish", "head aquarist", 2, LETTERS,
         make=lambda rng: f"TK{_l(rng, 1)}{_d(rng, 2)}-{_l(rng, 1)}", value=pairing(FISH_MARKING, FISH)),
    Kind("carrel", "library carrel", "library carrels", "reader ticket", "reader_ticket", "reading room desk", 4, DIGITS,
         make=lambda rng: f"CRL-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"RDR-{_d(rng, 4)}{_l(rng, 2)}"),
    Kind("aircraft_stand", "aircraft stand", "aircraft stands", "flight", "flight_no", "ramp controller", 4, LETTERS,
         make=lambda rng: f"STN-{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=lambda rng: f"{_l(rng, 2)}{_d(rng, 4)}"),
    Kind("turbine", "wind turbine", "wind turbines", "controller serial", "controller_sn", "wind farm operator", 3,
         DIGITS, make=lambda rng: f"WTG{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 1)}",
         value=lambda rng: f"SN-{_d(rng, 3)}-{_l(rng, 1)}{_d(rng, 3)}"),
]
