"""memlife_v27's questions: several phrasings of each, none serving two questions, none opening on the holder."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Which {role} does {thing} have now?",
    "Going by the latest documents, what {role} is recorded for {thing}?",
    "As things stand, name the {role} of {thing}.",
    "Tell me the current {role} entered against {thing}.",
    "What is the {role} of {thing} after every change so far?",
    "Right now, which {role} belongs with {thing}?",
    "At this moment, who or what is down as the {role} of {thing}?",
)
FIRST = (
    "Which {role} was entered for {thing} before any other?",
    "Name the original {role} of {thing}.",
    "What {role} did {thing} start out with?",
    "At the very beginning, who or what was the {role} of {thing}?",
    "Give the earliest {role} ever recorded against {thing}.",
    "When {thing} was first filled, what {role} went in?",
)
KTH = (
    "What was the {ordinal} {role} entered for {thing}?",
    "Counting from the start, name the {ordinal} {role} of {thing}.",
    "Which {role} came {ordinal} in the history of {thing}?",
    "Give {role} number {k} in the record of {thing}.",
    "Of all the values {thing} has had, which {role} was number {k}?",
    "Counting entries one by one, what {role} did entry {k} give {thing}?",
)
PREVIOUS = (
    "Which {role} did {thing} have just before its current one?",
    "Name the {role} that {thing} most recently replaced.",
    "What was the {role} of {thing} one change ago?",
    "Who or what held the {role} slot of {thing} prior to the latest entry?",
    "Give the {role} of {thing} immediately preceding the present value.",
    "Before the last update, what {role} was recorded for {thing}?",
)
IN_PASSING = (
    "According to the everyday writing, who or what is the {role} of {thing}?",
    "In passing, someone mentioned the {role} of {thing}. What was it?",
    "Which {role} goes with {thing}, going by the casual mentions?",
    "From the informal pieces, name the {role} of {thing}.",
    "What {role} was mentioned for {thing}?",
    "Somebody let slip the {role} of {thing}; what is it?",
)
GENUINE = (
    "Setting aside anything that was never really entered, what is the {role} of {thing}?",
    "Which {role} genuinely holds for {thing}?",
    "Ignoring jokes, fiction and the like, which {role} is truly on record for {thing}?",
    "What {role} does the actual register give {thing}?",
    "Of the values mentioned with {thing}, which {role} really counts?",
    "Name the {role} that {thing} truly has on the books.",
)
ORDINALS = {2: "second", 3: "third"}
