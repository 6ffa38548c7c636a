"""The key kinds: what a holder looks like, its twin one character away, and the values it can be given.

Seven small operations, each with the words its records use about itself: a brewery's fermenters and the brew in
each, a beekeeper's hives and the apiary yard each stands in, a release team's feature flags and their rollout
share, an escape room's padlocks and their combinations, an observatory's observing programmes and their targets, a
dyehouse's dye lots and their colourways, a theatre's lighting cues and their gels. Brews, yards and colourways are
words; rollout shares (to a tenth of a per cent), combinations, targets and gels are numbers or codes.

A holder's twin differs from it in one character of its numeric part, so the two read alike; the ``Draw`` keeps
every other holder at least three characters from both, and no value inside any name or any name inside a value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from ..memlife_common.keys import Draw as CommonDraw
from ..memlife_common.keys import apart, far

__all__ = ["KINDS", "Draw", "Kind"]

DIGITS = "0123456789"
LETTERS = "BCDFGHJKLMNPRSTVWXZ"


@dataclass(frozen=True)
class Kind:
    """One operation's holders and values, and the words its records use for them."""

    name: str
    noun: str  # what a holder is called in prose: "fermenter FV-K274"
    role: str  # what its value is called: "brew"
    team: str  # who keeps the records
    table: str  # SQL table and spreadsheet name
    holder_column: str
    value_column: str
    config: str  # the TOML file its settings live in
    section: str
    channel: str
    project: str  # issue-tracker prefix
    make: Callable[[random.Random], str]
    twin_at: tuple[int, ...]  # positions of the holder the twin may differ at (all digits)
    value: Callable[[random.Random], str]

    def twin(self, holder: str, rng: random.Random) -> str:
        at = rng.choice(self.twin_at) % len(holder)
        return holder[:at] + rng.choice([d for d in DIGITS if d != holder[at]]) + holder[at + 1:]

    def thing(self, holder: str) -> str:
        return f"{self.noun} {holder}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _pick(*lists: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: " ".join(rng.choice(words) for words in lists)


BREW_NAMES = ["Saltmarsh", "Hopjack", "Lantern", "Tidewrack", "Ironbridge", "Foxglove", "Nightjar", "Cinderpath",
              "Wherry", "Larkrise", "Gannet", "Blackthorn", "Quayside", "Old Ferret", "Moorhen", "Tallyman",
              "Skylark", "Kettle Yard", "Drover", "Brambling", "Sexton", "Marram", "Heron Bank", "Oxbow"]
BREW_STYLES = ["Porter", "Stout", "Mild", "Bitter", "Saison", "Lager", "Pale Ale", "Gose", "Dubbel", "Red Ale",
               "Barley Wine", "Helles"]
YARD_FIRST = ["Hazel", "Furze", "Sloe", "Withy", "Chalk", "Beacon", "Lime Kiln", "Nuthatch", "Old Rectory", "Cress",
              "Willowbrook", "Badger", "Tithe Barn", "Pennyroyal", "Marlpit", "Ashcombe", "Dovecote", "Sorrel",
              "Warren", "Quarry"]
YARD_SECOND = ["Coppice", "Meadow", "Paddock", "Orchard", "Common", "Bank", "Ley", "Spinney", "Heath", "Lane",
               "Farm", "Allotments"]
COLOUR_FIRST = ["Peat", "Storm", "Sloe", "Kelp", "Ember", "Fjord", "Moss", "Quince", "Bramble", "Thistle", "Harbour",
                "Rowan", "Lichen", "Damson", "Woad", "Puffin"]
COLOUR_SECOND = ["Grey", "Rust", "Blue", "Green", "Gold", "Violet", "Ochre", "Rose", "Teal", "Umber", "Smoke"]
FLAG_AREAS = ["search", "checkout", "profile", "billing", "inbox", "onboarding", "reports", "maps", "feed", "settings"]
FLAG_WORDS = ["fuzzy", "rank", "express", "pay", "dark", "mode", "batch", "export", "smart", "reply", "lazy", "tiles",
              "split", "invoice", "quick", "filters", "inline", "preview", "async", "upload"]
