"""The seven registers of memlife_v26: what each keeps, how its holders are coded, what value a holder carries.

Values in words: a university library's study carrels and the reader each is lent to, a covered market's stalls and
the trader who rents each, a vineyard's rows and the grape each is planted with, a recording studio's booths and the
band each is booked for. Values in codes: a brewery's fermenting vessels and the batch in each, an airport apron's
aircraft stands and the registration of the aircraft parked on each, a warehouse's pick bins and the stock-keeping
unit (SKU) slotted into each.

A holder's code is a fixed prefix and a drawn tail; its twin has one character of the tail changed for another of the
same class (``swaps``): a consonant for a consonant on market stalls, studio booths and pick bins, a digit for a digit
elsewhere. Letters are consonants only, so no code spells a word. Each value stays clear of every holder drawn so far
and every stranger clear of every value.
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


READER_FIRST = ["Imogen", "Barnaby", "Ottoline", "Cuthbert", "Rosalind", "Fenwick", "Philippa", "Lysander", "Genevieve",
                "Horatio", "Winifred", "Alaric"]
READER_LAST = ["Pennyfeather", "Ashcombe", "Thorneycroft", "Quayle", "Marchbank", "Oddie", "Pilkington", "Sowerby",
               "Tregarthen", "Venables", "Whitlock", "Yardley"]
TRADER_MOOD = ["Honest", "Gilded", "Rustic", "Jolly", "Crusty", "Spiced", "Smoky", "Tidy", "Humble", "Thrifty", "Bonny",
               "Peppery"]
TRADER_WARE = ["Crumpet", "Radish", "Ladle", "Pickle", "Teapot", "Turnip", "Kipper", "Bramble", "Muffin", "Chutney",
               "Parsnip", "Saucepan"]
GRAPE_SITE = ["Blush", "Amber", "Dusk", "Gravel", "Slate", "Hillside", "Lowland", "Riverbank", "Morning", "Autumn",
              "Copper", "Chalkland"]
GRAPE_VINE = ["Muscat", "Sylvaner", "Gamay", "Trousseau", "Kerner", "Dornfelder", "Bacchus", "Ortega", "Regent",
              "Solaris", "Rondo", "Madeleine"]
BAND_TONE = ["Paper", "Static", "Neon", "Hollow", "Electric", "Lunar", "Cardboard", "Rusty", "Midnight", "Crimson",
             "Silver", "Wandering"]
BAND_CREW = ["Anchors", "Lanterns", "Foxes", "Satellites", "Gulls", "Pilots", "Orchids", "Engines", "Harbours", "Comets",
             "Ravens", "Tides"]
REGISTRATION_PREFIX = ["G", "EI", "OY", "SE", "VH", "ZK"]


KINDS: list[Kind] = [
    Kind("carrel", "study carrel", "study carrels", "reader", "reader", "library desk", 4, DIGITS,
         make=lambda rng: f"CAR-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=pairing(READER_FIRST, READER_LAST)),
    Kind("stall", "market stall", "market stalls", "trader", "trader", "market office", 2, LETTERS,
         make=lambda rng: f"MS{_l(rng, 2)}/{_d(rng, 2)}", value=pairing(TRADER_MOOD, TRADER_WARE)),
    Kind("vine_row", "vineyard row", "vineyard rows", "grape", "grape", "vineyard office", 3, DIGITS,
         make=lambda rng: f"VR-{_d(rng, 2)}{_l(rng, 2)}", value=pairing(GRAPE_SITE, GRAPE_VINE)),
    Kind("booth", "studio booth", "studio booths", "band", "band", "studio bookings desk", 3, LETTERS,
         make=lambda rng: f"BTH{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(BAND_TONE, BAND_CREW)),
    Kind("fermenter", "fermenting vessel", "fermenting vessels", "batch", "batch_no", "brewhouse", 2, DIGITS,
         make=lambda rng: f"FV{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"BR{_d(rng, 3)}-{_l(rng, 1)}{_d(rng, 2)}"),
    Kind("stand", "aircraft stand", "aircraft stands", "registration", "aircraft_reg", "apron control", 3, DIGITS,
         make=lambda rng: f"AS-{_d(rng, 3)}{_l(rng, 1)}", value=lambda rng: f"{rng.choice(REGISTRATION_PREFIX)}-{_l(rng, 4)}"),
    Kind("pick_bin", "pick bin", "pick bins", "SKU", "sku", "warehouse", 4, LETTERS,
         make=lambda rng: f"BIN.{_l(rng, 2)}{_d(rng, 3)}", value=lambda rng: f"SKU-{_d(rng, 5)}"),
]
