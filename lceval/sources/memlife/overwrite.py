"""``overwrite``: a key is written, then updated one to five times; the question asks for the current value.

Evidence: the latest write. Mixed in: writes of the same attribute for one or
two other entities, and a near-duplicate key (one entity word changed) that is
written and updated too.
"""

from __future__ import annotations

import random

from . import vocab
from .common import NOTES, Key, Plan, draw_key, interleave, other_entity

INSTRUCTION = f"{NOTES} Some values are updated later in the text; always use the most recent value."


def plan(rng: random.Random) -> Plan:
    key = draw_key(rng)
    n = rng.randint(2, 6)
    others = [other_entity(rng, key) for _ in range(rng.randint(1, 2))]
    twin = Key(key.kind, key.attribute, vocab.near_duplicate(rng, key.parts))
    vals = vocab.values(rng, key.kind, n + len(others) + 2)
    writes = [key.say(vocab.WRITES, rng, vals[0])]
    writes += [key.say(vocab.UPDATES, rng, v) for v in vals[1:n]]
    writes[-1].label = "latest write"
    twin_writes = [twin.say(vocab.WRITES, rng, vals[-2]), twin.say(vocab.UPDATES, rng, vals[-1])]
    noise = [o.say(vocab.WRITES, rng, v) for o, v in zip(others, vals[n:])]
    return Plan(
        INSTRUCTION, interleave(rng, interleave(rng, writes, noise), twin_writes), key.ask(vocab.CURRENT_QUESTIONS, rng), [vals[n - 1]],
        {"value_type": key.kind, "writes": n},
    )
