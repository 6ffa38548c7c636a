"""The seven registers of memlife_v35: what each holder is, what is entered against it, and how both are spelt.

Values in words: a formal garden's topiary frames and the shape clipped on each, a farm's scarecrow posts and the
name of the scarecrow standing on each, a conservation studio's mosaic panels and the motif set in each, a
fairground's ghost train cars and the spook riding in each. Values in codes: a tanyard's vats and the hide lot
soaking in each, a telegraph line's poles and the circuit code strung on each, a saltworks' pans and the harvest
ticket of the salt drying in each.

A holder is a fixed prefix and a drawn tail of digits and consonants (no tail spells a word); its twin has one
character of the tail changed for another of its class: a consonant on scarecrow posts, mosaic panels and telegraph
poles, a digit on the other four. ``StrictDraw`` keeps values clear of holders and strangers clear of values.
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

POSE = ["Sleeping", "Prancing", "Coiled", "Rearing", "Nesting", "Strutting", "Crouching", "Soaring", "Dozing",
        "Leaping", "Grazing", "Preening", "Bowing", "Lurking"]
BEAST = ["Peacock", "Hare", "Dragon", "Stag", "Swan", "Pelican", "Badger", "Elephant", "Tortoise", "Griffin",
         "Walrus", "Squirrel", "Ostrich", "Lobster"]
TITLE = ["Parson", "Captain", "Auntie", "Farmer", "Sergeant", "Widow", "Lord", "Uncle", "Granny", "Professor",
         "Bishop", "Squire", "Nanny", "Colonel"]
SURNAME = ["Mangold", "Turnipseed", "Haystack", "Crowbane", "Furrow", "Thistledown", "Mudlark", "Strawbottle",
           "Pumpkinhead", "Dewberry", "Hedgerow", "Bramblecoat", "Oatcake", "Scrumpy"]
TINT = ["Ochre", "Cobalt", "Umber", "Saffron", "Verdigris", "Vermilion", "Jade", "Indigo", "Amber", "Porphyry",
        "Russet", "Sienna", "Lapis", "Pearl"]
MOTIF = ["Pomegranate", "Dolphin", "Labyrinth", "Rosette", "Anchor", "Sunburst", "Chariot", "Quail", "Amphora",
         "Lyre", "Octopus", "Meander", "Trident", "Cypress"]
MANNER = ["Grinning", "Wailing", "Headless", "Rattling", "Cackling", "Shrieking", "Moaning", "Gibbering",
          "Shuffling", "Clanking", "Howling", "Whispering", "Glowering", "Hooded"]
SPOOK = ["Banshee", "Phantom", "Ghoul", "Wraith", "Mummy", "Skeleton", "Vampire", "Poltergeist", "Werewolf",
         "Spectre", "Zombie", "Gargoyle", "Revenant", "Bogeyman"]


KINDS: list[Kind] = [
    Kind("topiary_frame", "topiary frame", "topiary frames", "shape", "shape", "head gardener", 4, DIGITS,
         make=lambda rng: f"TPY-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=pairing(POSE, BEAST)),
    Kind("scarecrow_post", "scarecrow post", "scarecrow posts", "scarecrow", "scarecrow", "farm bailiff", 4, LETTERS,
         make=lambda rng: f"SCR/{_l(rng, 2)}{_d(rng, 2)}", value=pairing(TITLE, SURNAME)),
    Kind("mosaic_panel", "mosaic panel", "mosaic panels", "motif", "motif", "conservation studio", 3, LETTERS,
         make=lambda rng: f"MOS{_d(rng, 1)}.{_l(rng, 1)}{_d(rng, 1)}{_l(rng, 1)}", value=pairing(TINT, MOTIF)),
    Kind("ghost_train_car", "ghost train car", "ghost train cars", "spook", "spook", "ride foreman", 2, DIGITS,
         make=lambda rng: f"GT{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 1)}", value=pairing(MANNER, SPOOK)),
    Kind("tannery_vat", "tannery vat", "tannery vats", "hide lot", "hide_lot", "tanyard clerk", 5, DIGITS,
         make=lambda rng: f"TANV-{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 1)}", value=lambda rng: f"HL{_d(rng, 3)}-{_l(rng, 2)}{_d(rng, 1)}"),
    Kind("telegraph_pole", "telegraph pole", "telegraph poles", "circuit code", "circuit", "lines inspector", 2, LETTERS,
         make=lambda rng: f"TP{_l(rng, 2)}/{_d(rng, 3)}", value=lambda rng: f"CKT-{_l(rng, 1)}{_d(rng, 4)}"),
    Kind("salt_pan", "salt pan", "salt pans", "harvest ticket", "harvest_ticket", "saltworks foreman", 4, DIGITS,
         make=lambda rng: f"PAN-{_d(rng, 1)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"ST{_d(rng, 2)}{_l(rng, 1)}-{_d(rng, 3)}"),
]
