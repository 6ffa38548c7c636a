"""memlife_v29's prose statements: how a speech, a lab book, a handover, a press release, a tour script or a match
commentary says that a holder was given a value, had it replaced, or let it go.

Placeholders: ``{thing}`` / ``{Thing}`` (the register's noun and the holder: "canal mooring MRG/KT48"), ``{value}``,
``{old}`` (only in ``CHANGE``), ``{role}`` (what the value is: "narrowboat") and ``{office}`` (who keeps the
register). Every statement names the holder once and the value once and ends a sentence; some put the value before
the holder, front a time, use the passive, let a noun or gerund do the verb's work, or leave the holder to "Its" in a
second sentence. A few of the replacements leave the old value to the entry before; a few real entries use a negation.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{value} now goes with {thing}.",
    "{Thing} has been given to {value}.",
    "From this morning, {thing} belongs to {value}.",
    "Pairing {thing} with {value} was the first job of the day.",
    "The {role} set against {thing} is {value}.",
    "We put {value} down for {thing}.",
    "{Thing} went to {value} today.",
    "After some juggling, {thing} ended up with {value}.",
    "Allocation of {thing} went to {value}.",
    "Our {office} paired {thing} with {value}.",
    "Good news on the list: {thing} is taken. Its {role} is {value}.",
    "{Thing} won't sit idle any more, because {value} has it.",
    "Anyone looking for {value} should try {thing} from now on.",
    "Since the weekend, {value} has had {thing}.",
)

CHANGE = (
    "{Thing} swaps {old} for {value}.",
    "{value} replaces {old} at {thing}.",
    "Since Tuesday, {thing} has had {value} where {old} used to be.",
    "The {role} at {thing} was switched from {old} to {value}.",
    "Moving {old} out of {thing} made room for {value}.",
    "{Thing} changed hands: {old} out, {value} in.",
    "We traded {old} at {thing} for {value}.",
    "{old} has handed {thing} over to {value}.",
    "Reassignment of {thing} from {old} to {value} is done.",
    "{Thing} does not keep {old} any more, as {value} takes over.",
    "{Thing} now has a fresh {role}, {value}.",
    "As of noon, {thing} switched to {value}.",
    "Another change for {thing}. Its {role} is {value} now.",
    "{Thing} moved on to {value}.",
)

TAKE_BACK = (
    "{Thing} is free again, and {value} has gone.",
    "{value} has cleared out of {thing}.",
    "From today {thing} stands empty, {value} having left it.",
    "{Thing} was vacated by {value}.",
    "Clearing {thing} of {value} was finished before lunch.",
    "The {office} released {thing}, which had {value}.",
    "{Thing} and {value} have parted ways.",
    "Out came {value} from {thing}, which is free for the next one.",
    "{value} is no longer attached to {thing}.",
    "After the review, {thing} lost {value} and waits for someone new.",
    "{Thing} is up for grabs. Its {role}, {value}, has been struck off.",
    "{value} was withdrawn from {thing}.",
    "Emptying {thing} meant saying goodbye to {value}.",
)

# Other holders named beside the one a document is about: each keeps its value, nothing changes.
BESIDE = (
    "Elsewhere, {thing} has {value}.",
    "{Thing} keeps {value}.",
    "Next door, {thing} stays with {value}.",
    "{value} remains at {thing}.",
    "For the record, {thing} carries on with {value}.",
    "{Thing} is steady with {value}.",
)
