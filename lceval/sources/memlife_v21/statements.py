"""The prose of this family's binding paperwork: how a value is first given (``GIVE``), replaced (``CHANGE``) or
taken back with nothing in its place (``TAKE_BACK``), and how a record mentions the other holders it lists
(``BESIDE``). Fields: {thing} / {Thing} (the holder with its noun), {role}, {value}, {old} (replacements only) and
{office} (who keeps the register). Each template is one line; the holder may come before or after its value, or only
as "its" in a second sentence."""

from __future__ import annotations

__all__ = ["BESIDE", "CHANGE", "GIVE", "TAKE_BACK"]

GIVE: tuple[str, ...] = (
    "Record {value} as the {role} of {thing}.",
    "{Thing} takes {value} for its {role}, effective with this entry.",
    "{value} goes down in the book as {role} for {thing}.",
    "From today {thing} carries {value} as {role}.",
    "Please write {value} beside {thing} in the {role} column.",
    "A fresh line has been opened for {thing}. Its {role} reads {value}.",
    "Allocated to {thing}: {value}, as its {role}.",
    "The {office} confirms {value} as {role} of {thing}.",
    "Enter {thing} with {value} as its {role}.",
    "Should anyone ask, the {role} of {thing} is {value} as of this note.",
    "On the warden's motion, {value} becomes the {role} for {thing}.",
    "Ink it in: {thing}, {role} {value}.",
    "Assign {thing} the {role} {value} and file the stub.",
    "{value} is granted to {thing} as {role}, signed and stamped.",
)

CHANGE: tuple[str, ...] = (
    "{Thing} drops {old} and takes {value} as its {role}.",
    "{value} replaces {old} as the {role} of {thing}.",
    "In place of {old}, enter {value} for the {role} of {thing}.",
    "The {role} of {thing} moves from {old} to {value}.",
    "Cross out {old} beside {thing}; write {value} as {role} instead.",
    "{Thing} now carries {value}, superseding {old}, as {role}.",
    "Swap {old} for {value} in the {role} entry of {thing}.",
    "{old} steps aside; {value} is the {role} of {thing} from here on.",
    "Amend {thing}: {role} {value}, formerly {old}.",
    "Where the book shows {old} for {thing}, it should now read {value} ({role}).",
    "A new {role} for {thing} today. Its {role} is {value}, succeeding {old}.",
    "Following review, {thing} trades {old} for {value} in the {role} slot.",
    "Revise the {role} of {thing} to {value}; {old} is retired.",
)

TAKE_BACK: tuple[str, ...] = (
    "Strike {value} from {thing}; the {role} stays vacant.",
    "{value} is withdrawn as {role} of {thing}, and the line is left blank.",
    "{Thing} loses its {role}: {value} is cancelled outright.",
    "Withdraw {value} from the {role} of {thing}, leaving the entry empty.",
    "The {role} entry for {thing} is vacated; {value} stands down without a successor.",
    "Cancel {value} as the {role} on {thing}, and leave that box open.",
    "Rescind the {role} {value} for {thing} and keep the field empty.",
    "{value} is struck off as {role} of {thing}; the slot now sits empty.",
    "Revoke the {role} of {thing}, {value}, with immediate effect and without replacement.",
    "Delete {value} from {thing}. Its {role} is vacant from today.",
    "The {office} retracts {value} as the {role} of {thing}; the field goes blank.",
    "As of this note {thing} is without a {role}: {value} has been withdrawn.",
    "Clear {thing} of {value}, its {role}, and appoint nobody after.",
)

BESIDE: tuple[str, ...] = (
    "{Thing} keeps {value} as its {role}.",
    "For {thing} the {role} remains {value}.",
    "Also on file, {thing} with {role} {value}.",
)
