"""The key kinds: a holder (with a twin one character apart) and the value a register gives it.

Eight registers nobody confuses with each other: the determination (a Latin binomial) of a herbarium sheet, the
home loft of a racing pigeon, the customs seal of a shipping container, the player an orchestra lends an
instrument to, the net frequency of an amateur radio station, the venue a museum object is lent to, the glaze a
pot is put down for in the kiln book, and the published character of a light in the light list. Five give words
or names (taxa, lofts, players, venues, glazes), three codes or numbers (seals, frequencies, light characters).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.keys import Draw as CommonDraw
from ..memlife_common.keys import apart, swap_one

__all__ = ["KINDS", "Draw", "Kind"]

DIGITS = string.digits
UPPER = string.ascii_uppercase
UNAMBIGUOUS = "ABCDEFGHJKLMNPRSTVWXYZ"  # no I, O, Q, U beside digits


@dataclass(frozen=True)
class Kind:
    name: str
    thing: str  # what a holder is called before its code ("sheet HBK0418273")
    role: str  # what its value is called
    roles: str  # plural of role
    table: str  # the register's name in code-like records
    columns: tuple[str, str]  # the register's holder and value columns
    make_holder: Callable[[random.Random], str]
    twin_of: Callable[[str, random.Random], str]
    make_value: Callable[[random.Random], str]
    gives: tuple[str, ...]  # verb phrases after the holder: {value}
    changes: tuple[str, ...]  # {old}, {value}
    takes: tuple[str, ...]  # {value}
    shall: str  # what a holder would be given, after "shall" / "to": {value}

    def make(self, rng: random.Random) -> str:
        return self.make_holder(rng)

    def twin(self, holder: str, rng: random.Random) -> str:
        return self.twin_of(holder, rng)

    def value(self, rng: random.Random) -> str:
        return self.make_value(rng)

    def named(self, holder: str) -> str:
        return f"{self.thing} {holder}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _twin_at(positions: Callable[[str], list[int]], alphabet: str) -> Callable[[str, random.Random], str]:
    return lambda holder, rng: swap_one(holder, positions(holder), alphabet, rng)


def _digit_positions(start: int = 0) -> Callable[[str], list[int]]:
    """Every digit of the holder from ``start`` on that is not the first of its run (no leading zeros made)."""
    return lambda h: [i for i in range(max(start, 1), len(h)) if h[i].isdigit() and h[i - 1].isdigit()]


GENERA = ("Carex", "Rumex", "Salix", "Festuca", "Juncus", "Ranunculus", "Viola", "Euphrasia", "Sorbus", "Galium",
          "Veronica", "Epilobium", "Potamogeton", "Hypericum", "Geranium", "Persicaria", "Callitriche", "Sagina")
EPITHETS = ("palustris", "arvensis", "sylvatica", "montana", "repens", "nigra", "flava", "minor", "hirsuta",
            "lanceolata", "rivularis", "pratensis", "acutiformis", "borealis", "maritima", "tenella", "pusilla",
            "aquatica", "canescens", "rupestris")
LOFT_NAMES = ("Hawthorn", "Millbeck", "Cragside", "Fernlea", "Bracken Hill", "Windyridge", "Stonecroft", "Larkhill",
              "Ashdown", "Heathfield", "Brookside", "Moorend", "Copperfield", "Ravenscar", "Thistledown", "Highgate",
              "Sandholme", "Kirkstall")
LOFT_ENDS = ("Loft", "Lofts", "Racing Loft", "Stud Loft", "Pigeon Lofts")
SEAL_PREFIXES = ("CS-", "HM-", "SE-", "BT-", "QL-")
PLAYER_FIRST = ("Ottoline", "Barnaby", "Ingrid", "Tobias", "Marisol", "Eamon", "Henrietta", "Lucan", "Perpetua",
                "Caspian", "Winifred", "Dorian", "Saoirse", "Anselm", "Clemency", "Rafferty")
PLAYER_LAST = ("Marsh", "Okonkwo", "Lindqvist", "Fairweather", "Castellanos", "Pemberton", "Nakagawa", "Threlfall",
               "Abernethy", "Dubois", "Quartermain", "Voss", "Haddleton", "Seferis", "Blackwood", "Ferreira")
INSTRUMENTS = ("VN", "VA", "VC", "CB", "HN", "OB", "BN")
CALL_PREFIXES = ("M0", "M1", "2E0", "G4", "G7", "MW0", "GM4", "GI3")
BANDS = ("144", "145", "430", "431", "432", "433", "434")
TOWNS = ("Ludlow", "Harrogate", "Penrith", "Falmouth", "Stroud", "Whitby", "Dunfermline", "Brecon", "Kendal", "Oban",
         "Buxton", "Hexham", "Louth", "Totnes", "Morpeth", "Arundel", "Wisbech", "Llandrindod")
INSTITUTIONS = ("Museum", "Art Gallery", "Athenaeum", "Heritage Centre", "Guildhall", "Literary Institute",
                "Town Hall Gallery")
GLAZE_ADJECTIVES = ("Oatmeal", "Copper", "Smoky", "Iron-spot", "Pale", "Moss", "Ember", "Snowfall", "Ochre",
                    "Midnight", "Plum", "Sea-green", "Rust", "Flint")
GLAZE_BASES = ("Celadon", "Tenmoku", "Shino", "Ash", "Satin", "Crackle", "Chun", "Slip")
PATTERNS = ("Fl", "Fl(2)", "Fl(3)", "Fl(4)", "Oc", "Oc(2)", "Iso", "LFl", "Q", "VQ(6)", "Fl(2+1)", "Q(9)")
COLOURS = ("W", "R", "G", "Y")


def _container(rng: random.Random) -> str:
    return "".join(rng.choice(UPPER) for _ in range(3)) + "U" + _digits(rng, 7)


def _callsign(rng: random.Random) -> str:
    return rng.choice(CALL_PREFIXES) + "".join(rng.choice(UPPER) for _ in range(3))


def _accession(rng: random.Random) -> str:
    return f"{rng.randint(1880, 1999)}.{rng.randint(1, 999):03d}.{rng.randint(1, 60):02d}"


def _light(rng: random.Random) -> str:
    return f"{rng.choice('ABCDE')}{rng.randint(1000, 9999)}.{rng.randint(1, 9)}"


KINDS: tuple[Kind, ...] = (
    Kind(
        "herbarium_sheet", "sheet", "determination", "determinations", "dets", ("barcode", "taxon"),
        lambda rng: "HBK" + _digits(rng, 7), _twin_at(_digit_positions(3), DIGITS),
        lambda rng: f"{rng.choice(GENERA)} {rng.choice(EPITHETS)}",
        gives=("was determined as {value}", "has been named {value} on its determinavit slip"),
        changes=("was redetermined from {old} to {value}", "has had {old} crossed through and {value} written in its place"),
        takes=("has had its determination {value} annulled, with nothing put in its place",
               "no longer bears the name {value}: the slip was cancelled and left blank"),
        shall="be determined as {value}",
    ),
    Kind(
        "racing_pigeon", "pigeon", "home loft", "home lofts", "loft_registry", ("ring", "loft"),
        lambda rng: f"GB{rng.randint(19, 25)}-N-{_digits(rng, 5)}", _twin_at(lambda h: list(range(len(h) - 5, len(h))), DIGITS),
        lambda rng: f"{rng.choice(LOFT_NAMES)} {rng.choice(LOFT_ENDS)}",
        gives=("was registered to {value}", "has {value} entered as its home loft"),
        changes=("was transferred from {old} to {value}", "has moved its home loft from {old} to {value}"),
        takes=("has had its registration at {value} cancelled, and no new loft was entered",
               "is no longer registered to {value}; the entry was struck out"),
        shall="be registered to {value}",
    ),
    Kind(
        "shipping_container", "container", "customs seal", "customs seals", "seals", ("container", "seal_no"),
        _container, _twin_at(lambda h: list(range(4, len(h))), DIGITS),
        lambda rng: rng.choice(SEAL_PREFIXES) + _digits(rng, 7),
        gives=("was closed under customs seal {value}", "carries seal {value}"),
        changes=("was resealed, seal {old} replaced by {value}", "had seal {old} cut off and {value} fitted"),
        takes=("had seal {value} voided and was left without one",
               "no longer carries a valid seal: {value} was voided and nothing fitted since"),
        shall="go under seal {value}",
    ),
    Kind(
        "orchestra_instrument", "instrument", "player", "players", "instrument_loans", ("instrument", "player"),
        lambda rng: f"{rng.choice(INSTRUMENTS)}-{rng.randint(10000, 99999)}", _twin_at(_digit_positions(3), DIGITS),
        lambda rng: f"{rng.choice(PLAYER_FIRST)} {rng.choice(PLAYER_LAST)}",
        gives=("was lent to {value}", "went out on loan to {value}"),
        changes=("passed from {old} to {value}", "was reassigned from {old} to {value}"),
        takes=("was recalled from {value} and not lent again", "is no longer on loan to {value}; the loan was ended"),
        shall="be lent to {value}",
    ),
    Kind(
        "radio_station", "station", "net frequency", "net frequencies", "net_schedule", ("callsign", "mhz"),
        _callsign, _twin_at(lambda h: list(range(len(h) - 3, len(h))), UPPER),
        lambda rng: f"{rng.choice(BANDS)}.{rng.randrange(0, 10000, 125):04d}",
        gives=("was given the net frequency {value} MHz", "checks into the net on {value} MHz"),
        changes=("moved its net frequency from {old} to {value} MHz", "was shifted off {old} onto {value} MHz"),
        takes=("lost its net frequency {value} MHz and was not given another", "is no longer scheduled on {value} MHz"),
        shall="check into the net on {value} MHz",
    ),
    Kind(
        "museum_object", "object", "borrowing venue", "borrowing venues", "outgoing_loans", ("accession", "venue"),
        _accession, _twin_at(lambda h: [2, 3, 6, 7, 10], DIGITS),
        lambda rng: f"{rng.choice(TOWNS)} {rng.choice(INSTITUTIONS)}",
        gives=("was lent to the {value}", "is booked for display at the {value}"),
        changes=("was diverted from the {old} to the {value}", "moved its loan from the {old} to the {value}"),
        takes=("will no longer go to the {value}; the loan was called off", "had its loan to the {value} cancelled outright"),
        shall="travel to the {value}",
    ),
    Kind(
        "studio_pot", "pot", "glaze", "glazes", "kiln_book", ("piece", "glaze"),
        lambda rng: f"BQ-{rng.randint(1000, 9999)}{rng.choice(UNAMBIGUOUS)}", _twin_at(lambda h: [4, 5, 6], DIGITS),
        lambda rng: f"{rng.choice(GLAZE_ADJECTIVES)} {rng.choice(GLAZE_BASES)}",
        gives=("is to be glazed in {value}", "was put down for {value}"),
        changes=("was switched from {old} to {value}", "had its glaze changed from {old} to {value}"),
        takes=("is no longer to be glazed in {value}; that entry was scrapped",
               "had {value} struck from its kiln card with nothing instead"),
        shall="go into the kiln under {value}",
    ),
    Kind(
        "coastal_light", "light", "light character", "light characters", "light_list", ("light", "character"),
        _light, _twin_at(lambda h: [1, 2, 3, 4, 6], DIGITS),
        lambda rng: f"{rng.choice(PATTERNS)} {rng.choice(COLOURS)} {rng.randint(2, 20)}s",
        gives=("exhibits {value}", "was given the character {value}"),
        changes=("was altered from {old} to {value}", "changed its character from {old} to {value}"),
        takes=("has had its character {value} discontinued, with none published since",
               "no longer shows {value}; that entry is withdrawn"),
        shall="show {value}",
    ),
)


class Draw(CommonDraw):
    """memlife_common's ``Draw``; a value also stays clear of every holder drawn so far."""

    def value_fits(self, value: str, taken: set[str]) -> bool:
        return apart(value, taken) and apart(value, self._names)
