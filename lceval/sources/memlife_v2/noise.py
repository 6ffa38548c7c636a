"""Records about other keys, so the asked key's records are never the only documents in the essay."""

from __future__ import annotations

import random

from .formats import Event, Insert, make_insert
from .keys import distinct_values, new_key


def unrelated_events(rng: random.Random, taken: set, used: set, count: int) -> list[Event]:
    """Writes (a first value, sometimes already replaced) for ``count`` fresh keys."""
    events = []
    for _ in range(count):
        key = new_key(rng, taken)
        first, second = distinct_values(rng, key.vtype, 2, used)
        events.append(Event("set", key, first) if rng.random() < 0.6 else Event("change", key, second, first))
    return events


def scatter(rng: random.Random, inserts: list[Insert], extras: list[Event]) -> list[Insert]:
    """``inserts`` (order kept) with each extra event either joining an insert that can word it or standing alone."""
    inserts = list(inserts)
    for event in extras:
        hosts = [i for i, ins in enumerate(inserts) if ins.fmt not in ("paragraph",) and _fits(ins, event)]
        if hosts and rng.random() < 0.5:
            i = rng.choice(hosts)
            events = list(inserts[i].events)
            events.insert(rng.randint(0, len(events)), event)
            inserts[i] = Insert(tuple(events), inserts[i].fmt)
        else:
            inserts.insert(rng.randint(0, len(inserts)), make_insert(rng, event))
    return inserts


def _fits(insert: Insert, event: Event) -> bool:
    from .formats import SUPPORTS

    return event.act in SUPPORTS[insert.fmt] and not any(e.act == "draft" for e in insert.events)
