"""Values told in passing: everyday writing that mentions, once and by the way, which value a holder has. Each
genre is (its text with ``{told}`` where the remark goes, the remark's two wordings); the remark is one sentence
naming the holder ({T}, with {R} what the value is) and the value ({V}), with a space on either side."""

from __future__ import annotations

import random

from ..memlife_common.sampling import Document
from .documents import Event

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "baking blog": (
        "Rye and treacle loaf, attempt number three. The starter finally woke up after a week on the windowsill. "
        "{told} Anyway: two hours proving, forty minutes in a hot oven, and do not slice it warm.",
        ("My neighbour, returning a tin, happened to say that {V} is the {R} of {T} these days.",
         "Somebody at the flour mill counter chatted on about {T} having {V} for its {R} now.")),
    "birding diary": (
        "Saturday, grey and still. Two stonechats on the fence posts and a kestrel hanging over the car park. "
        "{told} Home by four with numb fingers and a blurred photo of a wagtail.",
        ("A man sharing his flask mentioned {T} goes with {V} nowadays, {R}-wise.",
         "In the hide somebody remarked, between whispers, that {T} has {V} as its {R}.")),
    "pub quiz write-up": (
        "Round four (rivers of Europe) went badly again. Our picture round was strong, though. "
        "{told} We finished third out of eleven and won a box of fudge.",
        ("Between rounds Dilys swore {T} had {V} for {R}, which nobody could check.",
         "At the bar the quizmaster let slip that {V} is what {T} has as its {R}.")),
    "knitting circle minutes": (
        "Minutes of the Thursday circle. Present: six, plus a very patient spaniel. New cable pattern handed round. "
        "{told} Next week: sleeves, and whose turn it is to bring biscuits.",
        ("Over tea, Maureen let it drop that {T} now has {V} as its {R}.",
         "In passing, Ines noted {V} being the {R} of {T} at present.")),
    "traffic bulletin": (
        "Traffic and travel at twenty past. Roadworks on the ring road are slowing things near the retail park, and "
        "there is a tractor on the moor road. {told} More at the top of the hour.",
        ("One listener texted in, by the by, that {T} is running with {V} as its {R}.",
         "And a little aside from our producer: {V} is down as {R} on {T}.")),
    "school newsletter": (
        "Dear families, what a term it has been. The choir sang beautifully at the care home and the Year 4 volcano "
        "survived the science fair. {told} Please return lost property labels by Friday.",
        ("Our caretaker, chatting at the gate, says {T} has {V} as its {R}.",
         "Amid all the fuss, a parent volunteer told us {V} is what {T} uses for its {R}.")),
}


def told(event: Event, rng: random.Random) -> Document:
    """The aside ``event.template`` in wording ``event.variant``, its remark the deciding span."""
    frame, wordings = ASIDES[event.template]
    remark = wordings[event.variant].format(T=event.kind.thing(event.key), V=event.value, R=event.kind.role)
    before = frame[:frame.index("{told}")]
    text = before + remark + frame[frame.index("{told}") + len("{told}"):]
    spans = ((len(before), len(before) + len(remark), event.label),) if event.label else ()
    return Document(event.template, text, spans)
