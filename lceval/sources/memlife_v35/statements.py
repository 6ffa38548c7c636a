"""The sentences of memlife_v35's prose that enter, change, empty or merely mention a holder's value.

Placeholders: ``{thing}`` / ``{Thing}`` (the register's noun and the holder), ``{value}``, ``{old}`` (a change's
replaced value), ``{role}`` (what the value is). Each bank is built several ways: active and passive, the value
ahead of the holder, the holder carried into a second sentence by "Its", a gerund or noun where the verb would be,
a time or circumstance up front. Some changes name only the new value; the emptyings mostly avoid the office's
verbs; a few real entries are phrased through a negation.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been given {value} as its {role}.",
    "{value} is the {role} now entered against {thing}.",
    "We put {value} down for {thing}. Its {role} is settled for the season.",
    "Entering {value} as the {role} of {thing} was the first job of the morning.",
    "From this week {thing} carries {value} as its {role}.",
    "Chosen for {thing}, the {role} {value} is now on file.",
    "Henceforth {thing} takes {value} for its {role}.",
    "Assignment of {value} to {thing} went through at noon.",
    "After the walk round, {thing} was allotted {value}.",
    "For {thing}, the {role} on record reads {value}.",
    "{value} goes with {thing} from here on.",
    "Once the paperwork cleared, {thing} received {value} as its {role}.",
    "{Thing} now answers to {value}. Its {role} had been blank until then.",
    "{Thing} is no longer unassigned, its {role} being {value}.",
)

CHANGE = (
    "{Thing} has been moved from {old} to {value}.",
    "{value} replaces {old} as the {role} of {thing}.",
    "We swapped {thing} over to {value}. Its old {role}, {old}, is gone.",
    "Switching {thing} from {old} to {value} took ten minutes.",
    "Since the review, {thing} carries {value} where {old} used to be.",
    "{Thing} is no longer {old} but {value}.",
    "The {role} of {thing} changed hands, {old} giving way to {value}.",
    "Replacement of {old} by {value} on {thing} is now complete.",
    "As of today {thing} reads {value} instead of {old}.",
    "{old} was struck out for {thing} and {value} written in.",
    "Out goes {old} on {thing}, and in comes {value}.",
    "After some debate {thing} was reassigned to {value}.",
    "{Thing} has a fresh {role} now, namely {value}.",
    "The new {role} for {thing} is {value}.",
)

TAKE_BACK = (
    "{Thing} has been cleared of {value} and stands empty.",
    "{value} is off {thing} as of this morning, and the slot stays open.",
    "We took {value} away from {thing}. Its {role} is blank for now.",
    "Clearing {value} off {thing} leaves it vacant.",
    "From tonight {thing} holds no {role}, {value} having lapsed.",
    "The {role} {value} ended its term on {thing}.",
    "{Thing} gave up {value} and is vacant until further notice.",
    "Vacating {thing} meant striking {value} from the sheet.",
    "After the audit, {value} was dropped from {thing}.",
    "{Thing} sits empty now that {value} has been let go.",
    "Finished with {value}, {thing} has its {role} open again.",
    "Once the season closed, {thing} was stripped of {value}.",
    "The entry {value} against {thing} was cancelled.",
    "Retirement of {value} leaves {thing} bare.",
)

# Another holder's standing value, told beside the deciding statement: it decides nothing.
BESIDE = (
    "{Thing} keeps {value}.",
    "Alongside it, {thing} stays with {value}.",
    "{value} remains on {thing}.",
    "Nearby, {thing} holds {value} as before.",
    "{Thing} is still down as {value}.",
    "Meanwhile {thing} shows {value}.",
)
