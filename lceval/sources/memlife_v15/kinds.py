"""The five kinds as plans: events in document order, the question, the answer and what the tests read (``meta``).

The answer semantics are the memlife ones: overwrite asks for the latest write; version for the first, the k-th or
the previous one; distractor for the one genuine write among look-alikes; nowrite for a value told in passing;
discard for NO_LONGER_VALID once a value is withdrawn (or the new value given after, or the asked holder's own
when only the twin's was withdrawn). The twin always has values of its own and never decides anything. Overwrite,
version, nowrite and discard are planned by memlife_common's ``Lifecycle`` with this family's events and wording;
the distractor is its own.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import Lifecycle, Plan, into_slots, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import Draw
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PASSING, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


def _ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(who=draw.kind.named(draw.key), role=draw.kind.role, **extra)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    hedges = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(hedges))
    fake_events = [Event("lookalike", draw.kind, draw.key, v, template=h[0]) for v, h in zip(fakes, hedges)]
    mine = into_slots(fake_events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    twin_values, twins = twin_history(Event, draw, 0)
    events = into_slots(mine, twins, rng)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values],
                       lookalikes=[h[0] for h in hedges])
    return Plan(events, _ask(GENUINE, draw, rng), [value], meta)


LIFECYCLE = Lifecycle(Event, _ask, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(PASSING), no_longer_valid=NO_LONGER_VALID)
PLANS = LIFECYCLE.plans(distractor)
