"""The seven registers of memlife_v24: what each one keeps, how its holders are coded, what value a holder carries.

Values in words: an apiary's hives and the beekeeper who looks after each, a museum's display cases and the exhibit
shown in each, a rescue shelter's kennel runs and the dog housed in each, a plant nursery's greenhouse benches and the
crop raised on each. Values in codes: a biobank's lab freezers and the sample batch stored in each, a hotel's rooms
and the key card issued for each, a wind farm's turbines and the gearbox (by serial) fitted in each.

A holder's code is a fixed prefix and a drawn tail; its twin has one character of the tail changed for another of the
same class (``swaps``): a consonant for a consonant on hives and kennel runs, a digit for a digit elsewhere. Letters
are consonants only, so no code spells a word. The family's ``Draw`` also keeps every value clear of every holder drawn
so far, and every stranger clear of every value.
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


KEEPER_FIRST = ["Ottilie", "Bartholomew", "Isadora", "Cormac", "Philippa", "Leopold", "Ysolde", "Crispin", "Genevieve",
                "Lazarus", "Rosamund", "Thaddeus"]
KEEPER_LAST = ["Marchbank", "Quennell", "Abernethy", "Okonkwo", "Villiers", "Sandoval", "Pendergast", "Halloran",
               "Nakashima", "Featherstone", "Ruthven", "Drummond"]
EXHIBIT_MATERIAL = ["Bronze", "Gilt", "Ivory", "Obsidian", "Lacquered", "Enamel", "Silver", "Jade", "Terracotta", "Pewter",
                    "Amber", "Walnut"]
EXHIBIT_OBJECT = ["Helmet", "Astrolabe", "Reliquary", "Chalice", "Hourglass", "Locket", "Sextant", "Figurine", "Compass",
                  "Brooch", "Inkwell", "Mask"]
DOG_TITLE = ["Captain", "Lady", "Sergeant", "Little", "Professor", "Duchess", "Major", "Auntie", "Sir", "Mister", "Nurse",
             "Baron"]
DOG_NAME = ["Pickles", "Waffle", "Crumpet", "Noodle", "Bramwell", "Fudge", "Mango", "Dumpling", "Pretzel", "Toffee",
            "Biscotti", "Nutmeg"]
CROP_TRAIT = ["Scarlet", "Dwarf", "Purple", "Giant", "Early", "Tuscan", "Frilled", "Golden", "Striped", "Trailing",
              "Winter", "Sugar"]
CROP_PLANT = ["Chard", "Kohlrabi", "Fennel", "Okra", "Tomatillo", "Radicchio", "Celeriac", "Mizuna", "Borlotti", "Gherkin",
              "Salsify", "Amaranth"]


KINDS: list[Kind] = [
    Kind("hive", "hive", "hives", "beekeeper", "keeper", "apiary committee", 2, LETTERS,
         make=lambda rng: f"HV{_d(rng, 2)}-{_l(rng, 3)}", value=pairing(KEEPER_FIRST, KEEPER_LAST)),
    Kind("display_case", "display case", "display cases", "exhibit", "exhibit", "curatorial team", 3, DIGITS,
         make=lambda rng: f"DC/{_l(rng, 1)}{_d(rng, 4)}", value=pairing(EXHIBIT_MATERIAL, EXHIBIT_OBJECT)),
    Kind("kennel", "kennel run", "kennel runs", "dog", "dog", "rescue shelter", 3, LETTERS,
         make=lambda rng: f"KR-{_l(rng, 2)}{_d(rng, 3)}", value=pairing(DOG_TITLE, DOG_NAME)),
    Kind("bench", "greenhouse bench", "greenhouse benches", "crop", "crop", "plant nursery", 2, DIGITS,
         make=lambda rng: f"GH{_d(rng, 1)}-{_l(rng, 1)}{_d(rng, 3)}", value=pairing(CROP_TRAIT, CROP_PLANT)),
    Kind("freezer", "lab freezer", "lab freezers", "sample batch", "batch_no", "biobank", 2, DIGITS,
         make=lambda rng: f"FZ{_d(rng, 2)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"LOT-{_d(rng, 4)}-{_l(rng, 1)}"),
    Kind("hotel_room", "hotel room", "hotel rooms", "key card", "keycard", "reception team", 2, DIGITS,
         make=lambda rng: f"RM{_d(rng, 3)}-{_l(rng, 2)}", value=lambda rng: f"KC{_d(rng, 2)}:{_d(rng, 4)}"),
    Kind("turbine", "wind turbine", "wind turbines", "gearbox", "gearbox_sn", "wind farm operations team", 4, DIGITS,
         make=lambda rng: f"WTG-{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"GX{_l(rng, 2)}{_d(rng, 5)}"),
]
