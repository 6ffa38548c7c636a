"""The five kinds as plans: the events of a sample in document order, its question and its answers.

Every sample names a holder, its twin (one character apart, with its own
write) and one other holder of the same kind; the asked holder's lines alone
decide the answer.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass

from ..memlife_common.plans import Plan
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import Kind, distinct_values, other_holders
from .wording import CURRENT_QUESTIONS, FIRST_QUESTIONS, KTH_QUESTIONS, LOOKALIKES, ORDINALS, PREVIOUS_QUESTIONS, fill

__all__ = ["NO_LONGER_VALID", "PLANS", "Draw", "Plan"]


@dataclass
class Draw:
    """The holders and values one sample draws: ``values`` are all different."""

    kind: Kind
    key: str
    twin: str
    others: list[str]  # holders the sample never asks about
    values: list[str]
    rng: random.Random

    @classmethod
    def of(cls, kind: Kind, rng: random.Random) -> Draw:
        key, twin = kind.pairs(rng)
        return cls(kind, key, twin, other_holders(kind, rng, (key, twin), 3), distinct_values(kind, rng, 40), rng)

    def event(self, role: str, value: str, label: str = "", *, key: str | None = None, others: int = 0, template: str = "") -> Event:
        """An event about ``key`` (the asked holder by default), with lines about ``others`` (0-3) of the other holders."""
        around = tuple((other, self.values.pop()) for other in self.rng.sample(self.others, others))
        return Event(role, self.kind, key or self.key, value, label, around, template)

    def ask(self, templates: tuple[str, ...], rng: random.Random, **more: str) -> str:
        return fill(rng.choice(templates), self.kind, self.key, **more)


def _meta(d: Draw, **more) -> dict:
    return {"key": d.key, "twin": d.twin, "key_kind": d.kind.name, **more}


def _with_twin(events: list[Event], twin_event: Event, rng: random.Random) -> list[Event]:
    """``events`` with the twin's write at a random place, never between two events of one record."""
    at = rng.choice([i for i in range(len(events) + 1) if i == len(events) or not events[i].joined])
    return [*events[:at], twin_event, *events[at:]]


def _history(d: Draw, writes: int, rng: random.Random) -> tuple[list[str], list[Event]]:
    values = [d.values.pop() for _ in range(writes)]
    events = [d.event("give" if i == 0 else "change", v, others=rng.randrange(3)) for i, v in enumerate(values)]
    return values, events


def overwrite(d: Draw, rng: random.Random, index: int) -> Plan:
    writes = 2 + index % 5
    values, events = _history(d, writes, rng)
    events[-1] = dataclasses.replace(events[-1], label="last write")
    twin = d.event("give", d.values.pop(), key=d.twin, others=rng.randrange(2))
    return Plan(_with_twin(events, twin, rng), d.ask(CURRENT_QUESTIONS, rng), [values[-1]], _meta(d, values=values, writes=writes))


def version(d: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    writes = rng.randint(3, 5)
    k = {"first": 1, "kth": rng.randint(2, min(3, writes - 1)), "previous": writes - 1}[asked]
    values, events = _history(d, writes, rng)
    needed = {"first": [0], "kth": list(range(k)), "previous": [k - 1, writes - 1]}[asked]
    events = [dataclasses.replace(e, label="write" if i in needed else "") for i, e in enumerate(events)]
    if asked == "kth" and k == 3:  # the first two values in one record, so three deciding lines fit two chunks
        events[1] = dataclasses.replace(events[1], joined=True)
    question = d.ask({"first": FIRST_QUESTIONS, "kth": KTH_QUESTIONS, "previous": PREVIOUS_QUESTIONS}[asked], rng, ordinal=ORDINALS.get(k, ""))
    twin = d.event("give", d.values.pop(), key=d.twin)
    return Plan(_with_twin(events, twin, rng), question, [values[k - 1]], _meta(d, values=values, writes=writes, k=k, asked=asked))


def distractor(d: Draw, rng: random.Random, index: int) -> Plan:
    value = d.values.pop()
    lookalikes = [d.values.pop() for _ in range(rng.randint(3, 4))]
    framings = rng.sample(LOOKALIKES, len(lookalikes))  # each look-alike framed its own way
    events = [d.event("lookalike", v, template=t) for v, t in zip(lookalikes, framings)]
    at = rng.randrange(len(events) + 1)
    events.insert(at, d.event("give", value, "real write", others=rng.randrange(3)))
    twin_value = d.values.pop()
    events = _with_twin(events, d.event("give", twin_value, key=d.twin, others=rng.randrange(2)), rng)
    return Plan(events, d.ask(CURRENT_QUESTIONS, rng), [value], _meta(d, values=[value], lookalike_values=[*lookalikes, twin_value]))


def nowrite(d: Draw, rng: random.Random, index: int) -> Plan:
    value = d.values.pop()
    events = [d.event("passing", value, "passing mention"), d.event("give", d.values.pop(), key=d.others[0])]
    rng.shuffle(events)
    events = _with_twin(events, d.event("give", d.values.pop(), key=d.twin, others=rng.randrange(2)), rng)
    return Plan(events, d.ask(CURRENT_QUESTIONS, rng), [value], _meta(d, values=[value]))


def discard(d: Draw, rng: random.Random, index: int) -> Plan:
    withdrawn = index % 2 == 0
    value, twin_value = d.values.pop(), d.values.pop()
    if withdrawn:  # the asked holder's value goes; the twin keeps its own
        write = d.event("give", value, "withdrawn write", others=rng.randrange(3))
        events = [*_with_twin([write], d.event("give", twin_value, key=d.twin), rng), d.event("withdraw", value, "withdrawal")]
        answers, cancelled = [NO_LONGER_VALID], value
    else:  # the twin's value goes; the asked one stands
        events = [d.event("give", twin_value, key=d.twin, others=rng.randrange(2)), d.event("withdraw", twin_value, key=d.twin)]
        events.insert(rng.randrange(3), d.event("give", value, "write", others=rng.randrange(3)))
        answers, cancelled = [value], twin_value
    return Plan(events, d.ask(CURRENT_QUESTIONS, rng), answers, _meta(d, values=[value], withdrawn=withdrawn, cancelled_value=cancelled))


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
