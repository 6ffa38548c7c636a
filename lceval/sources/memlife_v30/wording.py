"""memlife_v30's questions, by what they ask: the value a holder has now, its first, its k-th, the one before the
latest, the genuine one among look-alikes, and one told in passing. Every question names the holder (``{thing}``)
and what the value is (``{role}``); the k-th ones say which entry by ordinal (``{ordinal}``) or by count (``{k}``)."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "According to the documents, which {role} does {thing} have at present?",
    "Going by the latest entries, what is the {role} of {thing}?",
    "What {role} is on record for {thing} as things stand?",
    "If you checked {thing} today, which {role} would the register show?",
    "Name the {role} that {thing} currently holds.",
    "Which {role} belongs to {thing} once every change is taken into account?",
    "What does the register now give as the {role} for {thing}?",
)

FIRST = (
    "Which {role} was entered for {thing} before any change was made?",
    "What was the original {role} of {thing}?",
    "At the very start of its record, which {role} did {thing} have?",
    "Name the earliest {role} written down for {thing}.",
    "Before anything got amended, what {role} was listed for {thing}?",
    "Which {role} opened the history of {thing}?",
)

KTH = (
    "Which {role} was the {ordinal} one recorded for {thing}?",
    "Tallying the entries in order, which {role} came {ordinal} for {thing}?",
    "What {role} did {thing} hold as its {ordinal} entry?",
    "Entry number {k} for {thing}: which {role} did it name?",
    "Counting entries for {thing} from the beginning, which {role} appears at position {k}?",
    "What was the {role} of {thing} once {k} entries had been made for it?",
)

PREVIOUS = (
    "Which {role} did {thing} have immediately before its current one?",
    "What was the {role} of {thing} one change ago?",
    "Just prior to the latest update, which {role} sat with {thing}?",
    "Name the {role} that {thing} was given before the most recent replacement.",
    "Before its last amendment, what {role} was listed for {thing}?",
    "Which {role} did the newest entry for {thing} replace?",
)

GENUINE = (
    "Ignoring games, jokes and stories, which {role} was really entered for {thing}?",
    "What is the genuine {role} of {thing}, as opposed to any invented one?",
    "Several made-up mentions name {thing}; which {role} is the one actually on the books?",
    "Setting aside puzzles, predictions and fiction, what {role} does {thing} truly have?",
    "What {role} was properly registered for {thing}?",
    "Which {role} is on file for {thing} in earnest?",
    "Some mentions are only play: which {role} was truly entered against {thing}?",
)

IN_PASSING = (
    "Which {role} was mentioned in passing for {thing}?",
    "Someone let slip a {role} for {thing}; what was it?",
    "From the casual chatter in the documents, what {role} goes with {thing}?",
    "What {role} did an informal remark attach to {thing}?",
    "Which {role} comes up for {thing} in the everyday writing?",
    "Reading the chit-chat, which {role} would you say {thing} has?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
