"""memlife_v35's five kinds as plans: overwrite, version, nowrite and discard come from the shared ``Lifecycle``,
the distractor from ``genuine_among_lookalikes``; the events, look-alikes, asides and questions are this family's."""

from __future__ import annotations

import random

from ..memlife_common.plans import Lifecycle, Plan, genuine_among_lookalikes
from ..memlife_v2 import NO_LONGER_VALID
from .asides import ASIDES
from .documents import Event
from .keys import Draw
from .lookalikes import LOOKALIKES
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, ORDINALS, PREVIOUS

__all__ = ["LIFECYCLE", "NO_LONGER_VALID", "PLANS", "ask", "distractor"]


def ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    """One of ``templates``, drawn at random, asked of the sample's holder."""
    return rng.choice(templates).format(thing=draw.kind.thing(draw.key), role=draw.kind.role, **extra)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    """The holder's one genuine entry hidden among three to five look-alikes, beside one entry of its twin."""
    return genuine_among_lookalikes(Event, draw, rng, LOOKALIKES, lambda: ask(GENUINE, draw, rng))


LIFECYCLE = Lifecycle(Event, ask, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(ASIDES), no_longer_valid=NO_LONGER_VALID)
PLANS = LIFECYCLE.plans(distractor)
