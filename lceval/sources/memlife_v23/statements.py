"""The sentences of memlife_v23 that set, replace or take away a holder's value, and those about strangers.

Fields: ``{thing}`` or ``{Thing}`` (the holder with its noun), ``{value}``, ``{old}`` (replacements only, and not in
all of them), ``{role}`` and ``{office}``. Constructions vary on purpose: active and passive, a noun or a gerund doing
the verb's work, the value before the holder, the holder only as "Its" in a second sentence; many take-backs avoid
the usual words for a withdrawal.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE: tuple[str, ...] = (
    "{Thing} has been allocated {value} as its {role}.",
    "{value} is the {role} for {thing} from today.",
    "We have put {value} down as the {role} of {thing}.",
    "Allocation of {value} to {thing} went through this morning.",
    "The {role} entered against {thing} is {value}.",
    "Please note {value} as the {role} on {thing}.",
    "Assigned {value} to {thing} as its {role}.",
    "Setting {thing} up with {value} was signed off by the {office}.",
    "{value} goes onto {thing}, and the {office} holds the paperwork.",
    "Registration of {value} as the {role} for {thing} is complete.",
    "{Thing} came up at the {office} this week. Its {role} will be {value}.",
    "{Thing} was given {value} as its {role}.",
    "From Monday the {office} records {thing} with {value}.",
    "Booked {value} onto {thing}, as confirmed by the {office}.",
)

CHANGE: tuple[str, ...] = (
    "{Thing} moves from {old} to {value} as its {role}.",
    "{value} replaces {old} as the {role} of {thing}.",
    "The {role} on {thing} was switched from {old} to {value}.",
    "Replacement of {old} by {value} on {thing} is now in effect.",
    "{old} is out and {value} is in as the {role} for {thing}.",
    "Following the review, {thing} takes {value} in place of {old}.",
    "{Thing} has been reassigned from {old} to {value}.",
    "Changing {thing} over from {old} to {value} was agreed by the {office}.",
    "{Thing} had {old} as its {role}. Its new one is {value}.",
    "In place of {old}, the {role} for {thing} is now {value}.",
    "{Thing} has a fresh {role} as of this week: {value}.",
    "A swap has been made on {thing}, which now carries {value}.",
    "Updated {thing} to {value}; the {office} filed the change.",
    "{value} is the new {role} of {thing}, superseding the earlier entry.",
)

TAKE_BACK: tuple[str, ...] = (
    "{value} has been withdrawn from {thing}, and the {role} stays blank until further notice.",
    "{Thing} gives up {value} and is left without a {role} for now.",
    "{value} is struck off {thing}, with nothing in its place.",
    "The {role} {value} on {thing} is void from today.",
    "Cancellation of {value} for {thing} has gone through.",
    "Please delete {value} from {thing}; the {role} field is empty again.",
    "{value} was released from {thing}, so the {role} is vacant.",
    "As of this afternoon {thing} has no {role}: {value} has gone.",
    "Striking {value} off {thing} leaves the {role} unfilled.",
    "{Thing} had {value} as its {role}. Its entry has now been cleared.",
    "The {office} has revoked {value} on {thing}.",
    "{Thing} is back to having no {role} after {value} was taken away.",
    "{value} no longer stands for {thing}.",
    "Removal of {value} from {thing} is done, and the {role} is open.",
)

BESIDE: tuple[str, ...] = (
    "{Thing} keeps {value} as its {role}.",
    "For {thing} the {role} stays {value}.",
    "{value} remains on {thing}.",
    "{Thing} is unchanged at {value}.",
    "{Thing} still shows {value}.",
    "The {role} of {thing} carries on as {value}.",
)
