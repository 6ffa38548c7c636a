"""Records written as prose, one small document per event: a newspaper's public notice, a court reporter's
transcript, live sports-style commentary and a town crier's proclamation.

Same signature as the code-like writers (``records``): the event's sentence is the deciding piece, other holders
get sentences of their own, and a look-alike's ``hedge`` is a whole sentence that replaces the event's.
"""

from __future__ import annotations

import random

from .sheet import Document, Event, Sheet, day, mark
from .wording import PROSE

__all__ = ["PROSE_WRITERS"]

LAWYERS = ("MR ASHWORTH", "MS OYELARAN-BRIGG", "MR DUNSTABLE", "MS KIRKPATRICK")


def _fill(template: str, event: Event, rng: random.Random, holder: str, value: str) -> str:
    kind = event.kind
    return template.format(holder=kind.holder, key=holder, role=kind.role, roles=kind.roles, value=value,
                           old=event.old, site=kind.site, date=day(rng))


def _sentences(fmt: str, event: Event, rng: random.Random, beside, hedge) -> list:
    """The event's sentence (deciding when labelled) among the other holders' ones, in random order."""
    wording = PROSE[fmt]
    mine = _fill(hedge or rng.choice(wording[event.role]), event, rng, event.holder, event.value)
    others = [_fill(wording["other"], event, rng, h, v) for h, v in beside]
    others.insert(rng.randint(0, len(others)), mark(mine, event.label))
    return others


def legal_notice(event: Event, rng: random.Random, beside, hedge) -> Document:
    sheet = Sheet("legal_notice").add("PUBLIC NOTICES")
    sheet.add(f"In the matter of {event.kind.site}, ref. {rng.randint(10, 99)}/{rng.randint(1000, 9999)}")
    sheet.add(*_sentences("legal_notice", event, rng, beside, hedge))
    return sheet.add(f"Any objection must reach the clerk in writing by {day(rng)}.").done()


def stenography(event: Event, rng: random.Random, beside, hedge) -> Document:
    lawyer = rng.choice(LAWYERS)
    first = rng.randint(2, 18)
    lines = [f"{lawyer}:  Is that the last of the directions concerning {event.kind.site}?",
             "THE WITNESS:  Not quite. There was one more.", *_sentences("stenography", event, rng, beside, hedge),
             f"{lawyer}:  I am obliged."]
    sheet = Sheet("stenography").add(f"{' ' * 40}{rng.randint(30, 240)}")
    for n, line in enumerate(lines):
        sheet.add(line, lead=f"{first + n:>3}      ")
    return sheet.done()


def commentary(event: Event, rng: random.Random, beside, hedge) -> Document:
    minute = rng.randint(5, 80)
    lines = ["Lovely atmosphere here, and the urn is on in the portakabin.",
             *_sentences("commentary", event, rng, beside, hedge),
             rng.choice(("Back to the studio for a moment.", "More on that after the tea break."))]
    sheet = Sheet("commentary").add(f"LIVE TEXT: {event.kind.site}, allocation day")
    for n, line in enumerate(lines):
        sheet.add(line, lead=f"{minute + 2 * n}' ")
    return sheet.done()


def proclamation(event: Event, rng: random.Random, beside, hedge) -> Document:
    sheet = Sheet("proclamation").add("Oyez! Oyez! Oyez!")
    sheet.add(*_sentences("proclamation", event, rng, beside, hedge))
    return sheet.add("God save the parish, and mind the step on your way out.").done()


PROSE_WRITERS = {"legal_notice": legal_notice, "stenography": stenography, "commentary": commentary,
                 "proclamation": proclamation}
