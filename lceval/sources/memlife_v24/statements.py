"""The statements memlife_v24's documents decide with: a value given (``GIVE``), replaced (``CHANGE``) or taken off
(``TAKE_BACK``), and the sentences that name another holder beside them (``BESIDE``).

Each is one sentence (or two, the second opening on "Its") with ``{thing}`` or ``{Thing}`` once, ``{value}`` once and
often ``{role}``; ``{old}`` appears only in replacements, and only in some of them. The constructions vary on purpose:
active and passive, a noun or a gerund doing the verb's work, the value before the holder, and take-offs that mostly
avoid the obvious verbs.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE: tuple[str, ...] = (
    "{Thing} now has {value} as its {role}.",
    "{value} has been assigned to {thing} as its {role}.",
    "As of this week, the {role} for {thing} is {value}.",
    "Allocation of {value} to {thing} was confirmed this morning.",
    "We have put {value} down as the {role} of {thing}.",
    "{Thing} was given {value} for its {role} at the last review.",
    "Please note that {thing} takes {value} as its {role} from today.",
    "Recording {value} as the {role} of {thing} was the first job of the morning.",
    "Someone at the desk asked about {thing} earlier. Its {role} is {value}.",
    "Entered today: {value}, {role} of {thing}.",
    "For {thing}, the {role} on file is now {value}.",
    "Signed off this afternoon: {thing} gets {value} as its {role}.",
    "{value} is the {role} of {thing} from now on.",
    "Going forward the register pairs {thing} with {value}.",
)

CHANGE: tuple[str, ...] = (
    # the old value named
    "{Thing} has switched from {old} to {value} as its {role}.",
    "{value} replaces {old} as the {role} of {thing}.",
    "{old} is out and {value} is in as the {role} of {thing}.",
    "The {role} of {thing} was changed from {old} to {value} today.",
    "Replacement of {old} by {value} on {thing} is now complete.",
    "After a short spell with {old}, {thing} now has {value} as its {role}.",
    "We swapped {old} for {value} on {thing} first thing this morning.",
    "Update for {thing}: {value} takes over as {role} from {old}.",
    "In place of {old}, {thing} now lists {value} as its {role}.",
    "Moving {thing} on from {old}, we have settled on {value} as its {role}.",
    # the old value left to the write before
    "{Thing} has a new {role}: {value}.",
    "There was a change at {thing} today. Its {role} is now {value}.",
    "The {role} at {thing} is different as of this morning, namely {value}.",
    "Following the review, {value} became the {role} of {thing} in place of the previous one.",
)

TAKE_BACK: tuple[str, ...] = (
    "{Thing} is to stay empty for now, so {value} is off its record.",
    "{value} has been taken off {thing}, and nothing replaces it for the moment.",
    "As of today, {thing} no longer has {value} as its {role}.",
    "Removal of {value} from {thing} went through this morning, and the slot stays open.",
    "We have struck {value} from {thing} and left the {role} blank.",
    "The entry giving {value} to {thing} has been withdrawn.",
    "{Thing} has lost its {role}: {value} is gone and the line stays empty until further notice.",
    "Please treat {thing} as having no {role} at all; {value} has come off.",
    "Clearing {value} from {thing} was the last job of the day, and the {role} field stays blank.",
    "A word on {thing}. Its {role}, {value}, is cancelled with immediate effect.",
    "{value} and {thing} have parted ways, and the {role} is vacant for now.",
    "The {role} of {thing}, until now {value}, is blank from this afternoon.",
    "Strike {value} against {thing}: that {role} is void and nobody fills the gap yet.",
    "Nothing follows {value} at {thing} for now; the {role} column is empty.",
)

BESIDE: tuple[str, ...] = (
    "Elsewhere, {thing} has {value} as its {role}.",
    "{Thing} is paired with {value} in the same round.",
    "For completeness, {value} is listed as the {role} of {thing}.",
    "In the same batch, {thing} got {value} as its {role}.",
    "{value} goes down against {thing} as well.",
    "Meanwhile the {role} of {thing} is {value}.",
)
