"""What happens to a key, and how a person would say it in a sentence.

Real events change what a key holds: ``set``, ``change`` (a new value for an
old one), ``correct`` (a mistyped value put right: the old one never held)
and ``withdraw`` (the value cancelled, nothing in its place). A
``mention`` states the value in passing inside a story. The look-alikes name
a value for the key that it never held: a forecast, a wish, an open question,
a denial, a documentation example, a test fixture, a change scheduled but not
signed off.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .keys import FIRST, Key

LOOK_ALIKES = ("forecast", "wish", "query", "negation", "example", "fixture", "scheduled")
WRITES = ("set", "change", "correct", "withdraw")


@dataclass(frozen=True)
class Event:
    kind: str  # one of WRITES, "mention" or one of LOOK_ALIKES
    key: Key
    value: str  # the value named (for a withdrawal: the value cancelled)
    old: str = ""  # for a change: the value it replaces
    label: str | None = None  # the evidence label when this event decides the answer


SENTENCES: dict[str, tuple[str, ...]] = {
    "set": (
        "{Thing} is {value}.",
        "{value} has been recorded as {thing}.",
        "We have {value} on file for {thing}, confirmed on {date}.",
        "Allocation of {value} as {thing} went through this morning.",
        "{who} checked it in person: {thing} is {value}.",
        "Noting for everyone that {thing} was fixed at {value} today.",
        "{Thing} came back from the office as {value}.",
    ),
    "change": (
        "{Thing} was moved to {value}; {old} is history.",
        "Make that {value} for {thing}, not {old}.",
        "Effective {date}, {thing} is {value} instead of {old}.",
        "{value} now stands in for {old} as {thing}.",
        "Reassignment of {thing} from {old} to {value} is complete.",
        "After the reshuffle {who} confirmed that {thing} had become {value}.",
        "{Thing} has been revised, and the revision is {value} (was {old}).",
    ),
    "correct": (
        "Typo in the earlier entry: {thing} should say {value}, never {old}.",
        "Sorry, fat fingers: I wrote {old} where {thing} is really {value}.",
        "Misprint fixed: {value}, not {old}, for {thing}.",
    ),
    "withdraw": (
        "{Thing} ({old}) has been annulled, and nothing was put in its place.",
        "{old} was pulled as {thing} on {date}; no other value will be issued.",
        "Void as of {date}: {thing}. There is no successor value.",
        "The line giving {thing} as {old} no longer applies, and nobody has filled the gap.",
        "Cancellation of {thing} is final; the field stays blank until further notice.",
        "{who} struck {old} off as {thing} and left it empty on purpose.",
        "As of today there simply is no {field} for {subject}: {old} was revoked outright.",
    ),
    "mention": (
        "On my way out I noticed that {thing} is {value}, which amused me more than it should have.",
        "Somewhere between two meetings {who} remarked that {thing} reads {value} these days, and then we talked about football.",
        "While a kettle boiled, {who} let slip that {thing} stands at {value}.",
        "A note pinned by a lift, half fallen off, said {thing} is {value}.",
        "Over lunch {who} grumbled about {thing} being {value}, and that nobody had asked them.",
        "We chatted about holidays, gardens and {thing}, which apparently equals {value}.",
    ),
    "forecast": (
        "The planners expect {thing} to drift to {value} next quarter, though nothing is decided.",
        "If the projections hold, {thing} might end up as {value} some day.",
    ),
    "wish": (
        "{who} would love {thing} to be {value}, but that is not what it is.",
        "I wish {thing} were {value}; it would save a lot of walking.",
    ),
    "query": (
        "Could {thing} be {value}? Nobody has answered that yet.",
        "{who} asked whether {thing} was {value}; the question is still open.",
    ),
    "negation": (
        "To be clear, {thing} is not {value}, whatever the old printout claims.",
        "{Thing} is definitely not {value}; that figure belongs to nothing.",
    ),
    "example": (
        "Manual, section 4 (illustration only): a completed entry would show {value} as {thing}.",
        "For instance, the help page pretends that {thing} is {value}; it is a made-up sample.",
    ),
    "fixture": (
        "The unit-test fixture hard-codes {value} as {thing}; it is fake data and never shipped.",
        "In the staging seed script, {thing} is stubbed as {value} for demos only.",
    ),
    "scheduled": (
        "A switch of {thing} to {value} is pencilled in for {later}, pending a sign-off that has not come.",
        "There is a draft order to make {thing} {value} from {later}; it has not been approved.",
    ),
}


def sentence(event: Event, rng: random.Random, day: dt.date) -> str:
    """The event as one or two sentences of prose, in a wording drawn with ``rng``."""
    return fill(rng.choice(SENTENCES[event.kind]), event, rng, day)


def fill(template: str, event: Event, rng: random.Random, day: dt.date) -> str:
    thing = event.key.name(rng)
    text = template.format(
        thing=thing, Thing=thing[0].upper() + thing[1:], value=event.value, old=event.old,
        field=event.key.field, subject=event.key.subject, who=rng.choice(FIRST),
        date=long_date(day), later=long_date(day + dt.timedelta(days=rng.randint(40, 200))),
    )
    return text[0].upper() + text[1:]


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
