"""version: a key's history of 3-5 values; the question asks the first, the k-th, or the one before the current.

Evidence: the asked write and the writes needed to place it (every write up
to the k-th when counting; the last two writes for "previous").
"""

from __future__ import annotations

import random
from dataclasses import replace

from . import questions
from .build import Plan
from .formats import make_insert
from .keys import distinct_values, new_key
from .noise import scatter, unrelated_events
from .overwrite import history


def plan(rng: random.Random) -> Plan:
    taken, used = set(), set()
    key = new_key(rng, taken)
    values = distinct_values(rng, key.vtype, rng.randint(3, 5), used)
    asked = rng.choice(["first", "kth", "previous"])
    k = rng.randint(2, len(values) - 1) if asked == "kth" else 0
    if asked == "first":
        needed, answer = [0], values[0]
    elif asked == "kth":
        needed, answer = list(range(k)), values[k - 1]
    else:
        needed, answer = [len(values) - 2, len(values) - 1], values[-2]
    writes = [replace(w, label=f"value {i + 1}") if i in needed else w for i, w in enumerate(history(key, values))]
    inserts = scatter(rng, [make_insert(rng, w) for w in writes], unrelated_events(rng, taken, used, rng.randint(1, 3)))
    question = questions.version(rng, key, asked, k)
    return Plan(inserts, question, [answer], {"asked": asked, "k": k, "versions": len(values), "value_type": key.vtype.name, "key": key.label()})
