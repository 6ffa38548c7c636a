"""The seven registers of memlife_v29: who or what each holder is given, and how holders and values are written.

Values in words: a ski resort's lockers and the guest renting each, a canal's moorings and the narrowboat tied up at
each, an observatory's domes and the instrument housed under each, a film archive's vaults and the title stored in
each. Values in codes: a hospital's beds and the admission number of the patient in each, a bike-share scheme's
docks and the frame number of the bicycle locked to each, a laboratory's freezers and the barcode of the sample box
kept in each.

A holder is a fixed prefix and a drawn tail of digits and consonants (so no tail spells a word); its twin has one
character of the tail changed for another of the same class (``swaps``): a consonant on canal moorings, film vaults
and bike docks, a digit on the other four. ``StrictDraw`` keeps every value clear of every holder drawn so far and
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

GUEST_FIRST = ["Ottoline", "Ambrose", "Perpetua", "Crispin", "Isolde", "Leopold", "Wilhelmina", "Horatio", "Esmeralda",
               "Cosmo", "Beatrix", "Ignatius", "Seraphina", "Lysander"]
GUEST_LAST = ["Brackenbury", "Thistlewood", "Okonkwo", "Featherstone", "Ravensworth", "Tolliver", "Achterberg", "Quimby",
              "Haverford", "Mandeville", "Pettigrew", "Salazar", "Kowalczyk", "Underhill"]
BOAT_MOOD = ["Drowsy", "Wandering", "Patient", "Merry", "Lazy", "Tipsy", "Gentle", "Rusty", "Jolly", "Idle", "Dusky",
             "Humble", "Nimble", "Sleepy"]
BOAT_CREATURE = ["Heron", "Otter", "Kingfisher", "Moorhen", "Dragonfly", "Coot", "Vole", "Swan", "Bittern", "Grebe",
                 "Mallard", "Dabchick", "Wagtail", "Lamprey"]
INSTRUMENT_STYLE = ["Northern", "Great", "Twin", "Solar", "Transit", "Zenith", "Polar", "Equatorial", "Southern",
                    "Victorian", "Lunar", "Wide", "Prism", "Brass"]
INSTRUMENT = ["Refractor", "Reflector", "Astrograph", "Heliostat", "Coronagraph", "Photometer", "Spectrograph",
              "Siderostat", "Maksutov", "Schmidt", "Cassegrain", "Newtonian", "Doublet", "Triplet"]
TITLE_MOOD = ["Silent", "Burning", "Distant", "Hollow", "Restless", "Crooked", "Velvet", "Shattered", "Lonesome",
              "Painted", "Forgotten", "Hidden", "Sleepless", "Wicked"]
TITLE_NOUN = ["Harbour", "Carnival", "Frontier", "Lantern", "Meridian", "Orchard", "Horizon", "Voyage", "Parade",
              "Masquerade", "Tempest", "Alibi", "Monsoon", "Boulevard"]


KINDS: list[Kind] = [
    Kind("ski_locker", "ski locker", "ski lockers", "guest", "guest", "rental desk", 4, DIGITS,
         make=lambda rng: f"LKR-{_d(rng, 1)}{_l(rng, 1)}{_d(rng, 2)}", value=pairing(GUEST_FIRST, GUEST_LAST)),
    Kind("canal_mooring", "canal mooring", "canal moorings", "narrowboat", "boat_name", "lock keeper", 4, LETTERS,
         make=lambda rng: f"MRG/{_l(rng, 2)}{_d(rng, 2)}", value=pairing(BOAT_MOOD, BOAT_CREATURE)),
    Kind("observatory_dome", "observatory dome", "observatory domes", "instrument", "instrument", "site astronomer", 4,
         DIGITS, make=lambda rng: f"DOME{_d(rng, 1)}.{_l(rng, 1)}{_d(rng, 2)}", value=pairing(INSTRUMENT_STYLE, INSTRUMENT)),
    Kind("film_vault", "film vault", "film vaults", "film title", "title", "archive registrar", 4, LETTERS,
         make=lambda rng: f"VLT-{_l(rng, 1)}{_d(rng, 2)}{_l(rng, 1)}", value=pairing(TITLE_MOOD, TITLE_NOUN)),
    Kind("hospital_bed", "hospital bed", "hospital beds", "admission number", "admission_no", "ward clerk", 3, DIGITS,
         make=lambda rng: f"BED{_d(rng, 2)}-{_l(rng, 1)}{_d(rng, 1)}", value=lambda rng: f"AD-{_d(rng, 4)}-{_l(rng, 2)}"),
    Kind("bike_dock", "bike dock", "bike docks", "frame number", "frame_no", "fleet depot", 5, LETTERS,
         make=lambda rng: f"DOCK-{_l(rng, 2)}{_d(rng, 1)}{_l(rng, 1)}", value=lambda rng: f"FRM-{_d(rng, 5)}{_l(rng, 1)}"),
    Kind("lab_freezer", "lab freezer", "lab freezers", "sample box", "box_barcode", "biobank technician", 3, DIGITS,
         make=lambda rng: f"FZR{_d(rng, 2)}/{_l(rng, 1)}{_d(rng, 2)}", value=lambda rng: f"BX{_d(rng, 2)}{_l(rng, 2)}{_d(rng, 3)}"),
]
