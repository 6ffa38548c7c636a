"""How memlife_v32's prose states an entry: the banks a deciding statement is drawn from, and what is said of the
other holders a piece lists beside it.

Each bank is built several ways: the holder as subject, the value before the holder, a passive, "Its" carrying the
holder into a second sentence, a gerund or a noun where the verb would be, a time or circumstance up front. Some
changes name only the new value (the old one is in the entry before). Emptyings mostly say what happened to the
holder without an office's verb for it; a few real entries are phrased with a negation. Placeholders: ``{thing}`` or
``{Thing}`` (the holder with its noun), ``{value}``, ``{old}`` (changes only), ``{role}`` and ``{office}``.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "The {office} has put {value} down as the {role} of {thing}.",
    "{value} is now the {role} entered for {thing}.",
    "{Thing} was given {value} as its {role} by the {office}.",
    "{Thing} goes on the books today. Its {role} is {value}.",
    "Entering {value} against {thing} was the {office}'s first job of the morning.",
    "Allocation of {thing} is settled, with {value} as {role}.",
    "From today, {thing} carries {value} as its {role}.",
    "Since Monday the {role} on record for {thing} has been {value}.",
    "After some back and forth, {value} was chosen as {role} for {thing}.",
    "Please note {value} as the {role} for {thing}.",
    "{Thing} has {value} as {role}, per the {office}.",
    "Nobody but {value} is to be listed as {role} of {thing} from now on.",
    "Recording {thing} with {value} as its {role} closed the ledger for the day.",
    "As of this sheet, {thing} is matched with {value}.",
)

CHANGE = (
    "{Thing} moves from {old} to {value} as its {role}.",
    "The {office} swapped {old} out of {thing} and put {value} in.",
    "{value} takes over {thing} from {old}.",
    "{Thing} was reassigned from {old} to {value}.",
    "{Thing} changed hands today. Its {role} is {value}, in place of {old}.",
    "Replacing {old}, {value} is now the {role} of {thing}.",
    "From this week, {thing} has {value} where it used to have {old}.",
    "After the review, {old} gave way to {value} on {thing}.",
    "Handover on {thing} went through, {old} out and {value} in.",
    "{Thing} is no longer with {old}; its {role} is {value} now.",
    "{Thing} has a fresh {role}: {value}.",
    "Since the last sheet, {value} has been the {role} of {thing}.",
    "{value} was entered over the earlier {role} of {thing}.",
    "Updating {thing}, the {office} set its {role} to {value}.",
)

TAKE_BACK = (
    "{Thing} stands empty now that {value} has gone.",
    "{value} has left {thing}, and nothing has taken its place.",
    "The {office} struck {value} off {thing}.",
    "{Thing} was cleared of {value} at close of business.",
    "{Thing} is vacant again. Its last {role}, {value}, is off the sheet.",
    "Clearing {thing} of {value} was the last task of the day.",
    "From tonight, {thing} has an empty {role} slot where {value} used to be.",
    "After the audit, {value} came off {thing} for good.",
    "Please strike {value} from {thing}; the {role} line is blank.",
    "Withdrawal of {value} from {thing} was signed by the {office}.",
    "{value} and {thing} have parted ways, leaving the {role} open.",
    "Since the weekend, {thing} sits unassigned, {value} having been cancelled.",
)

# What a piece says of another holder it lists beside the deciding one: nothing changes for it.
BESIDE = (
    "{Thing} stays with {value}, as before.",
    "For {thing}, {value} carries on as usual.",
    "{value} remains on {thing}.",
    "Still listed is {thing} with {value}.",
    "{Thing} continues under {value}.",
    "Unchanged as well is {thing}, held by {value}.",
)
