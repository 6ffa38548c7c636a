"""The small documents memlife_v4 drops into the essays, one event each.

A document is built line by line; the line that records the event is its
only evidence span (or none, for documents that decide nothing). The diff,
SQL and wiki formats say a change or withdrawal their own way; the others
carry a plain sentence (``statements``) inside their own furniture.
"""

from __future__ import annotations

import random
from typing import Callable

from ..memlife_common.sampling import Document
from .statements import Event, possessive, sentence


Line = tuple[str, str | None]  # (text, evidence label or None)


def assemble(fmt: str, lines: list[Line]) -> Document:
    spans, offset = [], 0
    for text, label in lines:
        if label:
            spans.append((offset, offset + len(text), label))
        offset += len(text) + 1
    return Document(fmt, "\n".join(text for text, _ in lines), tuple(spans))


NAMES = ("Priya", "Gwen", "Callum", "Yusuf", "Marta", "Declan", "Hiroko", "Solveig", "Emeka", "Fenella", "Rory", "Lucía")
HANDLES = ("tidewatcher", "m_okafor", "quietgarden", "rk_builds", "lapwing77", "the_archivist", "nettlebed")


def _telegram(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    return [
        (f"TELEGRAM  {rng.randint(100, 999)}  TO {rng.choice(NAMES).upper()}  FROM {rng.choice(NAMES).upper()}", None),
        (f"{sentence(event, rng)} STOP", label),
        (rng.choice(["ARRIVING THURSDAY LATE TRAIN STOP", "REGARDS TO ALL STOP", "REPLY PAID STOP"]), None),
    ]


def _postcard(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    return [
        (f"[Postcard — front: {rng.choice(['a harbour at dusk', 'three cows on a hill', 'the pier in the rain'])}]", None),
        (f"Dear {rng.choice(NAMES)},", None),
        (rng.choice(["The weather has been kind to us so far.", "We walked to the lighthouse yesterday."]), None),
        (sentence(event, rng), label),
        (f"Love, {rng.choice(NAMES)}", None),
    ]


def _forum(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    head = [(f"Re: {rng.choice(['housekeeping thread', 'who has what this season', 'useful numbers'])}", None),
            (f"posted by {rng.choice(HANDLES)} · {rng.randint(2, 40)} replies", None)]
    if event.kind == "set":
        return [*head, (sentence(event, rng), label), ("Hope that helps someone.", None)]
    return [*head, ("(original post trimmed by a moderator)", None),
            (f"EDIT{rng.choice(['', ' 2', ' (later)'])}: {sentence(event, rng)}", label)]


def _commit(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(7))
    path = rng.choice(["registers/assignments.txt", "data/allocations.md", "docs/who-has-what.txt"])
    lines: list[Line] = [
        (f"commit {sha}  {rng.choice(NAMES)}: {rng.choice(['sync register', 'update allocations', 'housekeeping'])}", None),
        (f"--- a/{path}", None), (f"+++ b/{path}", None), (f"@@ -{rng.randint(3, 90)},3 @@", None),
    ]
    if event.old is not None:
        lines.append((f"-{event.subject}: {event.field} {event.old}", label if event.kind == "withdraw" else None))
    if event.value is not None:
        lines.append((f"+{event.subject}: {event.field} {event.value}", label))
    return lines


def _sql(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    table = event.field.lower().replace(" ", "_").replace("-", "_") + "s"
    if event.kind == "set":
        line = f"INSERT INTO {table} (holder, value) VALUES ('{event.subject}', '{event.value}');"
    elif event.kind == "change":
        line = f"UPDATE {table} SET value = '{event.value}' WHERE holder = '{event.subject}';"
    else:
        line = rng.choice([f"DELETE FROM {table} WHERE holder = '{event.subject}';",
                           f"UPDATE {table} SET value = NULL WHERE holder = '{event.subject}';"])
    return [(f"-- run by {rng.choice(HANDLES)}, ticket-free maintenance", None), ("BEGIN;", None), (line, label), ("COMMIT;", None)]


def _html(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    return [
        ('<div class="bulletin">', None),
        (f"  <h4>{rng.choice(['Office update', 'From the front desk', 'Housekeeping'])}</h4>", None),
        (f"  <p>{sentence(event, rng)}</p>", label),
        ("</div>", None),
    ]


def _checklist(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    return [
        (f"### To do ({rng.choice(['Monday', 'this week', 'before the audit'])})", None),
        (f"- [x] {rng.choice(['order more label tape', 'chase the locksmith', 'water the office plants'])}", None),
        (f"- [x] {sentence(event, rng)}", label),
        (f"- [ ] {rng.choice(['book the van', 'file the receipts', 'ring the caretaker'])}", None),
    ]


def _radio(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    unit = f"{rng.choice(['Echo', 'Lima', 'Bravo', 'Zulu'])} {rng.randint(1, 9)}"
    return [
        (f"CONTROL: {unit}, go ahead with your update, over.", None),
        (f"{unit.upper()}: {sentence(event, rng)} Over.", label),
        ("CONTROL: Received and logged, out.", None),
    ]


def _notice(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    return [
        (f"NOTICEBOARD · {rng.choice(['Ground floor lobby', 'Staff kitchen', 'Clubhouse porch'])}", None),
        (sentence(event, rng), label),
        (f"Questions to {rng.choice(NAMES)} at the desk. Please do not remove this notice.", None),
    ]


def _wiki(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    who, other = rng.sample(HANDLES, 2)
    if event.kind == "set":
        summary = f"added {event.subject}: {event.field} = {event.value}"
    elif event.kind == "change":
        summary = f"{event.subject} {event.field} {event.old} → {event.value}"
    else:
        summary = possessive(f"removed {event.subject}'s {event.field} (no replacement)")
    return [
        ("Revision history (newest first)", None),
        (f"  rev {rng.randint(1000, 9999)} · {who} · {summary}", label),
        (f"  rev {rng.randint(100, 999)} · {other} · copyedit of the lead section", None),
    ]


def _interview(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    return [
        (f"Q: {rng.choice(['Anything the new starters should know?', 'What changed while I was away?'])}", None),
        (f"A: Mainly this. {sentence(event, rng)}", label),
        ("Q: Thanks, that is useful.", None),
    ]


def _footnote(event: Event, label: str | None, rng: random.Random) -> list[Line]:
    n = rng.randint(4, 40)
    return [
        ("Notes", None),
        (f"[{n}] {rng.choice(['Interview with the author, spring.', 'See the appendix for the full list.'])}", None),
        (f"[{n + 1}] {sentence(event, rng)}", label),
    ]


FORMATS: dict[str, Callable[[Event, str | None, random.Random], list[Line]]] = {
    "telegram": _telegram, "postcard": _postcard, "forum": _forum, "commit": _commit, "sql": _sql, "html": _html,
    "checklist": _checklist, "radio": _radio, "notice": _notice, "wiki": _wiki, "interview": _interview, "footnote": _footnote,
}


def record(event: Event, label: str | None, rng: random.Random, fmt: str | None = None) -> Document:
    """``event`` as a document of format ``fmt`` (drawn when None), its deciding line labelled ``label``."""
    fmt = fmt or rng.choice(sorted(FORMATS))
    return assemble(fmt, FORMATS[fmt](event, label, rng))
