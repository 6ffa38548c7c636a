"""overwrite: a key takes a first value and 1-5 replacements; the question asks the value in force at the end."""

from __future__ import annotations

import random

from . import questions
from .build import Plan
from .formats import Event, make_insert
from .keys import distinct_values, new_key, sibling_key
from .noise import scatter, unrelated_events


def history(key, values: list[str]) -> list[Event]:
    """A first write, then each later value replacing the one before."""
    return [Event("set", key, values[0])] + [Event("change", key, new, old) for old, new in zip(values, values[1:])]


def plan(rng: random.Random) -> Plan:
    taken, used = set(), set()
    key = new_key(rng, taken)
    values = distinct_values(rng, key.vtype, rng.randint(2, 6), used)
    writes = history(key, values)
    writes[-1] = Event(writes[-1].act, key, writes[-1].value, writes[-1].old, label="current value")
    extras = unrelated_events(rng, taken, used, rng.randint(1, 3))
    if rng.random() < 0.5:  # a look-alike key with its own, later, value
        sibling = sibling_key(rng, key, taken)
        extras.append(Event("set", sibling, distinct_values(rng, key.vtype, 1, used)[0]))
    inserts = scatter(rng, [make_insert(rng, w) for w in writes], extras)
    return Plan(inserts, questions.current(rng, key), [values[-1]], {"updates": len(values) - 1, "value_type": key.vtype.name, "key": key.label()})
