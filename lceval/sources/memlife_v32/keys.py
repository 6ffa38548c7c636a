"""The seven registers of memlife_v32: what each holder is given, and how holders and values are spelt.

Values in words: a zoo's enclosures and the animal living in each, an opera house's boxes and the patron who
subscribes to each, a mountain lift's cable car cabins and the livery painted on each, a chapel's windows and the
dedication glazed into each. Values in codes: a town's fire hydrants and the inspection tag hung on each, a bell
foundry's moulds and the pour batch cast in each, an auction mart's sheep pens and the flock mark of the sheep in each.

A holder is a fixed prefix and a drawn tail of digits and consonants (no tail spells a word); its twin has one
character of the tail changed for another of the same class (``swaps``): a consonant for opera boxes, cable car
cabins and foundry moulds, a digit for the other four. ``StrictDraw`` keeps every value clear of every holder drawn
so far and every stranger clear of every value.
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

PET_NAME = ["Marigold", "Bartholomew", "Clementine", "Rufus", "Philippa", "Augustus", "Winifred", "Jasper", "Henrietta",
            "Barnaby", "Ophelia", "Tobias", "Genevieve", "Percival"]
SPECIES = ["Tapir", "Okapi", "Capybara", "Pangolin", "Binturong", "Wombat", "Aardvark", "Meerkat", "Quokka", "Kinkajou",
           "Armadillo", "Tamarin", "Coati", "Serval"]
PATRON_FIRST = ["Araminta", "Cornelius", "Euphemia", "Ptolemy", "Rosalind", "Valentine", "Millicent", "Ezekiel",
                "Georgiana", "Lucian", "Philomena", "Sebastian", "Honoria", "Algernon"]
PATRON_LAST = ["Fairweather", "Blackwood", "Montague", "Ashdown", "Penhaligon", "Carrington", "Wetherby", "Delacroix",
               "Strickland", "Lindqvist", "Oyelaran", "Vasquez", "Greenhalgh", "Trevelyan"]
PAINT = ["Saffron", "Cobalt", "Vermilion", "Ochre", "Teal", "Crimson", "Amber", "Indigo", "Jade", "Magenta", "Umber",
         "Cerulean", "Scarlet", "Ivory"]
PATTERN = ["Chevron", "Lattice", "Pinstripe", "Chequer", "Herringbone", "Paisley", "Tartan", "Houndstooth", "Argyle",
           "Polka", "Zigzag", "Damask", "Harlequin", "Gingham"]
DONOR = ["Pemberton", "Ashcombe", "Falkner", "Radcliffe", "Whitlock", "Oakhurst", "Ellery", "Marchbanks", "Hollis",
         "Winterbourne", "Castellan", "Dunmore", "Lisle", "Abernethy"]
GIFT = ["Bequest", "Endowment", "Memorial", "Legacy", "Tribute", "Offering", "Benefaction", "Gift", "Dedication",
        "Foundation", "Trust", "Remembrance", "Jubilee", "Thanksgiving"]


KINDS: list[Kind] = [
    Kind("zoo_enclosure", "zoo enclosure", "zoo enclosures", "resident", "resident", "head keeper", 4, DIGITS,
         make=lambda rng: f"ZOO.{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 1)}", value=pairing(PET_NAME, SPECIES)),
    Kind("opera_box", "opera box", "opera boxes", "patron", "patron", "box office", 3, LETTERS,
         make=lambda rng: f"OB/{_l(rng, 2)}{_d(rng, 2)}", value=pairing(PATRON_FIRST, PATRON_LAST)),
    Kind("cable_car_cabin", "cable car cabin", "cable car cabins", "livery", "livery", "lift operator", 4, LETTERS,
         make=lambda rng: f"CAB-{_l(rng, 1)}{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 1)}", value=pairing(PAINT, PATTERN)),
    Kind("chapel_window", "chapel window", "chapel windows", "dedication", "dedication", "vestry clerk", 3, DIGITS,
         make=lambda rng: f"WIN{_d(rng, 3)}{_l(rng, 1)}", value=pairing(DONOR, GIFT)),
    Kind("fire_hydrant", "fire hydrant", "fire hydrants", "inspection tag", "inspection_tag", "water board", 4, DIGITS,
         make=lambda rng: f"HYD-{_l(rng, 1)}{_d(rng, 3)}", value=lambda rng: f"IT{_d(rng, 3)}-{_l(rng, 1)}{_d(rng, 2)}"),
    Kind("foundry_mould", "foundry mould", "foundry moulds", "pour batch", "pour_batch", "casting shop", 3, LETTERS,
         make=lambda rng: f"MLD{_d(rng, 1)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"PB-{_d(rng, 4)}{_l(rng, 2)}"),
    Kind("sheep_pen", "sheep pen", "sheep pens", "flock mark", "flock_mark", "auction mart", 3, DIGITS,
         make=lambda rng: f"PEN{_l(rng, 1)}{_d(rng, 2)}.{_d(rng, 1)}", value=lambda rng: f"FLK{_l(rng, 2)}{_d(rng, 3)}"),
]
