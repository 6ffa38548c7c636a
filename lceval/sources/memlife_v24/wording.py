"""The questions memlife_v24 asks, several phrasings each, none serving two questions; every one names the holder
(``{thing}``) and what its value is (``{role}``)."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT: tuple[str, ...] = (
    "What is the {role} of {thing} now?",
    "Which {role} does {thing} have at the moment?",
    "As things stand at the end, which {role} goes with {thing}?",
    "Give the current {role} on record for {thing}.",
    "Going by everything above, what {role} is {thing} left with?",
    "Taking every change into account, name the {role} of {thing} today.",
    "Right now, which {role} is attached to {thing}?",
)

FIRST: tuple[str, ...] = (
    "What was the very first {role} of {thing}?",
    "Which {role} did {thing} start out with?",
    "Name the original {role} recorded for {thing}.",
    "Before anything changed, which {role} belonged to {thing}?",
    "When {thing} first appears, what {role} does it have?",
    "Give the earliest {role} on record for {thing}.",
)

KTH: tuple[str, ...] = (
    "What was the {ordinal} {role} recorded for {thing}?",
    "Counting from the start, which was the {ordinal} {role} of {thing}?",
    "Name the {ordinal} {role} that {thing} was given.",
    "Number the {role} entries of {thing} from 1: which one is number {k}?",
    "In order of writing, which {role} sits at position {k} in the history of {thing}?",
    "If you list every {role} {thing} has had, oldest first, which is entry {k}?",
)

PREVIOUS: tuple[str, ...] = (
    "What {role} did {thing} have just before its latest change?",
    "Which {role} was on {thing} immediately prior to the current one?",
    "Name the last-but-one {role} of {thing}.",
    "Before the most recent update, what was the {role} for {thing}?",
    "Which {role} did {thing} carry until its most recent replacement?",
    "Give the {role} that {thing} had right before the present one.",
)

IN_PASSING: tuple[str, ...] = (
    "Which {role} goes with {thing}, according to the text?",
    "From what is written here, what is the {role} of {thing}?",
    "What {role} does {thing} have, as mentioned in the documents?",
    "Name the {role} that the text gives for {thing}.",
    "Judging by these pages, which {role} belongs to {thing}?",
    "What do the documents say the {role} of {thing} is?",
)

GENUINE: tuple[str, ...] = (
    "Which {role} was genuinely put in place for {thing}?",
    "Setting aside anything that never took effect, what is the {role} of {thing}?",
    "What {role} did {thing} really receive?",
    "Name the {role} actually on record for {thing}, ignoring games and guesses.",
    "Out of all the values mentioned beside {thing}, which is its real {role}?",
    "Which {role} officially belongs to {thing}?",
)

ORDINALS: dict[int, str] = {2: "second", 3: "third"}
