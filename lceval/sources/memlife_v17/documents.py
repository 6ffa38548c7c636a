"""Events and the one small document each becomes.

A record (give, change, take_back) is written in any of the ten formats at random, listing the strangers it is given
beside its own entry; a look-alike in the format of its own kind (``lookalikes``); a value told in passing in its
genre's words (``asides``).
"""

from __future__ import annotations

import random

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import aside
from .lookalikes import lookalike
from .records import PROSE, RECORDS

__all__ = ["Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]

SENTENCE_FORMATS = tuple(PROSE)
RECORD_FORMATS = tuple(RECORDS)
_WRITERS = {**RECORDS, **PROSE}


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """One document for ``event``; ``others`` are strangers (holder, value) a record lists beside its own entry."""
    if event.role == "passing":
        return aside(event.template, event.kind, event.key, event.value, event.variant, rng, event.label).done()
    if event.role == "lookalike":
        return lookalike(event.template, event.kind, event.key, event.value, rng).done()
    return _WRITERS[rng.choice(RECORD_FORMATS + SENTENCE_FORMATS)](event, rng, others, event.label).done()
