"""Events and how each becomes one small document.

A record (give, change, take_back) takes any of the prose or code-like formats at random; a look-alike takes the
format its wording names (code-like ones as the genuine record plus the hedge that format carries); a value told
in passing is an aside of its own genre.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .keys import Kind
from .prose import PROSE, aside
from .records import RECORDS
from .wording import LOOKALIKES

__all__ = ["Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]

SENTENCE_FORMATS = tuple(PROSE)
RECORD_FORMATS = tuple(RECORDS)
_RENDER = {**PROSE, **RECORDS}
_LOOKALIKE = {name: (fmt, wording) for name, fmt, wording in LOOKALIKES}


@dataclass(frozen=True)
class Event:
    role: str  # give | change | take_back | lookalike | passing
    kind: Kind
    key: str  # the holder
    value: str
    old: str | None = None  # the value a change replaces
    label: str | None = None  # the evidence label when this event decides the answer
    template: object = None  # a look-alike (a wording.LOOKALIKES entry or its name) or an aside (a PASSING name)
    variant: int = 0  # which wording of an aside


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]):
    """One document for ``event``; ``others`` are strangers' allocations a real record lists beside its own."""
    if event.role == "passing":
        return aside(event, rng)
    if event.role == "lookalike":
        name = event.template[0] if isinstance(event.template, tuple) else event.template
        fmt, wording = _LOOKALIKE[name]
        # A code-like look-alike is hedged by its format (the hedge is the look-alike's name); a prose one by its words.
        return _RENDER[fmt](event, rng, [], wording or name)
    return _RENDER[rng.choice(SENTENCE_FORMATS + RECORD_FORMATS)](event, rng, others, None)