PROPS = ["ORRERY", "SEXTANT", "LEDGER", "GLOBE", "TRUNK", "CLOCK", "BIBLE", "CHEST", "LANTERN", "ORGAN", "VIOLIN",
         "TYPEWRITER", "MICROSCOPE", "PIANO", "CABINET"]
CATALOGUES = ["NGC", "IC", "UGC", "Abell"]


def _flag(rng: random.Random) -> str:
    first, second = rng.sample(FLAG_WORDS, 2)
    return f"{rng.choice(FLAG_AREAS)}.{first}_{second}_v{rng.choice('23456789')}"


KINDS: list[Kind] = [
    Kind("fermenter", "fermenter", "brew", "cellar crew", "vessel_brews", "vessel", "brew", "cellar/vessels.toml",
         "vessels", "#cellar", "BREW",
         make=lambda rng: f"FV-{rng.choice(LETTERS)}{_digits(rng, 3)}", twin_at=(4, 5, 6),
         value=_pick(BREW_NAMES, BREW_STYLES)),
    Kind("hive", "hive", "apiary yard", "apiary", "hive_sites", "hive", "yard", "apiary/sites.toml", "hives", "#bees",
         "HIVE",
         make=lambda rng: f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}-{_digits(rng, 3)}", twin_at=(3, 4, 5),
         value=_pick(YARD_FIRST, YARD_SECOND)),
    Kind("feature_flag", "feature flag", "rollout share", "release team", "flag_rollouts", "flag", "rollout",
         "flags/production.toml", "rollout", "#releases", "REL",
         make=_flag, twin_at=(-1,),
         value=lambda rng: f"{rng.randint(100, 999) / 10:.1f}%"),  # a decimal place: essays quote whole percentages
    Kind("padlock", "padlock", "combination", "game-master desk", "lock_codes", "padlock", "combination",
         "rooms/locks.toml", "locks", "#gamemasters", "ESC",
         make=lambda rng: f"{rng.choice(PROPS)}-{rng.choice(DIGITS)}{rng.choice(LETTERS)}{rng.choice(DIGITS)}",
         twin_at=(-3, -1),
         value=lambda rng: "-".join(_digits(rng, 2) for _ in range(3))),
    Kind("programme", "observing programme", "target", "observatory night desk", "programme_targets", "programme",
         "target", "queue/targets.toml", "programmes", "#night-queue", "OBS",
         make=lambda rng: f"P{rng.randint(19, 27)}{rng.choice('AB')}-{_digits(rng, 4)}", twin_at=(5, 6, 7, 8),
         value=lambda rng: f"{rng.choice(CATALOGUES)} {rng.randint(1000, 9999)}"),
    Kind("dye_lot", "dye lot", "colourway", "dyehouse", "lot_colourways", "lot", "colourway", "dyehouse/lots.toml",
         "lots", "#dyehouse", "DYE",
         make=lambda rng: f"{rng.choice(LETTERS)}{_digits(rng, 2)}-{_digits(rng, 3)}", twin_at=(1, 2, 4, 5, 6),
         value=_pick(COLOUR_FIRST, COLOUR_SECOND)),
    Kind("lighting_cue", "lighting cue", "gel", "lighting desk", "cue_gels", "cue", "gel", "show/cues.toml", "cues",
         "#lx-crew", "LX",
         make=lambda rng: f"Q{_digits(rng, 3)}.{rng.choice(DIGITS)}", twin_at=(1, 2, 3, 5),
         value=lambda rng: f"{rng.choice('LR')}{rng.randint(100, 799)}"),
]


class Draw(CommonDraw):
    """The shared ``Draw``, stricter: a value keeps clear of every name drawn so far, and a stranger's name of every
    value drawn so far, so neither ever holds the other."""

    def value_fits(self, value: str, taken: set[str]) -> bool:
        return apart(value, taken) and apart(value, self._names)

    def other(self) -> tuple[str, str]:
        name = self._fresh(lambda: self.kind.make(self._rng), self._names,
                           lambda candidate, taken: far(candidate, taken) and apart(candidate, self._values))
        return name, self.value()
