"""One event, one small document: which writer renders it.

Genuine records (the asked holder's, the twin's, anybody else's) take any record format, code-like or prose,
at random; a look-alike takes the format its template names (always one that genuine records use too); a value
told in passing takes its aside.
"""

from __future__ import annotations

import random

from .asides import aside
from .prose import PROSE_WRITERS
from .records import RECORDS
from .sheet import Document, Event
from .wording import ASIDES, LOOKALIKES

__all__ = ["ASIDE_FORMATS", "CODE_FORMATS", "Document", "Event", "PROSE_FORMATS", "render"]

CODE_FORMATS = tuple(RECORDS)
PROSE_FORMATS = tuple(PROSE_WRITERS)
ASIDE_FORMATS = tuple(ASIDES)
WRITERS = {**RECORDS, **PROSE_WRITERS}


def render(event: Event, rng: random.Random, beside: list[tuple[str, str]]) -> Document:
    """``event`` as a document; ``beside`` are other holders a genuine record lists with it."""
    if event.role == "passing":
        return aside(event, rng)
    if event.role == "lookalike":
        fmt, hedge = LOOKALIKES[event.template]
        return WRITERS[fmt](event, rng, [], hedge)
    fmt = rng.choice(CODE_FORMATS + PROSE_FORMATS)
    return WRITERS[fmt](event, rng, beside, None)
