"""How a reader is asked about a key: its current value, or one from its history."""

from __future__ import annotations

import random

from .keys import Key

ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
TIMES = {1: "once", 2: "twice", 3: "three times", 4: "four times", 5: "five times"}

ASKING = {
    "current": (
        "What is {thing}?",
        "As things stand now, what is {thing}?",
        "Which value does {thing} hold once every record above is taken into account?",
        "If you had to act on it today, what would you use as {thing}?",
        "What is the valid {field} for {subject}?",
        "According to the records, what is {thing} at present?",
    ),
    "first": (
        "What was {thing} before anyone changed it?",
        "Which value was originally recorded as {thing}?",
        "What was the very first {field} noted for {subject}?",
    ),
    "kth": (
        "Counting the original as the first, what was the {ordinal} value of {thing}?",
        "What was {thing} after it had been changed {times}?",
        "Which was the {ordinal} {field} on record for {subject}, the original being the first?",
    ),
    "previous": (
        "What was {thing} immediately before its latest value?",
        "Which value did {thing} have just before the most recent change?",
        "Before the last update, what was the {field} of {subject}?",
    ),
}


def ask(asked: str, key: Key, rng: random.Random, k: int = 0) -> str:
    """A question about ``key``: ``asked`` is current, first, kth (the ``k``-th value, counting from 1) or previous."""
    text = rng.choice(ASKING[asked]).format(
        thing=key.name(rng), field=key.field, subject=key.subject, ordinal=ORDINALS.get(k, ""), times=TIMES.get(k - 1, ""),
    )
    return text[0].upper() + text[1:]
