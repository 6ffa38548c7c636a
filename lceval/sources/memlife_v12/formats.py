"""The eight formats a record is written in: four that carry sentences (an IRC log, committee minutes, a telegram,
an issue tracker's comments) and four terse ones (a shift checklist, Prolog facts, a shell session, a git log).

A format turns one event into an entry (``entry``) and frames a document's entries with its own lines around
them (``frame``), saying on which line each entry landed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from .events import Event
from .keys import KeyKind
from .wording import CLAUSES

__all__ = ["FORMATS", "Format", "RECORD_FORMATS", "SENTENCE_FORMATS", "fill"]

Framed = tuple[list[str], list[int]]  # the document's lines, and the line of each entry


@dataclass(frozen=True)
class Format:
    name: str
    entry: Callable[[Event, random.Random], str]
    frame: Callable[[KeyKind, list[str], random.Random], Framed]


def fill(template: str, event: Event, *, upper: bool = False) -> str:
    """``template`` about ``event`` (see ``wording``); ``upper`` capitalises every word but the holder's name and the values."""
    kind = event.kind
    words = {"role": kind.role, "slug": kind.slug, "place": kind.place, "noun": kind.noun}
    if upper:
        template, words = template.upper(), {k.upper(): w.upper() for k, w in words.items()}
    noun = words["NOUN" if upper else "noun"]
    names = {"h": f"{noun} {event.holder}", "v": event.value, "o": event.old or ""}
    return template.format(**words, **{(k.upper() if upper else k): w for k, w in names.items()})


def _clause(event: Event, rng: random.Random, *, upper: bool = False) -> str:
    template = event.template if event.role == "lookalike" else rng.choice(CLAUSES[event.role])
    return fill(template, event, upper=upper)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _framed(head: list[str], body: list[str], foot: list[str]) -> Framed:
    return head + body + foot, list(range(len(head), len(head) + len(body)))


def _clock(rng: random.Random, n: int) -> list[str]:
    """``n`` rising times of day, a few minutes apart."""
    minute = rng.randint(7 * 60, 20 * 60)
    times = []
    for _ in range(n):
        times.append(f"{minute // 60:02d}:{minute % 60:02d}")
        minute += rng.randint(1, 9)
    return times


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(('March', 'April', 'May', 'June', 'July', 'September', 'October'))}"


# -- IRC: a channel log, one message an entry
_NICKS = ("marge", "dotty_k", "fenwick", "oz", "lin-lin", "barnaby", "quill", "teodor")


def _irc_entry(event: Event, rng: random.Random) -> str:
    return _clause(event, rng)


def _irc_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    times = _clock(rng, len(entries) + 1)
    body = [f"[{t}] <{rng.choice(_NICKS)}> {e}" for t, e in zip(times, entries)]
    channel = "#" + kind.name.replace("_", "-")
    return _framed([f"--- Log opened {_date(rng)} ({channel})"], body, [f"[{times[-1]}] <{rng.choice(_NICKS)}> noted, thanks"])


# -- minutes: numbered items, a decision or a remark
_DECIDED = ("Agreed:", "Resolved:", "Confirmed:", "Carried unanimously:")
_UNDECIDED = ("Noted, no decision:", "For information only:", "Raised under any other business, not actioned:")


def _minutes_entry(event: Event, rng: random.Random) -> str:
    prefix = rng.choice(_UNDECIDED if event.role == "lookalike" else _DECIDED)
    return f"{prefix} {_capital(_clause(event, rng))}."


def _minutes_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    item = rng.randint(2, 9)
    head = [f"Minutes of the allocations meeting at {kind.place}, {_date(rng)}",
            f"Present: {', '.join(rng.sample(('A. Ferris (chair)', 'J. Mbeki', 'R. Tull', 'S. Okonkwo', 'H. Price'), 3))}"]
    body = [f"{item}.{i + 1} {e}" for i, e in enumerate(entries)]
    return _framed(head, body, [f"The chair closed the meeting at {_clock(rng, 1)[0]}."])


# -- telegram: capitals, one clause a line, STOP
def _telegram_entry(event: Event, rng: random.Random) -> str:
    return f"{_clause(event, rng, upper=True)} STOP"


def _telegram_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    stamp = _clock(rng, 1)[0].replace(":", "")
    return _framed([f"TELEGRAM {kind.place.upper()} {stamp}"], entries, ["ENDS"])


# -- issue tracker: a resolved ticket's comments
_USERS = ("jode", "p.marsh", "kwame", "ines.r", "tbc-admin", "ward")
_TITLES = ("Allocation changes before the open day", "Tidy up the {slug} list", "Requests from the last committee",
           "Double bookings reported at the gate")


def _ticket_entry(event: Event, rng: random.Random) -> str:
    return f"Comment ({rng.choice(_USERS)}): {_capital(_clause(event, rng))}."


