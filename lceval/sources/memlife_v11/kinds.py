"""The five kinds as plans: the events in document order, the question, the answer and what the tests check (``meta``).

Every sample also gives the twin holder a place of its own, so a line about the twin is never evidence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import Draw
from .wording import CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PASSING, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


@dataclass
class Plan:
    events: list[Event]  # in document order
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)


def _history(draw: Draw, n: int, labels: dict[int, str]) -> tuple[list[str], list[Event]]:
    """``n`` values of the asked holder: a first allocation, then changes; event ``i`` carries ``labels.get(i)``."""
    values = draw.values(n)
    events = [Event("give", draw.kind, draw.key, values[0], label=labels.get(0))]
    events += [Event("change", draw.kind, draw.key, values[i], old=values[i - 1], label=labels.get(i)) for i in range(1, n)]
    return values, events


def _twin_events(draw: Draw, changes: int) -> tuple[list[str], list[Event]]:
    values = draw.values(1 + changes)
    events = [Event("give", draw.kind, draw.twin, values[0])]
    events += [Event("change", draw.kind, draw.twin, values[i], old=values[i - 1]) for i in range(1, len(values))]
    return values, events


def _interleave(a: list[Event], b: list[Event], rng: random.Random) -> list[Event]:
    """Both lists merged at random, each keeping its own order."""
    at = set(rng.sample(range(len(a) + len(b)), len(b)))
    ai, bi = iter(a), iter(b)
    return [next(bi) if i in at else next(ai) for i in range(len(a) + len(b))]


def _ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(key=draw.key, role=draw.kind.role, **extra)


def _meta(draw: Draw, values: list[str], twin_values: list[str], **extra) -> dict:
    return {"key": draw.key, "twin": draw.twin, "key_kind": draw.kind.name, "values": values, "writes": len(values),
            "twin_values": twin_values, **extra}


def overwrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    n = rng.randint(2, 6)
    values, mine = _history(draw, n, {n - 1: "latest write"})
    twin_values, twins = _twin_events(draw, rng.randint(0, 1))
    return Plan(_interleave(mine, twins, rng), _ask(CURRENT, draw, rng), [values[-1]], _meta(draw, values, twin_values))


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
    twin_values, twins = _twin_events(draw, rng.randint(1, 2))
    return Plan(_interleave(mine, twins, rng), question, [values[k - 1]], _meta(draw, values, twin_values, asked=asked, k=k))


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    templates = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(templates))
    twin_values, twins = _twin_events(draw, 0)
    events = [Event("lookalike", draw.kind, draw.key, v, template=t) for v, t in zip(fakes, templates)]
    events = _interleave(events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    events = _interleave(events, twins, rng)
    return Plan(events, _ask(GENUINE, draw, rng), [value], _meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values]))


def nowrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    aside = sorted(PASSING)[index % len(PASSING)]
    twin_values, twins = _twin_events(draw, rng.randint(0, 1))
    variant = index // len(PASSING) % 2  # each aside's wordings in turn
    passing = Event("passing", draw.kind, draw.key, value, label="told in passing", template=aside, variant=variant)
    return Plan(_interleave([passing], twins, rng), _ask(IN_PASSING, draw, rng), [value], _meta(draw, [value], twin_values))


def discard(draw: Draw, rng: random.Random, index: int) -> Plan:
    withdrawn = index % 2 == 0
    if withdrawn:  # the asked holder loses its place and gets none
        n = rng.randint(1, 2)
        values, mine = _history(draw, n, {n - 1: "withdrawn write"})
        mine.append(Event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
        twin_values, twins = _twin_events(draw, 0)
        answers, cancelled = [NO_LONGER_VALID], values[-1]
    else:  # the twin loses its place; the asked holder's stands
        values, mine = _history(draw, 1, {0: "write"})
        twin_values, twins = _twin_events(draw, 0)
        twins.append(Event("take_back", draw.kind, draw.twin, twin_values[-1]))
        answers, cancelled = values, twin_values[-1]
    meta = _meta(draw, values, twin_values, withdrawn=withdrawn, cancelled_value=cancelled)
    return Plan(_interleave(mine, twins, rng), _ask(CURRENT, draw, rng), answers, meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
