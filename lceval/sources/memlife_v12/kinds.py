"""The five kinds as plans: events in document order, the question, the answers and the facts the tests check (``meta``).

Each plan also gives the twin (one or two characters from the asked holder) places of its own, so that no line
about the twin ever decides the answer.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import Plan, history, twin_history, values_meta
from ..memlife_v2 import NO_LONGER_VALID
from .events import Event
from .keys import Draw
from .wording import ASIDES, CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


def _merge(a: list[Event], b: list[Event], rng: random.Random) -> list[Event]:
    """``a`` and ``b`` shuffled together, each in its own order (a shuffle of who goes next: not the shared
    ``into_slots``, which draws differently)."""
    picks = [True] * len(b) + [False] * len(a)
    rng.shuffle(picks)
    rest_a, rest_b = iter(a), iter(b)
    return [next(rest_b) if pick else next(rest_a) for pick in picks]


def _question(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(h=draw.kind.phrase(draw.key), role=draw.kind.role, **extra)


def overwrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    values = draw.values(rng.randint(2, 6))
    mine = history(Event, draw.kind, draw.key, values, {len(values) - 1: "latest write"})
    twin_values, twins = twin_history(Event, draw, rng.randint(0, 1))
    return Plan(_merge(mine, twins, rng), _question(CURRENT, draw, rng), [values[-1]], values_meta(draw, values, twin_values))


def version(draw: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    values = draw.values(rng.randint(2, 6) if asked == "first" else rng.randint(3, 6))
    n = len(values)
    if asked == "first":
        k, labels, question = 1, {0: "first write"}, _question(FIRST, draw, rng)
    elif asked == "kth":  # every write up to the k-th decides: they are counted
        k = rng.randint(2, n - 1)
        labels, question = {i: f"write {i + 1}" for i in range(k)}, _question(KTH, draw, rng, ordinal=ORDINALS[k])
    else:  # the latest write shows which one came just before it
        k, labels, question = n - 1, {n - 2: "previous write", n - 1: "latest write"}, _question(PREVIOUS, draw, rng)
    twin_values, twins = twin_history(Event, draw, rng.randint(1, 2))
    meta = values_meta(draw, values, twin_values, asked=asked, k=k)
    return Plan(_merge(history(Event, draw.kind, draw.key, values, labels), twins, rng), question, [values[k - 1]], meta)


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    templates = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(templates))
    lookalikes = [Event("lookalike", draw.kind, draw.key, v, template=t) for v, t in zip(fakes, templates)]
    events = _merge(lookalikes, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    twin_values, twins = twin_history(Event, draw, 0)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values])
    return Plan(_merge(events, twins, rng), _question(GENUINE, draw, rng), [value], meta)


def nowrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    names = sorted(ASIDES)
    aside = names[index % len(names)]
    variant = index // len(names) % len(ASIDES[aside].wordings)  # every aside, then each in its next wording
    told = Event("passing", draw.kind, draw.key, value, label="told in passing", template=aside, variant=variant)
    twin_values, twins = twin_history(Event, draw, rng.randint(0, 1))
    return Plan(_merge([told], twins, rng), _question(IN_PASSING, draw, rng), [value], values_meta(draw, [value], twin_values))


def discard(draw: Draw, rng: random.Random, index: int) -> Plan:
    """Even samples: the asked holder's place is taken back for good. Odd ones: the twin's is (index 1 mod 4), or the
    asked holder's is and a new one follows (3 mod 4); either way the asked holder has a live value."""
    twin_values, twins = twin_history(Event, draw, 0)
    if index % 2 == 0:
        values = draw.values(rng.randint(1, 2))
        mine = history(Event, draw.kind, draw.key, values, {len(values) - 1: "withdrawn write"})
        mine.append(Event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
        answers, cancelled = [NO_LONGER_VALID], values[-1]
    elif index % 4 == 1:
        values = draw.values(1)
        mine = history(Event, draw.kind, draw.key, values, {0: "write"})
        twins.append(Event("take_back", draw.kind, draw.twin, twin_values[-1]))
        answers, cancelled = values, twin_values[-1]
    else:
        values = draw.values(2)
        mine = [Event("give", draw.kind, draw.key, values[0]), Event("take_back", draw.kind, draw.key, values[0]),
                Event("give", draw.kind, draw.key, values[1], label="write")]
        answers, cancelled = values[1:], values[0]
    meta = values_meta(draw, values, twin_values, withdrawn=index % 2 == 0, cancelled_value=cancelled)
    return Plan(_merge(mine, twins, rng), _question(CURRENT, draw, rng), answers, meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
