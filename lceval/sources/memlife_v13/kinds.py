"""The five kinds as plans: events in document order, the question, the answer and what the tests read (``meta``).

The twin holder always has places of its own, so no line about it ever decides an answer. Overwrite, version,
nowrite and discard are planned by memlife_common's ``Lifecycle`` with this family's events and wording; the
distractor is its own.
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
    return rng.choice(templates).format(key=draw.key, role=draw.kind.role, holder=draw.kind.holder, **extra)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    templates = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(templates))
    twin_values, twins = twin_history(Event, draw, 0)
    events = [Event("lookalike", draw.kind, draw.key, v, template=t) for v, t in zip(fakes, templates)]
    events = into_slots(events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values])
    return Plan(into_slots(events, twins, rng), _ask(GENUINE, draw, rng), [value], meta)


LIFECYCLE = Lifecycle(Event, _ask, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(PASSING), no_longer_valid=NO_LONGER_VALID)
PLANS = LIFECYCLE.plans(distractor)
