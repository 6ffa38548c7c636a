"""What the memory-lifecycle families' plans share where the logic is the same; the wording stays in each family.

A plan is one sample before it is laid out: its events (or documents) in order, the question, the answers and
``meta`` (what the tests read). Families that merge streams of events differently keep their own merge; the helpers
here are each used, unchanged, by several families, and draw from ``rng`` exactly as those families did.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence, TypeVar

__all__ = ["DocumentPlan", "Lifecycle", "Plan", "genuine_among_lookalikes", "history", "interleave", "into_slots", "key_meta",
           "scatter", "twin_history", "values_meta"]

T = TypeVar("T")


@dataclass
class Plan:
    """One sample's events in document order, its question, its answers and its meta."""

    events: list  # the family's own Event objects, in document order
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)


@dataclass
class DocumentPlan:
    """A plan whose kinds render their documents themselves (memlife_v4 to memlife_v6)."""

    documents: list  # in document order
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)


def key_meta(key: str, twin: str, key_kind: str, **more) -> dict:
    """What every plan records first: the asked holder, its twin and the name of their key kind."""
    return {"key": key, "twin": twin, "key_kind": key_kind, **more}


def values_meta(draw, values: list[str], twin_values: list[str], **more) -> dict:
    """``key_meta`` of a draw (``key``, ``twin``, ``kind.name``) with the asked holder's values, their count and the twin's."""
    return key_meta(draw.key, draw.twin, draw.kind.name, values=values, writes=len(values), twin_values=twin_values, **more)


def history(event: Callable[..., T], kind, holder: str, values: Sequence[str], labels: Mapping[int, Any] | None = None) -> list[T]:
    """``holder`` given ``values[0]``, then changed to each next value: ``event("give" | "change", kind, holder, value,
    old=..., label=...)``, event ``i`` labelled ``labels.get(i)`` (None when unlabelled)."""
    labels = labels or {}
    events = [event("give", kind, holder, values[0], label=labels.get(0))]
    return events + [event("change", kind, holder, values[i], old=values[i - 1], label=labels.get(i)) for i in range(1, len(values))]


def twin_history(event: Callable[..., T], draw, changes: int) -> tuple[list[str], list[T]]:
    """The twin's own places: ``1 + changes`` fresh values of ``draw`` and their unlabelled ``history``."""
    values = draw.values(1 + changes)
    return values, history(event, draw.kind, draw.twin, values)


def genuine_among_lookalikes(event: Callable[..., T], draw, rng: random.Random, lookalikes, question: Callable[[], str]) -> "Plan":
    """A distractor plan (memlife_v18 to memlife_v35): the asked holder's one genuine write hidden among three to five
    look-alikes of different kinds from ``lookalikes``, each with a value of its own, beside one write of the twin;
    ``question()`` is drawn last."""
    names = rng.sample(sorted(lookalikes), rng.randint(3, 5))
    fakes = draw.values(len(names))
    value = draw.value()
    mine = [event("lookalike", draw.kind, draw.key, fake, template=name) for fake, name in zip(fakes, names)]
    mine.insert(rng.randint(0, len(mine)), event("give", draw.kind, draw.key, value, label="write"))
    twin_values, twins = twin_history(event, draw, 0)
    meta = values_meta(draw, [value], twin_values, lookalike_values=[*fakes, *twin_values], lookalikes=names)
    return Plan(into_slots(mine, twins, rng), question(), [value], meta)


def interleave(rng: random.Random, *runs: Sequence[T]) -> list[T]:
    """The runs merged at random, each keeping its own order: the next item comes from a run picked with weights
    equal to what each has left."""
    queues = [list(r) for r in runs if r]
    merged = []
    while queues:
        queue = rng.choices(queues, weights=[len(q) for q in queues])[0]
        merged.append(queue.pop(0))
        queues = [q for q in queues if q]
    return merged


def into_slots(a: Sequence[T], b: Sequence[T], rng: random.Random) -> list[T]:
    """``a`` and ``b`` merged, each in its own order: ``b`` takes ``len(b)`` slots drawn at once, ``a`` the rest."""
    slots = set(rng.sample(range(len(a) + len(b)), len(b)))
    ai, bi = iter(a), iter(b)
    return [next(bi) if i in slots else next(ai) for i in range(len(a) + len(b))]


def scatter(ordered: Sequence[T], loose: Sequence[T], rng: random.Random) -> list[T]:
    """``ordered`` in its order, each of ``loose`` in turn inserted at a random place among what is there."""
    mixed = list(ordered)
    for item in loose:
        mixed.insert(rng.randint(0, len(mixed)), item)
    return mixed


