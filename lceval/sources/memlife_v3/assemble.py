"""A plan's events as documents for the essay haystack: one per event, each dated a few days after the one before.

Everything random here (dates, formats, wordings) is drawn before the layout draws depths and the essay offset and
the length search runs (``essay_documents``).
"""

from __future__ import annotations

import datetime as dt
import random

from .documents import Block, render
from .keys import Values
from .kinds import Plan


def assemble(plan: Plan, rng: random.Random) -> list[Block]:
    """One document per event, dated a few days after the one before."""
    day = dt.date(2022, 6, 1) + dt.timedelta(days=rng.randrange(900))
    values = Values(rng)
    values.used = {e.value for e in plan.events} | {e.old for e in plan.events if e.old}
    blocks = []
    for event in plan.events:
        day += dt.timedelta(days=rng.randint(2, 9))
        blocks.append(render(event, rng, day, values, avoid=plan.meta["key_kind"]))
    return blocks
