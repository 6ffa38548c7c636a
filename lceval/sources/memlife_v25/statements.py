"""memlife_v25's statements: how a write is said in prose and in the records that hold free text (a changelog, an
IRC log, ticket comments).

``GIVE`` gives a holder its value, ``CHANGE`` swaps it for another (most name the old value, some only the new one),
``TAKE_BACK`` takes it off with nothing in its place, ``BESIDE`` tells another holder's value in the same document.
Each names the holder once (``{thing}`` or ``{Thing}``) and the value once; constructions vary: the value before the
holder, a fronted time phrase, the passive, a noun or gerund doing the verb's work, the holder only as "Its" in a
second sentence, and a few negations that are real writes ("no longer", "not ... any more").
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} has been assigned the {role} {value}.",
    "As of this morning, {thing} carries the {role} {value}.",
    "{value} is the {role} now entered for {thing}.",
    "We put {value} down as the {role} for {thing}.",
    "Assignment of {value} to {thing} as its {role} went through at noon.",
    "From Tuesday, the {role} on {thing} is {value}.",
    "Somebody finally sorted out {thing}. Its {role} is {value}.",
    "Logged today: {value}, the new {role} for {thing}.",
    "The {role} for {thing} was set to {value} by the duty clerk.",
    "Entering {value} against {thing} as its {role} took two minutes.",
    "With effect from the next shift, {thing} takes {value} as its {role}.",
    "{value} goes to {thing}, and that is its {role} from here on.",
    "Per the rota, {thing} now has {value} for its {role}.",
    "Allocation confirmed: {thing} gets the {role} {value}.",
)

CHANGE = (
    "{Thing} has been switched from the {role} {old} to {value}.",
    "Out goes {old}, in comes {value}: the {role} for {thing} is updated.",
    "{value} replaces {old} as the {role} of {thing}.",
    "Since Friday the {role} of {thing} reads {value} rather than {old}.",
    "Not {old} any more: {thing} now has {value} as its {role}.",
    "Replacement of {old} by {value} as {role} on {thing} was signed off.",
    "{old} came off {thing} this afternoon. Its {role} is {value} from now.",
    "We swapped the {role} on {thing} over, {old} for {value}.",
    "The {role} against {thing} was amended to {value}, in place of {old}.",
    "After the review, {thing} moves on to the {role} {value}.",
    "{Thing} now goes with a different {role}: {value}.",
    "Updated just now, the {role} of {thing} is {value} instead.",
    "Changing {thing} over to {value} as its {role} was the last job of the day.",
)

TAKE_BACK = (
    "{Thing} no longer has {value} as its {role}, and nothing takes its place.",
    "{value} has been taken off {thing}, so the {role} field is blank for now.",
    "As of tonight, {thing} stands without a {role}: {value} is gone.",
    "The {role} {value} was struck from {thing} and the slot left empty.",
    "Clearing {value} from {thing} leaves it with no {role} at all.",
    "{Thing} is back to an empty {role} slot, {value} having been lifted off.",
    "From today {value} stops being the {role} for {thing}, with no successor named.",
    "We unhooked {value} from {thing}. Its {role} stays vacant until further notice.",
    "{value} was released from {thing}, which now shows an empty {role}.",
    "Deletion of the {role} {value} on {thing} went through, and the entry is empty.",
    "The {role} on {thing} is void now that {value} has been let go.",
    "Scrap {value} as the {role} for {thing}; the space stays unfilled.",
    "{Thing} had its {role} {value} withdrawn, leaving a gap.",
    "The {role} {value} on {thing} was cancelled outright.",
)

BESIDE = (
    "{Thing} keeps the {role} {value}.",
    "For comparison, {thing} has {value}.",
    "{value} stays put on {thing}.",
    "Nothing moved on {thing}, still {value}.",
    "Next door, {thing} is on {value} as before.",
    "{Thing} remains with {value} as its {role}.",
)
