"""``distractor``: one real write among claims that must not count.

Every distractor kind once, plus one or two more drawn at random, each with its own value: hedged, quoted and
conditional claims about the same key; the same attribute of another entity;
another attribute of the same entity; the same attribute of a near-duplicate
entity (one word changed). Evidence: the real write.
"""

from __future__ import annotations

import random

from . import vocab
from .common import NOTES, Key, Plan, Statement, draw_key, other_entity

INSTRUCTION = (
    f"{NOTES} Only plain statements count: ignore guesses, rumours, quotations, hypotheticals "
    "and values recorded for other items."
)
KINDS = ("hedged", "quoted", "conditional", "other entity", "other attribute", "near duplicate")


def _distractor(rng: random.Random, key: Key, kind: str, value: str) -> Statement:
    if kind in ("hedged", "quoted", "conditional"):
        forms = {"hedged": vocab.HEDGED, "quoted": vocab.QUOTED, "conditional": vocab.CONDITIONAL}[kind]
        return key.say(forms, rng, value)
    if kind == "other entity":
        return other_entity(rng, key).say(vocab.WRITES, rng, value)
    if kind == "other attribute":
        attribute = rng.choice([a for a in vocab.ATTRIBUTES[key.kind] if a != key.attribute])
        return Key(key.kind, attribute, key.parts).say(vocab.WRITES, rng, value)
    return Key(key.kind, key.attribute, vocab.near_duplicate(rng, key.parts)).say(vocab.WRITES, rng, value)


def plan(rng: random.Random) -> Plan:
    key = draw_key(rng)
    kinds = [*KINDS, *rng.choices(KINDS, k=rng.randint(1, 2))]
    rng.shuffle(kinds)
    vals = vocab.values(rng, key.kind, 1 + len(kinds))
    statements = [_distractor(rng, key, k, v) for k, v in zip(kinds, vals[1:])]
    statements.insert(rng.randint(0, len(statements)), key.say(vocab.WRITES, rng, vals[0], label="write"))
    return Plan(
        INSTRUCTION, statements, key.ask(vocab.PLAIN_QUESTIONS, rng), [vals[0]],
        {"value_type": key.kind, "distractors": kinds},
    )
