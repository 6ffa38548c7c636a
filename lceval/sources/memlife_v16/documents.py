"""Events and the one document each becomes.

A record (give, change, take_back) is written in any of the ten record formats at random; a look-alike in the
format of its own kind of not-happening (``lookalikes``); a value told in passing as an aside (``asides``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .asides import aside
from .keys import Kind
from .lookalikes import lookalike
from .records import CODE_LIKE, PROSE

__all__ = ["Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]

SENTENCE_FORMATS = tuple(PROSE)
RECORD_FORMATS = tuple(CODE_LIKE)
_FORMATS = {**PROSE, **CODE_LIKE}


@dataclass(frozen=True)
class Event:
    role: str  # give | change | take_back | lookalike | passing
    kind: Kind
    key: str  # the holder
    value: str
    old: str | None = None  # the value a change replaces
    label: str | None = None  # the evidence label when this event decides the answer
    template: str | None = None  # a look-alike's name (lookalikes.LOOKALIKES) or an aside's (wording.PASSING)
    variant: int = 0  # which wording of an aside


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]):
    """One document for ``event``; ``others`` are other holders (holder, value) a record lists beside its own."""
    if event.role == "passing":
        return aside(event, rng)
    if event.role == "lookalike":
        return lookalike(event, rng)
    return _FORMATS[rng.choice(SENTENCE_FORMATS + RECORD_FORMATS)](event, rng, others)
