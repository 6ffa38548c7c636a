"""nowrite: the value is only told in passing, in plain prose (a paragraph, an email, a chat turn, minutes' notes)."""

from __future__ import annotations

import random

from . import questions
from .build import Plan
from .formats import Event, make_insert
from .keys import distinct_values, new_key, sibling_key
from .noise import scatter, unrelated_events


def plan(rng: random.Random) -> Plan:
    taken, used = set(), set()
    key = new_key(rng, taken)
    value = distinct_values(rng, key.vtype, 1, used)[0]
    extras = unrelated_events(rng, taken, used, rng.randint(2, 4))
    if rng.random() < 0.5:  # a record-style write, but for a look-alike key
        extras.append(Event("set", sibling_key(rng, key, taken), distinct_values(rng, key.vtype, 1, used)[0]))
    inserts = scatter(rng, [make_insert(rng, Event("prose", key, value, label="stated fact"))], extras)
    return Plan(inserts, questions.current(rng, key), [value], {"value_type": key.vtype.name, "key": key.label()})
