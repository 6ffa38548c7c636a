"""memlife_v34's five kinds as plans: overwrite, version, nowrite and discard from the shared ``Lifecycle``, the
distractor from ``genuine_among_lookalikes``; this family supplies its events, look-alikes, asides and questions."""

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
    """One of ``templates``, drawn, about the sample's asked holder."""
    return rng.choice(templates).format(thing=draw.kind.thing(draw.key), role=draw.kind.role, **extra)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    """The asked holder's one genuine entry among three to five look-alikes, beside one entry of its twin."""
    return genuine_among_lookalikes(Event, draw, rng, LOOKALIKES, lambda: ask(GENUINE, draw, rng))


LIFECYCLE = Lifecycle(Event, ask, current=CURRENT, first=FIRST, kth=KTH, previous=PREVIOUS, in_passing=IN_PASSING,
                      ordinals=ORDINALS, asides=sorted(ASIDES), no_longer_valid=NO_LONGER_VALID)
PLANS = LIFECYCLE.plans(distractor)
