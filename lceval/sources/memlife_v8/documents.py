"""The events of a sample as small documents: records of some kind, or a paragraph for a value told in passing.

A record is a header and a few lines: each of its events (usually one) is a
line, among lines about other holders. A paragraph holds the passing sentence
among sentences that name no holder. Each labelled event's line (or sentence)
is one span of its document.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, Sequence

from ..memlife_common.sampling import Document
from .keys import Kind
from .wording import CHANGE, GIVE, LOOKALIKES, PASSING, WITHDRAW, fill

TEMPLATES = {"give": GIVE, "change": CHANGE, "withdraw": WITHDRAW, "lookalike": LOOKALIKES, "passing": PASSING}


@dataclass(frozen=True)
class Event:
    role: str  # give | change | withdraw | lookalike | passing
    kind: Kind
    key: str
    value: str
    label: str = ""  # the evidence label; empty for a line that decides nothing
    others: tuple[tuple[str, str], ...] = ()  # (holder, value) lines around it, about other holders
    template: str = ""  # a fixed wording; otherwise one drawn for the role
    joined: bool = False  # written in the same record as the event before it


BELLS = ("One bell", *(f"{n} bells" for n in ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight")))

# Format -> (header, line): a line's slots are {s} (the sentence) and the fields of ``_fields``.
RECORDS = {
    "watch_log": ("Harbour office, {watch} watch", "{bell}. {s}"),
    "whiteboard": ("YARD WHITEBOARD (wiped every Monday)", "[{colour} marker] {s}"),
    "latex_macros": ("% notes.tex: the office's running notes", "\\newcommand{{\\note{macro}}}{{{s}}}"),
    "crontab": ("# m h dom mon dow  command", '{minute} {hour} * * mon logger -t office "{s}"'),
    "http_headers": ("HTTP/1.1 200 OK\nContent-Type: text/plain; charset=utf-8", "X-Office-Note: {s}"),
    "dockerfile": ("FROM debian:bookworm-slim", 'LABEL office.note{n}="{s}"'),
    "auction_catalogue": ("Saleroom catalogue, the clerk's pencilled notes", "Lot {lot}. {s}"),
    "accession_card": ("SEED BANK ACCESSION CARD, reverse side", "Remark {n}: {s}"),
    "choir_list": ("The choir librarian's list", "{n}) {s}"),
    "ringing_book": ("Tower ringing book", "{occasion}: {s}"),
}


def _fields(rng: random.Random) -> Callable[[int], dict[str, str | int]]:
    """The fields of line ``i`` of one record, every choice drawn once per record."""
    watch = rng.choice(("morning", "forenoon", "afternoon", "first", "middle"))
    colours = rng.sample(("red", "green", "blue", "black", "purple"), 4)
    macros = rng.sample(("Alpha", "Bravo", "Delta", "Echo", "Kilo", "Oscar", "Sierra", "Tango", "Victor"), 8)
    occasions = rng.sample(("After Sunday service", "Practice night", "Before the wedding peal", "Quarter peal", "Visiting band"), 4)
    hour, lot = rng.randrange(5, 9), rng.randrange(20, 80)
    return lambda i: {
        "watch": watch, "bell": BELLS[i % 8], "colour": colours[i % 4], "macro": macros[i % 8], "occasion": occasions[i % 4],
        "minute": 2 + 7 * i % 56, "hour": hour, "lot": lot + i, "n": i + 1,
    }


PROSE = {
    "guidebook": ("The gate opens at nine in summer and at ten in winter.", "Dogs on leads are welcome on the lower path.",
                  "Parking is limited on the days of the regatta."),
    "podcast_notes": ("In this episode we talk about volunteering and patience.", "Thanks to everyone who wrote in after last week.",
                      "Music is by a friend of the show."),
    "grant_narrative": ("The organisation has run for eleven years on small donations.", "Most of the daily work is done by volunteers.",
                        "We ask for support over three years."),
    "estate_listing": ("A rare chance to buy a stone cottage a short walk from the water.", "The kitchen was refitted two winters ago.",
                       "Viewing is strictly by appointment."),
    "press_release": ("For immediate release: the open weekend returns in June.", "Entry is free, and so is the tea.",
                      "Photographs are available on request."),
}


def render(events: Sequence[Event], rng: random.Random, fmt: str) -> Document:
    """``events`` (of one holder kind, in order) as one document in format ``fmt`` (a key of ``RECORDS`` or ``PROSE``).

    A paragraph holds one event; a record holds its events as consecutive lines, in order, among lines about other holders.
    """
    kind = events[0].kind
    sentences = [fill(e.template or rng.choice(TEMPLATES[e.role]), kind, e.key, e.value) for e in events]
    fillers = [fill(rng.choice(GIVE), kind, holder, value) for e in events for holder, value in e.others]
    if fmt in PROSE:
        (event,), (sentence,) = events, sentences
        parts = [*rng.sample(PROSE[fmt], 2), *fillers]
        at = rng.randrange(1, len(parts) + 1)
        before = " ".join(parts[:at]) + " "
        text = before + " ".join([sentence, *parts[at:]])
        return Document(fmt, text, ((len(before), len(before) + len(sentence), event.label),) if event.label else ())
    fields = _fields(rng)
    header, line = RECORDS[fmt][0].format(**fields(0)), RECORDS[fmt][1]
    first = [rng.random() < 0.5 for _ in fillers]  # the lines about others go around the events, which stay together
    rows = [*((f, "") for f, up in zip(fillers, first) if up), *((s, e.label) for s, e in zip(sentences, events)),
            *((f, "") for f, up in zip(fillers, first) if not up)]
    lines = [line.format(s=s, **fields(i)) for i, (s, _) in enumerate(rows)]
    spans, offset = [], len(header) + 1
    for text, (_, label) in zip(lines, rows):
        if label:
            spans.append((offset, offset + len(text), label))
        offset += len(text) + 1
    return Document(fmt, "\n".join([header, *lines]), tuple(spans))
