"""The seven registers of memlife_v31: who or what each holder is given, and how holders and values are written.

Values in words: a falconry centre's perches and the bird tethered to each, a wine cellar's bins and the cuvée laid
down in each, a fairground carousel's mounts and the name painted on the horse at each, a herbarium's cabinets and
the taxon filed in each. Values in codes: a building site's tower cranes and the licence number of the operator in
each cab, a harbour's tide gauges and the number of the calibration certificate each carries, a ferry's car lanes
and the booking reference of the vehicle parked in each.

A holder is a fixed prefix and a drawn tail of digits and consonants (no tail spells a word); its twin has one
character of the tail changed for another of the same class (``swaps``): a consonant on cellar bins, herbarium
cabinets and ferry lanes, a digit on the other four. ``StrictDraw`` keeps every value clear of every holder drawn so
far and every stranger clear of every value.
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

BIRD_NAME = ["Sable", "Copper", "Thistle", "Marigold", "Cinder", "Juniper", "Saffron", "Bramble", "Quartz", "Hazel",
             "Indigo", "Russet", "Nutmeg", "Tamarind"]
BIRD_KIND = ["Goshawk", "Merlin", "Kestrel", "Saker", "Lanner", "Gyrfalcon", "Hobby", "Buzzard", "Peregrine",
             "Sparrowhawk", "Harrier", "Shikra", "Caracara", "Aplomado"]
ESTATE = ["Aubergeon", "Castelvecchio", "Montravel", "Sancerrette", "Valdoro", "Pradelle", "Roquebrun", "Lamorelle",
          "Bellacqua", "Vauclaire", "Terrazzo", "Morvanne", "Quillane", "Calvane"]
CUVEE = ["Nocturne", "Solstice", "Vendange", "Aurore", "Cendre", "Bruyere", "Galet", "Silex", "Ombre", "Lumiere",
         "Orage", "Argile", "Falaise", "Sablon"]
HORSE_TRIM = ["Gilded", "Dappled", "Prancing", "Spangled", "Cantering", "Rosette", "Tasselled", "Ribboned", "Jingling",
              "Lacquered", "Mirrored", "Plumed", "Bridled", "Twirling"]
HORSE_NAME = ["Bucephalus", "Marengo", "Clementine", "Buttercup", "Pegasus", "Tallulah", "Rosalind", "Pimpernel",
              "Waltzer", "Humbug", "Sherbet", "Toffee", "Liquorice", "Gingersnap"]
GENUS = ["Saxifraga", "Gentiana", "Primula", "Campanula", "Dianthus", "Euphrasia", "Pinguicula", "Drosera", "Orchis",
         "Silene", "Arabis", "Draba", "Androsace", "Veronica"]
EPITHET = ["nivalis", "alpina", "borealis", "montana", "ciliata", "palustris", "rupestris", "glauca", "pumila",
           "hirsuta", "lutea", "rotundifolia", "serpyllifolia", "stricta"]


KINDS: list[Kind] = [
    Kind("falconry_perch", "falconry perch", "falconry perches", "bird", "bird", "head falconer", 6, DIGITS,
         make=lambda rng: f"PERCH-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=pairing(BIRD_NAME, BIRD_KIND)),
    Kind("cellar_bin", "cellar bin", "cellar bins", "cuvée", "cuvee", "cellar master", 4, LETTERS,
         make=lambda rng: f"BIN/{_l(rng, 2)}{_d(rng, 2)}", value=pairing(ESTATE, CUVEE)),
    Kind("carousel_mount", "carousel mount", "carousel mounts", "horse name", "horse", "ride foreman", 4, DIGITS,
         make=lambda rng: f"CRSL{_d(rng, 2)}.{_l(rng, 1)}{_d(rng, 1)}", value=pairing(HORSE_TRIM, HORSE_NAME)),
    Kind("herbarium_cabinet", "herbarium cabinet", "herbarium cabinets", "taxon", "taxon", "herbarium curator", 4,
         LETTERS, make=lambda rng: f"HRB-{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(GENUS, EPITHET)),
    Kind("tower_crane", "tower crane", "tower cranes", "operator licence", "licence_no", "site manager", 2, DIGITS,
         make=lambda rng: f"TC{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"OPL{_d(rng, 2)}-{_l(rng, 3)}{_d(rng, 2)}"),
    Kind("tide_gauge", "tide gauge", "tide gauges", "calibration certificate", "cert_no", "harbour hydrographer", 3,
         DIGITS, make=lambda rng: f"TG:{_d(rng, 1)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"CC/{_d(rng, 4)}/{_l(rng, 1)}{_d(rng, 1)}"),
    Kind("ferry_lane", "ferry lane", "ferry lanes", "booking reference", "booking_ref", "loading officer", 4, LETTERS,
         make=lambda rng: f"LANE{_d(rng, 1)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"FB{_l(rng, 2)}{_d(rng, 5)}"),
]
