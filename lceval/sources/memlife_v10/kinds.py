"""The five memlife kinds as plans of memlife_v10 events: what happens, in order, what is asked and what decides it.

Every plan also writes the twin's own place and one other holder's, slotted in at random points.
"""

from __future__ import annotations

import dataclasses
import random

from ..memlife_common.plans import Plan, scatter
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Event
from .keys import KeyKind, distinct_values, other_holder
from .wording import CURRENT_QUESTIONS, FIRST_QUESTIONS, KTH_QUESTIONS, LOOKALIKES, ORDINALS, PREVIOUS_QUESTIONS, fill

__all__ = ["NO_LONGER_VALID", "PLANS", "Draw", "Plan"]


@dataclasses.dataclass(frozen=True)
class Draw:
    """The key of one sample: its kind, holder, twin, a third holder and a pool of distinct values."""

    kind: KeyKind
    holder: str
    twin: str
    other: str
    values: list[str]

    @classmethod
    def of(cls, kind: KeyKind, rng: random.Random) -> "Draw":
        holder, twin = kind.pair(rng)
        return cls(kind, holder, twin, other_holder(kind, rng, (holder, twin)), distinct_values(kind, rng, 12))

    def event(self, role: str, value: str, old: str = "", label: str = "", holder: str | None = None, template: str = "") -> Event:
        return Event(role, self.kind, holder or self.holder, value, old, label, template)

    def ask(self, templates, rng: random.Random, **extra) -> str:
        k = self.kind
        return fill(rng.choice(templates), h=self.holder, t=k.thing, r=k.role, their=k.their, **extra)


def _chain(d: Draw, values: list[str], labels: list[str]) -> list[Event]:
    """A first write then one change per further value, each labelled as ``labels`` says."""
    return [d.event("write" if i == 0 else "change", v, values[i - 1] if i else "", labels[i]) for i, v in enumerate(values)]


def _with_background(d: Draw, events: list[Event], rng: random.Random, twin_value: str, other_value: str) -> list[Event]:
    """``events`` in order, with the twin's and the third holder's writes slotted in at random places."""
    return scatter(events, [d.event("write", twin_value, holder=d.twin), d.event("write", other_value, holder=d.other)], rng)


def _meta(d: Draw, **fields) -> dict:
    return {"key": d.holder, "twin": d.twin, "key_kind": d.kind.name, **fields}


def overwrite(d: Draw, rng: random.Random, index: int) -> Plan:
    n = rng.randint(2, 6)
    values = d.values[:n]
    events = _chain(d, values, [""] * (n - 1) + ["last write"])
    return Plan(_with_background(d, events, rng, d.values[10], d.values[11]), d.ask(CURRENT_QUESTIONS, rng),
                [values[-1]], _meta(d, writes=n, values=values))


def version(d: Draw, rng: random.Random, index: int) -> Plan:
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(3, 5)
    values = d.values[:n]
    if asked == "first":
        k, question = 1, d.ask(FIRST_QUESTIONS, rng)
    elif asked == "previous":
        k, question = n - 1, d.ask(PREVIOUS_QUESTIONS, rng)
    else:
        k = rng.randint(2, n - 1)
        question = d.ask(KTH_QUESTIONS, rng, k=k, ord=ORDINALS[k - 1])
    needed = {"first": {0}, "previous": {n - 2, n - 1}, "kth": set(range(k))}[asked]
    labels = [f"write {i + 1}" if i in needed else "" for i in range(n)]
    return Plan(_with_background(d, _chain(d, values, labels), rng, d.values[10], d.values[11]), question,
                [values[k - 1]], _meta(d, asked=asked, k=k, writes=n, values=values))


def distractor(d: Draw, rng: random.Random, index: int) -> Plan:
    real, *fakes = d.values[:6]
    templates = rng.sample(LOOKALIKES, rng.randint(4, 5))
    lookalikes = [d.event("lookalike", v, template=t) for v, t in zip(fakes, templates)]
    events = lookalikes + [d.event("write", real, label="real write")]
    rng.shuffle(events)
    values_shown = [e.value for e in events if e.role == "lookalike"]
    return Plan(_with_background(d, events, rng, d.values[10], d.values[11]), d.ask(CURRENT_QUESTIONS, rng),
                [real], _meta(d, values=[real], lookalike_values=[*values_shown, d.values[10]]))


def nowrite(d: Draw, rng: random.Random, index: int) -> Plan:
    value = d.values[0]
    events = [d.event("aside", value, label="passing mention")]
    return Plan(_with_background(d, events, rng, d.values[10], d.values[11]), d.ask(CURRENT_QUESTIONS, rng),
                [value], _meta(d, values=[value]))


def discard(d: Draw, rng: random.Random, index: int) -> Plan:
    withdrawn = index % 2 == 0
    n = rng.randint(1, 2)
    values = d.values[:n]
    twin_value = d.values[10]
    if withdrawn:  # the asked holder's last place is taken away; the twin keeps theirs
        events = _chain(d, values, [""] * (n - 1) + ["withdrawn write"]) + [d.event("withdraw", values[-1], label="withdrawal")]
        events = _with_background(d, events, rng, twin_value, d.values[11])
        return Plan(events, d.ask(CURRENT_QUESTIONS, rng), [NO_LONGER_VALID],
                    _meta(d, withdrawn=True, cancelled_value=values[-1], writes=n, values=values))
    # the twin's place is taken away; the asked holder's stands
    events = _chain(d, values, [""] * (n - 1) + ["write"])
    twin = [d.event("write", twin_value, holder=d.twin), d.event("withdraw", twin_value, holder=d.twin)]
    at = rng.randint(0, len(events))
    events[at:at] = twin
    events.insert(rng.randint(0, len(events)), d.event("write", d.values[11], holder=d.other))
    return Plan(events, d.ask(CURRENT_QUESTIONS, rng), [values[-1]],
                _meta(d, withdrawn=False, cancelled_value=twin_value, writes=n, values=[values[-1]]))


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
