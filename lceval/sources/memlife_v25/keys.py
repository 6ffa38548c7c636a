"""The seven registers of memlife_v25: what each keeps, how its holders are coded, what value a holder carries.

Values in words: a ferry terminal's berths and the vessel tied up at each, a choir vestry's robe hooks and the
chorister who hangs a robe on each, a camera club darkroom's enlargers and the film stock loaded for each, a puppet
theatre's pegs and the puppet hung on each. Values in codes: a spa's sauna lockers and the wristband that opens each,
a signal box's levers and the route code each sets, an observatory's telescope piers and the camera (by serial)
mounted on each.

A holder's code is a fixed prefix and a drawn tail; its twin has one character of the tail changed for another of the
same class (``swaps``): a consonant for a consonant on robe hooks, puppet pegs and signal levers, a digit for a digit
elsewhere. Letters are consonants only, so no code spells a word. As in every family drawing through a ``Draw``, each
value stays clear of every holder drawn so far and every stranger clear of every value.
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


VESSEL_TONE = ["Saltire", "Russet", "Cobalt", "Hazel", "Vermilion", "Pewterline", "Sable", "Ochre", "Indigo", "Ember",
               "Larch", "Tawny"]
VESSEL_BIRD = ["Guillemot", "Shearwater", "Kittiwake", "Curlew", "Plover", "Petrel", "Dunlin", "Whimbrel", "Gannet",
               "Redshank", "Fulmar", "Merganser"]
SINGER_FIRST = ["Wilhelmina", "Ambrose", "Clementine", "Evander", "Henrietta", "Ignatius", "Marguerite", "Octavius",
                "Persephone", "Rupert", "Seraphina", "Tobias"]
SINGER_LAST = ["Wolstenholme", "Trask", "Beaumont", "Cartwright", "Dunmore", "Ellery", "Fairweather", "Gillingham",
               "Hargreaves", "Kilbride", "Lockwood", "Mountjoy"]
STOCK_GRAIN = ["Velvet", "Granite", "Silk", "Harbour", "Meadow", "Frost", "Cinder", "Lantern", "Quarry", "Thistle",
               "Willow", "Marble"]
STOCK_LINE = ["Panchro", "Orthochrome", "Monobrom", "Duotone", "Halide", "Lumina", "Negafine", "Tonalux", "Argentol",
              "Platine", "Sepiatone", "Kristall"]
PUPPET_MANNER = ["Crooked", "Dapper", "Gloomy", "Jolly", "Lanky", "Nimble", "Pompous", "Rascally", "Sleepy", "Twitchy",
                 "Wobbly", "Grumbling"]
PUPPET_PART = ["Jester", "Woodcutter", "Mermaid", "Alderman", "Ogre", "Chimneysweep", "Magistrate", "Goose", "Pirate",
               "Milkmaid", "Wizard", "Hobgoblin"]


KINDS: list[Kind] = [
    Kind("berth", "ferry berth", "ferry berths", "vessel", "vessel", "harbour office", 3, DIGITS,
         make=lambda rng: f"FB-{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 1)}", value=pairing(VESSEL_TONE, VESSEL_BIRD)),
    Kind("robe_hook", "choir robe hook", "choir robe hooks", "chorister", "chorister", "vestry", 2, LETTERS,
         make=lambda rng: f"RH{_d(rng, 1)}/{_l(rng, 3)}", value=pairing(SINGER_FIRST, SINGER_LAST)),
    Kind("enlarger", "darkroom enlarger", "darkroom enlargers", "film stock", "film_stock", "camera club darkroom", 3,
         DIGITS, make=lambda rng: f"EN.{_l(rng, 1)}{_d(rng, 3)}", value=pairing(STOCK_GRAIN, STOCK_LINE)),
    Kind("puppet_peg", "puppet peg", "puppet pegs", "puppet", "puppet", "puppet theatre wardrobe", 2, LETTERS,
         make=lambda rng: f"PP{_l(rng, 2)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(PUPPET_MANNER, PUPPET_PART)),
    Kind("sauna_locker", "sauna locker", "sauna lockers", "wristband", "wristband_id", "spa front desk", 2, DIGITS,
         make=lambda rng: f"SL{_d(rng, 3)}{_l(rng, 1)}", value=lambda rng: f"WB-{_d(rng, 4)}-{_l(rng, 1)}"),
    Kind("signal_lever", "signal lever", "signal levers", "route code", "route_code", "signal box", 3, LETTERS,
         make=lambda rng: f"LV-{_l(rng, 2)}{_d(rng, 2)}", value=lambda rng: f"RT{_d(rng, 1)}/{_l(rng, 1)}{_d(rng, 3)}"),
    Kind("telescope_pier", "telescope pier", "telescope piers", "camera", "camera_sn", "observatory", 4, DIGITS,
         make=lambda rng: f"TP-{_l(rng, 1)}{_d(rng, 3)}", value=lambda rng: f"CCD{_l(rng, 2)}{_d(rng, 4)}"),
]
