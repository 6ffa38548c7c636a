"""The five kinds as plans: the events in document order, the question, the answer, and ``meta`` for the tests.

overwrite: the latest of 2-6 writes. version: the first, the k-th (k <= 3) or the one before the latest.
distractor: the one genuine write among 3-5 look-alikes naming the same holder. nowrite: a value told in passing.
discard: withdrawn (answer NO_LONGER_VALID), withdrawn then given anew, or the twin's withdrawn while the asked
holder's stands. The twin always has values of its own and never decides an answer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..memlife_v2 import NO_LONGER_VALID
from .keys import Draw
from .sheet import Event
from .wording import ASIDES, CURRENT, FIRST, GENUINE, IN_PASSING, KTH, LOOKALIKES, ORDINALS, PREVIOUS

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


@dataclass
class Plan:
    events: list[Event]
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)


def _story(draw: Draw, holder: str, values: list[str], labels: dict[int, str]) -> list[Event]:
    """``holder`` given ``values[0]``, then moved to each later value in turn; write ``i`` labelled ``labels[i]``."""
    first = Event("give", draw.kind, holder, values[0], label=labels.get(0))
    return [first] + [Event("change", draw.kind, holder, v, old=values[i - 1], label=labels.get(i))
                      for i, v in enumerate(values) if i]


def _twin_story(draw: Draw, changes: int) -> tuple[list[str], list[Event]]:
    values = draw.values(changes + 1)
    return values, _story(draw, draw.twin, values, {})


def _shuffle_in(mine: list[Event], theirs: list[Event], rng: random.Random) -> list[Event]:
    """Both lists woven together at random, each keeping its own order (a history must stay in sequence)."""
    picks = [0] * len(mine) + [1] * len(theirs)
    rng.shuffle(picks)
    sources = (iter(mine), iter(theirs))
    return [next(sources[p]) for p in picks]


def _question(templates: tuple[str, ...], draw: Draw, rng: random.Random, **extra) -> str:
    kind = draw.kind
    return rng.choice(templates).format(holder=kind.holder, key=draw.key, role=kind.role, roles=kind.roles, **extra)


def _meta(draw: Draw, values: list[str], twin_values: list[str], **extra) -> dict:
    return {"key": draw.key, "twin": draw.twin, "key_kind": draw.kind.name, "values": values, "writes": len(values),
            "twin_values": twin_values, **extra}


def overwrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    values = draw.values(rng.randint(2, 6))
    mine = _story(draw, draw.key, values, {len(values) - 1: "latest write"})
    twin_values, theirs = _twin_story(draw, rng.randint(0, 1))
    return Plan(_shuffle_in(mine, theirs, rng), _question(CURRENT, draw, rng), [values[-1]],
                _meta(draw, values, twin_values))


def version(draw: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(2, 6) if asked == "first" else rng.randint(3, 6)
    if asked == "first":
        k, labels, question = 1, {0: "first write"}, _question(FIRST, draw, rng)
    elif asked == "kth":
        # The reader counts writes up to the k-th, so each is evidence; k <= 3 keeps them within 512 tokens.
        k = rng.randint(2, min(3, n - 1))
        labels = {i: f"write {i + 1}" for i in range(k)}
        question = _question(KTH, draw, rng, k=k, ordinal=ORDINALS[k])
    else:
        k = n - 1
        labels, question = {n - 2: "previous write", n - 1: "latest write"}, _question(PREVIOUS, draw, rng)
    values = draw.values(n)
    twin_values, theirs = _twin_story(draw, rng.randint(1, 2))
    events = _shuffle_in(_story(draw, draw.key, values, labels), theirs, rng)
    return Plan(events, question, [values[k - 1]], _meta(draw, values, twin_values, asked=asked, k=k))


def distractor(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    hedges = rng.sample(sorted(LOOKALIKES), rng.randint(3, 5))
    fakes = draw.values(len(hedges))
    fake_events = [Event("lookalike", draw.kind, draw.key, v, template=h) for v, h in zip(fakes, hedges)]
    mine = _shuffle_in(fake_events, [Event("give", draw.kind, draw.key, value, label="write")], rng)
    twin_values, theirs = _twin_story(draw, 0)
    meta = _meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values], lookalikes=hedges)
    return Plan(_shuffle_in(mine, theirs, rng), _question(GENUINE, draw, rng), [value], meta)


def nowrite(draw: Draw, rng: random.Random, index: int) -> Plan:
    value = draw.value()
    genres = sorted(ASIDES)
    variant = index // len(genres) % 2  # each genre's two wordings in turn
    told = Event("passing", draw.kind, draw.key, value, label="told in passing", template=genres[index % len(genres)],
                 variant=variant)
    twin_values, theirs = _twin_story(draw, rng.randint(0, 1))
    return Plan(_shuffle_in([told], theirs, rng), _question(IN_PASSING, draw, rng), [value],
                _meta(draw, [value], twin_values))


def discard(draw: Draw, rng: random.Random, index: int) -> Plan:
    """Even samples: the asked holder's value is withdrawn for good. Odd ones take turns: the twin's value is
    withdrawn (the asked one stands), or the asked holder's is withdrawn and a new one given later."""
    if index % 2 == 0:
        return _gone(draw, rng)
    return _twin_gone(draw, rng) if index % 4 == 1 else _given_again(draw, rng)


def _gone(draw: Draw, rng: random.Random) -> Plan:
    values = draw.values(rng.randint(1, 2))
    mine = _story(draw, draw.key, values, {len(values) - 1: "withdrawn write"})
    mine.append(Event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
    twin_values, theirs = _twin_story(draw, 0)
    meta = _meta(draw, values, twin_values, withdrawn=True, regiven=False, cancelled_value=values[-1])
    return Plan(_shuffle_in(mine, theirs, rng), _question(CURRENT, draw, rng), [NO_LONGER_VALID], meta)


def _twin_gone(draw: Draw, rng: random.Random) -> Plan:
    values = draw.values(1)
    mine = _story(draw, draw.key, values, {0: "write"})
    twin_values, theirs = _twin_story(draw, 0)
    theirs.append(Event("take_back", draw.kind, draw.twin, twin_values[-1]))
    meta = _meta(draw, values, twin_values, withdrawn=False, regiven=False, cancelled_value=twin_values[-1])
    return Plan(_shuffle_in(mine, theirs, rng), _question(CURRENT, draw, rng), values, meta)


def _given_again(draw: Draw, rng: random.Random) -> Plan:
    """Withdrawn, then given anew: only the later grant decides."""
    values = draw.values(2)
    mine = [Event("give", draw.kind, draw.key, values[0]), Event("take_back", draw.kind, draw.key, values[0]),
            Event("give", draw.kind, draw.key, values[1], label="re-given write")]
    twin_values, theirs = _twin_story(draw, rng.randint(0, 1))
    meta = _meta(draw, values, twin_values, withdrawn=False, regiven=True, cancelled_value=values[0])
    return Plan(_shuffle_in(mine, theirs, rng), _question(CURRENT, draw, rng), values[-1:], meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
