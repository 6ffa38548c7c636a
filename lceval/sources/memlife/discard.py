"""``discard``: a value is written and later explicitly retracted; the answer is the fixed string "no longer valid".

So that always answering the fixed string does not pass, a near-duplicate key
(one entity word changed) is also written, and in about half of the samples it
is that key which is retracted: then the asked value still stands.
Evidence: the asked key's write, plus the retraction when it is the asked key's.
"""

from __future__ import annotations

import random

from . import vocab
from .common import NO_LONGER_VALID, NOTES, Key, Plan, draw_key

INSTRUCTION = (
    f"{NOTES} A value may be withdrawn later in the text. If the value asked for was withdrawn and "
    f"not replaced, answer exactly: {NO_LONGER_VALID}"
)


def plan(rng: random.Random) -> Plan:
    key = draw_key(rng)
    twin = Key(key.kind, key.attribute, vocab.near_duplicate(rng, key.parts))
    value, twin_value = vocab.values(rng, key.kind, 2)
    retracted = rng.random() < 0.5
    writes = [key.say(vocab.WRITES, rng, value, label="write"), twin.say(vocab.WRITES, rng, twin_value)]
    rng.shuffle(writes)
    gone = key if retracted else twin
    retraction = gone.say(vocab.RETRACTIONS, rng, label="retraction" if retracted else None)
    return Plan(
        INSTRUCTION, [*writes, retraction], key.ask(vocab.CURRENT_QUESTIONS, rng),
        [NO_LONGER_VALID if retracted else value], {"value_type": key.kind, "retracted": retracted},
    )
