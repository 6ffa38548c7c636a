"""What the memory-lifecycle families' plans share where the logic is the same; the wording stays in each family.

A plan is one sample before it is laid out: its events (or documents) in order, the question, the answers and
``meta`` (what the tests read). Families that merge streams of events differently keep their own merge; the three
here are each used, unchanged, by several families, and draw from ``rng`` exactly as those families did.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence, TypeVar

__all__ = ["DocumentPlan", "Plan", "history", "interleave", "into_slots", "key_meta", "scatter", "twin_history", "values_meta"]

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
