"""memlife_v25's questions: each one asked several ways, no phrasing shared between two questions.

Every phrasing opens on a word and names the holder (``{thing}``) and what its value is (``{role}``); the k-th
question also gives the position, as a number (``{k}``) or a word (``{ordinal}``). The first and the previous value
are each asked without one word common to all their phrasings.
"""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Going by the most recent paperwork, which {role} does {thing} have?",
    "What is the {role} on file for {thing} at this point?",
    "Right now, which {role} belongs to {thing}?",
    "If you checked the register today, what {role} would it show for {thing}?",
    "Tell me the {role} presently entered against {thing}.",
    "Once every update so far is applied, what {role} stands for {thing}?",
    "As things stand, {thing} is down for which {role}?",
)

FIRST = (
    "Which {role} was {thing} given originally?",
    "Before any change was made, what {role} did {thing} start out with?",
    "Name the very first {role} recorded against {thing}.",
    "What {role} did the earliest entry for {thing} assign?",
    "Which {role} came first for {thing}?",
    "At the outset, {thing} had which {role}?",
)

KTH = (
    "Of the {role} entries made for {thing}, what did the {ordinal} one say?",
    "Which {role} was {ordinal} in the sequence kept for {thing}?",
    "In order of arrival, which {role} did {thing} receive {ordinal}?",
    "What {role} did {thing} get in write number {k}?",
    "Number the {role} assignments of {thing} from 1 in the order they happened: which is number {k}?",
    "Looking at the history of {thing}, which {role} does entry {k} hold?",
)
ORDINALS = {2: "second", 3: "third"}

PREVIOUS = (
    "Which {role} did {thing} have just before its current one?",
    "What was the {role} of {thing} one step back from the latest?",
    "Prior to the most recent update, which {role} was on {thing}?",
    "Name the {role} that {thing} carried immediately before the last change.",
    "The newest entry replaced which {role} on {thing}?",
    "For {thing}, the {role} that got superseded most lately was what?",
)

IN_PASSING = (
    "Which {role} was mentioned alongside {thing}?",
    "In the everyday writing, what {role} came up for {thing}?",
    "What {role} did someone name in connection with {thing}?",
    "Which {role} was linked to {thing} in passing?",
    "What {role} is said to go with {thing}?",
    "Somewhere a {role} for {thing} gets a mention: which one?",
)

GENUINE = (
    "Which {role} was really recorded for {thing}?",
    "Setting aside drafts, drills and make-believe, what {role} does {thing} have?",
    "What is the {role} actually entered for {thing}?",
    "Which {role} did {thing} genuinely receive?",
    "Of all the {role} values floated for {thing}, which one took effect?",
    "What {role} was truly put on {thing}?",
)
