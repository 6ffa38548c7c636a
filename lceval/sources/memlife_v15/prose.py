"""Prose records, one small document each: a public-address announcement, a transcribed whiteboard, a witness
statement, a shift handover (SBAR) and an FAQ entry; and the asides that tell a value in passing.

The deciding sentence (wording.PROSE_SAYS) is set off by spaces or line breaks, so it is a whole sentence of its
document; strangers get sentences of their own. A look-alike puts its hedged sentence where the deciding one would be.
"""

from __future__ import annotations

import random

from .page import Page
from .wording import PASSING, PROSE_SAYS

__all__ = ["PROSE", "aside", "say"]

OFFICERS = ("R. Achebe", "M. Sorensen", "T. Vantongeren", "P. Oyelowo", "J. Kaczmarek", "L. Fitzwilliam", "D. Mwangi",
            "S. Lindahl")


def say(wording: str, e, value: str | None = None, old: str | None = None) -> str:
    """``wording`` filled in for the event's holder (or a stranger's ``value``)."""
    who = e.kind.named(e.key)
    return wording.format(who=who, Who=who[0].upper() + who[1:], key=e.key, verb=e.kind.verb, role=e.kind.role,
                          value=value or e.value, old=old or e.old, site=e.kind.site)


def _stranger(e, holder: str, value: str) -> str:
    who = e.kind.named(holder)
    return f"{who[0].upper() + who[1:]} {e.kind.verb} {value}."


def _deciding(e, rng: random.Random, hedge: str | None) -> str:
    return say(hedge, e) if hedge else say(rng.choice(PROSE_SAYS[e.role]), e)


def announcement(e, rng: random.Random, others, hedge: str | None):
    page = Page().add(f"[Public address, {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}] Attention, please, at {e.kind.site}. ")
    page.mark(_deciding(e, rng, hedge), e.label)
    for holder, value in others:
        page.add(" ", _stranger(e, holder, value))
    return page.add(" Thank you for listening.").done("announcement")


def whiteboard(e, rng: random.Random, others, hedge: str | None):
    page = Page().add(f"Whiteboard by the kettle, {e.kind.site}, copied out from a phone photo "
                      f"({rng.choice(('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))}):")
    items = [None] + [_stranger(e, h, v) for h, v in others]
    rng.shuffle(items)
    for item in items:
        page.add("\n- ")
        page.mark(_deciding(e, rng, hedge), e.label) if item is None else page.add(item)
    return page.add("\n(bottom corner smudged, illegible)").done("whiteboard")


def affidavit(e, rng: random.Random, others, hedge: str | None):
    officer = rng.choice(OFFICERS)
    page = Page().add(f"WITNESS STATEMENT\nI, {officer}, duty officer at {e.kind.site}, say as follows. ")
    page.mark(_deciding(e, rng, hedge), e.label)
    for holder, value in others:
        page.add(" I also record this: ", _stranger(e, holder, value))
    return page.add(f" I believe the facts stated here are true.\nSigned: {officer}").done("affidavit")


def handover(e, rng: random.Random, others, hedge: str | None):
    page = Page().add(f"Shift handover, {e.kind.site}, {rng.randint(6, 22):02d}:{rng.choice(('00', '30'))}\nS: ")
    page.mark(_deciding(e, rng, hedge), e.label)
    background = " ".join(_stranger(e, h, v) for h, v in others) or "Quiet otherwise."
    return page.add(f"\nB: {background}\nA: Nothing else outstanding.\nR: Carry on as above.").done("handover")


def faq(e, rng: random.Random, others, hedge: str | None):
    who = e.kind.named(e.key)
    page = Page().add(f"Frequently asked at {e.kind.site}\nQ. What is the latest on {who}?\nA. ")
    page.mark(_deciding(e, rng, hedge), e.label)
    for holder, value in others:
        page.add(f"\nQ. And {e.kind.named(holder)}?\nA. ", _stranger(e, holder, value))
    return page.done("faq")


def aside(e, rng: random.Random):
    """A value told in passing: the sentence that tells it, whole, between an opening and a closing of its genre."""
    opening, wordings, closing = PASSING[e.template]
    page = Page().add(opening, " ")
    page.mark(say(wordings[e.variant], e), e.label)
    return page.add(" ", closing).done(e.template)


PROSE = {"announcement": announcement, "whiteboard": whiteboard, "affidavit": affidavit, "handover": handover, "faq": faq}
