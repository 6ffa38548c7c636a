"""Values told in passing: a museum wall label, a recipe card, a podcast transcript, a crossword setter's notes,
a reader's verse and a horoscope column, each mentioning a holder's value on one line of writing about
something else (the nowrite kind's only evidence)."""

from __future__ import annotations

import random

from .sheet import Document, Event, Sheet, mark
from .wording import ASIDES

__all__ = ["aside"]


def aside(event: Event, rng: random.Random) -> Document:
    opening, wordings, closing = ASIDES[event.template]
    kind = event.kind
    line = wordings[event.variant].format(holder=kind.holder, key=event.holder, role=kind.role, value=event.value,
                                          site=kind.site)
    sheet = Sheet(event.template)
    for text in opening:
        sheet.add(text)
    sheet.add(mark(line, event.label))
    for text in closing:
        sheet.add(text)
    return sheet.done()
