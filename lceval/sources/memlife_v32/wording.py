"""memlife_v32's questions, by what they ask. Every question names the holder (``{thing}``) and what it is given
(``{role}``); the k-th ones also say which entry (``{ordinal}`` or ``{k}``). Several genuine-entry questions warn
that stories, games and jokes name holders too."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Which {role} does {thing} hold at the end of these documents?",
    "According to the latest entry, what is the {role} of {thing}?",
    "What {role} is on record for {thing} right now?",
    "Going by everything above, who or what is the {role} of {thing} today?",
    "After every change and emptying, what {role} stands for {thing}?",
    "Name the {role} that {thing} currently has.",
    "Where things stand now, what is the {role} of {thing}?",
)

FIRST = (
    "What was the very first {role} entered for {thing}?",
    "Which {role} did {thing} start out with?",
    "Before any change, what {role} had {thing}?",
    "Name the original {role} of {thing}.",
    "When {thing} was first filled, who or what became its {role}?",
    "Which {role} opened the history of {thing}?",
)

KTH = (
    "What was the {ordinal} {role} entered for {thing}?",
    "Counting from the start, which {role} was the {ordinal} one given to {thing}?",
    "Reading in order, what was the {ordinal} {role} of {thing}?",
    "Entry number {k} for {thing}: which {role} did it name?",
    "Of the values {thing} has held, which {role} came at position {k}?",
    "Which {role} appeared as entry {k} in the history of {thing}?",
)

PREVIOUS = (
    "What {role} did {thing} have just before its latest one?",
    "Which {role} was replaced by the current one on {thing}?",
    "Name the {role} of {thing} one step before the present value.",
    "Before the most recent change, who or what was the {role} of {thing}?",
    "Immediately prior to now, which {role} held {thing}?",
    "The last entry for {thing} displaced which {role}?",
)

IN_PASSING = (
    "Someone mentioned the {role} of {thing} along the way: what was it?",
    "In the casual chatter above, which {role} is given for {thing}?",
    "Which {role} for {thing} turns up only in passing?",
    "A passing remark names the {role} of {thing}. Which one?",
    "What {role} of {thing} comes up in conversation somewhere above?",
    "From the informal notes, what is said to be the {role} of {thing}?",
)

GENUINE = (
    "Leaving aside stories, games and jokes, what {role} was really entered for {thing}?",
    "Which {role} did the register itself record for {thing}, ignoring fortune-telling and make-believe?",
    "What is the genuine {role} of {thing}?",
    "Several pieces mention {thing}, but only one is real paperwork. Which {role} does it give?",
    "Which {role} was actually entered for {thing}?",
    "Skipping rhymes, tales and pictures, what {role} belongs to {thing}?",
    "Going only by true entries, what {role} does {thing} have?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
