"""One event, one small document. A give, change or take-back is written in one of the record formats
(``records``) picked at random, its deciding line the evidence when the event is labelled; a look-alike is written
in its own format (``lookalikes``) and decides nothing; a value told in passing is a paragraph of its genre
(``asides``), the passing sentence the evidence."""

from __future__ import annotations

import random

from ..memlife_common.sampling import Document
from ..memlife_common.events import Event
from .asides import ASIDES
from .lookalikes import LOOKALIKES
from .records import WRITERS, fill

__all__ = ["RECORD_FORMATS", "SENTENCE_FORMATS", "Event", "render"]

RECORD_FORMATS: tuple[str, ...] = tuple(WRITERS)
SENTENCE_FORMATS: tuple[str, ...] = ()  # every deciding line sits in a record; asides are formats of their own (genres)


def _document(fmt: str, lines: list[str], at: int | None, label: str | None) -> Document:
    text = "\n".join(lines)
    if at is None or label is None:
        return Document(fmt, text, ())
    start = sum(len(line) + 1 for line in lines[:at])
    line = lines[at]
    start += len(line) - len(line.lstrip(" "))
    return Document(fmt, text, ((start, start + len(line.strip(" ")), label),))


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """The document of ``event``; a record also lists ``others`` (holders that did not move) beside it."""
    kind = event.kind
    if event.role == "lookalike":
        fmt, lines = LOOKALIKES[event.template]
        return _document(fmt, lines(kind, event.key, event.value, rng), None, None)
    if event.role == "passing":
        paragraph, wordings = ASIDES[event.template]
        told = fill(wordings[event.variant], kind, event.key, event.value)
        start = paragraph.index("{aside}")
        text = paragraph.replace("{aside}", told)
        return Document(event.template, text, ((start, start + len(told), event.label),) if event.label else ())
    fmt = rng.choice(RECORD_FORMATS)
    lines, at = WRITERS[fmt](kind, event, rng, others)
    return _document(fmt, lines, at, event.label)
