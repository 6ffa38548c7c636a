"""The five kinds as plans: events in document order, the question, the answer and what the tests read (``meta``).

The twin holder always has places of its own, so no line about it ever decides an answer.
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


def _history(draw: Draw, holder: str, values: list[str], labels: dict[int, str]) -> list[Event]:
    """A first allocation of ``values[0]``, then a change to each later value; event ``i`` labelled ``labels.get(i)``."""
    events = [Event("give", draw.kind, holder, values[0], label=labels.get(0))]
    return events + [Event("change", draw.kind, holder, values[i], old=values[i - 1], label=labels.get(i))
                     for i in range(1, len(values))]


def _twin(draw: Draw, changes: int) -> tuple[list[str], list[Event]]:
    values = draw.values(1 + changes)
    return values, _history(draw, draw.twin, values, {})


def _merge(a: list[Event], b: list[Event], rng: random.Random) -> list[Event]:
    """``a`` and ``b`` shuffled together, each in its own order."""
    slots = set(rng.sample(range(len(a) + len(b)), len(b)))
    ai, bi = iter(a), iter(b)
    return [next(bi) if i in slots else next(ai) for i in range(len(a) + len(b))]


def _ask(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    return rng.choice(templates).format(key=draw.key, role=draw.kind.role, holder=draw.kind.holder, **extra)


def _meta(draw: Draw, values: list[str], twin_values: list[str], **extra) -> dict:
    return {"key": draw.key, "twin": draw.twin, "key_kind": draw.kind.name, "values": values, "writes": len(values),
            "twin_values": twin_values, **extra}


def overwrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    values = draw.values(rng.randint(2, 6))
    mine = _history(draw, draw.key, values, {len(values) - 1: "latest write"})
    twin_values, twins = _twin(draw, rng.randint(0, 1))
    return Plan(_merge(mine, twins, rng), _ask(CURRENT, draw, rng), [values[-1]], _meta(draw, values, twin_values))


def version(draw: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(2, 6) if asked == "first" else rng.randint(3, 6)
    if asked == "first":
        k, labels, question = 1, {0: "first write"}, _ask(FIRST, draw, rng)
    elif asked == "kth":
        # Every write up to the k-th is evidence (the reader counts them), each in a chunk of its own: k stays
        # at 3 or less so the oracle keeps them all within 512 tokens.
        k = rng.randint(2, min(3, n - 1))
        labels = {i: f"write {i + 1}" for i in range(k)}
        question = _ask(KTH, draw, rng, k=k, ordinal=ORDINALS[k])
    else:
        k, labels, question = n - 1, {n - 2: "previous write", n - 1: "latest write"}, _ask(PREVIOUS, draw, rng)
    values = draw.values(n)
    twin_values, twins = _twin(draw, rng.randint(1, 2))
    events = _merge(_history(draw, draw.key, values, labels), twins, rng)
    return Plan(events, question, [values[k - 1]], _meta(draw, values, twin_values, asked=asked, k=k))


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    templates = rng.sample(LOOKALIKES, rng.randint(3, 5))
    fakes = draw.values(len(templates))
    twin_values, twins = _twin(draw, 0)
    events = [Event("lookalike", draw.kind, draw.key, v, template=t) for v, t in zip(fakes, templates)]
    events = _merge(events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    meta = _meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values])
    return Plan(_merge(events, twins, rng), _ask(GENUINE, draw, rng), [value], meta)


def nowrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    aside = sorted(PASSING)[index % len(PASSING)]
    variant = index // len(PASSING) % 2  # each aside's two wordings in turn
    passing = Event("passing", draw.kind, draw.key, value, label="told in passing", template=aside, variant=variant)
    twin_values, twins = _twin(draw, rng.randint(0, 1))
    return Plan(_merge([passing], twins, rng), _ask(IN_PASSING, draw, rng), [value], _meta(draw, [value], twin_values))


def discard(draw: Draw, rng: random.Random, index: int) -> Plan:
    """Even samples: the asked holder's place is withdrawn and nothing follows. Odd ones alternate: the twin's
    place is withdrawn (the asked one stands), or the asked holder's is withdrawn and a new one given after."""
    if index % 2 == 0:
        return _withdrawn(draw, rng)
    return _twin_withdrawn(draw, rng) if index % 4 == 1 else _regiven(draw, rng)


def _withdrawn(draw: Draw, rng: random.Random) -> Plan:
    values = draw.values(rng.randint(1, 2))
    mine = _history(draw, draw.key, values, {len(values) - 1: "withdrawn write"})
    mine.append(Event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
    twin_values, twins = _twin(draw, 0)
    meta = _meta(draw, values, twin_values, withdrawn=True, regiven=False, cancelled_value=values[-1])
    return Plan(_merge(mine, twins, rng), _ask(CURRENT, draw, rng), [NO_LONGER_VALID], meta)


def _twin_withdrawn(draw: Draw, rng: random.Random) -> Plan:
    values = draw.values(1)
    mine = _history(draw, draw.key, values, {0: "write"})
    twin_values, twins = _twin(draw, 0)
    twins.append(Event("take_back", draw.kind, draw.twin, twin_values[-1]))
    meta = _meta(draw, values, twin_values, withdrawn=False, regiven=False, cancelled_value=twin_values[-1])
    return Plan(_merge(mine, twins, rng), _ask(CURRENT, draw, rng), values, meta)


def _regiven(draw: Draw, rng: random.Random) -> Plan:
    """The asked holder loses its place and is given another later: the later allocation decides."""
    values = draw.values(2)
    mine = [Event("give", draw.kind, draw.key, values[0]), Event("take_back", draw.kind, draw.key, values[0]),
            Event("give", draw.kind, draw.key, values[1], label="re-given write")]
    twin_values, twins = _twin(draw, rng.randint(0, 1))
    meta = _meta(draw, values, twin_values, withdrawn=False, regiven=True, cancelled_value=values[0])
    return Plan(_merge(mine, twins, rng), _ask(CURRENT, draw, rng), values[-1:], meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
