"""The five kinds as plans: the events in document order, the question, the answers and what the tests check.

Every plan names the asked holder's twin somewhere (its own write, or its
withdrawal), so a selector that matches names loosely meets a wrong record.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.plans import Plan
from ..memlife_v2.build import NO_LONGER_VALID
from .documents import Event
from .keys import KeyKind, other_holders
from .wording import LOOKALIKES, ORDINALS, QUESTIONS


@dataclass(frozen=True)
class Draw:
    """The asked holder, its twin and the kind of place they are given."""

    kind: KeyKind
    key: str
    twin: str

    @classmethod
    def of(cls, kind: KeyKind, rng: random.Random) -> "Draw":
        key, twin = kind.pair(rng)
        return cls(kind, key, twin)

    def event(self, role: str, value: str = "", old: str = "", label: str = "", key: str | None = None) -> Event:
        return Event(role, self.kind, self.key if key is None else key, value, old, label)

    def ask(self, kind: str, rng: random.Random, **fields) -> str:
        return rng.choice(QUESTIONS[kind]).format(key=self.key, thing=self.kind.thing, things=self.kind.things, **fields)

    def meta(self, **more) -> dict:
        return {"key": self.key, "twin": self.twin, "key_kind": self.kind.name, **more}


def _history(d: Draw, values: list[str], labels: dict[int, str]) -> list[Event]:
    """The asked holder's writes: the first value, then each change; ``labels`` marks the deciding ones (by position)."""
    return [d.event("write" if i == 0 else "change", v, values[i - 1] if i else "", labels.get(i, "")) for i, v in enumerate(values)]


def _interleave(first: list[Event], second: list[Event], rng: random.Random) -> list[Event]:
    """A random merge of two sequences, each keeping its order."""
    events, a, b = [], list(first), list(second)
    while a or b:
        events.append((a if a and (not b or rng.random() < len(a) / (len(a) + len(b))) else b).pop(0))
    return events


def _twin_write(d: Draw, rng: random.Random, avoid: list[str]) -> tuple[Event, str]:
    (value,) = d.kind.values(rng, 1, tuple(avoid))
    return d.event("write", value, key=d.twin), value


def _bystanders(d: Draw, rng: random.Random, avoid: list[str], n: int) -> list[Event]:
    holders = other_holders(d.kind, rng, (d.key, d.twin), n)
    values = d.kind.values(rng, n, tuple(avoid))
    return [d.event("write", v, key=h) for h, v in zip(holders, values)]


def overwrite(d: Draw, rng: random.Random, index: int) -> Plan:
    values = d.kind.values(rng, rng.randint(2, 6))
    own = _history(d, values, {len(values) - 1: "latest write"})
    twin, twin_value = _twin_write(d, rng, values)
    others = [twin, *_bystanders(d, rng, [*values, twin_value], rng.randint(0, 1))]
    events = _interleave(own, rng.sample(others, len(others)), rng)
    return Plan(events, d.ask("overwrite", rng), [values[-1]], d.meta(writes=len(values), values=values))


def version(d: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    writes = rng.randint(3, 6) if asked == "kth" else rng.randint(2, 6)
    # The k-th value needs its k writes: k stays at 2 or 3, so that an oracle keeps them all within 256 tokens most of the time.
    k = rng.randint(2, min(3, writes - 1)) if asked == "kth" else {"first": 1, "previous": writes - 1}[asked]
    values = d.kind.values(rng, writes)
    if asked == "previous":
        labels = {k - 1: "previous write", writes - 1: "latest write"}
    else:
        labels = {i: f"write {i + 1}" for i in range(k)}
    own = _history(d, values, labels)
    twin, twin_value = _twin_write(d, rng, values)
    changes = f"{k - 1} change" + ("s" if k > 2 else "")
    question = d.ask(asked, rng, k=k, ordinal=ORDINALS.get(k, ""), changes=changes)
    return Plan(_interleave(own, [twin], rng), question, [values[k - 1]], d.meta(asked=asked, k=k, writes=writes, values=values))


def distractor(d: Draw, rng: random.Random, index: int) -> Plan:
    value, *fakes = d.kind.values(rng, 5)
    twin, twin_value = _twin_write(d, rng, [value, *fakes])
    lookalikes = [Event("lookalike", d.kind, d.key, v, lookalike=i) for v, i in zip(fakes, rng.sample(range(len(LOOKALIKES)), 4))]
    events = _interleave([d.event("write", value, label="real write")], rng.sample([*lookalikes, twin], 5), rng)
    meta = d.meta(values=[value], lookalike_values=[*fakes, twin_value])
    return Plan(events, d.ask("distractor", rng), [value], meta)


def nowrite(d: Draw, rng: random.Random, index: int) -> Plan:
    (value,) = d.kind.values(rng, 1)
    twin, twin_value = _twin_write(d, rng, [value])
    others = [twin, *_bystanders(d, rng, [value, twin_value], rng.randint(1, 2))]
    events = _interleave([d.event("aside", value, label="passing mention")], rng.sample(others, len(others)), rng)
    return Plan(events, d.ask("nowrite", rng), [value], d.meta(values=[value]))


def discard(d: Draw, rng: random.Random, index: int) -> Plan:
    """Even samples: the asked holder's value is withdrawn. Odd ones: the twin's is, and the asked one stands."""
    withdrawn = index % 2 == 0
    values = d.kind.values(rng, rng.randint(1, 2))
    (twin_value,) = d.kind.values(rng, 1, tuple(values))
    question = d.ask("discard", rng)
    if withdrawn:
        own = [*_history(d, values, {len(values) - 1: "withdrawn write"}), d.event("withdraw", old=values[-1], label="withdrawal")]
        events = _interleave(own, [d.event("write", twin_value, key=d.twin)], rng)
        return Plan(events, question, [NO_LONGER_VALID], d.meta(withdrawn=True, cancelled_value=values[-1], values=values))
    own = _history(d, values, {len(values) - 1: "standing write"})
    twin_own = [d.event("write", twin_value, key=d.twin), d.event("withdraw", old=twin_value, key=d.twin)]
    events = _interleave(own, twin_own, rng)
    return Plan(events, question, [values[-1]], d.meta(withdrawn=False, cancelled_value=twin_value, values=values))


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
