"""The holders memlife_v8 asks about, their one-character twins, and the values they are given.

A key kind names its holders (a yacht, a horse, a chorister ...), the thing
they are given (a mooring buoy, a stall, a robe ...) and how its values are
written. Values of a kind share one fixed pattern, so two different values
never contain each other, and the pattern differs from the holders', so no
value hides inside a holder's name.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Callable

VOWELS = "aeiou"
CONSONANTS = "bcdfghklmnprstvw"


@dataclass(frozen=True)
class Kind:
    name: str  # recorded in the sample's meta as its key_kind
    holder: str  # "the yacht": what the key names
    noun: str  # "mooring buoy": what the holder is given
    role: str  # who speaks for the holder ("the skipper")
    person: bool  # the holder is a person: "they", not "it"
    names: tuple[str, ...]  # holder names (a pattern with # for a digit, or a plain name)
    value: Callable[[random.Random], str]

    def key(self, rng: random.Random) -> str:
        return "".join(rng.choice(string.digits) if c == "#" else c for c in rng.choice(self.names))

    def pairs(self, rng: random.Random) -> tuple[str, str]:
        """A holder and its twin: the same name with one character changed."""
        key = self.key(rng)
        return key, twin_of(key, rng)

    @property
    def article(self) -> str:
        return "an" if self.noun[0] in VOWELS else "a"


def twin_of(key: str, rng: random.Random) -> str:
    """``key`` with one digit (or, without digits, one vowel after the first letter of a word) changed."""
    digits = [i for i, c in enumerate(key) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        pool = string.digits
    else:
        i = rng.choice([i for i, c in enumerate(key) if c in VOWELS and i > 0 and key[i - 1] != " "])
        pool = VOWELS
    return key[:i] + rng.choice([c for c in pool if c != key[i]]) + key[i + 1:]


def _code(pattern: str) -> Callable[[random.Random], str]:
    """Values from a pattern: L an upper-case letter (no I or O), # a digit, anything else as written."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return lambda rng: "".join(rng.choice(letters) if c == "L" else rng.choice(string.digits) if c == "#" else c for c in pattern)


KINDS: tuple[Kind, ...] = (
    Kind("yacht_buoy", "the yacht", "mooring buoy", "the skipper", False,
         ("Sandpiper ##", "Marram ##", "Kestrel Wind ##", "Blue Tansy ##", "Corrie Belle ##"), _code("LL-##")),
    Kind("horse_stall", "the horse", "stall", "the groom", False,
         ("Copper Lark", "Tansy Flame", "Bramble Jack", "Morning Rook", "Sable Piper", "Dunmore Lass", "Hazel Drummer"), _code("L/##")),
    Kind("chorister_robe", "the chorister", "robe", "the choir mistress", True,
         ("Ada Penhale", "Tomos Wyatt", "Iris Okonedo", "Milo Fenwick", "Nell Ashdown", "Ravi Carrow", "Otto Greaves"), _code("R.##L")),
    Kind("bidder_paddle", "the bidder", "bidding paddle", "the saleroom clerk", True,
         ("Mrs Dallow", "Mr Quarrie", "Dr Esterby", "Ms Loveday", "Mr Trenoweth", "Mrs Ambrose", "Dr Halloran"), _code("P-###")),
    Kind("seed_drawer", "the seed accession", "vault drawer", "the curator", False,
         ("ACC-#####", "SBK-####", "GRN-#####"), _code("V#/D##")),
    Kind("shipment_pallet", "the consignment", "pallet position", "the shipper", False,
         ("CN ####-KT", "CN ####-WB", "CN ####-RH"), _code("R##.L#.##")),
    Kind("guest_ticket", "the guest", "cloakroom ticket", "the cloakroom attendant", True,
         ("Mr Ivo Falkner", "Ms Rhoda Pellow", "Dr Anton Breck", "Mrs Lettice Moor", "Mr Caspar Nunn"), _code("#-###")),
    Kind("relay_mast", "the relay transmitter", "antenna mast", "the site engineer", False,
         ("Hollin-###", "Cardew-###", "Wether-###"), _code("M-LL#")),
    Kind("tray_bench", "the seedling tray", "greenhouse bench", "the head gardener", False,
         ("Basil-###", "Chard-###", "Sorrel-###", "Lovage-###"), _code("GH#-B##")),
)


def distinct_values(kind: Kind, rng: random.Random, count: int) -> list[str]:
    """``count`` different values of ``kind``."""
    values: dict[str, None] = {}  # in the order drawn
    while len(values) < count:
        values.setdefault(kind.value(rng))
    return list(values)


def other_holders(kind: Kind, rng: random.Random, taken: tuple[str, ...], count: int) -> list[str]:
    """``count`` further holders of ``kind``, none inside another or one of ``taken``."""
    found: list[str] = []
    while len(found) < count:
        name = kind.key(rng)
        if not any(name in t or t in name or sum(a != b for a, b in zip(name, t)) <= 1 for t in (*taken, *found)):
            found.append(name)
    return found
