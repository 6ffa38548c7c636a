"""Events as small documents: a record in one of eight formats (``formats``), or an aside in prose (``wording.ASIDES``).

A document's one evidence span is its deciding line (or, in an aside, its deciding sentence), when the event has a label.
"""

from __future__ import annotations

import random

from ..memlife_common.sampling import Document
from .events import Event
from .formats import FORMATS, RECORD_FORMATS, SENTENCE_FORMATS, fill
from .wording import ASIDES

__all__ = ["Document", "Event", "RECORD_FORMATS", "SENTENCE_FORMATS", "render"]


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as a document; a record also lists ``others`` (holder, value) given places of the same kind."""
    if event.role == "passing":
        return _aside(event)
    fmt = FORMATS[rng.choice(SENTENCE_FORMATS if event.role == "lookalike" else SENTENCE_FORMATS + RECORD_FORMATS)]
    entries = [fmt.entry(Event("give", event.kind, holder, value), rng) for holder, value in others]
    at = rng.randint(0, len(entries))
    entries.insert(at, fmt.entry(event, rng))
    lines, positions = fmt.frame(event.kind, entries, rng)
    start = sum(len(line) + 1 for line in lines[:positions[at]])
    return Document(fmt.name, "\n".join(lines), _span(start, lines[positions[at]], event.label))


def _aside(event: Event) -> Document:
    aside = ASIDES[event.template]
    head = f"{fill(aside.title, event)}\n{fill(aside.before, event)} "
    sentence = fill(aside.wordings[event.variant], event)
    return Document(event.template, f"{head}{sentence} {fill(aside.after, event)}", _span(len(head), sentence, event.label))


def _span(start: int, text: str, label: str | None) -> tuple[tuple[int, int, str], ...]:
    return () if label is None else ((start, start + len(text), label),)
