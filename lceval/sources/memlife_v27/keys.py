"""The seven registers of memlife_v27: what each keeps, how its holders are coded, what value a holder carries.

Values in words: a seafront's beach huts and the tenant of each, a rowing club's boat racks and the boat stowed on
each, a sculpture park's plinths and the sculpture standing on each, a racing-pigeon loft's nest boxes and the pigeon
in each. Values in codes: a seed bank's drawers and the accession number filed in each, a goods yard's sidings and
the wagon number standing on each, a data centre's rack slots and the asset tag of the server mounted in each.

A holder's code is a fixed prefix and a drawn tail; its twin has one character of the tail changed for another of the
same class (``swaps``): a consonant for a consonant on boat racks, nest boxes and sidings, a digit for a digit
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


TENANT_FIRST = ["Ottilie", "Bertram", "Wilhelmina", "Peregrine", "Marguerite", "Ignatius", "Henrietta", "Evander",
                "Seraphina", "Crispin", "Araminta", "Ambrose"]
TENANT_LAST = ["Pellow", "Rudge", "Cardew", "Trelawny", "Mountjoy", "Bellamy", "Gillingham", "Haverstock", "Kettering",
               "Loveday", "Nethercott", "Ravenhill"]
BOAT_MOOD = ["Saucy", "Brisk", "Gallant", "Nimble", "Merry", "Steady", "Plucky", "Swift", "Dainty", "Bold", "Lively",
             "Patient"]
BOAT_BIRD = ["Heron", "Otter", "Kittiwake", "Puffin", "Curlew", "Dabchick", "Grebe", "Plover", "Shearwater", "Tern",
             "Avocet", "Merganser"]
SCULPTURE_POSE = ["Sleeping", "Weeping", "Dancing", "Seated", "Broken", "Gilded", "Hollow", "Leaning", "Quiet",
                  "Folded", "Winged", "Reclining"]
SCULPTURE_FORM = ["Colossus", "Torso", "Figure", "Head", "Spiral", "Column", "Arch", "Mother", "Wave", "Kouros",
                  "Angel", "Gate"]
PIGEON_PLUMAGE = ["Velvet", "Blue", "Mealy", "Chequer", "Grizzle", "Pied", "Red", "Smoky", "Dusky", "Ash", "Mottled",
                  "Ember"]
PIGEON_NAME = ["Arrow", "Rocket", "Duchess", "Bullet", "Whisper", "Flash", "Monarch", "Dart", "Baron", "Meteor",
               "Sprite", "Kestrel"]


KINDS: list[Kind] = [
    Kind("beach_hut", "beach hut", "beach huts", "tenant", "tenant", "seafront office", 4, DIGITS,
         make=lambda rng: f"HUT-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=pairing(TENANT_FIRST, TENANT_LAST)),
    Kind("boat_rack", "boat rack", "boat racks", "boat", "boat_name", "boathouse captain", 2, LETTERS,
         make=lambda rng: f"RK{_l(rng, 2)}-{_d(rng, 2)}", value=pairing(BOAT_MOOD, BOAT_BIRD)),
    Kind("plinth", "sculpture plinth", "sculpture plinths", "sculpture", "sculpture", "park registrar", 3, DIGITS,
         make=lambda rng: f"PL/{_d(rng, 3)}{_l(rng, 1)}", value=pairing(SCULPTURE_POSE, SCULPTURE_FORM)),
    Kind("nest_box", "nest box", "nest boxes", "pigeon", "pigeon", "loft secretary", 2, LETTERS,
         make=lambda rng: f"NB{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(PIGEON_PLUMAGE, PIGEON_NAME)),
    Kind("seed_drawer", "seed bank drawer", "seed bank drawers", "accession", "accession_no", "seed bank curator", 3,
         DIGITS, make=lambda rng: f"SD-{_d(rng, 2)}.{_l(rng, 1)}{_d(rng, 1)}",
         value=lambda rng: f"ACC-{_d(rng, 4)}{_l(rng, 1)}"),
    Kind("siding", "railway siding", "railway sidings", "wagon", "wagon_no", "yard controller", 3, LETTERS,
         make=lambda rng: f"YS-{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=lambda rng: f"WG{_d(rng, 2)}-{_d(rng, 4)}"),
    Kind("rack_slot", "server rack slot", "server rack slots", "asset tag", "asset_tag", "data hall desk", 1, DIGITS,
         make=lambda rng: f"U{_d(rng, 2)}-R{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"AT-{_l(rng, 2)}{_d(rng, 4)}"),
]
