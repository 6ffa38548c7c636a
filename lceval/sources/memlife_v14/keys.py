"""The eight key kinds of memlife_v14: who holds something, its twin, other holders, and what they hold.

Every kind draws values of one fixed shape, so two distinct values rarely sit inside each other; a ``Draw``
(memlife_common's, looking a little longer) checks anyway (bus stops and tools have names of varied length). The twin of a holder differs from it in exactly
one character; every other holder of a sample differs from each name of its length in three or more, so only
the twin is a near miss.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common import keys as shared
from ..memlife_common.keys import swap_last, swap_one

__all__ = ["KINDS", "Draw", "Kind"]


@dataclass(frozen=True)
class Kind:
    name: str
    holder: str  # the noun before a holder's name: "turbine SKM-417"
    role: str  # what a holder is given: "maintenance window"
    roles: str  # its plural, for questions that weigh several of them
    ident: str  # the role as an identifier, for code-like records
    site: str  # where all this happens, for prose
    make: Callable[[random.Random], str]  # a holder
    twin: Callable[[str, random.Random], str]  # the holder one character away
    value: Callable[[random.Random], str]  # a value of the role


def _nudge_digit(name: str, rng: random.Random) -> str:
    """``name`` with one digit changed, never the first of a run of digits (a leading 0 would look odd)."""
    return swap_one(name, [i for i in range(1, len(name)) if name[i].isdigit() and name[i - 1].isdigit()], "0123456789", rng)


def _nudge_vowel(name: str, rng: random.Random) -> str:
    """A person's name with one vowel after the first letter swapped: a name misheard on the phone."""
    return swap_one(name, [i for i in range(1, len(name)) if name[i] in "aeiou"], "aeiou", rng)


def _nudge_last(name: str, rng: random.Random) -> str:
    """A card number with its check letter changed."""
    return swap_last(name, CHECK_LETTERS, rng)


CHECK_LETTERS = "BCDFGHKMNPQRTVWXZ"  # a tool-library card's check letter
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MOORS = ("SKM", "HWR", "CRN", "LDB", "BTH", "FWL")
AMB_DEPOTS = ("A", "B", "D", "K", "R", "T")
STRAINS = ("B6J", "BALB", "C3H", "FVB", "NOD", "DBA")
PUPIL_FIRST = ("Amara", "Bastian", "Coralie", "Dmitri", "Elodie", "Fintan", "Grainne", "Hamish", "Isolde", "Joaquin",
               "Kasimir", "Leonie", "Marisol", "Niamh", "Oswin", "Perpetua")
PUPIL_LAST = ("Quaintance", "Sorrentino", "Vandermeer", "Ashbury", "Okafor", "Tiberius", "Wainwright", "Bellamy",
              "Drummond", "Ferraby", "Lachance", "Mortimer", "Pendlebury", "Rosenthal")
STOP_PLACES = ("Quarry", "Gibbet Hill", "Tanners", "Ferny Knoll", "Old Forge", "Ravensbeck", "Cuckoo", "Pottery",
               "Lambing", "Slate Row", "Beacon", "Nettlebed", "Culvert", "Orchard End", "Kilnworth", "Toll Bar")
STOP_ENDS = ("Lane", "Corner", "Green", "Crossroads", "Turning", "Lay-by", "Shelter")
TOOLS = ("orbital sander", "wallpaper steamer", "tile cutter", "post-hole digger", "hedge trimmer", "mitre saw",
         "pressure washer", "carpet cleaner", "plate compactor", "wet vac", "dehumidifier", "rivet gun",
         "stud finder", "pipe bender")
GAUGE_RIVERS = ("WN", "RB", "HD", "LN", "KX", "TW")
GUEST_FIRST = ("Agatha", "Benedikt", "Clementine", "Dorian", "Euphemia", "Florian", "Gwendolen", "Horatio", "Imelda",
               "Jasper", "Konstanze", "Lucian", "Marguerite", "Nathaniel")
