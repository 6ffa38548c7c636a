"""memlife_v7's five kinds as plans: the events in document order, the question, the answers and the meta.

Every sample also carries the asked holder's twin (one character apart) with
a value of its own, and one or two other holders of the same kind, so the
holder's name alone does not find the deciding lines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.plans import Plan, history, interleave
from ..memlife_v2.build import NO_LONGER_VALID
from .documents import Event
from .keys import KeyKind, distinct_values, holders
from .wording import CURRENT, FIRST, KTH, LOOKALIKES, ORDINALS, PREVIOUS, fill

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


@dataclass
class Draw:
    """The random parts every kind shares: holder, twin, others, distinct values."""

    kind: KeyKind
    key: str
    twin: str
    others: list[str]
    values: list[str]

    @classmethod
    def of(cls, kind: KeyKind, rng: random.Random) -> "Draw":
        key, twin = kind.pairs(rng)
        return cls(kind, key, twin, holders(kind, rng, 2, {key, twin}), distinct_values(kind, rng, 14))

    def take(self) -> str:
        return self.values.pop()

    def meta(self, **more) -> dict:
        return {"key": self.key, "twin": self.twin, "key_kind": self.kind.name, **more}

    def ask(self, rng: random.Random, pool: tuple[str, ...], **more: str) -> str:
        return fill(rng.choice(pool), key=self.key, thing=self.kind.thing, **more)


def _history(d: Draw, values: list[str], labels: list[str]) -> list[Event]:
    """The asked holder given ``values[0]`` and then changed to each next value, write ``i`` labelled ``labels[i]``."""
    return history(Event, d.kind, d.key, values, dict(enumerate(labels)))


def _bystanders(d: Draw, rng: random.Random) -> list[Event]:
    """The twin's own give and one or two other holders' gives: they decide nothing."""
    names = [d.twin, *d.others[: rng.randint(1, 2)]]
    return [Event("give", d.kind, name, d.take()) for name in names]


def overwrite(d: Draw, rng: random.Random, index: int) -> Plan:
    values = [d.take() for _ in range(rng.randint(2, 6))]
    labels = [""] * (len(values) - 1) + ["last write"]
    events = interleave(rng, _history(d, values, labels), _bystanders(d, rng))
    return Plan(events, d.ask(rng, CURRENT), [values[-1]], d.meta(values=values, writes=len(values)))


def version(d: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    writes = rng.randint(3, 6) if asked == "kth" else rng.randint(2, 6)
    k = 1 if asked == "first" else writes - 1 if asked == "previous" else rng.randint(2, writes - 1)
    values = [d.take() for _ in range(writes)]
    if asked == "previous":
        labels = [""] * (writes - 2) + ["previous write", "latest write"]
        question = d.ask(rng, PREVIOUS)
    else:
        labels = [f"write {i + 1}" if i < k else "" for i in range(writes)]
        question = d.ask(rng, FIRST) if asked == "first" else d.ask(rng, KTH, ord=ORDINALS[k], k=str(k))
    events = interleave(rng, _history(d, values, labels), _bystanders(d, rng))
    return Plan(events, question, [values[k - 1]], d.meta(values=values, writes=writes, k=k, asked=asked))


def distractor(d: Draw, rng: random.Random, index: int) -> Plan:
    real = d.take()
    fakes = rng.sample(sorted(LOOKALIKES), rng.randint(4, len(LOOKALIKES)))
    lookalikes = [Event("lookalike", d.kind, d.key, d.take(), template=t) for t in fakes]
    twin = Event("give", d.kind, d.twin, d.take())
    events = [Event("give", d.kind, d.key, real, label="write"), *lookalikes, twin]
    rng.shuffle(events)
    meta = d.meta(values=[real], lookalike_values=[e.value for e in lookalikes] + [twin.value], lookalikes=fakes)
    return Plan(events, d.ask(rng, CURRENT), [real], meta)


def nowrite(d: Draw, rng: random.Random, index: int) -> Plan:
    value = d.take()
    events = [Event("passing", d.kind, d.key, value, label="told in passing"), *_bystanders(d, rng)]
    rng.shuffle(events)
    return Plan(events, d.ask(rng, CURRENT), [value], d.meta(values=[value]))


def discard(d: Draw, rng: random.Random, index: int) -> Plan:
    withdrawn = index % 2 == 0  # half the samples: the asked value is taken; the other half: the twin's
    own = [d.take() for _ in range(rng.randint(1, 2))]
    twin = d.take()
    if withdrawn:
        asked = _history(d, own, [""] * (len(own) - 1) + ["withdrawn write"]) + [Event("strip", d.kind, d.key, own[-1], label="withdrawal")]
        other = [Event("give", d.kind, d.twin, twin)]
        answers, cancelled = [NO_LONGER_VALID], own[-1]
    else:
        asked = _history(d, own, [""] * (len(own) - 1) + ["write"])
        other = [Event("give", d.kind, d.twin, twin), Event("strip", d.kind, d.twin, twin)]
        answers, cancelled = [own[-1]], twin
    bystanders = [Event("give", d.kind, name, d.take()) for name in d.others[: rng.randint(1, 2)]]
    events = interleave(rng, asked, other, bystanders)
    meta = d.meta(values=own if withdrawn else [own[-1]], withdrawn=withdrawn, cancelled_value=cancelled)
    return Plan(events, d.ask(rng, CURRENT), answers, meta)


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
