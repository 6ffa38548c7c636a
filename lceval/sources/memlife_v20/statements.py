"""The sentences that carry a write in the prose formats (``documents``): a value given, a value replacing another,
a value withdrawn with nothing after it; and the sentence that names the other holders a record lists beside.

Fields: ``{thing}`` / ``{Thing}`` (the holder with its noun, lower or capitalised), ``{role}``, ``{value}`` and, in
a replacement, ``{old}``. Each template is one line; some put the value first, some name the holder again only as
"its" in a second sentence, some are orders and some are passive.
"""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE = (
    "{Thing} is entered with {role} {value}.",
    "{value} is now the {role} of {thing}.",
    "As of this morning, {thing} has {role} {value}.",
    "{Thing} was looked over on arrival. Its {role} goes down as {value}.",
    "Entered today for {thing}: {role}, {value}.",
    "Kindly note that the {role} for {thing} is {value}.",
    "{value} has been allotted as {role} to {thing}.",
    "The register gives {thing} the {role} {value} from this date.",
    "{Thing} takes {value} for its {role}, effective immediately.",
    "On the strength of today's paperwork, {thing} carries {role} {value}.",
    "Record {value} as the {role} of {thing}.",
    "{Thing} now holds {role} {value}. Its entry was signed at the desk.",
)

CHANGE = (
    "{Thing} gives up {role} {old}; {value} replaces it.",
    "{value} takes over from {old} as {role} of {thing}.",
    "The {role} of {thing} is now {value}, where it used to be {old}.",
    "{Thing}: {old} is struck through and {value} written in as {role}.",
    "In place of {old}, {thing} now has {value} as its {role}.",
    "{Thing} was reassigned today. Its {role} goes from {old} to {value}.",
    "Swap recorded for {thing}: {role} {old} out, {value} in.",
    "{value} has been entered for {thing}, superseding {old} as {role}.",
    "From today {thing} answers to {role} {value} (formerly {old}).",
    "The {old} entry for {thing} is retired and {value} becomes its {role}.",
    "{Thing} swaps {old} for {value} as {role}.",
    "Amendment to {thing}: {role} now reads {value}, was {old}.",
)

TAKE_BACK = (
    "{Thing} no longer has {role} {value}; the entry is left blank.",
    "The {role} {value} is withdrawn from {thing}, and nothing replaces it for now.",
    "{value} is struck off as {role} of {thing}, with no successor named.",
    "{Thing}: {role} {value} cancelled. Its line stays empty until further notice.",
    "{Thing} has been stripped of {role} {value}; leave the field empty.",
    "Strike {value} from the {role} entry of {thing}; there is no replacement.",
    "As of today {thing} carries no {role} at all: {value} has been withdrawn.",
    "{value} has been withdrawn as the {role} of {thing}. Nothing is entered in its place.",
    "Void the {role} {value} recorded against {thing}; the slot is vacant.",
    "{Thing} loses {role} {value} and is left without one.",
    "Delete {role} {value} from {thing}. Its {role} is unassigned for the time being.",
    "The {role} {value} on {thing} is cleared today and left unfilled.",
)

# The other holders a prose record lists beside its own: {listed} is "thing with value" joined by "; ".
BESIDE = (
    "Also on file: {listed}.",
    "Same batch: {listed}.",
    "For completeness, {listed}.",
    "Alongside that, {listed}.",
)
