"""``nowrite``: the fact is told in ordinary prose, with no assignment-like pattern; only retrieval finds it.

A decoy sentence tells the same kind of thing about the same person at
another place and event. Evidence: the asked prose fact.
"""

from __future__ import annotations

import random

from . import vocab
from .common import Plan, Statement

INSTRUCTION = "The text below is a collection of essays and short stories."


def plan(rng: random.Random) -> Plan:
    kind = rng.choice(vocab.VALUE_TYPES)
    fact, question = vocab.PROSE_FACTS[kind]
    person = f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)}"
    (site, decoy_site), (event, decoy_event) = rng.sample(vocab.SITES, 2), rng.sample(vocab.EVENTS, 2)
    value, decoy_value = vocab.values(rng, kind, 2)
    statements = [
        Statement(vocab.render(fact, "", "", value, p=person, site=site, event=event), "fact"),
        Statement(vocab.render(fact, "", "", decoy_value, p=person, site=decoy_site, event=decoy_event)),
    ]
    rng.shuffle(statements)
    return Plan(
        INSTRUCTION, statements, vocab.render(question, "", "", p=person, site=site, event=event), [value],
        {"value_type": kind},
    )
