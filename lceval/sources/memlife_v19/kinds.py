"""The five kinds as plans. Overwrite, version, nowrite and discard are memlife_common's ``Lifecycle`` with this
family's events and questions; the distractor is this family's own: the asked holder's one genuine write among
three to five look-alikes of different kinds (each with a value of its own), beside one write of the twin."""

from __future__ import annotations

import random

from ..memlife_common.plans import Lifecycle, Plan, into_slots, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .asides import ASIDES
from .documents import Event
from .keys import Draw
from .lookalikes import LOOKALIKES
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, ORDINALS, PREVIOUS

__all__ = ["LIFECYCLE", "NO_LONGER_VALID", "PLANS", "distractor"]


def ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(thing=draw.kind.thing(draw.key), role=draw.kind.role, **extra)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    names = rng.sample(sorted(LOOKALIKES), rng.randint(3, 5))
    fakes = draw.values(len(names))
    value = draw.value()
    mine = [Event("lookalike", draw.kind, draw.key, fake, template=name) for fake, name in zip(fakes, names)]
    mine.insert(rng.randint(0, len(mine)), Event("give", draw.kind, draw.key, value, label="write"))
    twin_values, twins = twin_history(Event, draw, 0)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values], lookalikes=names)
    return Plan(into_slots(mine, twins, rng), ask(GENUINE, draw, rng), [value], meta)


LIFECYCLE = Lifecycle(Event, ask, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(ASIDES), no_longer_valid=NO_LONGER_VALID)
PLANS = LIFECYCLE.plans(distractor)
