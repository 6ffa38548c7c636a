"""The five kinds as plans: events in document order, the question, the answer and what the tests read (``meta``).

The answer semantics are the memlife ones: overwrite asks for the latest write; version for the first, the k-th or
the previous one; distractor for the one genuine write among look-alikes; nowrite for a value told in passing;
discard for NO_LONGER_VALID once a value is withdrawn (or the new value given after, or the asked holder's own
when only the twin's was withdrawn). The twin always has values of its own and never decides anything.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import Plan, history, into_slots, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import Draw
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PASSING, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


def _ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(who=draw.kind.named(draw.key), role=draw.kind.role, **extra)


def _with_twin(mine: list[Event], draw: Draw, rng: random.Random, changes: int) -> tuple[list[str], list[Event]]:
    """The twin's values and the asked holder's events merged with the twin's, each stream in its own order."""
    twin_values, twins = twin_history(Event, draw, changes)
    return twin_values, into_slots(mine, twins, rng)


def overwrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    values = draw.values(rng.randint(2, 6))
    mine = history(Event, draw.kind, draw.key, values, {len(values) - 1: "latest write"})
    twin_values, events = _with_twin(mine, draw, rng, rng.randint(0, 1))
    return Plan(events, _ask(CURRENT, draw, rng), [values[-1]], values_meta(draw, values, twin_values))


def version(draw: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(2, 6) if asked == "first" else rng.randint(3, 6)
    if asked == "first":
        k, labels, question = 1, {0: "first write"}, _ask(FIRST, draw, rng)
    elif asked == "kth":
        # Every write up to the k-th is evidence (the reader counts them); k stays at 3 or less so that a 512-token
        # budget can keep each of them.
        k = rng.randint(2, min(3, n - 1))
        labels, question = {i: f"write {i + 1}" for i in range(k)}, _ask(KTH, draw, rng, k=k, ordinal=ORDINALS[k])
    else:
        k, labels, question = n - 1, {n - 2: "previous write", n - 1: "latest write"}, _ask(PREVIOUS, draw, rng)
    values = draw.values(n)
    twin_values, events = _with_twin(history(Event, draw.kind, draw.key, values, labels), draw, rng, rng.randint(1, 2))
    return Plan(events, question, [values[k - 1]], values_meta(draw, values, twin_values, asked=asked, k=k))


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    hedges = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(hedges))
    fake_events = [Event("lookalike", draw.kind, draw.key, v, template=h[0]) for v, h in zip(fakes, hedges)]
    mine = into_slots(fake_events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    twin_values, events = _with_twin(mine, draw, rng, 0)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values],
                       lookalikes=[h[0] for h in hedges])
    return Plan(events, _ask(GENUINE, draw, rng), [value], meta)


def nowrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    genre = sorted(PASSING)[index % len(PASSING)]
    variant = index // len(PASSING) % 2  # each genre's two wordings in turn
    told = Event("passing", draw.kind, draw.key, value, label="told in passing", template=genre, variant=variant)
    twin_values, events = _with_twin([told], draw, rng, rng.randint(0, 1))
    return Plan(events, _ask(IN_PASSING, draw, rng), [value], values_meta(draw, [value], twin_values))


def discard(draw: Draw, rng: random.Random, index: int) -> Plan:
    """Even samples: the asked holder's value is withdrawn and nothing follows. Odd ones alternate: the twin's value
    is withdrawn (the asked one stands), or the asked holder's is withdrawn and a new one given afterwards."""
    if index % 2 == 0:
        return _withdrawn(draw, rng)
    return _twin_withdrawn(draw, rng) if index % 4 == 1 else _given_again(draw, rng)


def _withdrawn(draw: Draw, rng: random.Random) -> Plan:
    values = draw.values(rng.randint(1, 2))
    mine = history(Event, draw.kind, draw.key, values, {len(values) - 1: "withdrawn write"})
    mine.append(Event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
    twin_values, events = _with_twin(mine, draw, rng, 0)
    meta = values_meta(draw, values, twin_values, withdrawn=True, regiven=False, cancelled_value=values[-1])
    return Plan(events, _ask(CURRENT, draw, rng), [NO_LONGER_VALID], meta)


def _twin_withdrawn(draw: Draw, rng: random.Random) -> Plan:
    values = draw.values(1)
    mine = history(Event, draw.kind, draw.key, values, {0: "write"})
    twin_values, twins = twin_history(Event, draw, 0)
    twins.append(Event("take_back", draw.kind, draw.twin, twin_values[-1]))
    meta = values_meta(draw, values, twin_values, withdrawn=False, regiven=False, cancelled_value=twin_values[-1])
    return Plan(into_slots(mine, twins, rng), _ask(CURRENT, draw, rng), values, meta)


def _given_again(draw: Draw, rng: random.Random) -> Plan:
    """The asked holder's value is withdrawn and another given later: the later one decides."""
    values = draw.values(2)
    mine = [Event("give", draw.kind, draw.key, values[0]), Event("take_back", draw.kind, draw.key, values[0]),
            Event("give", draw.kind, draw.key, values[1], label="re-given write")]
    twin_values, events = _with_twin(mine, draw, rng, rng.randint(0, 1))
    meta = values_meta(draw, values, twin_values, withdrawn=False, regiven=True, cancelled_value=values[0])
    return Plan(events, _ask(CURRENT, draw, rng), values[-1:], meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
