"""The sentence that records an event, in plain words: a first write, a change, a withdrawal.

Formats with a native way of saying it (a diff, an SQL statement, a wiki
revision summary) write their own line instead (``documents``). Every
sentence names the subject, so a deciding line always names its key.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    """``value`` set on ``subject``'s ``field``; ``old`` replaced by it (a change), or withdrawn when ``value`` is None."""

    subject: str
    field: str
    value: str | None
    old: str | None = None

    @property
    def kind(self) -> str:
        return "withdraw" if self.value is None else ("change" if self.old else "set")


FIRST = (
    "{subject} has been allocated {value} as its {field}.",
    "Allocate {value} to {subject} ({field}).",
    "{subject}'s {field} is {value}.",
    "For the record, the {field} of {subject} is {value}.",
    "{subject} gets {field} {value}.",
    "{subject} — {field} {value}, issued today.",
    "Please note {subject} now holds {field} {value}.",
    "New entry: {subject}, {field} {value}.",
)
CHANGE = (
    "{subject}'s {field} reassigned to {value}.",
    "Swap {old} for {value} as the {field} of {subject}.",
    "Going forward use {value} for the {field} of {subject}.",
    "{subject}, {field}: {value} (formerly {old}).",
    "{subject}'s {field} is now {value} (was {old}).",
    "{subject} {field}: {old} -> {value}",
    "Use {value} in place of {old} for {subject}'s {field}.",
    "{value}, replacing {old}, is the {field} for {subject}.",
    "The {field} entry for {subject} now reads {value}.",
    "{subject} has moved over to {field} {value}.",
)
WITHDRAW = (
    "{subject}'s {field} ({old}) is rescinded, and nothing takes its place.",
    "The {field} of {subject} has been revoked outright.",
    "{subject}: {field} retired, with no successor.",
    "Decommissioned without replacement: {subject}'s {field} {old}.",
    "{subject}'s {field} is cancelled; none will be issued.",
    "{old} released; {subject} has no {field} at all now.",
    "{subject} has vacated {field} {old} and will not be given another.",
    "{subject}'s {field} is unassigned from today.",
    "{field} for {subject}: left blank on purpose.",
    "{subject}, {field}: N/A from now on.",
    "{subject}'s {field} {old} is no longer in use, and no other has been set.",
)


def possessive(text: str) -> str:
    """Plural subjects take a bare apostrophe ("the marshals' frequency")."""
    return re.sub(r"(?<=s)'s\b", "'", text)


def sentence(event: Event, rng: random.Random) -> str:
    bank = {"set": FIRST, "change": CHANGE, "withdraw": WITHDRAW}[event.kind]
    text = possessive(rng.choice(bank).format(subject=event.subject, field=event.field, value=event.value, old=event.old))
    if text.startswith(event.field):  # a sentence opening on a value keeps the value's case
        text = text[0].upper() + text[1:]
    return text
