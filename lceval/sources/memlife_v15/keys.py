"""The eight key kinds: who holds something (a holder, its twin one character apart, strangers) and what it holds.

Each kind fixes the shape of its holders and of its values, so that two distinct ones rarely contain each other;
a ``Draw`` (memlife_common's) still checks every fresh one, because names and numbers differ in length.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

from ..memlife_common import keys as shared
from ..memlife_common.keys import swap_one

__all__ = ["KINDS", "Draw", "Kind"]

HEX = "0123456789ABCDEF"
CACHE_CHARS = "0123456789ABCDEFGHJKMNPQRTVWXYZ"  # the letters geocache codes use (no I, L, O, S, U)


@dataclass(frozen=True)
class Kind:
    name: str
    who: str  # how prose names a holder, around {key} ("train {key}")
    verb: str  # what links the holder to its value in prose ("departs from platform")
    role: str  # the thing held, as a noun ("platform")
    tag: str  # the holder as a field name in code-like records ("train")
    ident: str  # the thing held as a field name ("platform")
    site: str  # where all this happens, for headers and prose
    tool: str  # the command-line tool and Python module of the site's allocation system
    make: Callable[[random.Random], str]  # a holder
    twin: Callable[[str, random.Random], str]  # a holder one character from the given one
    value: Callable[[random.Random], str]  # a value

    def named(self, key: str) -> str:
        return self.who.format(key=key)


def _last_digit_twin(name: str, rng: random.Random) -> str:
    """One of the trailing run of digits changed: the fleet or catalogue number misread by one."""
    digits = [i for i, c in enumerate(name) if c.isdigit()]
    tail = [i for i in digits if all(name[j].isdigit() for j in range(i, len(name)))] or digits
    return swap_one(name, tail[-2:] if len(tail) > 1 else tail, string.digits, rng)


def _hex_twin(name: str, rng: random.Random) -> str:
    """A MAC address with one hex digit (past the vendor prefix) changed."""
    return swap_one(name, [i for i, c in enumerate(name) if c != ":" and i > 8], HEX, rng)


def _cache_twin(name: str, rng: random.Random) -> str:
    return swap_one(name, [len(name) - 1, len(name) - 2], CACHE_CHARS, rng)


def _vowel_twin(name: str, rng: random.Random) -> str:
    """A surname with one inner vowel changed, as a hurried hand writes it."""
    start = name.index(" ") + 2  # past the title or the word "Team" and the surname's initial
    return swap_one(name, [i for i, c in enumerate(name) if c in "aeiou" and i >= start], "aeiou", rng)


CONSULTANTS = ("Adeyemi", "Brannigan", "Castellanos", "Dunmore", "Eriksen", "Fairbanks", "Goldacre", "Hennessy",
               "Iwasaki", "Jaramillo", "Kettering", "Lowenthal", "Mbatha", "Nakamura", "Oduya", "Pettigrew", "Quiroga",
               "Rosenthal", "Saunderson", "Tolliver", "Vasquez", "Wetherall", "Yardley", "Zielinski", "Bellamy",
               "Carmody", "Drummond", "Esposito", "Fennimore", "Gallardo", "Halvorsen", "Ibekwe", "Lachance",
               "Moriarty", "Nordgren", "Okonedo", "Abiodun", "Blackmore", "Cavendish", "Delgado", "Ekwueme", "Forrester",
               "Gutierrez", "Hartigan", "Kavanagh", "Lombardi", "Macready", "Nwachukwu", "Pemberley")
SKIPS = ("Murdoch", "Sinclair", "Mackintosh", "Lindgren", "Brewster", "Gunnarsson", "Thorburn", "Kennaway", "Strachan",
         "Robertson", "Carruthers", "Forsyth", "Dalgleish", "Halcrow", "Inglis", "Lockerbie", "Paterson", "Buchanan",
         "Urquhart", "Wishart", "Balfour", "Rutherford", "Kinnaird", "Ogilvie", "Montgomery", "Drysdale", "Henderson",
         "Fotheringham", "Tennant", "Gilchrist", "Jamieson", "Petersen", "Sandvik", "Haldane", "Cochrane", "Dunbar",
         "Galbraith", "Kerrigan", "Lamont", "Macfarlane", "Nicolson", "Ramsay", "Sutherland", "Baird", "Crichton", "Moffat")
STATIONS = ("Kiruna", "Svalbard", "Inuvik", "Troll", "Hartebeesthoek", "Fairbanks", "Kourou", "Malindi", "Wallops",
            "Hobart", "Santiago", "Matera")
HARVESTERS = ("Claas", "Fendt", "Deutz", "Laverda", "Sampo", "Rostselmash", "Gleaner", "Ideal")
FIELD_FIRST = ("Upper", "Lower", "Long", "Hollow", "Bramble", "Flint", "Crow", "Mill", "Church", "Windy", "Ash", "Old",
               "Gibbet", "Pond")
FIELD_LAST = ("Meadow", "Piece", "Furlong", "Close", "Leys", "Acre", "Ground", "Bottom", "Hanger", "Breach")
TOWNS = ("Hexley", "Corbridge", "Amblethorpe", "Wrenfield", "Stainmoor", "Pellow", "Dunstow", "Keswold", "Marrick",
         "Tibshelf", "Rudby", "Garrowby", "Oakhanger", "Silsden")
LOOPS = ("loop", "spur", "circuit", "link", "run")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")


def _coords(rng: random.Random) -> str:
    return f"N{rng.uniform(50, 58):.4f} W{rng.uniform(0, 6):08.4f}"


KINDS: tuple[Kind, ...] = (
    Kind("train_platform", "train {key}", "departs from platform", "platform", "train", "platform",
         "Northgate station", "platctl",
         lambda r: f"{r.randint(1, 9)}{r.choice('ACEHKMPSV')}{r.randint(10, 99)}", _last_digit_twin,
         lambda r: f"{r.randint(1, 24)}{r.choice('abcd')}"),
    Kind("host_ip_lease", "host {key}", "holds the address", "address lease", "mac", "ipv4",
         "the campus network", "leasectl",
         lambda r: "3C:22:" + ":".join(f"{r.randrange(256):02X}" for _ in range(4)), _hex_twin,
         lambda r: f"10.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"),
    Kind("geocache_coordinates", "geocache {key}", "is hidden at", "hiding place", "cache", "coords",
         "the county geocaching review desk", "cachectl",
         lambda r: "GC" + "".join(r.choice(CACHE_CHARS) for _ in range(5)), _cache_twin, _coords),
    Kind("curling_draw", "{key}", "is drawn on", "draw slot", "team", "draw_slot",
         "the Loch Venn curling club", "drawctl",
         lambda r: f"Team {r.choice(SKIPS)}", _vowel_twin,
         lambda r: f"Sheet {r.choice('ABCDEFGH')} {r.randint(8, 21):02d}:{r.choice(('00', '15', '30', '45'))}"),
    Kind("satellite_pass", "satellite {key}", "is downlinked on the pass", "downlink pass", "norad_id", "pass",
         "the ground-segment scheduling office", "passctl",
         lambda r: f"NORAD {r.randint(40000, 59999)}", _last_digit_twin,
         lambda r: f"{r.choice(STATIONS)} {r.randint(0, 23):02d}{r.randint(0, 59):02d}Z"),
    Kind("surgeon_theatre_list", "{key}", "operates on the list", "theatre list", "consultant", "theatre_list",
         "St Brannoc's day-surgery unit", "listctl",
         lambda r: f"{r.choice(('Mr', 'Ms', 'Dr'))} {r.choice(CONSULTANTS)}", _vowel_twin,
         lambda r: f"OT{r.randint(1, 9)} {r.choice(DAYS)} {r.choice(('AM', 'PM'))}"),
    Kind("combine_field", "combine {key}", "is cutting", "field", "combine", "field",
         "Harrowden Farms' harvest office", "harvestctl",
         lambda r: f"{r.choice(HARVESTERS)} {r.randint(1000, 9999)}", _last_digit_twin,
         lambda r: f"{r.choice(FIELD_FIRST)} {r.choice(FIELD_LAST)}"),
    Kind("gritter_route", "gritter {key}", "runs the", "gritting route", "gritter", "route",
         "the county winter-maintenance depot", "gritctl",
         lambda r: f"GV{r.randint(1000, 9999)}", _last_digit_twin,
         lambda r: f"{r.choice(TOWNS)} {r.choice(LOOPS)}"),
)


class Draw(shared.Draw):
    """One sample's asked holder, its twin, and fresh strangers and values of one kind, none inside another."""

    def value_fits(self, value: str, taken: set[str]) -> bool:
        # A value must not sit inside a holder's name either (a platform "7a" in no headcode): checked against both.
        return shared.apart(value, taken) and not any(value in n for n in self._names)
