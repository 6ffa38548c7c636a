"""memlife_v27's deciding statements in prose: a holder given a value, changed to another, or left empty, and what a
paragraph says of other holders beside it. Constructions vary: the value before the holder, a fronted time phrase, a
passive, a noun or gerund doing the verb's work, the holder only as "Its" in a second sentence, a clerk's words;
some replacements leave the old value out, and a few real writes are said with a negation."""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been allotted to {value}, effective today.",
    "{value} takes {thing} from this week.",
    "From this morning, {thing} is in the keeping of {value}.",
    "Allocation of {thing} went to {value} at the last meeting.",
    "We talked it over and settled {thing}. Its {role} is {value}.",
    "By the afternoon tide, {value} had been entered against {thing}.",
    "Entered today for {thing}: {value} as {role}.",
    "{Thing} is {value}'s to look after now.",
    "Nobody had {thing} until {value} signed for it yesterday.",
    "The {role} for {thing} is {value}, the office confirms.",
    "Signing for {thing}, {value} became its {role}.",
    "After some paperwork, {thing} went to {value}.",
    "{value} was named {role} of {thing} at the desk.",
    "Put {value} down for {thing}, the clerk told us, and so it was done.",
)
CHANGE = (
    "{Thing} passes from {old} to {value}.",
    "{old} is out and {value} is in at {thing}.",
    "Since Tuesday, {value} has replaced {old} on {thing}.",
    "Replacing {old}, {value} now has {thing}.",
    "{Thing} was reassigned from {old} to {value}.",
    "The {role} at {thing} changed hands, {old} giving way to {value}.",
    "Correction for {thing}: read {value} where {old} stood.",
    "We swapped things round at {thing}. Its {role}, formerly {old}, is {value}.",
    "{value} steps in for {old} at {thing}.",
    "As of the weekend, {thing} no longer sits with {old}; {value} has it.",
    "{Thing} has a new {role} now, {value}.",
    "Fresh entry for {thing}, superseding the earlier one: {value}.",
    "After the reshuffle, {value} holds {thing}.",
    "{value} is the {role} at {thing} going forward.",
)
TAKE_BACK = (
    "{Thing} is empty again now that {value} has handed it back.",
    "{value} gave up {thing} this morning and it stands vacant.",
    "From today {thing} is unassigned; {value} has gone.",
    "Release of {thing} took {value} off the list.",
    "{Thing} was vacated by {value} over the weekend.",
    "We cleared {thing} at close of day. Its {role}, {value}, has moved out for good.",
    "{value} and {thing} have parted company, and the place is open.",
    "Struck off at {thing}: {value}, with nothing put in its place.",
    "{Thing} has been cancelled for {value}.",
    "Withdrawn today, {value} from {thing}.",
    "After the audit, {thing} is free and {value} is out.",
    "Handing back {thing}, {value} left it open for whoever comes next.",
    "{Thing} stands open once more, {value} having stepped away.",
)
BESIDE = (
    "{Thing} stays with {value}.",
    "Over at {thing}, {value} carries on as before.",
    "{value} keeps {thing} as usual.",
    "{Thing} remains {value}'s.",
    "For the record, {thing} is still {value}.",
    "Meanwhile {thing} sits with {value}.",
)
