"""The sentences the prose formats decide things with: a value given (``GIVE``), a value replaced (``CHANGE``, which
names the old value too), a value taken away with nothing after it (``TAKE_BACK``), and a stranger's value mentioned
alongside (``BESIDE``).

Fields: ``{thing}`` / ``{Thing}`` (the holder with its noun), ``{value}``, ``{old}`` (replacements only), ``{role}``
and ``{office}``. The constructions are mixed on purpose: active and passive, a noun doing the verb's work, the value
before the holder, the holder only as "its" in a second sentence, an order to the reader, a colon-headed note.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been given {value} as its {role}.",
    "{value} is the {role} for {thing} as of this morning.",
    "We've put {value} down as the {role} of {thing}.",
    "Assignment of {value} to {thing} went through today.",
    "From Monday, {thing} takes {value}.",
    "{Thing}: {role} {value}, entered by the duty clerk.",
    "The {role} picked for {thing} is {value}.",
    "{value} goes to {thing}, effective straight away.",
    "Please record {value} against {thing}.",
    "New entry made for {thing}. Its {role} is {value}.",
    "Confirmation arrived that {thing} now carries {value}.",
    "{Thing} was allocated {value} by the {office}.",
    "The {office} has settled on {value} for {thing}.",
    "It's official: {value} for {thing}.",
)

CHANGE = (
    "{Thing} has switched from {old} to {value}.",
    "{value} replaces {old} as the {role} of {thing}.",
    "We've swapped {old} out of {thing} and put {value} in.",
    "Replacement of {old} by {value} on {thing} is complete.",
    "{old} is out at {thing}; {value} takes over.",
    "The {role} of {thing} moves on from {old} to {value}.",
    "{Thing}, previously {old}, now shows {value}.",
    "In place of {old}, {thing} gets {value}.",
    "Update for {thing}. Its {role} is now {value}, superseding {old}.",
    "{Thing} was reassigned {value}, taking over from {old}.",
    "After review, {value} supersedes {old} at {thing}.",
    "{old} gives way to {value} on {thing} from today.",
    "Changeover at {thing}: {old} off, {value} on.",
)

TAKE_BACK = (
    "{value} has been withdrawn from {thing}, and nothing replaces it.",
    "{Thing} is to stand empty: {value} comes off and stays off.",
    "Strike {value} from {thing}; the slot is vacant until further notice.",
    "Rescinding {value} for {thing} with immediate effect.",
    "{value} is released from {thing} and the {role} is left open.",
    "As of today {thing} has no {role} at all, {value} having been taken off.",
    "Lapse notice: {value} at {thing} ends today with no successor.",
    "{Thing} reverts to unassigned now that {value} has been pulled.",
    "We've unpicked {value} from {thing}. Its {role} is blank for now.",
    "Please treat {value} on {thing} as void from here on.",
    "The {office} has stood {value} down at {thing}, leaving the post empty.",
    "{Thing} gives up {value}, and the {role} stays unfilled.",
    "Scrub {value} off the board for {thing}; it has no {role} for the time being.",
)

BESIDE = (
    "{Thing} keeps {value}.",
    "{Thing} stays on {value}.",
    "For {thing}, {value} as before.",
    "{value} carries on at {thing}.",
    "{Thing} is unchanged with {value}.",
    "Still {value} at {thing}.",
)