def _ticket_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    title = rng.choice(_TITLES).format(slug=kind.slug)
    head = [f"{rng.choice(('OPS', 'SITE', 'ALLOC'))}-{rng.randint(100, 999)} {title}", "Status: Resolved"]
    return _framed(head, entries, [f"Closed by {rng.choice(_USERS)}."])


# -- checklist: a shift handover's ticked boxes
_CHECKS = {
    "give": ("- [x] {k} -> {v}", "- [x] {k} gets {v}", "- [x] {slug} {v}: {k}"),
    "change": ("- [x] {k}: {o} -> {v}", "- [x] {k} swapped {o} => {v}", "- [x] moved {k} to {v} (was {o})"),
    "take_back": ("- [x] {k}: {v} freed, nothing instead", "- [x] cleared {k} off {v}; no new {slug}",
                  "- [x] {k} -> none ({v} handed back)"),
}
_CHORES = ("sweep up", "lock the side gate", "refill the kettle", "log the rainfall", "charge the radios")


def _checklist_entry(event: Event, rng: random.Random) -> str:
    return rng.choice(_CHECKS[event.role]).format(k=event.holder, v=event.value, o=event.old, slug=event.kind.slug)


def _checklist_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    shift = rng.choice(("early", "late", "night", "weekend"))
    return _framed([f"Handover notes, {kind.place}, {shift} shift"], entries, [f"- [ ] {rng.choice(_CHORES)}"])


# -- Prolog: facts asserted and retracted
_FACTS = {
    "give": ("{p}('{k}', '{v}').", "assertz({p}('{k}', '{v}'))."),
    "change": ("retract({p}('{k}', '{o}')), assertz({p}('{k}', '{v}')).", "move('{k}', from('{o}'), to('{v}'))."),
    "take_back": ("retract({p}('{k}', '{v}')).  % and nothing asserted instead",
                  "retractall({p}('{k}', _)).  % was '{v}'; stays empty"),
}


def _prolog_entry(event: Event, rng: random.Random) -> str:
    predicate = event.kind.role.replace(" ", "_")
    return rng.choice(_FACTS[event.role]).format(p=predicate, k=event.holder, v=event.value, o=event.old)


def _prolog_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    predicate = kind.role.replace(" ", "_")
    return _framed([f"% {kind.plural} at {kind.place}", f":- dynamic {predicate}/2."], entries, [])


# -- shell: commands of a booking tool, each answered
_COMMANDS = {
    "give": ("$ allot --{slug} {v} '{k}'", "$ book '{k}' {v}"),
    "change": ("$ reassign '{k}' --from {o} --to {v}", "$ relocate --holder '{k}' --old {o} --new {v}"),
    "take_back": ("$ release '{k}' --{slug} {v} --no-replacement", "$ unbook '{k}' {v} && echo 'left empty'"),
}


def _shell_entry(event: Event, rng: random.Random) -> str:
    return rng.choice(_COMMANDS[event.role]).format(k=event.holder, v=event.value, o=event.old, slug=event.kind.slug)


def _shell_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    lines, positions = [f"$ cd ~/{kind.name.replace('_', '-')}"], []
    for entry in entries:
        positions.append(len(lines))
        lines += [entry, rng.choice(("ok", "done.", "saved (1 row)"))]
    return lines + ["$ exit"], positions


# -- git log: one commit an entry, newest first
_COMMITS = {
    "give": ("Allocate {v} to {k}", "{k}: new {slug} {v}"),
    "change": ("Move {k} from {o} to {v}", "{k}: {o} -> {v}", "Reassign {k} ({o} out, {v} in)"),
    "take_back": ("Drop {k} from {v}, nothing in its place", "Revoke {v} for {k}; leave it unplaced"),
}


def _gitlog_entry(event: Event, rng: random.Random) -> str:
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(7))
    return f"{sha} " + rng.choice(_COMMITS[event.role]).format(k=event.holder, v=event.value, o=event.old, slug=event.kind.slug)


def _gitlog_frame(kind: KeyKind, entries: list[str], rng: random.Random) -> Framed:
    return _framed([f"$ git log --oneline -- {kind.plural.split()[-1]}.txt"], entries, [])


SENTENCE_FORMATS = ("irc", "minutes", "telegram", "ticket")  # look-alikes are written in these
RECORD_FORMATS = ("checklist", "prolog", "shell", "gitlog")
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("irc", _irc_entry, _irc_frame),
        Format("minutes", _minutes_entry, _minutes_frame),
        Format("telegram", _telegram_entry, _telegram_frame),
        Format("ticket", _ticket_entry, _ticket_frame),
        Format("checklist", _checklist_entry, _checklist_frame),
        Format("prolog", _prolog_entry, _prolog_frame),
        Format("shell", _shell_entry, _shell_frame),
        Format("gitlog", _gitlog_entry, _gitlog_frame),
    )
}
