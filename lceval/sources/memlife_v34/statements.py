"""The sentences of memlife_v34's prose that decide something, and those that tell of another holder beside them.

``GIVE``, ``CHANGE`` and ``TAKE_BACK`` are the deciding statements, each a whole sentence (or two, the second opening
on "Its") naming the holder (``{thing}`` / ``{Thing}``) and the value (``{value}``; a change may name the replaced one,
``{old}``) and filled with the register's ``{role}`` and ``{office}``. They are built several ways on purpose: a plain
active clause, a passive, the value ahead of the holder, a gerund or a noun in place of the verb, a time or occasion
up front, a holder carried into a second sentence by "Its". A few changes name only the new value; emptyings mostly
avoid the office verbs; three real entries carry a negation. ``BESIDE`` tells of other holders and decides nothing.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} now has {value} as its {role}.",
    "{value} has been entered as the {role} of {thing}.",
    "Assigning {value} to {thing} as its {role} was the first job of the morning.",
    "The {office} put {value} down as the {role} for {thing}.",
    "From this week the {role} at {thing} is {value}.",
    "Once the paperwork cleared, {thing} was given {value} for its {role}.",
    "Allocation of {value} to {thing} went through this afternoon, by order of the {office}.",
    "The {office} looked over {thing} on Monday. Its {role} is {value} from now on.",
    "After a short debate, {value} became the {role} of {thing}.",
    "As of the latest round, {thing} carries {value} for its {role}.",
    "{value} for {thing}: that is the {role} the {office} signed off.",
    "Registering {value} against {thing} took a single stroke of the pen.",
    "When the ledger reopened, {thing} was paired with {value}.",
    "Pairing {thing} with {value} settled the question of its {role}.",
)

CHANGE = (
    "{Thing} switches its {role} from {old} to {value}.",
    "{value} replaces {old} as the {role} of {thing}.",
    "The {role} of {thing} was changed from {old} to {value}.",
    "Swapping {old} out for {value} at {thing} was approved by the {office}.",
    "Since the review, {thing} has had {value} as its {role} in place of {old}.",
    "{Thing} is no longer down for {old} but for {value}.",
    "The {office} reopened the entry for {thing}. Its {role} moves on from {old} to {value}.",
    "Replacement {role} for {thing}: {value}, taking over from {old}.",
    "Out goes {old} and in comes {value}, says the {office} of {thing}.",
    "From Thursday, {thing} moves over to {value}, leaving {old} behind.",
    "Updating {thing} to {value} retired {old} as its {role}.",
    "After the changeover, {value} became the {role} of {thing}.",
    "{Thing} takes {value} as its new {role} from today.",
    "A fresh {role} went onto {thing} this week: {value}.",
)

TAKE_BACK = (
    "{Thing} has been cleared of {value} and stands empty.",
    "{value} is off {thing} for good, and its {role} is blank.",
    "The {office} struck {value} from {thing}, leaving the {role} open.",
    "Clearing {value} from {thing} left it waiting for a new {role}.",
    "As of tonight, {thing} has no {role}: {value} has been taken off.",
    "{Thing} gave up {value} and is vacant again.",
    "After the audit, {value} was erased as the {role} of {thing}.",
    "The entry pairing {value} with {thing} has been withdrawn.",
    "The {office} checked {thing} at dusk. Its {role}, {value}, has been let go.",
    "Release of {value} from {thing} was signed by the {office}.",
    "{value} came off {thing} this morning, so its {role} is open.",
    "Striking out {value}, the {office} left {thing} vacant.",
    "{Thing} keeps {value} no more; the {role} is vacant.",
)

BESIDE = (
    "{Thing} still has {value} for its {role}, as before.",
    "Meanwhile {thing} shows {value}.",
    "{value} stays at {thing}.",
    "Next along, {thing} keeps {value} as its {role}.",
    "For completeness, {thing} is down for {value}.",
    "Over at {thing}, the {role} remains {value}.",
)
