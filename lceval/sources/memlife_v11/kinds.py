"""The five kinds as plans: the events in document order, the question, the answer and what the tests check (``meta``).

Every sample also gives the twin holder a place of its own, so a line about the twin is never evidence.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import Plan, history, into_slots, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import Draw
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PASSING, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


def _history(draw: Draw, n: int, labels: dict[int, str]) -> tuple[list[str], list[Event]]:
    """``n`` values of the asked holder: a first allocation, then changes; event ``i`` carries ``labels.get(i)``."""
    values = draw.values(n)
    return values, history(Event, draw.kind, draw.key, values, labels)


def _ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(key=draw.key, role=draw.kind.role, **extra)


def overwrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    n = rng.randint(2, 6)
    values, mine = _history(draw, n, {n - 1: "latest write"})
    twin_values, twins = twin_history(Event, draw, rng.randint(0, 1))
    return Plan(into_slots(mine, twins, rng), _ask(CURRENT, draw, rng), [values[-1]], values_meta(draw, values, twin_values))


def version(draw: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(2, 6) if asked == "first" else rng.randint(3, 6)
    if asked == "first":
        k, labels, question = 1, {0: "first write"}, _ask(FIRST, draw, rng)
    elif asked == "kth":
        k = rng.randint(2, n - 1)
        labels = {i: f"write {i + 1}" for i in range(k)}
        question = _ask(KTH, draw, rng, k=k, ordinal=ORDINALS[k])
    else:
        k, labels, question = n - 1, {n - 2: "previous write", n - 1: "latest write"}, _ask(PREVIOUS, draw, rng)
    values, mine = _history(draw, n, labels)
    twin_values, twins = twin_history(Event, draw, rng.randint(1, 2))
    return Plan(into_slots(mine, twins, rng), question, [values[k - 1]], values_meta(draw, values, twin_values, asked=asked, k=k))


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    templates = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(templates))
    twin_values, twins = twin_history(Event, draw, 0)
    events = [Event("lookalike", draw.kind, draw.key, v, template=t) for v, t in zip(fakes, templates)]
    events = into_slots(events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    events = into_slots(events, twins, rng)
    return Plan(events, _ask(GENUINE, draw, rng), [value], values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values]))


def nowrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    aside = sorted(PASSING)[index % len(PASSING)]
    twin_values, twins = twin_history(Event, draw, rng.randint(0, 1))
    variant = index // len(PASSING) % 2  # each aside's wordings in turn
    passing = Event("passing", draw.kind, draw.key, value, label="told in passing", template=aside, variant=variant)
    return Plan(into_slots([passing], twins, rng), _ask(IN_PASSING, draw, rng), [value], values_meta(draw, [value], twin_values))


def discard(draw: Draw, rng: random.Random, index: int) -> Plan:
    withdrawn = index % 2 == 0
    if withdrawn:  # the asked holder loses its place and gets none
        n = rng.randint(1, 2)
        values, mine = _history(draw, n, {n - 1: "withdrawn write"})
        mine.append(Event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
        twin_values, twins = twin_history(Event, draw, 0)
        answers, cancelled = [NO_LONGER_VALID], values[-1]
    else:  # the twin loses its place; the asked holder's stands
        values, mine = _history(draw, 1, {0: "write"})
        twin_values, twins = twin_history(Event, draw, 0)
        twins.append(Event("take_back", draw.kind, draw.twin, twin_values[-1]))
        answers, cancelled = values, twin_values[-1]
    meta = values_meta(draw, values, twin_values, withdrawn=withdrawn, cancelled_value=cancelled)
    return Plan(into_slots(mine, twins, rng), _ask(CURRENT, draw, rng), answers, meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
