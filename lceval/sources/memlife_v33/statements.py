"""What memlife_v33's prose says when a holder is given a value, moved to another, emptied, or merely mentioned
beside the holder in question.

Placeholders: ``{Thing}`` / ``{thing}`` (the register's noun and the holder), ``{value}``, ``{old}`` (the value a
change replaces), ``{role}`` and ``{office}``. Each bank is built several ways: active and passive, the value before
the holder, a first sentence naming the holder and a second carried on by "Its", a gerund or a noun at the front, a
time clause up front. Some changes name only the new value. Emptyings mostly avoid the office's usual verbs, and a
few real entries are phrased with a negation. Every statement ends with a full stop.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} now has {value} as its {role}.",
    "{value} has been entered as the {role} for {thing}.",
    "As of this morning, {thing} carries {value} for its {role}.",
    "The {office} paired {thing} with {value}.",
    "{Thing} came up for allocation today. Its {role} is {value}.",
    "Allocating {value} to {thing} was the first job after lunch.",
    "Assignment of {value} to {thing} went through without fuss.",
    "Once the paperwork cleared, {value} went to {thing} as its {role}.",
    "For {thing}, the {role} on record is {value}.",
    "{value} is what {thing} holds for a {role} from now on.",
    "{Thing} was given {value}, so that is its {role} for the season.",
    "When the board was updated, {thing} gained {value} as its {role}.",
    "Handing {value} over to {thing} completed the list.",
    "{Thing} is no longer short of a {role}, because {value} has been set against it.",
)

CHANGE = (
    "{Thing} moves from {old} to {value} for its {role}.",
    "{value} has replaced {old} as the {role} of {thing}.",
    "After a rethink, {thing} switched its {role} from {old} to {value}.",
    "{Thing} was reviewed at the end of the week. Its {role}, formerly {old}, is now {value}.",
    "Swapping {old} out for {value} on {thing} took only a minute.",
    "Replacement of {old} by {value} was agreed for {thing}.",
    "{Thing} no longer has {old} but {value}.",
    "In place of {old}, {thing} takes {value} as its {role}.",
    "Since Monday, {value} stands as the {role} of {thing} where {old} stood before.",
    "The {role} of {thing} is {value} now, not {old}.",
    "{Thing} has a fresh {role}: {value}.",
    "{value} is the newer {role} for {thing}.",
    "From today, {thing} goes over to {value}.",
    "Reassigning {thing} to {value} settled the matter.",
)

TAKE_BACK = (
    "{Thing} stands empty now that {value} has gone.",
    "{value} was taken off {thing}, which has no {role} at present.",
    "At close of business, {thing} lost {value} and was left vacant.",
    "Clearing {value} from {thing} leaves it without a {role}.",
    "{Thing} had a last look this week. Its {role}, {value}, came away and the slot is bare.",
    "The entry pairing {value} with {thing} has been struck through.",
    "Lifting {value} off {thing} leaves the space open for now.",
    "{value} no longer belongs to {thing}, and its {role} line is blank.",
    "Following the audit, {thing} was emptied of {value}.",
    "{Thing} gives up {value}; its {role} field is blank until further notice.",
    "Withdrawal of {value} from {thing} was logged by the {office}.",
    "The {office} struck {value} off {thing}, vacating it.",
    "{value} has been cancelled for {thing}.",
)

# Other holders, mentioned beside the one a document is about: they decide nothing.
BESIDE = (
    "{Thing} keeps {value}.",
    "{value} stays with {thing}.",
    "Nearby, {thing} has {value} as before.",
    "{Thing} is unchanged with {value}.",
    "On the same sheet, {thing} shows {value}.",
    "{Thing} still lists {value} as its {role}.",
)
