"""The seven registers of memlife_v30: what each holder is given, and how holders and values are written.

Values in words: a falconry centre's perches and the bird flown from each, a wine cellar's casks and the blend
maturing in each, a travelling circus's wagons and the act that rides in each, a botanic garden's glasshouse bays and
the specimen planted in each. Values in codes: a glacier station's sensor masts and the serial of the logger bolted
to each, a ferry's vehicle lanes and the booking reference of the car parked in each, a survey base's drone cradles
and the flight plan filed for the drone resting in each.

A holder is a fixed prefix and a drawn tail of digits and consonants (no tail spells a word); its twin has one
character of the tail changed for another of the same class (``swaps``): a consonant on circus wagons, glasshouse
bays and ferry lanes, a digit on the other four. ``StrictDraw`` keeps every value clear of every holder drawn so far
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

# The birds' names: a colour or metal, then a sound or a weather.
BIRD_TINT = ["Copper", "Tawny", "Sable", "Russet", "Pewter", "Umber", "Saffron", "Ashen", "Cobalt", "Bronze", "Ochre",
             "Slate", "Ivory", "Garnet"]
BIRD_CALL = ["Whistle", "Squall", "Drizzle", "Murmur", "Gust", "Chime", "Flurry", "Rustle", "Clatter", "Hailstone",
             "Sleet", "Thunder", "Zephyr", "Ripple"]
# The blends: a hillside or a season, then a fruit or a wood.
BLEND_SLOPE = ["Hillcrest", "Southbank", "Lowfield", "Midsummer", "Harvestide", "Stonegate", "Greystone", "Redcliff",
               "Fernbrook", "Oakhollow", "Larkrise", "Marlstone", "Windrush", "Chalkdown"]
BLEND_NOTE = ["Bramble", "Quince", "Damson", "Elderberry", "Mulberry", "Cedarwood", "Sloe", "Greengage", "Rosehip",
              "Medlar", "Hazelnut", "Sandalwood", "Juniper", "Blackthorn"]
# The acts: a surname a ringmaster would shout, then what the troupe does.
ACT_NAME = ["Zanetti", "Volkova", "Marchbanks", "Pellegrino", "Dubrovsky", "Okafor", "Lindqvist", "Castellane",
            "Ferreira", "Montague", "Abernathy", "Szabo", "Renwick", "Tamburini"]
ACT_FEAT = ["Jugglers", "Tumblers", "Aerialists", "Stiltwalkers", "Equestrians", "Clowns", "Contortionists",
            "Funambulists", "Knifethrowers", "Unicyclists", "Trampolinists", "Illusionists", "Firebreathers", "Acrobats"]
# The specimens: a made-up genus, then an epithet, both capitalised as the garden's labels print them.
PLANT_GENUS = ["Velloria", "Cardamine", "Tillandra", "Oxalis", "Nepentha", "Begonia", "Strelitzia", "Aechmea",
               "Dendrobia", "Calathea", "Medinilla", "Anthuria", "Gunnera", "Hoya"]
PLANT_EPITHET = ["Aurantia", "Velutina", "Gigantea", "Pendula", "Rubescens", "Montana", "Lanceolata", "Crispata",
                 "Nivalis", "Splendens", "Tomentosa", "Cordata", "Glauca", "Ferox"]


KINDS: list[Kind] = [
    Kind("falconry_perch", "falconry perch", "falconry perches", "bird", "bird", "falconer", 3, DIGITS,
         make=lambda rng: f"FP-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=pairing(BIRD_TINT, BIRD_CALL)),
    Kind("wine_cask", "wine cask", "wine casks", "blend", "blend", "cellar master", 4, DIGITS,
         make=lambda rng: f"CASK{_d(rng, 2)}/{_l(rng, 1)}{_d(rng, 1)}", value=pairing(BLEND_SLOPE, BLEND_NOTE)),
    Kind("circus_wagon", "circus wagon", "circus wagons", "act", "act", "tour manager", 3, LETTERS,
         make=lambda rng: f"WGN{_l(rng, 2)}.{_d(rng, 1)}{_l(rng, 1)}", value=pairing(ACT_NAME, ACT_FEAT)),
    Kind("glasshouse_bay", "glasshouse bay", "glasshouse bays", "specimen", "specimen", "curator of glass", 3, LETTERS,
         make=lambda rng: f"GH.{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(PLANT_GENUS, PLANT_EPITHET)),
    Kind("glacier_mast", "glacier mast", "glacier masts", "logger serial", "logger_sn", "station engineer", 2, DIGITS,
         make=lambda rng: f"GM{_d(rng, 3)}-{_l(rng, 1)}", value=lambda rng: f"LG{_l(rng, 1)}{_d(rng, 5)}"),
    Kind("ferry_lane", "ferry lane", "ferry lanes", "booking reference", "booking_ref", "loading officer", 5, LETTERS,
         make=lambda rng: f"LANE-{_d(rng, 2)}{_l(rng, 2)}", value=lambda rng: f"BKG{_d(rng, 3)}-{_l(rng, 3)}{_d(rng, 1)}"),
    Kind("drone_cradle", "drone cradle", "drone cradles", "flight plan", "flight_plan", "base controller", 3, DIGITS,
         make=lambda rng: f"DC-{_l(rng, 1)}{_d(rng, 3)}", value=lambda rng: f"FPL-{_d(rng, 2)}{_l(rng, 1)}-{_d(rng, 3)}"),
]
