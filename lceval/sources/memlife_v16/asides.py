"""A value told in passing: one piece of an aside (``wording.PASSING``) names the holder and the value."""

from __future__ import annotations

import random

from .records import FOLK, SURNAMES
from .wording import PASSING
from .writer import Writer

__all__ = ["aside"]


def aside(event, rng: random.Random):
    """The aside ``event.template`` in its wording ``event.variant``; its deciding piece is the evidence."""
    joiner, wordings = PASSING[event.template]
    name = f"{rng.choice(FOLK)} {rng.choice(SURNAMES)}" if event.template == "obituary" else rng.choice(FOLK)
    fill = {"who": event.kind.named(event.key), "value": event.value, "role": event.kind.role, "name": name,
            "age": rng.randint(61, 97)}
    pieces = [(p.format(**fill), event.label if "{value}" in p else None) for p in wordings[event.variant]]
    w = Writer(event.template)
    if joiner == "\n":
        for text, label in pieces:
            w.line(text, label)
    else:
        w.paragraph(pieces)
    return w.done()
