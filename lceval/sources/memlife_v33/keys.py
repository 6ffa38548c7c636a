"""The seven registers of memlife_v33: what each holder is, who keeps its register, and how holders and values look.

Values in words: a letterpress shop's type cases and the typeface sorted into each, a sled-dog race's teams and the
lead dog running at the front of each, a quilting guild's frames and the pattern stretched on each, a coast's
lighthouses and the keeper posted to each. Values in codes: a seismic network's seismometers and the digitiser wired
to each, a mint's coining dies and the strike lot each is set to, a hydrology survey's boreholes and the data logger
hung in each.

A holder is a fixed prefix followed by a drawn tail of digits and consonants, so no tail spells a word. Its twin has
one character of the tail swapped for another of the same class (``swaps``): a consonant for type cases, sled teams
and boreholes, a digit for the other four. ``StrictDraw`` keeps each value clear of every holder drawn so far and each
stranger clear of every value.
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

# Typefaces: a foundry-ish name, then a style.
FACE_NAME = ["Barnacle", "Juniper", "Ironside", "Marigold", "Pemberton", "Quillon", "Rosewater", "Saltire",
             "Thornbury", "Valance", "Wexcombe", "Ashdown", "Caxtonia", "Dunmore"]
FACE_STYLE = ["Grotesque", "Antiqua", "Fraktur", "Egyptian", "Roman", "Italic", "Script", "Uncial", "Clarendon",
              "Didone", "Slab", "Gothic", "Blackletter", "Rotunda"]
# Lead dogs: a call name, then a running nickname.
DOG_NAME = ["Frost", "Tamarack", "Ruckus", "Sable", "Flint", "Nanook", "Pepper", "Cinder", "Yukon", "Bramble", "Ember",
            "Sitka", "Kobuk", "Tuktu"]
DOG_NICK = ["Howler", "Dasher", "Runner", "Tracker", "Chaser", "Breaker", "Drifter", "Rambler", "Ranger", "Sprinter",
            "Trotter", "Prowler", "Lopper", "Strider"]
# Quilt patterns: a motif, then a block.
QUILT_MOTIF = ["Broken", "Turkey", "Windmill", "Ohio", "Bearpaw", "Cathedral", "Honeycomb", "Lemoyne", "Pineapple",
               "Railway", "Schoolhouse", "Snowball", "Tumbling", "Wedding"]
QUILT_BLOCK = ["Star", "Chain", "Cabin", "Basket", "Fan", "Ring", "Wheel", "Lattice", "Maze", "Compass", "Garden",
               "Bowtie", "Blocks", "Crossing"]
# Keepers: a Cornish-flavoured given name, then a surname.
KEEPER_GIVEN = ["Tamsin", "Jory", "Morwenna", "Gwithian", "Elowen", "Peder", "Senara", "Kitto", "Demelza", "Jago",
                "Loveday", "Tristram", "Wenna", "Cador"]
KEEPER_FAMILY = ["Penhallow", "Trevithick", "Polkinghorne", "Carnsew", "Rosewarne", "Nancarrow", "Tregenza", "Bolitho",
                 "Pascoe", "Trelease", "Chenoweth", "Vosper", "Pendarves", "Hosking"]


KINDS: list[Kind] = [
    Kind("type_case", "type case", "type cases", "typeface", "typeface", "composing room", 3, LETTERS,
         make=lambda rng: f"TC-{_l(rng, 2)}{_d(rng, 2)}", value=pairing(FACE_NAME, FACE_STYLE)),
    Kind("sled_team", "sled team", "sled teams", "lead dog", "lead_dog", "race marshal", 5, LETTERS,
         make=lambda rng: f"TEAM-{_l(rng, 3)}{_d(rng, 1)}", value=pairing(DOG_NAME, DOG_NICK)),
    Kind("quilt_frame", "quilting frame", "quilting frames", "pattern", "pattern", "guild secretary", 2, DIGITS,
         make=lambda rng: f"QF{_d(rng, 3)}{_l(rng, 1)}", value=pairing(QUILT_MOTIF, QUILT_BLOCK)),
    Kind("lighthouse", "lighthouse", "lighthouses", "keeper", "keeper", "lights board", 3, DIGITS,
         make=lambda rng: f"LH/{_l(rng, 1)}{_d(rng, 3)}", value=pairing(KEEPER_GIVEN, KEEPER_FAMILY)),
    Kind("seismometer", "seismometer", "seismometers", "digitiser", "digitiser", "network operator", 3, DIGITS,
         make=lambda rng: f"SZ.{_d(rng, 2)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"DGT-{_d(rng, 4)}{_l(rng, 1)}"),
    Kind("mint_die", "coining die", "coining dies", "strike lot", "strike_lot", "mint floor", 4, DIGITS,
         make=lambda rng: f"DIE-{_l(rng, 1)}{_d(rng, 3)}", value=lambda rng: f"LOT{_d(rng, 3)}/{_l(rng, 2)}"),
    Kind("borehole", "borehole", "boreholes", "data logger", "logger_id", "hydrology desk", 3, LETTERS,
         make=lambda rng: f"BH-{_l(rng, 2)}{_d(rng, 2)}", value=lambda rng: f"LG{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 3)}"),
]
