"""The five probes as plans: the events in document order, the question, the answer and what decides it.

- overwrite: the value in force after 1-5 replacements, some of them typo fixes (evidence: the last write);
- version: the first, k-th or previous value (evidence: the writes needed to count to it);
- distractor: one real write among look-alikes and the near-duplicate key's write (evidence: the real write);
- nowrite: the value said in passing in a story (evidence: that sentence);
- discard: a value cancelled with nothing in its place, answer "no longer valid" (evidence: the
  cancelled write and its withdrawal); in every other sample the near-duplicate key's value is
  cancelled instead and the asked value stands (evidence: the asked key's write).
"""

from __future__ import annotations

import dataclasses
import random

from ..memlife_common.plans import Plan, interleave
from ..memlife_v2.build import NO_LONGER_VALID
from .events import LOOK_ALIKES, Event
from .keys import KINDS, Key, Values, draw_pair
from .questions import ask


def _history(key: Key, count: int, values: Values, draw, labels: dict[int, str] | None = None, typos: float = 0.0) -> list[Event]:
    """A first write and ``count - 1`` replacements of ``key``; write ``i`` (from 0) labelled ``labels[i]``.

    A replacement is a typo put right with probability ``typos`` (never in histories that are counted).
    """
    labels = labels or {}
    events, old = [], ""
    for i in range(count):
        value = values.new(draw)
        kind = "set" if i == 0 else "correct" if values.rng.random() < typos else "change"
        events.append(Event(kind, key, value, old, labels.get(i)))
        old = value
    return events


def _noise(rng: random.Random, values: Values, avoid: str) -> list[Event]:
    """One or two writes about unrelated keys of other kinds."""
    events = []
    for kind in rng.sample([k for k in sorted(KINDS) if k != avoid], rng.randint(1, 2)):
        spec = KINDS[kind]
        events += _history(spec.key(spec.subjects(rng)[0], spec.field(rng)), rng.randint(1, 2), values, spec.value)
    return events


def _meta(pair, **extra) -> dict:
    return {"key": pair.asked.subject, "field": pair.asked.field, "key_kind": pair.asked.kind, "twin": pair.twin.subject, **extra}


def overwrite(rng: random.Random, index: int) -> Plan:
    pair, values = draw_pair(rng), Values(rng)
    count = rng.randint(2, 6)
    chain = _history(pair.asked, count, values, pair.draw, {count - 1: "last write"}, typos=0.25)
    twin = _history(pair.twin, rng.randint(0, 2), values, pair.draw)
    events = interleave(rng, chain, twin, _noise(rng, values, pair.asked.kind))
    return Plan(events, ask("current", pair.asked, rng), [chain[-1].value], _meta(pair, writes=count))


def version(rng: random.Random, index: int) -> Plan:
    pair, values = draw_pair(rng), Values(rng)
    count = rng.randint(3, 6)
    asked = rng.choice(("first", "kth", "previous"))
    k = {"first": 1, "kth": rng.randint(2, count - 1), "previous": count - 1}[asked]
    needed = range(count - 2, count) if asked == "previous" else range(k)
    chain = _history(pair.asked, count, values, pair.draw, {i: f"write {i + 1}" for i in needed})
    twin = _history(pair.twin, rng.randint(0, 2), values, pair.draw)
    events = interleave(rng, chain, twin, _noise(rng, values, pair.asked.kind))
    return Plan(events, ask(asked, pair.asked, rng, k), [chain[k - 1].value], _meta(pair, asked=asked, k=k, writes=count))


def distractor(rng: random.Random, index: int) -> Plan:
    pair, values = draw_pair(rng), Values(rng)
    real = Event("set", pair.asked, values.new(pair.draw), label="real write")
    fakes = [Event(kind, pair.asked, values.new(pair.draw)) for kind in rng.sample(LOOK_ALIKES, rng.randint(3, 4))]
    fakes.append(Event("set", pair.twin, values.new(pair.draw)))
    events = [real, *fakes]
    rng.shuffle(events)
    events = interleave(rng, events, _noise(rng, values, pair.asked.kind))
    return Plan(events, ask("current", pair.asked, rng), [real.value],
                _meta(pair, lookalikes=[e.kind for e in fakes], lookalike_values=[e.value for e in fakes]))


def nowrite(rng: random.Random, index: int) -> Plan:
    pair, values = draw_pair(rng), Values(rng)
    told = Event("mention", pair.asked, values.new(pair.draw), label="mention")
    twin = _history(pair.twin, rng.randint(0, 1), values, pair.draw)
    events = interleave(rng, [told], twin, _noise(rng, values, pair.asked.kind))
    return Plan(events, ask("current", pair.asked, rng), [told.value], _meta(pair))


def discard(rng: random.Random, index: int) -> Plan:
    """Even samples cancel the asked value; odd ones cancel the near-duplicate's, so the asked value stands."""
    pair, values = draw_pair(rng), Values(rng)
    withdrawn = index % 2 == 0
    cancelled, kept = (pair.asked, pair.twin) if withdrawn else (pair.twin, pair.asked)
    gone = _history(cancelled, rng.randint(1, 2), values, pair.draw)
    stays = _history(kept, rng.randint(1, 2), values, pair.draw)
    if withdrawn:
        gone[-1] = dataclasses.replace(gone[-1], label="cancelled write")
    else:
        stays[-1] = dataclasses.replace(stays[-1], label="last write")
    gone.append(Event("withdraw", cancelled, gone[-1].value, gone[-1].value, "withdrawal" if withdrawn else None))
    events = interleave(rng, gone, stays, _noise(rng, values, pair.asked.kind))
    answer = NO_LONGER_VALID if withdrawn else stays[-1].value
    return Plan(events, ask("current", pair.asked, rng), [answer],
                _meta(pair, withdrawn=withdrawn, cancelled_value=gone[-1].value))


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
