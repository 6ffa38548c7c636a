"""The seven registers of memlife_v34: what each holder is given, and how holders and values are spelt.

Values in words: a parish's weathervanes and the figure mounted on each, a coastal trust's lighthouses and the keeper
on watch at each, a perfumery's vials and the accord blended into each, a print shop's type cases and the typeface
sorted into each. Values in codes: a drilling site's boreholes and the tag of the core drawn from each, an archery
club's butts and the scorecard pinned to each, a vending route's machines and the cash cassette locked in each.

A holder is a fixed prefix followed by a drawn tail of digits and consonants (no tail spells a word); its twin changes
one character of the tail for another of the same class (``swaps``): a consonant on weathervanes, type cases and
archery butts, a digit on the other four. ``StrictDraw`` keeps every value clear of every holder drawn so far and
every stranger clear of every value.
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

VANE_FINISH = ["Gilded", "Verdigris", "Pewter", "Copper", "Tarnished", "Scarlet", "Wrought", "Enamelled", "Bronzed",
               "Weathered", "Silvered", "Lacquered", "Speckled", "Burnished"]
VANE_FIGURE = ["Cockerel", "Gannet", "Mermaid", "Comet", "Ploughman", "Salmon", "Archer", "Dragon", "Schooner",
               "Hare", "Locomotive", "Griffin", "Fox", "Quill"]
KEEPER_FIRST = ["Morwenna", "Tobias", "Clemency", "Erasmus", "Philippa", "Barnaby", "Rosalind", "Jago", "Hermione",
                "Caspian", "Winifred", "Evander", "Marigold", "Ptolemy"]
KEEPER_LAST = ["Trevaskis", "Penhaligon", "Abernethy", "Fairweather", "Lightfoot", "Nkemelu", "Oyelaran", "Castellanos",
               "Whitlock", "Drummond", "Vasquez", "Halloran", "Lindqvist", "Marchbank"]
ACCORD_NOTE = ["Smoky", "Powdery", "Green", "Resinous", "Salted", "Honeyed", "Peppery", "Mossy", "Leathery", "Dewy",
               "Ambered", "Citrine", "Balsamic", "Musky"]
ACCORD_BASE = ["Vetiver", "Orris", "Neroli", "Oakmoss", "Labdanum", "Tuberose", "Benzoin", "Bergamot", "Galbanum",
               "Ylang", "Sandalwood", "Cardamom", "Jasmine", "Patchouli"]
FACE_NAME = ["Caslon", "Baskerville", "Bodoni", "Jenson", "Plantin", "Granjon", "Fournier", "Didot", "Bembo", "Janson",
             "Goudy", "Kennerley", "Clarendon", "Fleischmann"]
FACE_CUT = ["Condensed", "Italic", "Titling", "Roman", "Outline", "Extended", "Swash", "Shaded", "Bold", "Inline",
            "Compressed", "Antique", "Expanded", "Openface"]

KINDS: list[Kind] = [
    Kind("weathervane", "weathervane", "weathervanes", "figure", "figure", "steeplejack crew", 3, LETTERS,
         make=lambda rng: f"WV-{_l(rng, 2)}{_d(rng, 2)}", value=pairing(VANE_FINISH, VANE_FIGURE)),
    Kind("lighthouse", "lighthouse", "lighthouses", "keeper", "keeper", "coastal trust", 2, DIGITS,
         make=lambda rng: f"LH{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 1)}", value=pairing(KEEPER_FIRST, KEEPER_LAST)),
    Kind("perfume_vial", "perfume vial", "perfume vials", "accord", "accord", "perfumery studio", 3, DIGITS,
         make=lambda rng: f"VL.{_d(rng, 3)}{_l(rng, 1)}", value=pairing(ACCORD_NOTE, ACCORD_BASE)),
    Kind("type_case", "type case", "type cases", "typeface", "typeface", "composing room", 3, LETTERS,
         make=lambda rng: f"TC/{_l(rng, 1)}{_d(rng, 1)}{_l(rng, 2)}", value=pairing(FACE_NAME, FACE_CUT)),
    Kind("borehole", "borehole", "boreholes", "core tag", "core_tag", "site geologist", 3, DIGITS,
         make=lambda rng: f"BH-{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"CORE-{_d(rng, 4)}-{_l(rng, 2)}"),
    Kind("archery_butt", "archery butt", "archery butts", "scorecard number", "scorecard", "range captain", 2, LETTERS,
         make=lambda rng: f"AB{_d(rng, 1)}{_l(rng, 2)}{_d(rng, 1)}", value=lambda rng: f"SC{_d(rng, 2)}{_l(rng, 1)}{_d(rng, 3)}"),
    Kind("vending_machine", "vending machine", "vending machines", "cash cassette number", "cassette_no", "route engineer",
         2, DIGITS, make=lambda rng: f"VM{_d(rng, 3)}-{_l(rng, 1)}", value=lambda rng: f"CX-{_l(rng, 2)}{_d(rng, 4)}"),
]
