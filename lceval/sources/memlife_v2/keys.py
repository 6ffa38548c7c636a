"""What the v2 records are about: keys (an owner plus a thing) and the values they take.

A key is an owner (a team, site or project) and a thing of one value type,
e.g. ("Harbor", "standup room"). Ten value types, each with its own shape of
value (room labels, ticket ids, version strings, prices, phone extensions,
dates, codenames, host names, budget codes, docks, gates and bays), so no single
pattern finds every value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

OWNERS = (
    "Harbor", "Juniper", "Kestrel", "Marlowe", "Quarry", "Tamarack", "Lantern", "Ostrava", "Pellucid",
    "Bramble", "Cinder", "Wexford", "Saltmarsh", "Oriel", "Fenwick", "Tidewater", "Alder", "Gossamer",
    "Halcyon", "Ironbark", "Larkspur", "Mistral", "Northgate", "Rookery", "Sable", "Thistle", "Umber",
    "Verdant", "Wicklow", "Yarrow", "Zephyr", "Birchwood", "Corvid", "Driftwood", "Emberly", "Foxglove",
)

PEOPLE = (
    "Mira", "Tomasz", "Adaeze", "Keiko", "Rafael", "Ingrid", "Dev", "Soraya", "Lukas", "Nkechi", "Priya",
    "Bastien", "Hollis", "Yusuf", "Greta", "Wen", "Olumide", "Carmen", "Anselm", "Ruth", "Teodor", "Lina",
)


def _room(rng: random.Random) -> str:
    return rng.choice((
        lambda: f"{rng.randint(1, 9)}{rng.choice('ABCDEF')}-{rng.randint(10, 48)}",
        lambda: f"Room {rng.randint(101, 950)}",
        lambda: f"{rng.choice(['West', 'East', 'North', 'Annex'])} {rng.randint(1, 6)}.{rng.randint(10, 39)}",
    ))()


def _ticket(rng: random.Random) -> str:
    return f"{rng.choice(['INC', 'OPS', 'CHG', 'SR', 'PRB', 'TKT', 'REQ'])}-{rng.randint(10000, 99999)}"


def _version(rng: random.Random) -> str:
    number = f"{rng.randint(0, 14)}.{rng.randint(0, 29)}.{rng.randint(0, 19)}"
    return rng.choice((lambda: f"v{number}", lambda: f"{number}-rc{rng.randint(1, 6)}", lambda: number))()


def _price(rng: random.Random) -> str:
    amount = rng.randint(12, 9800)
    symbol = rng.choice("$€£")
    if rng.random() < 0.5:
        return f"{symbol}{amount:,}.{rng.choice(['00', '50', '95', '99', '25'])}"
    return f"{symbol}{amount:,}"


def _extension(rng: random.Random) -> str:
    number = rng.randint(1000, 9899)
    return rng.choice([f"x{number}", f"ext {number}", f"ext. {number}"])


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{year}-{month:02d}-{day:02d}", f"{day} {_MONTHS[month - 1]} {year}", f"{_MONTHS[month - 1]} {day}, {year}"))


_CODE_FIRST = ("Copper", "Velvet", "Granite", "Saffron", "Cobalt", "Hollow", "Amber", "Silent", "Paper", "Winter", "Lunar", "Crimson", "Basalt", "Opal")
_CODE_SECOND = ("Heron", "Lynx", "Otter", "Falcon", "Comet", "Anvil", "Marten", "Meadow", "Sparrow", "Glacier", "Orchid", "Quill", "Badger", "Canyon")


def _codename(rng: random.Random) -> str:
    first, second = rng.choice(_CODE_FIRST), rng.choice(_CODE_SECOND)
    return f"{first} {second}" if rng.random() < 0.6 else f"{first}{second.lower()}"


def _host(rng: random.Random) -> str:
    role = rng.choice(["db", "pg", "cache", "ci-runner", "api", "queue", "etl"])
    region = rng.choice(["east", "west", "fra", "sgp", "ams", "iad"])
    return f"{role}-{region}-{rng.randint(1, 40):02d}" if rng.random() < 0.6 else f"{role}{rng.randint(1, 9)}.{region}.internal"


def _code(rng: random.Random) -> str:
    return f"{rng.choice(['CC', 'PO', 'WBS', 'GL'])}-{rng.randint(1000, 99999)}"


def _dock(rng: random.Random) -> str:
    return rng.choice((
        lambda: f"Dock {rng.randint(1, 24)}",
        lambda: f"Gate {rng.choice('ABCDEFGH')}{rng.randint(1, 19)}",
        lambda: f"Bay {rng.randint(1, 30)}",
    ))()


@dataclass(frozen=True)
class ValueType:
    name: str
    things: tuple[str, ...]  # what an owner has of this type; two things of one type make near-duplicate keys
    make: Callable[[random.Random], str]


VALUE_TYPES = (
    ValueType("room", ("standup room", "design review room", "interview room", "war room"), _room),
    ValueType("ticket", ("escalation ticket", "tracking ticket", "change request", "incident ticket"), _ticket),
    ValueType("version", ("pinned release", "runtime version", "deploy tag", "client SDK version"), _version),
    ValueType("price", ("renewal price", "quoted price", "seat price", "catering budget"), _price),
    ValueType("extension", ("on-call extension", "help desk extension", "reception extension", "night line"), _extension),
    ValueType("date", ("cutover date", "go-live date", "code freeze date", "audit date"), _date),
    ValueType("codename", ("release codename", "project codename", "launch codename"), _codename),
    ValueType("host", ("primary database host", "failover host", "build runner", "staging host"), _host),
    ValueType("code", ("cost center", "billing code", "budget code"), _code),
    ValueType("dock", ("loading dock", "pickup point", "delivery bay", "freight entrance"), _dock),
)


@dataclass(frozen=True)
class Key:
    owner: str
    thing: str
    vtype: ValueType

    def phrase(self, rng: random.Random) -> str:
        """The key in running text, worded one of several ways."""
        return rng.choice([
            f"{self.owner}'s {self.thing}",
            f"the {self.thing} for {self.owner}",
            f"the {self.owner} {self.thing}",
            f"the {self.thing} of {self.owner}",
        ])

    def label(self) -> str:
        """The key as a table cell or a subject line."""
        return f"{self.owner} {self.thing}"

    def slug(self, style: str) -> str:
        """The key as a configuration name: dotted, SCREAMING_SNAKE or snake."""
        words = [self.owner.lower(), *self.thing.lower().split()]
        if style == "dotted":
            return f"{words[0]}.{'_'.join(words[1:])}"
        if style == "env":
            return "_".join(words).upper()
        return "_".join(words)


def new_key(rng: random.Random, taken: set[tuple[str, str]], vtype: ValueType | None = None, owner: str | None = None) -> Key:
    """A key not in ``taken`` (which it joins), of the given type/owner when set."""
    while True:
        vt = vtype or rng.choice(VALUE_TYPES)
        key = Key(owner or rng.choice(OWNERS), rng.choice(vt.things), vt)
        if (key.owner, key.thing) not in taken:
            taken.add((key.owner, key.thing))
            return key


def sibling_key(rng: random.Random, key: Key, taken: set[tuple[str, str]]) -> Key:
    """A look-alike key: the same owner's other thing of the same type, or another owner's same thing."""
    if rng.random() < 0.5:
        return new_key(rng, taken, vtype=key.vtype, owner=key.owner)
    while True:
        other = Key(rng.choice(OWNERS), key.thing, key.vtype)
        if (other.owner, other.thing) not in taken:
            taken.add((other.owner, other.thing))
            return other


def distinct_values(rng: random.Random, vtype: ValueType, count: int, used: set[str]) -> list[str]:
    """``count`` fresh values of one type, none already in ``used`` (which they join)."""
    values = []
    while len(values) < count:
        value = vtype.make(rng)
        if value.lower() not in used:
            used.add(value.lower())
            values.append(value)
    return values
