"""Documents dropped into the essay: dated logs, tables, chats, email threads, config files, minutes, paragraphs.

``render(insert, rng, day)`` turns the events of one insert into a small
document of one format. An event with a ``label`` decides the answer: its
exact line (or turns) becomes an evidence span, relative to the block.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import phrases as ph
from .keys import PEOPLE, Key


@dataclass(frozen=True)
class Event:
    """One act on a key; ``old`` is the value replaced (change) or withdrawn (withdraw)."""

    act: str
    key: Key
    value: str = ""
    old: str = ""
    label: str | None = None


@dataclass(frozen=True)
class Insert:
    events: tuple[Event, ...]
    fmt: str


@dataclass(frozen=True)
class Block:
    fmt: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label) within text


SUPPORTS = {
    "log": {"set", "change", "withdraw", "draft", "rejected"},
    "chat": {"set", "change", "withdraw", "withdraw_after_set", "rumour", "hypothetical", "draft", "rejected", "prose"},
    "email": {"set", "change", "withdraw", "rumour", "hypothetical", "rejected", "draft", "quoted", "prose"},
    "table": {"set", "change", "withdraw", "draft", "rejected", "hypothetical"},
    "config": {"set", "change", "withdraw", "draft", "rejected", "hypothetical"},
    "minutes": {"set", "change", "withdraw", "rumour", "hypothetical", "rejected", "prose"},
    "paragraph": {"prose"},
}
FORMATS = tuple(SUPPORTS)


def pick_format(rng: random.Random, events: tuple[Event, ...]) -> str:
    """A format that can word every act in ``events`` (draft emails hold nothing else worth asking)."""
    acts = {e.act for e in events}
    return rng.choice([f for f in FORMATS if acts <= SUPPORTS[f]])


def make_insert(rng: random.Random, *events: Event) -> Insert:
    return Insert(tuple(events), pick_format(rng, tuple(events)))


def render(insert: Insert, rng: random.Random, day: dt.date) -> Block:
    lines = _RENDERERS[insert.fmt](insert.events, rng, day)
    return _join(insert.fmt, lines)


def _join(fmt: str, lines: list[tuple[str, str | None]]) -> Block:
    text, spans, offset = [], [], 0
    for line, label in lines:
        if label:
            spans.append((offset, offset + len(line), label))
        text.append(line)
        offset += len(line) + 1
    return Block(fmt, "\n".join(text), tuple(spans))


def _fields(event: Event, rng: random.Random, day: dt.date, slug_style: str = "snake") -> dict[str, str]:
    who, who2 = rng.sample(PEOPLE, 2)
    fields = {
        "K": event.key.phrase(rng), "L": event.key.label(), "S": event.key.slug(slug_style), "v": event.value,
        "old": event.old, "who": who, "who2": who2, "day": day.isoformat(), "n": str(rng.randint(12, 980)),
        "thing": event.key.thing, "owner": event.key.owner,
    }
    fields["P"] = rng.choice(ph.PROSE).format(**fields)
    return fields


def _say(table: dict, event: Event, rng: random.Random, day: dt.date, **extra) -> str:
    fields = {**_fields(event, rng, day, extra.pop("slug_style", "snake")), **extra}
    return rng.choice(table[event.act]).format(**fields)


def _filler(rng: random.Random, pool: tuple[str, ...]) -> str:
    return rng.choice(pool).format(who=rng.choice(PEOPLE), n=rng.randint(3, 97))


def _clock(rng: random.Random, count: int) -> list[str]:
    seconds = sorted(rng.sample(range(7 * 3600, 20 * 3600), count))
    return [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in seconds]


def _log(events, rng, day):
    style = rng.randrange(3)
    component = rng.choice(["facilities", "registry", "deploy", "billing", "ops", "scheduler"])
    host = rng.choice(["mgmt01", "ops-gw", "tools-2"])
    plan: list[tuple[str, str | None]] = []
    for event in events:
        plan += [(_filler(rng, ph.LOG_FILLER), None) for _ in range(rng.randint(0, 2))]
        plan.append((_say(ph.LOG, event, rng, day, slug_style="dotted"), event.label))
    if rng.random() < 0.5:
        plan.append((_filler(rng, ph.LOG_FILLER), None))
    lines = []
    for (message, label), clock in zip(plan, _clock(rng, len(plan))):
        if style == 0:
            level = "WARN" if label is None and rng.random() < 0.2 else "INFO"
            prefix = f"{day.isoformat()} {clock} {level} [{component}]"
        elif style == 1:
            prefix = f"[{day.isoformat()}T{clock}Z]"
        else:
            prefix = f"{day:%b} {day.day:2d} {clock} {host} {component}[{rng.randint(200, 9999)}]:"
        lines.append((f"{prefix} {message}", label))
    return lines


def _chat(events, rng, day):
    people = rng.sample(PEOPLE, 4)
    style = rng.randrange(3)
    minute = rng.randint(8 * 60, 17 * 60)

    def turn(speaker: str, text: str) -> str:
        nonlocal minute
        minute += rng.randint(0, 6)
        if style == 0:
            return f"[{minute // 60:02d}:{minute % 60:02d}] {speaker}: {text}"
        return f"{speaker}: {text}" if style == 1 else f"<{speaker.lower()}> {text}"

    header = rng.choice([f"#{rng.choice(['ops', 'general', 'facilities', 'release', 'team-chat'])} -- {day:%A %d %B %Y}",
                         f"Chat transcript, {day.isoformat()}", f"=== DM thread ({day:%d %b}) ==="])
    lines: list[tuple[str, str | None]] = [(header, None)]
    for event in events:
        lines += [(turn(rng.choice(people), _filler(rng, ph.CHAT_FILLER)), None) for _ in range(rng.randint(0, 2))]
        first, second = rng.sample(people, 2)
        parts = _say(ph.CHAT, event, rng, day, who2=second).split("||")
        text = "\n".join(turn(first if i % 2 == 0 else second, part) for i, part in enumerate(parts))
        lines.append((text, event.label))
    if rng.random() < 0.6:
        lines.append((turn(rng.choice(people), _filler(rng, ph.CHAT_FILLER)), None))
    return lines


def _email(events, rng, day):
    sender, receiver, quoted_author = rng.sample(PEOPLE, 3)
    domain = rng.choice(["example.org", "corp.example", "mail.example.net"])
    topic = events[0].key.label() if rng.random() < 0.6 else rng.choice(["Thursday", "notes from today", "quick one"])
    lines: list[tuple[str, str | None]] = []
    if any(e.act == "draft" for e in events):
        lines.append(("[DRAFT - not sent]", None))
    lines += [(f"From: {sender} <{sender.lower()}@{domain}>", None), (f"To: {receiver} <{receiver.lower()}@{domain}>", None),
              (f"Date: {day:%a, %d %b %Y}", None), (f"Subject: {rng.choice(['Re: ', 'Fwd: ', ''])}{topic}", None), ("", None),
              (rng.choice([f"Hi {receiver},", f"{receiver} -", "Hello all,"]), None), ("", None)]
    quotes = []
    for event in events:
        if rng.random() < 0.4:
            lines.append((_filler(rng, ph.EMAIL_FILLER), None))
        if event.act == "quoted":
            lines.append((rng.choice(ph.EMAIL["disown_quote"]), None))
            fields = {**_fields(event, rng, day), "who2": quoted_author}
            quotes.append(rng.choice(ph.EMAIL["quote"]).format(**fields))
        else:
            lines.append((_say(ph.EMAIL, event, rng, day), event.label))
    lines += [("", None), (rng.choice([f"Thanks,\n{sender}", f"-- {sender}", f"Best, {sender}"]), None)]
    if quotes:
        earlier = day - dt.timedelta(days=rng.randint(2, 30))
        lines += [("", None), (f"On {earlier:%d %b %Y}, {quoted_author} wrote:", None)]
        lines += [(f"> {q}", None) for q in quotes]
        lines.append((f"> {_filler(rng, ph.EMAIL_FILLER)}", None))
    return lines


def _table(events, rng, day):
    header = rng.choice(ph.TABLE_HEADERS)
    rows = [(e.key.label(), *(cell.format(**_fields(e, rng, day)) for cell in rng.choice(ph.TABLE[e.act])), e.label) for e in events]
    title = rng.choice([f"### Register (exported {day.isoformat()})", f"Tracker snapshot, {day:%d %B %Y}",
                        f"Table {rng.randint(2, 14)}. Assignments as of {day.isoformat()}"])
    cells = [header] + [row[:4] for row in rows]
    if rng.random() < 0.5:  # markdown
        body = [("| " + " | ".join(header) + " |", None), ("|" + "|".join("---" for _ in header) + "|", None)]
        body += [("| " + " | ".join(row[:4]) + " |", row[4]) for row in rows]
        return [(title, None), *body]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(cols):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |"

    return [(title, None), (rule, None), (line(header), None), (rule, None),
            *[(line(row[:4]), row[4]) for row in rows], (rule, None)]


def _config(events, rng, day):
    style = rng.choice(["dotted", "env", "snake"])
    eq = {"dotted": " = ", "env": "=", "snake": ": "}[style]
    name = {"dotted": "app.properties", "env": ".env", "snake": "settings.yaml"}[style]
    lines = [(f"# {name} -- last edited {day.isoformat()} by {rng.choice(PEOPLE).lower()}", None)]
    for event in events:
        if rng.random() < 0.6:
            setting = rng.choice(ph.CONFIG_FILLER)
            lines.append((f"{setting.upper() if style == 'env' else setting}{eq}{rng.randint(2, 60)}", None))
        quote = '"' if style == "env" and " " in (event.value + event.old) or rng.random() < 0.3 else ""
        lines.append((_say(ph.CONFIG, event, rng, day, slug_style=style, eq=eq, q=quote), event.label))
    return lines


def _minutes(events, rng, day):
    title = rng.choice([f"Minutes: weekly sync, {day:%d %B %Y}", f"MEETING NOTES -- {day.isoformat()} -- ops review",
                        f"{day:%A %d %b}: steering group minutes"])
    bullet = rng.choice(["{n}. ", "- ", "* "])
    lines = [(title, None), (f"Present: {', '.join(rng.sample(PEOPLE, 4))}", None)]
    items = []
    for event in events:
        items += [(_filler(rng, ph.MINUTES_FILLER), None) for _ in range(rng.randint(0, 2))]
        items.append((_say(ph.MINUTES, event, rng, day), event.label))
    return lines + [(bullet.format(n=i) + text, label) for i, (text, label) in enumerate(items, 1)]


def _paragraph(events, rng, day):
    return [(_fields(e, rng, day)["P"], e.label) for e in events]


_RENDERERS = {"log": _log, "chat": _chat, "email": _email, "table": _table, "config": _config, "minutes": _minutes, "paragraph": _paragraph}
