"""The sentences memlife_v28's prose formats decide with: a holder given a value, changed to another, or emptied.

Each is one statement inside a paragraph, filled with ``{thing}`` or ``{Thing}`` (the holder with its noun), the
``{value}``, its ``{role}`` and, on most replacements, the ``{old}`` value. They vary in construction on purpose: the
value before the holder, a fronted time phrase, the passive, a noun or gerund doing the verb's work, the holder only
as "Its" in a second sentence, and a handful of real entries said with a negation. Replacements sometimes leave the
old value out (it is in the entry before); most emptyings avoid the obvious office verbs. ``BESIDE`` tells another
holder's standing value, in a sentence of its own, in the same paragraph.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been given {value} as its {role}.",
    "{value} is now the {role} of {thing}.",
    "As of this morning, {thing} has {value} for its {role}.",
    "Allocation of {thing} went to {value}, entered as its {role}.",
    "Since Monday, {value} has been the {role} on file for {thing}.",
    "Please note that {thing} now carries {value} as its {role}.",
    "We have put {value} down against {thing}.",
    "Entering {value} for {thing} was the first job of the day.",
    "Spare a thought for {thing}. Its {role} from today is {value}.",
    "No longer unassigned, {thing} takes {value} as its {role}.",
    "From today {thing} is down for {value}.",
    "{Thing} gets {value}, effective immediately.",
    "After some back and forth, {thing} was assigned {value}.",
    "Confirmed for {thing}: {role} {value}.",
)

CHANGE = (
    "{Thing} has swapped {old} for {value}.",
    "{old} is out and {value} is in at {thing}.",
    "As of today, {thing} has {value} in place of {old}.",
    "Replacement of {old} by {value} at {thing} went through this week.",
    "{Thing} was switched from {old} to {value}.",
    "Since the weekend {value} has taken over {thing} from {old}.",
    "We moved {thing} on from {old}, and its new {role} is {value}.",
    "{old} no longer sits in {thing}, whose {role} is {value} now.",
    "After the review, {thing} changed its {role} from {old} to {value}.",
    "Out goes {old} from {thing}, and in comes {value}.",
    "{Thing} has a new {role}: {value}.",
    "Updating {thing} today, we set its {role} to {value}.",
    "By Friday {thing} had been changed over to {value}.",
    "{value} is the new {role} for {thing}.",
    "Have a look at {thing} again. Its {role} is {value} now, following a swap.",
)

TAKE_BACK = (
    "{Thing} has given up {value} and stands empty.",
    "{value} has gone from {thing}, so its {role} line is blank again.",
    "As of tonight, {thing} no longer has {value}, or any {role} at all.",
    "Clearance of {thing} is done: {value} has left and nobody has taken the place.",
    "{Thing} was emptied of {value} this afternoon.",
    "Since Tuesday {thing} has had no {role}, because {value} was taken off it.",
    "We struck {value} off {thing}, leaving it vacant.",
    "The entry of {value} for {thing} is void from today.",
    "{Thing} is vacant again now that {value} has been released.",
    "After the inspection, {value} was withdrawn from {thing}.",
    "Cancelling {value} on {thing} leaves it with an empty {role} slot.",
    "From now on {thing} stands bare, and {value} is finished there.",
    "Spare a thought for {thing}. Its {role}, {value}, has been let go, and the slot is open.",
    "Vacating {thing} took an hour: {value} is off the books.",
)

BESIDE = (
    "{Thing} keeps {value}.",
    "{Thing} stays with {value}.",
    "Unchanged: {thing}, with {value}.",
    "{value} remains at {thing}.",
    "{Thing} continues with {value} as before.",
    "Over at {thing}, {value} carries on.",
)
