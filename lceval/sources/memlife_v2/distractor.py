"""distractor: one real write among look-alikes that never took effect or concern another key.

Look-alikes: a rumour, an unsent draft, a rejected proposal, a hypothetical,
a value in a quoted older email the reply disowns, and a real write for a
near-duplicate key.
"""

from __future__ import annotations

import random

from . import questions
from .build import Plan
from .formats import Event, make_insert
from .keys import distinct_values, new_key, sibling_key
from .noise import scatter, unrelated_events

LOOKALIKES = ("rumour", "draft", "rejected", "hypothetical", "quoted", "sibling")


def plan(rng: random.Random) -> Plan:
    taken, used = set(), set()
    key = new_key(rng, taken)
    kinds = rng.sample(LOOKALIKES, rng.randint(3, 5))
    real, *fakes = distinct_values(rng, key.vtype, 1 + len(kinds), used)
    events = [Event("set", key, real, label="real write")]
    for kind, value in zip(kinds, fakes):
        if kind == "sibling":
            events.append(Event("set", sibling_key(rng, key, taken), value))
        else:
            events.append(Event(kind, key, value))
    rng.shuffle(events)
    inserts = scatter(rng, [make_insert(rng, e) for e in events], unrelated_events(rng, taken, used, rng.randint(0, 2)))
    meta = {"lookalikes": kinds, "lookalike_values": fakes, "value_type": key.vtype.name, "key": key.label()}
    return Plan(inserts, questions.current(rng, key), [real], meta)
