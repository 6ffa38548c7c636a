"""Seven registers, each with holders, a twin one character away, and the values it records.

A bell guild's church bells and who rings each, a canal trust's locks and the duty boat moored at each, a diocese's
pipe organs and the firm that tunes each, an observatory's domes and the sky field each surveys (values in words);
a sailing club's racing yachts and their sail numbers, a quarry's blasts and their permit numbers, a hotel's
keycards and the room each opens (values in codes).

A twin differs from its holder in one character of the same class, always past the register's leading capitals: a
letter for a letter in church bells and pipe organs, a digit for a digit elsewhere. The ``Draw`` keeps each stranger
more than two characters from every name of its length, no value inside a name or a name inside a value, and no
value inside another.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import partial
from typing import Callable

from ..memlife_common.keys import StrictDraw as Draw
from ..memlife_common.keys import chars, pairing, swap_one

__all__ = ["KINDS", "Draw", "Kind"]

DIGITS = "0123456789"
LETTERS = "BCDFGHJKLMNPQRSTVWXZ"  # consonants only: a holder never spells a word


@dataclass(frozen=True)
class Kind:
    """One register: how a holder and its value look, and how the paperwork names them."""

    name: str
    noun: str  # the holder in prose, lower case: "church bell"
    role: str  # what its value is, in prose: "ringer"
    field: str  # the value's key in machine-readable records: "ringer"
    office: str  # who keeps the register
    swaps: str  # the alphabet a twin's one changed character comes from
    make: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        prefix = len(re.match(r"[A-Z]*", holder).group())  # the register's leading capitals stay as they are
        return swap_one(holder, [i for i, c in enumerate(holder) if c in self.swaps and i >= prefix], self.swaps, rng)

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"

    def Thing(self, holder: str) -> str:
        return f"{self.noun[0].upper()}{self.noun[1:]} {holder}"


_d = partial(chars, DIGITS)  # _d(rng, count): count digits
_c = partial(chars, LETTERS)


RINGER_GIVEN = ["Petronella", "Ambrose", "Winifred", "Lazarus", "Hepzibah", "Ignatius", "Perpetua", "Thaddeus",
                "Millicent", "Erasmus", "Jocasta", "Fabian", "Dorcas", "Septimus"]
RINGER_FAMILY = ["Oakshott", "Tregothnan", "Pennefather", "Gallimore", "Wetherall", "Caudwell", "Ravenhill",
                 "Blenkinsop", "Inchbald", "Mortlake", "Sillitoe", "Kettlewell"]
BOAT_VIRTUE = ["Patience", "Constance", "Prudence", "Diligence", "Tenacity", "Fortitude", "Temperance", "Steadfast",
               "Gladsome", "Merriment", "Providence", "Valour"]
BOAT_BIRD = ["Linnet", "Dunlin", "Whimbrel", "Siskin", "Redpoll", "Godwit", "Shrike", "Wheatear", "Bittern",
             "Nuthatch", "Grebe", "Stonechat"]
TUNER_NAME = ["Harkness", "Pilbeam", "Quarrington", "Vosper", "Lathbury", "Mawdesley", "Thackwray", "Ellacombe",
              "Brackenbury", "Cheverton", "Ruddock", "Fennimore"]
TUNER_TRADE = ["Voicing", "Pipeworks", "Organcraft", "Windchests", "Reedworks", "Bellows"]
SKY_STAR = ["Aquilae", "Cygni", "Lyrae", "Draconis", "Orionis", "Persei", "Tauri", "Carinae", "Lupi", "Aurigae",
            "Cephei", "Velorum"]
SKY_FEATURE = ["Filament", "Cluster", "Nebula", "Stream", "Knot", "Bubble", "Ridge", "Loop", "Wisp", "Plume"]
NATIONS = ["NZL", "AUS", "GBR", "IRL", "FRA", "ESP", "ITA", "NED", "DEN", "SWE", "CAN", "RSA"]


KINDS: list[Kind] = [
    Kind("bell", "church bell", "ringer", "ringer", "bell tower guild", LETTERS,
         make=lambda rng: f"BL{_d(rng, 2)}{_c(rng, 1)}-{_c(rng, 2)}", value=pairing(RINGER_GIVEN, RINGER_FAMILY)),
    Kind("lock", "canal lock", "duty boat", "duty_boat", "canal trust", DIGITS,
         make=lambda rng: f"LOCK-{_d(rng, 3)}{_c(rng, 1)}", value=pairing(BOAT_VIRTUE, BOAT_BIRD)),
    Kind("organ", "pipe organ", "tuner", "tuner", "diocesan organ committee", LETTERS,
         make=lambda rng: f"ORG-{_d(rng, 2)}{_c(rng, 3)}", value=pairing(TUNER_NAME, TUNER_TRADE)),
    Kind("dome", "observatory dome", "survey field", "survey_field", "observatory board", DIGITS,
         make=lambda rng: f"DOME{_d(rng, 1)}-{_c(rng, 1)}{_d(rng, 2)}", value=pairing(SKY_STAR, SKY_FEATURE)),
    Kind("yacht", "racing yacht", "sail number", "sail_number", "yacht club race office", DIGITS,
         make=lambda rng: f"YT{_d(rng, 3)}-{_c(rng, 2)}", value=lambda rng: f"{rng.choice(NATIONS)}-{_d(rng, 4)}"),
    Kind("blast", "quarry blast", "permit number", "permit_no", "quarry safety office", DIGITS,
         make=lambda rng: f"QRY-{_c(rng, 1)}{_d(rng, 4)}", value=lambda rng: f"PX/{_d(rng, 3)}/{_c(rng, 2)}{_d(rng, 1)}"),
    Kind("keycard", "hotel keycard", "room", "room", "hotel front desk", DIGITS,
         make=lambda rng: f"KC{_c(rng, 1)}-{_d(rng, 4)}", value=lambda rng: f"RM-{_d(rng, 3)}{rng.choice('NESW')}"),
]
