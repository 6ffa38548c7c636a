"""How memlife_v4 asks: the value in force, the first one, the k-th one, the one before the current one."""

from __future__ import annotations

import random

from .keys import Key
from .statements import possessive

CURRENT = (
    "What {field} does {subject} have at this point?",
    "As things now stand, which {field} belongs to {subject}?",
    "Which {field} should someone use for {subject} today?",
    "{subject}: what is the {field} on file right now?",
    "If you looked up {subject}'s {field} now, what would you find?",
)
FIRST = (
    "Which {field} was {subject} given in the very first place?",
    "Before anything was changed, what was {subject}'s {field}?",
    "What {field} did {subject} start out with?",
)
KTH = (
    "Counting the original as number one, what was {subject}'s {ordinal} {field}?",
    "What {field} did {subject} hold after exactly {changes}?",
    "Which value was {subject}'s {field} the {ordinal} time it was set?",
)
PREVIOUS = (
    "What {field} did {subject} have just before the present one?",
    "Which {field} of {subject} was replaced by the one in use now?",
    "Right before its latest change, what was {subject}'s {field}?",
)
ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
CHANGES = {1: "one change", 2: "two changes", 3: "three changes", 4: "four changes"}


def ask(bank: tuple[str, ...], key: Key, rng: random.Random, k: int = 0) -> str:
    text = possessive(rng.choice(bank).format(subject=key.subject, field=key.field, ordinal=ORDINALS.get(k, ""), changes=CHANGES.get(k - 1, "")))
    return text[0].upper() + text[1:] if text.startswith(key.field) else text
