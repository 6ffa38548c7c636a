"""The sentences that make, change and empty an entry in memlife_v30's prose, and those that mention the other
holders a page lists beside the one it decides.

Fields: ``{thing}`` / ``{Thing}`` (the holder in running text), ``{value}``, ``{old}`` (a change's replaced value),
``{role}`` (what the value is) and ``{office}`` (who keeps the register). Each bank is built several ways: the holder
first, a value first, a passive, a gerund or a noun in the verb's place, a time or circumstance up front, and a
second sentence that carries the holder on with "Its". Some changes name only the new value; the emptyings mostly
say so without the clerk's verbs; a few real entries are phrased with a negation.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been assigned {value} as its {role}.",
    "{value} is the {role} now entered against {thing}.",
    "{Thing} gets a fresh entry today. Its {role} reads {value}.",
    "Entering {value} for {thing} was the first job of the morning.",
    "From this week, {thing} carries {value}.",
    "After the {office} signed the sheet, {thing} was given {value}.",
    "Allocation of {value} to {thing} is confirmed by the {office}.",
    "The {office} puts {value} down for {thing}.",
    "As of the morning round, {thing} is recorded with {value}.",
    "Please note that {thing} now has {value} as its {role}.",
    "Since the spring count, the {role} for {thing} stands at {value}.",
    "{Thing} was paired with {value} during the afternoon round.",
    "Recording {value} against {thing}, the {office} closed the book for the day.",
)

CHANGE = (
    "{Thing} was switched from {old} to {value}.",
    "{old} makes way for {value} at {thing}.",
    "{Thing} has a new {role}. Its entry changes from {old} to {value}.",
    "Replacing {old}, {value} is now the {role} of {thing}.",
    "From tonight, {thing} holds {value} in place of {old}.",
    "{Thing} is no longer down for {old} but for {value}.",
    "The {office} moved {thing} over to {value}, and {old} goes elsewhere.",
    "After some discussion, {thing} was reassigned from {old} to {value}.",
    "Swapping {old} out, the {office} wrote {value} against {thing}.",
    "{value} takes over {thing}, which held {old} until today.",
    "A rethink puts {value} where {old} used to be, at {thing}.",
    "Correction to the book: {thing} now shows {value}.",
    "Since the last count, {thing} has been given {value} instead.",
    "{Thing} changes hands again. Its {role} is {value} from now on.",
    "Amendment for {thing}: the {role} becomes {value}.",
)

TAKE_BACK = (
    "{Thing} stands empty again, and {value} has gone.",
    "{value} is struck from {thing}, and nothing has replaced it.",
    "{Thing} was cleared of {value} this morning.",
    "{Thing} is vacant from today. Its last {role}, {value}, is off the books.",
    "Clearing {thing}, the {office} took {value} off the sheet.",
    "As of noon, {thing} has no {role} at all, {value} having gone.",
    "After the inspection, {value} was taken off {thing} and the space left open.",
    "{Thing} is free once more, with {value} struck through.",
    "Release of {thing}: {value} ends here and the space waits unfilled.",
    "The entry of {value} for {thing} is void from this point.",
    "{value} was withdrawn from {thing} by the {office}.",
    "Since the morning, {thing} sits empty and {value} belongs to the past.",
    "Emptying {thing} today, the {office} scored out {value}.",
)

BESIDE = (
    "{Thing} keeps {value}, as before.",
    "{Thing} stays with {value}.",
    "{value} remains at {thing}.",
    "For {thing} the entry is still {value}.",
    "{Thing} goes on with {value} for the time being.",
    "The sheet still lists {value} at {thing}.",
)
