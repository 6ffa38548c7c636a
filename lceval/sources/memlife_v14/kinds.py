"""The five kinds as plans: the events in document order, the question, the answer, and ``meta`` for the tests.

overwrite: the latest of 2-6 writes. version: the first, the k-th (k <= 3) or the one before the latest.
distractor: the one genuine write among 3-5 look-alikes naming the same holder. nowrite: a value told in passing.
discard: withdrawn (answer NO_LONGER_VALID), withdrawn then given anew, or the twin's withdrawn while the asked
holder's stands. The twin always has values of its own and never decides an answer. Overwrite, version, nowrite
and discard are planned by memlife_common's ``Lifecycle`` with this family's events, wording and merge; the
distractor is its own.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import Lifecycle, Plan, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .keys import Draw
from .sheet import Event
from .wording import ASIDES, CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


def _shuffle_in(mine: list[Event], theirs: list[Event], rng: random.Random) -> list[Event]:
    """Both lists woven together at random, each keeping its own order (a history must stay in sequence): a shuffle
    of who goes next, which draws differently from the shared ``into_slots`` (and from memlife_v12's merge)."""
    picks = [0] * len(mine) + [1] * len(theirs)
    rng.shuffle(picks)
    sources = (iter(mine), iter(theirs))
    return [next(sources[p]) for p in picks]


def _question(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    kind = draw.kind
    return rng.choice(templates).format(holder=kind.holder, key=draw.key, role=kind.role, roles=kind.roles, **extra)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    hedges = rng.sample(sorted(LOOKALIKES), rng.randint(3, 5))
    fakes = draw.values(len(hedges))
    fake_events = [Event("lookalike", draw.kind, draw.key, v, template=h) for v, h in zip(fakes, hedges)]
    mine = _shuffle_in(fake_events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    twin_values, theirs = twin_history(Event, draw, 0)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values], lookalikes=hedges)
    return Plan(_shuffle_in(mine, theirs, rng), _question(GENUINE, draw, rng), [value], meta)


LIFECYCLE = Lifecycle(Event, _question, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(ASIDES), no_longer_valid=NO_LONGER_VALID, merge=_shuffle_in)
PLANS = LIFECYCLE.plans(distractor)
