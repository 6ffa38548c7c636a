"""What memlife_v31's prose says when it enters, replaces or empties a holder's value, and how it mentions the
other holders beside it: each a statement of one or two sentences, filled with ``{thing}`` / ``{Thing}`` (the
holder, "falconry perch PERCH-4K27"), ``{value}``, ``{old}`` (a replacement's earlier value), ``{role}`` and
``{office}``.

Each bank is built several ways: active and passive, the value before the holder, "Its" carrying the holder into a
second sentence, a gerund or a noun opening, a time clause up front. Some replacements name only the new value. An
emptying mostly says that the holder stands bare, that the value has gone, or that the slot is free again, without
the usual verbs of taking back; a few real entries are phrased with a negation.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "As of this morning, {thing} has {value} as its {role}.",
    "{Thing} was allotted to {value} by the {office}.",
    "{value} goes down as the {role} of {thing}.",
    "We checked {thing} twice over lunch. Its {role} is {value}, entered in ink.",
    "Putting {value} on {thing} took the {office} barely a minute.",
    "Once the paperwork cleared, the {office} settled {value} on {thing}.",
    "The {office} has given {thing} a {role} at last: {value}.",
    "Allocation for {thing}: {value}, signed off by the {office}.",
    "From Thursday onward {value} belongs with {thing}.",
    "{Thing} is empty no more, since {value} now fills it.",
    "After some debate the {role} chosen for {thing} was {value}.",
    "Nobody other than {value} is to be listed against {thing}.",
    "Assigning {value} to {thing} was the last job of the afternoon.",
    "{Thing} now answers to {value}, the {office} tells us.",
)

CHANGE = (
    "{Thing} swaps {old} for {value} from today.",
    "In place of {old}, {thing} now carries {value}.",
    "{value} has taken over {thing}, and {old} moves elsewhere.",
    "When the morning count was done, {thing} went from {old} to {value}.",
    "The {office} looked at {thing} again. Its {role} becomes {value}, replacing {old}.",
    "Switching {thing} from {old} to {value} was approved without fuss.",
    "A correction for {thing}: {value} instead of {old}.",
    "{Thing} was re-entered under {value}, so {old} is history there.",
    "Where the sheet used to say {old} for {thing}, it now says {value}.",
    "{Thing} has a fresh {role}, which is {value}.",
    "After the inspection the {office} moved {thing} over to {value}.",
    "Updating {thing} once more, we now have {value} as its {role}.",
    "{value} is what {thing} holds from here on, not {old}.",
    "Following the reshuffle {thing} ends up with {value}.",
)

TAKE_BACK = (
    "{Thing} stands bare again now that {value} has gone.",
    "{value} is off {thing}, and the {office} has put nothing there since.",
    "As of tonight {thing} has no {role} at all; {value} was its last.",
    "The {office} cleared {thing}. Its former {role}, {value}, is struck through.",
    "Striking {value} from {thing} leaves the slot open.",
    "Once the season closed, {value} left {thing} and it went back to vacant.",
    "{Thing} is free for the taking, {value} having been taken off it.",
    "Vacating {thing} meant crossing out {value} in the book.",
    "Nothing now sits against {thing}: the entry for {value} was voided.",
    "{value} was released from {thing} and no successor was named.",
    "The {office} wiped {thing} clean of {value} this afternoon.",
    "After the audit {thing} was left blank where {value} used to be.",
    "Please treat {thing} as unassigned; the {value} entry is void.",
)

BESIDE = (
    "{Thing} stays with {value}.",
    "Over at {thing} it is still {value}.",
    "{value} keeps {thing} as before.",
    "For {thing}, {value} remains on file.",
    "The entry for {thing} reads {value}, unchanged.",
    "{Thing} carries on with {value}.",
)
