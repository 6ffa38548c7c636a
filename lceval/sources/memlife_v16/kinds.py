"""The five kinds as plans: events in document order, the question, the answer and what the tests read (``meta``).

Overwrite, version, nowrite and discard are memlife_common's ``Lifecycle`` with this family's events, questions
and asides, the asked holder's events and the twin's interleaved at random. The distractor is this family's own:
the one genuine record among three to five look-alikes of different kinds, each with a value of its own.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import Lifecycle, Plan, interleave, scatter, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import Draw
from .lookalikes import LOOKALIKES
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, ORDINALS, PASSING, PREVIOUS
from .writer import cap

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


def _ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    kind = draw.kind
    return cap(rng.choice(templates).format(who=kind.named(draw.key), role=kind.role, roles=kind.roles, **extra))


def _merge(mine: list, twins: list, rng: random.Random) -> list:
    return interleave(rng, mine, twins)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    kinds = rng.sample(sorted(LOOKALIKES), rng.randint(3, 5))
    fakes = draw.values(len(kinds))
    fake_events = [Event("lookalike", draw.kind, draw.key, v, template=k) for v, k in zip(fakes, kinds)]
    mine = scatter(fake_events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    twin_values, twins = twin_history(Event, draw, 0)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values], lookalikes=kinds)
    return Plan(_merge(mine, twins, rng), _ask(GENUINE, draw, rng), [value], meta)


LIFECYCLE = Lifecycle(Event, _ask, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(PASSING), no_longer_valid=NO_LONGER_VALID, merge=_merge)
PLANS = LIFECYCLE.plans(distractor)
