"""Events rendered as small documents: five record formats, three sentence formats and four prose asides.

A document is lines of segments (joined by spaces); the one ``Deciding`` segment of an event with a label becomes
its evidence span, so a span is always a whole line or a whole sentence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.sampling import Document
from .keys import Kind
from .wording import PASSING, PHRASES

__all__ = ["RECORD_FORMATS", "SENTENCE_FORMATS", "Document", "Event", "render"]

RECORD_FORMATS = ("notam", "redis_monitor", "sparql_update", "tcl_array", "toml")
SENTENCE_FORMATS = ("small_ad", "microblog", "radio_log")  # look-alikes are told only in these


@dataclass(frozen=True)
class Event:
    role: str  # give, change, take_back, lookalike, passing
    kind: Kind
    holder: str
    value: str
    old: str | None = None
    label: str | None = None  # the evidence label; None: the document decides nothing
    template: str | None = None  # a look-alike's sentence, an aside's name
    variant: int = 0  # which wording of an aside


class Deciding(str):
    """The segment an evidence span covers."""


def render(event: Event, rng: random.Random, others: list[tuple[str, str]]) -> Document:
    """``event`` as one document; ``others`` are further holders a record lists with their places."""
    if event.role == "passing":
        return _aside(event)
    formats = SENTENCE_FORMATS if event.role == "lookalike" else RECORD_FORMATS + SENTENCE_FORMATS
    fmt = rng.choice(formats)
    fields = _fields(event.kind, event.holder, event.value, event.old)
    main = (event.template or rng.choice(PHRASES[fmt][event.role])).format(**fields)
    gives = rng.sample(PHRASES[fmt]["give"], len(PHRASES[fmt]["give"]))  # neighbours worded unlike each other
    rest = [gives[i % len(gives)].format(**_fields(event.kind, h, v, None)) for i, (h, v) in enumerate(others)]
    lines = FRAMES[fmt](Deciding(main), rest, event, rng)
    return _assemble(fmt, lines, event.label)


def _fields(kind: Kind, holder: str, value: str, old: str | None) -> dict[str, str]:
    camel = kind.ident.split("_")[0] + "".join(p.title() for p in kind.ident.split("_")[1:])
    return {"who": f"{kind.holder} {holder}", "WHO": f"{kind.holder.upper()} {holder}", "key": holder, "value": value,
            "old": old or "", "role": kind.role, "Role": kind.role[0].upper() + kind.role[1:], "ROLE": kind.role.upper(),
            "ident": kind.ident, "camel": camel, "site": kind.site, "SITE": kind.site.upper(), "holder": kind.holder}


def _assemble(fmt: str, lines: list[list[str]], label: str | None) -> Document:
    """The text of ``lines`` and, when ``label`` is set, the span of its ``Deciding`` segment."""
    text, spans = "", []
    for n, segments in enumerate(lines):
        text += "\n" if n else ""
        for m, segment in enumerate(segments):
            text += " " if m else ""
            if label and isinstance(segment, Deciding):
                spans.append((len(text), len(text) + len(segment), label))
            text += segment
    return Document(fmt, text, tuple(spans))


def _among(main: str, rest: list[str], rng: random.Random) -> list[str]:
    """``main`` at a random place among ``rest``."""
    at = rng.randint(0, len(rest))
    return [*rest[:at], main, *rest[at:]]


def _whole(main: str, line: str) -> str:
    """``line`` (built around ``main``) marked deciding when ``main`` was."""
    return Deciding(line) if isinstance(main, Deciding) else line


def _notam(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    tag = {"give": "NOTAMN", "change": "NOTAMR", "take_back": "NOTAMC"}[event.role]
    series = rng.choice("ABCM")
    first = rng.randint(100, 900)
    items = _among(main, rest, rng)
    lines = [[_whole(item, f"{series}{first + i:04d}/26 {tag if item is main else 'NOTAMN'} {item}")] for i, item in enumerate(items)]
    return [[f"NOTICES TO MEMBERS - {event.kind.site.upper()}"], *lines]


def _redis(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    clock = rng.uniform(1.76e9, 1.79e9)
    client = f"[0 10.0.{rng.randint(0, 9)}.{rng.randint(2, 250)}:{rng.randint(40000, 60000)}]"
    items = _among(main, rest, rng)
    return [["OK"], *[[_whole(item, f"{clock + 0.37 * i:.6f} {client} {item}")] for i, item in enumerate(items)]]


def _sparql(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    prefix = f"PREFIX : <urn:x-{event.kind.name.replace('_', '-')}:>"
    return [[prefix], *[[item] for item in _among(main, rest, rng)]]


def _tcl(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    return [[f"# {event.kind.site}: who has which {event.kind.role}"], *[[item] for item in _among(main, rest, rng)]]


def _toml(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    return [[f"# {event.kind.site}, sheet {rng.randint(2, 40)}"], [f"[{event.kind.ident}]"], *[[item] for item in _among(main, rest, rng)]]


def _small_ad(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    opener = rng.choice(("NOTICE.", "MEMBERS PLEASE NOTE.", "ANNOUNCEMENT."))
    return [["SMALL ADS"], [opener, *_among(main, rest, rng), f"Replies to Box {rng.randint(10, 99)}."]]


def _microblog(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    handle = rng.choice(("@volunteer_desk", "@thebusybee_sec", "@night_warden", "@rota_keeper"))
    return [[f"{handle} · {rng.randint(2, 23)}h"], [*_among(main, rest, rng), rng.choice(("#rota", "#admin", "#news"))]]


def _radio(main: str, rest: list[str], event: Event, rng: random.Random) -> list[list[str]]:
    minute = rng.randint(6 * 60, 21 * 60)
    items = [*_among(main, rest, rng), "ALL STATIONS: copied, out."]
    stamped = [_whole(item, f"{(minute + 2 * i) // 60:02d}{(minute + 2 * i) % 60:02d}  {item}") for i, item in enumerate(items)]
    return [[f"RADIO LOG, {event.kind.site.upper()}"], *[[line] for line in stamped]]


FRAMES = {"notam": _notam, "redis_monitor": _redis, "sparql_update": _sparql, "tcl_array": _tcl, "toml": _toml,
          "small_ad": _small_ad, "microblog": _microblog, "radio_log": _radio}


def _aside(event: Event) -> Document:
    """A paragraph of prose that mentions the holder's place in one of its lines."""
    before, wordings, after = PASSING[event.template]
    fields = _fields(event.kind, event.holder, event.value, None)
    lines = [[line.format(**fields)] for line in before]
    lines += [[Deciding(wordings[event.variant].format(**fields))]]
    lines += [[line.format(**fields)] for line in after]
    return _assemble(event.template, lines, event.label)
