"""The questions, several phrasings each; {thing} is the holder as prose calls it ("berth KQ4-17"), {role} what its
value is called ("vessel"), {ordinal} and {k} the place asked for in a version question."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "What is the {role} of {thing} once the last of these papers is filed?",
    "Which {role} does {thing} have at present?",
    "Judging by the newest paper to mention it, which {role} has {thing} got?",
    "Tell me the {role} that {thing} stands on right now.",
    "As things finally stand, which {role} is on record for {thing}?",
)
FIRST = (
    "Before anything was altered, what {role} was {thing} first given?",
    "Which {role} did {thing} start out with?",
    "What was the very earliest {role} entered for {thing}?",
    "Looking only at the beginning, what {role} did the papers give {thing}?",
)
KTH = (
    "What was the {ordinal} {role} that {thing} was given?",
    "Counting from its first, which {role} was number {k} for {thing}?",
    "Of the {role} entries {thing} has had, which came {ordinal}?",
    "Name the {ordinal} {role} recorded against {thing}.",
)
PREVIOUS = (
    "Just before its present {role}, what did {thing} have?",
    "Which {role} did {thing} hold immediately before the latest one?",
    "What {role} was {thing} on before its most recent move?",
    "Step back once from where {thing} is now: what was its {role} then?",
)
IN_PASSING = (
    "Somewhere in the everyday writing, a {role} is mentioned for {thing}. Which one?",
    "What {role} was {thing} said, in passing, to have?",
    "Somebody let slip the {role} of {thing}. What was it?",
    "According to the chatter in these pages, which {role} goes with {thing}?",
)
GENUINE = (
    "Which {role} did {thing} actually receive?",
    "Leaving aside anything that never came into force, what is the {role} of {thing}?",
    "What {role} was truly put on record for {thing}?",
    "Ignoring motions, drills, drafts and the like, which {role} does {thing} have?",
)
ORDINALS = {2: "second", 3: "third"}
