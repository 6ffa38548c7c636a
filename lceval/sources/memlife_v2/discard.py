"""discard: a value is withdrawn with nothing in its place; the answer is "no longer valid".

Half the samples withdraw a near-duplicate key's value instead, so the asked
value stands. Both keys are written in every sample, so the presence of a
withdrawal does not give the answer away.
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import questions
from .build import NO_LONGER_VALID, Plan
from .formats import Event, make_insert
from .keys import distinct_values, new_key, sibling_key
from .noise import scatter, unrelated_events
from .overwrite import history


def plan(rng: random.Random) -> Plan:
    taken, used = set(), set()
    key = new_key(rng, taken)
    sibling = sibling_key(rng, key, taken)
    asked_history = history(key, distinct_values(rng, key.vtype, rng.randint(1, 2), used))
    other_history = history(sibling, distinct_values(rng, key.vtype, 1, used))
    withdrawn = rng.random() < 0.5
    target = asked_history if withdrawn else other_history
    act = rng.choice(["withdraw", "withdraw", "withdraw_after_set"])
    target.append(Event(act, target[-1].key, old=target[-1].value, label="withdrawal" if withdrawn else None))
    if not withdrawn:
        asked_history[-1] = replace(asked_history[-1], label="current value")
    events = _interleave(rng, asked_history, other_history)
    inserts = scatter(rng, [make_insert(rng, e) for e in events], unrelated_events(rng, taken, used, rng.randint(1, 2)))
    answer = NO_LONGER_VALID if withdrawn else asked_history[-1].value
    meta = {"withdrawn": withdrawn, "withdrawal": act, "value_type": key.vtype.name, "key": key.label()}
    return Plan(inserts, questions.current(rng, key), [answer], meta)


def _interleave(rng: random.Random, first: list, second: list) -> list:
    """Both sequences merged at random, each keeping its own order."""
    merged, a, b = [], list(first), list(second)
    while a or b:
        source = a if b == [] or (a and rng.random() < len(a) / (len(a) + len(b))) else b
        merged.append(source.pop(0))
    return merged
