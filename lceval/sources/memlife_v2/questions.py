"""How the v2 questions are worded; each asks about one key."""

from __future__ import annotations

import random

from .keys import Key

_CURRENT = (
    "As things stand at the end of the text, what is {K}?",
    "Someone needs {K} today. What do you tell them?",
    "What's the value of {K} right now?",
    "Going by everything above, which value holds for {K}?",
    "Which {thing} does {owner} have at this point?",
    "If you had to fill in {K} on a form today, what would you write?",
)

_FIRST = (
    "What was {K} originally, before anyone changed it?",
    "Which value was {K} given at the very start?",
    "Before its first change, what was {K}?",
)

_KTH = (
    "Counting the original as the first, what was value number {k} of {K}?",
    "What was the {nth} value ever recorded for {K}?",
    "{K} changed several times. Which value did it hold {nth}?",
)

_PREVIOUS = (
    "What was {K} just before its latest change?",
    "Which value did the most recent update of {K} replace?",
    "Before it became what it is now, what was {K}?",
)

_ORDINALS = {2: "second", 3: "third", 4: "fourth"}


def _ask(rng: random.Random, templates: tuple[str, ...], key: Key, **extra) -> str:
    text = rng.choice(templates).format(K=key.phrase(rng), thing=key.thing, owner=key.owner, **extra)
    return text[0].upper() + text[1:]


def current(rng: random.Random, key: Key) -> str:
    return _ask(rng, _CURRENT, key)


def version(rng: random.Random, key: Key, asked: str, k: int) -> str:
    if asked == "first":
        return _ask(rng, _FIRST, key)
    if asked == "previous":
        return _ask(rng, _PREVIOUS, key)
    return _ask(rng, _KTH, key, k=k, nth=_ORDINALS[k])