@dataclass(frozen=True)
class Lifecycle:
    """The plans of overwrite, version, nowrite and discard where memlife_v13 to memlife_v35 share them to the draw:
    the family gives its ``event``, its question ``ask(templates, draw, rng, **extra)``, its wording, and how the
    asked holder's events and the twin's are merged (``merge(mine, twins, rng)``); its distractor stays its own
    (``plans``). The twin always has values of its own and never decides an answer.
    """

    event: Callable[..., Any]
    ask: Callable[..., str]
    current: Sequence[str]  # questions for the value the holder has now
    first: Sequence[str]
    kth: Sequence[str]  # with {k} and {ordinal}
    previous: Sequence[str]
    in_passing: Sequence[str]
    ordinals: Mapping[int, str]
    asides: Sequence[str]  # the templates of values told in passing, in turn (sorted)
    no_longer_valid: str
    merge: Callable[[list, list, random.Random], list] = into_slots

    def plans(self, distractor: Callable) -> dict[str, Callable]:
        """``PLANS`` of the family, its own ``distractor`` among them, in the order of the five kinds."""
        return {"overwrite": self.overwrite, "version": self.version, "distractor": distractor, "nowrite": self.nowrite,
                "discard": self.discard}

    def _mine(self, draw, values: Sequence[str], labels: Mapping[int, Any]) -> list:
        return history(self.event, draw.kind, draw.key, values, labels)

    def overwrite(self, draw, rng: random.Random, index: int) -> Plan:
        values = draw.values(rng.randint(2, 6))
        mine = self._mine(draw, values, {len(values) - 1: "latest write"})
        twin_values, twins = twin_history(self.event, draw, rng.randint(0, 1))
        return Plan(self.merge(mine, twins, rng), self.ask(self.current, draw, rng), [values[-1]],
                    values_meta(draw, values, twin_values))

    def version(self, draw, rng: random.Random, index: int) -> Plan:
        asked = ("first", "kth", "previous")[index % 3]
        n = rng.randint(2, 6) if asked == "first" else rng.randint(3, 6)
        if asked == "first":
            k, labels, question = 1, {0: "first write"}, self.ask(self.first, draw, rng)
        elif asked == "kth":
            # Every write up to the k-th is evidence (the reader counts them), each in a chunk of its own: k stays
            # at 3 or less so the oracle keeps them all within 512 tokens.
            k = rng.randint(2, min(3, n - 1))
            labels = {i: f"write {i + 1}" for i in range(k)}
            question = self.ask(self.kth, draw, rng, k=k, ordinal=self.ordinals[k])
        else:
            k, labels, question = n - 1, {n - 2: "previous write", n - 1: "latest write"}, self.ask(self.previous, draw, rng)
        values = draw.values(n)
        twin_values, twins = twin_history(self.event, draw, rng.randint(1, 2))
        events = self.merge(self._mine(draw, values, labels), twins, rng)
        return Plan(events, question, [values[k - 1]], values_meta(draw, values, twin_values, asked=asked, k=k))

    def nowrite(self, draw, rng: random.Random, index: int) -> Plan:
        value = draw.value()
        aside = self.asides[index % len(self.asides)]
        variant = index // len(self.asides) % 2  # each aside's two wordings in turn
        told = self.event("passing", draw.kind, draw.key, value, label="told in passing", template=aside, variant=variant)
        twin_values, twins = twin_history(self.event, draw, rng.randint(0, 1))
        return Plan(self.merge([told], twins, rng), self.ask(self.in_passing, draw, rng), [value],
                    values_meta(draw, [value], twin_values))

    def discard(self, draw, rng: random.Random, index: int) -> Plan:
        """Even samples: the asked holder's value is withdrawn and nothing follows. Odd ones alternate: the twin's
        value is withdrawn (the asked one stands), or the asked holder's is withdrawn and a new one given after."""
        if index % 2 == 0:
            return self._withdrawn(draw, rng)
        return self._twin_withdrawn(draw, rng) if index % 4 == 1 else self._regiven(draw, rng)

    def _withdrawn(self, draw, rng: random.Random) -> Plan:
        values = draw.values(rng.randint(1, 2))
        mine = self._mine(draw, values, {len(values) - 1: "withdrawn write"})
        mine.append(self.event("take_back", draw.kind, draw.key, values[-1], label="withdrawal"))
        twin_values, twins = twin_history(self.event, draw, 0)
        meta = values_meta(draw, values, twin_values, withdrawn=True, regiven=False, cancelled_value=values[-1])
        return Plan(self.merge(mine, twins, rng), self.ask(self.current, draw, rng), [self.no_longer_valid], meta)

    def _twin_withdrawn(self, draw, rng: random.Random) -> Plan:
        values = draw.values(1)
        mine = self._mine(draw, values, {0: "write"})
        twin_values, twins = twin_history(self.event, draw, 0)
        twins.append(self.event("take_back", draw.kind, draw.twin, twin_values[-1]))
        meta = values_meta(draw, values, twin_values, withdrawn=False, regiven=False, cancelled_value=twin_values[-1])
        return Plan(self.merge(mine, twins, rng), self.ask(self.current, draw, rng), values, meta)

    def _regiven(self, draw, rng: random.Random) -> Plan:
        """The asked holder's value is withdrawn and another given later: the later one decides."""
        values = draw.values(2)
        event = self.event
        mine = [event("give", draw.kind, draw.key, values[0]), event("take_back", draw.kind, draw.key, values[0]),
                event("give", draw.kind, draw.key, values[1], label="re-given write")]
        twin_values, twins = twin_history(event, draw, rng.randint(0, 1))
        meta = values_meta(draw, values, twin_values, withdrawn=False, regiven=True, cancelled_value=values[0])
        return Plan(self.merge(mine, twins, rng), self.ask(self.current, draw, rng), values[-1:], meta)