GUEST_LAST = ("Abercrombie", "Blenkinsop", "Carrington", "Delahaye", "Etherington", "Fotheringay", "Gainsborough",
              "Hetherington", "Kilbride", "Lovelace", "Montgomery", "Ormerod", "Partridge", "Runciman")
TABLES = ("Rowan", "Hazel", "Juniper", "Alder", "Larch", "Aspen", "Holly", "Yew", "Linden", "Sorbus", "Walnut",
          "Quince")


def _window(r: random.Random) -> str:
    start = r.randint(20, 68) * 15  # minutes after midnight, from 05:00
    end = start + r.randint(8, 20) * 15
    return f"{r.choice(DAYS)} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


KINDS: tuple[Kind, ...] = (
    Kind("turbine_window", "turbine", "maintenance window", "maintenance windows", "maint_window",
         "the Skelder Moor wind farm",
         lambda r: f"{r.choice(MOORS)}-{r.randint(100, 999)}", _nudge_digit, _window),
    Kind("ambulance_standby", "ambulance", "standby point", "standby points", "standby_point",
         "the county ambulance control room",
         lambda r: f"{r.choice(AMB_DEPOTS)}{r.randint(10, 99)}-{r.randint(100, 999)}", _nudge_digit,
         lambda r: f"{r.uniform(50.6, 54.4):.4f}N {r.uniform(0.2, 3.4):.4f}W"),
    Kind("prop_table_spot", "prop", "prop-table spot", "prop-table spots", "table_spot",
         "the Alder Street theatre",
         lambda r: f"P-{r.randint(1000, 9999)}", _nudge_digit,
         lambda r: f"{r.choice(('SL', 'SR', 'US', 'DS'))}{r.randint(1, 4)}/{r.randint(1, 30):02d}"),
    Kind("mouse_cage", "mouse", "cage", "cages", "cage",
         "the animal facility on level 2",
         lambda r: f"{r.choice(STRAINS)} #{r.randint(10000, 99999)}", _nudge_digit,
         lambda r: f"IVC {r.randint(1, 9)}{r.choice('ABCDEFGH')}-{r.randint(1, 16):02d}"),
    Kind("pupil_bus_stop", "pupil", "bus stop", "bus stops", "bus_stop",
         "the Thornbury school bus run",
         lambda r: f"{r.choice(PUPIL_FIRST)} {r.choice(PUPIL_LAST)}", _nudge_vowel,
         lambda r: f"{r.choice(STOP_PLACES)} {r.choice(STOP_ENDS)}"),
    Kind("member_tool_loan", "member", "borrowed tool", "borrowed tools", "tool_loan",
         "the Hollins Road tool library",
         lambda r: f"TLM-{r.randint(1000, 9999)}{r.choice(CHECK_LETTERS)}", _nudge_last,
         lambda r: f"{r.choice(TOOLS)} #{r.randint(10, 99)}"),
    Kind("gauge_alert_level", "river gauge", "alert level", "alert levels", "alert_level",
         "the Wenning catchment flood team",
         lambda r: f"{r.choice(GAUGE_RIVERS)}{r.randint(10000, 99999)}", _nudge_digit,
         lambda r: f"{r.randint(1, 9)}.{r.randint(0, 99):02d} m"),
    Kind("guest_seat", "guest", "seat", "seats", "seat",
         "the Hallett-Moore wedding breakfast",
         lambda r: f"{r.choice(GUEST_FIRST)} {r.choice(GUEST_LAST)}", _nudge_vowel,
         lambda r: f"{r.choice(TABLES)} {r.randint(1, 9)}"),
)


class Draw(shared.Draw):
    """One sample's asked holder (``key``), its ``twin``, and fresh holders and values of one kind."""

    tries = 20_000  # bounded: a kind too narrow for a sample should fail, not hang
