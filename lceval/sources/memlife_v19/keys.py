"""Seven registers, each with holders, a twin one digit away, and the values it hands out.

An allotment society's plots and their tenants, a museum's loan crates and the gallery each is bound for, an alpine
club's mountain huts and their wardens, a bus company's vehicles and the destination on each blind (values in
words); a film archive's cans and their vault shelves, a hospital's infusion pumps and the bed each is at, a
vineyard's rows and the grape clone planted in each (values in codes with digits).

A twin differs from its holder in one digit. The ``Draw`` keeps each stranger more than two characters from every
name of its length, no value inside a name or a name inside a value, and no value inside another.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import partial
from typing import Callable

from ..memlife_common.keys import StrictDraw as Draw
from ..memlife_common.keys import chars, pairing, swap_one

__all__ = ["KINDS", "Draw", "Kind"]

DIGITS = "0123456789"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXZ"


@dataclass(frozen=True)
class Kind:
    """One register: how a holder and its value look, and what the paperwork calls them."""

    name: str
    noun: str  # the holder in prose: "allotment plot AP417-KM"
    role: str  # what its value is: "tenant"
    column: str  # the value's column heading in a table: "Tenant"
    office: str  # who keeps the register
    make: Callable[[random.Random], str]
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        return swap_one(holder, [i for i, c in enumerate(holder) if c.isdigit()], DIGITS, rng)

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"


_n = partial(chars, DIGITS)  # _n(rng, count): count digits
_l = partial(chars, LETTERS)


TENANT_GIVEN = ["Gwendolen", "Idris", "Margit", "Osei", "Perpetua", "Lorcan", "Wilhelmina", "Teodor", "Agnieszka",
                "Barnaby", "Chiamaka", "Eustace", "Rosalind", "Kwabena", "Philippa", "Jolyon"]
TENANT_FAMILY = ["Achterberg", "Pennycook", "Ravenhill", "Obuya", "Tresize", "Wolstenholme", "Kilbride", "Maddocks",
                 "Esterhazy", "Fairclough", "Ngata", "Spurling", "Drinkwater", "Lammas"]
GALLERY_FIRST = ["Orrery", "Tapestry", "Lantern", "Cartography", "Meteorite", "Porcelain", "Herbarium", "Clockwork",
                 "Textile", "Armoury", "Fossil", "Lacquer", "Astrolabe", "Mosaic"]
GALLERY_SECOND = ["Gallery", "Room", "Hall", "Annexe", "Landing", "Cloister", "Rotunda"]
WARDEN_GIVEN = ["Anselm", "Brigitta", "Corentin", "Dagny", "Evander", "Friederike", "Gaspard", "Hedda", "Ignaz",
                "Jorunn", "Kasimir", "Liesel", "Matthias", "Nanna", "Quirin", "Solveig"]
WARDEN_FAMILY = ["Abplanalp", "Brunner", "Cathomen", "Defago", "Egger", "Furrer", "Gurtner", "Imboden", "Jossen",
                 "Kalbermatten", "Lauber", "Perren", "Summermatter", "Zurbriggen"]
STOP_FIRST = ["Hollin Bank", "Quarrendon", "Mill Lane", "Scarth Hill", "Nettleham", "Pitfold", "Brewery Yard",
              "Ocklynge", "Tannery Wharf", "Gorsey Lane", "Whitecross", "Lowfield"]
STOP_SECOND = ["Interchange", "Terminus", "Parkway", "Circular", "Infirmary", "Garage", "Retail Park"]

KINDS: list[Kind] = [
    Kind("plot", "allotment plot", "tenant", "Tenant", "allotment society",
         make=lambda rng: f"AP{_n(rng, 3)}-{_l(rng, 2)}", value=pairing(TENANT_GIVEN, TENANT_FAMILY)),
    Kind("crate", "loan crate", "gallery", "Gallery", "registrar's office",
         make=lambda rng: f"LC-{_n(rng, 4)}{_l(rng, 1)}", value=pairing(GALLERY_FIRST, GALLERY_SECOND)),
    Kind("hut", "mountain hut", "warden", "Warden", "alpine club hut committee",
         make=lambda rng: f"MH-{_l(rng, 2)}{_n(rng, 3)}", value=pairing(WARDEN_GIVEN, WARDEN_FAMILY)),
    Kind("bus", "bus", "destination", "Destination", "depot traffic office",
         make=lambda rng: f"BF{_n(rng, 2)}{_l(rng, 1)}{_n(rng, 2)}", value=pairing(STOP_FIRST, STOP_SECOND)),
    Kind("can", "film can", "vault shelf", "Shelf", "film archive",
         make=lambda rng: f"CAN-{_n(rng, 5)}{_l(rng, 1)}", value=lambda rng: f"VS{_n(rng, 2)}-{_l(rng, 1)}{_n(rng, 2)}"),
    Kind("pump", "infusion pump", "bed", "Bed", "clinical engineering",
         make=lambda rng: f"IFP{_n(rng, 2)}{_l(rng, 1)}{_n(rng, 3)}", value=lambda rng: f"W{_n(rng, 1)}{_l(rng, 1)}-B{_n(rng, 2)}"),
    Kind("row", "vine row", "clone", "Clone", "vineyard office",
         make=lambda rng: f"VR-{_l(rng, 1)}{_n(rng, 2)}-{_n(rng, 2)}", value=lambda rng: f"CL{_n(rng, 3)}-{_l(rng, 1)}{_n(rng, 1)}"),
]
