"""memlife_v28's questions: several phrasings of each thing a kind asks, none shared between two questions.

Every question names the holder (``{thing}``) and what its value is (``{role}``); the k-th asks with an ordinal or
with the number ``{k}``. The first and the previous value are each asked in ways that share no word, so no single
word marks either question.
"""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

# The value the holder has now (overwrite; discard, where it may have been cleared).
CURRENT = (
    "Which {role} does {thing} have at present?",
    "Going by the latest entry, what is the {role} of {thing}?",
    "What {role} is currently recorded against {thing}?",
    "Right now, which {role} is on file for {thing}?",
    "If you checked {thing} today, what {role} would you find there?",
    "What is the standing {role} for {thing}?",
    "Tell me the present {role} of {thing}.",
)

FIRST = (
    "Which {role} was the very first one entered for {thing}?",
    "Before any change, what {role} did {thing} start with?",
    "What was the original {role} of {thing}?",
    "At the outset, {thing} carried which {role}?",
    "Name the initial {role} recorded against {thing}.",
    "Which {role} did {thing} begin with?",
)

KTH = (
    "What was the {ordinal} {role} entered for {thing}?",
    "Which {role} came {ordinal} in the history of {thing}?",
    "In order of entry, what was the {ordinal} {role} that {thing} had?",
    "Once {k} entries had been made for {thing}, what was its {role}?",
    "What {role} did {thing} have as entry number {k}?",
    "Of the {role} values given to {thing}, which was number {k}?",
)

PREVIOUS = (
    "What {role} did {thing} have just before its latest change?",
    "Which {role} was replaced most recently at {thing}?",
    "Prior to the current entry, what was the {role} of {thing}?",
    "What {role} preceded the present one at {thing}?",
    "Which {role} did the last update to {thing} supersede?",
    "Name the {role} that {thing} had immediately before the newest one.",
)

# A value only told in passing (nowrite).
IN_PASSING = (
    "Which {role} has been mentioned for {thing}?",
    "What {role} came up in connection with {thing}?",
    "According to the documents, which {role} goes with {thing}?",
    "What {role} is linked to {thing} in the texts above?",
    "Which {role} was named alongside {thing}?",
    "What do the documents give as the {role} of {thing}?",
)

# The one genuine entry among look-alikes (distractor).
GENUINE = (
    "Which {role} was actually entered for {thing}?",
    "Setting aside games and jokes, what is the real {role} of {thing}?",
    "What {role} does the genuine record give {thing}?",
    "Ignoring anything made up, which {role} belongs to {thing}?",
    "What is the true {role} on the books for {thing}?",
    "Which {role} did {thing} really receive?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
