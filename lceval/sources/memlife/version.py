"""``version``: a key is updated several times; the question asks for the first, second, third or previous value.

Evidence (our choice, so a reader can also count versions): for the k-th
value, writes 1..k (the asked one labelled "asked version"); for the previous
value, the asked write and the one write that superseded it.
"""

from __future__ import annotations

import random

from . import vocab
from .common import NOTES, Plan, draw_key, interleave, other_entity

INSTRUCTION = f"{NOTES} Some values are updated several times; the question may ask for an earlier value."


def plan(rng: random.Random) -> Plan:
    key = draw_key(rng)
    n = rng.randint(3, 5)
    other = other_entity(rng, key)
    vals = vocab.values(rng, key.kind, n + 1)
    writes = [key.say(vocab.WRITES, rng, vals[0])] + [key.say(vocab.UPDATES, rng, v) for v in vals[1:n]]
    ask = rng.choice([*range(1, min(n, 4)), "previous"])
    if ask == "previous":
        asked, needed = n - 1, [n - 1, n]
        question = key.ask(vocab.PREVIOUS_QUESTIONS, rng)
    else:
        asked, needed = ask, list(range(1, ask + 1))
        question = key.ask(vocab.ORDINAL_QUESTIONS, rng, ordinal=vocab.ORDINALS[ask])
    for k in needed:
        writes[k - 1].label = "asked version" if k == asked else "counted version"
    noise = [other.say(vocab.WRITES, rng, vals[n])]
    return Plan(
        INSTRUCTION, interleave(rng, writes, noise), question, [vals[asked - 1]],
        {"value_type": key.kind, "writes": n, "asked": ask},
    )
