"""``overwrite``: a key is written, then updated one to three times; the question asks for the current value.

Evidence: the latest write. One or two writes of the same attribute for other
entities are mixed in.
"""

from __future__ import annotations

import random

from . import vocab
from .common import NOTES, Plan, draw_key, interleave, other_entity

INSTRUCTION = f"{NOTES} Some values are updated later in the text; always use the most recent value."


def plan(rng: random.Random) -> Plan:
    key = draw_key(rng)
    n = rng.randint(2, 4)
    others = [other_entity(rng, key) for _ in range(rng.randint(1, 2))]
    vals = vocab.values(rng, key.kind, n + len(others))
    writes = [key.say(vocab.WRITES, rng, vals[0])]
    writes += [key.say(vocab.UPDATES, rng, v) for v in vals[1:n]]
    writes[-1].label = "latest write"
    noise = [o.say(vocab.WRITES, rng, v) for o, v in zip(others, vals[n:])]
    return Plan(
        INSTRUCTION, interleave(rng, writes, noise), key.ask(vocab.CURRENT_QUESTIONS, rng), [vals[n - 1]],
        {"value_type": key.kind, "writes": n},
    )
