"""The questions, several phrasings each (fields ``{thing}``, ``{role}`` and, for the k-th value, ``{ordinal}`` or
``{k}``): the value a holder has now, its first, its k-th, the one before its latest, the one told in passing, and
the one genuine value among look-alikes."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "After all the paperwork above, what {role} does {thing} have?",
    "Going by the most recent entries, which {role} is on {thing}?",
    "Name the {role} currently on record for {thing}.",
    "If you looked up {thing} today, what {role} would the register show?",
    "What is the standing {role} of {thing}?",
)

FIRST = (
    "What {role} was {thing} given in its very first entry?",
    "Which {role} did {thing} start out with, before anything was replaced?",
    "Looking back to the earliest record, what {role} did {thing} have?",
    "What {role} did the register originally assign to {thing}?",
    "Before any swaps, what was the {role} of {thing}?",
)

KTH = (
    "What was the {ordinal} {role} on record for {thing}?",
    "Counting the entries for {thing} in order, which {role} came {ordinal}?",
    "Which {role} did {thing} hold {ordinal}, the original entry counting as the first?",
    "Of the values the {role} of {thing} has taken, what was number {k}?",
    "Entry {k} in the history of the {role} of {thing}: what did it say?",
)

PREVIOUS = (
    "Just before its latest {role}, what did {thing} have?",
    "What {role} did {thing} have immediately before the most recent replacement?",
    "Which {role} did the newest entry for {thing} take over from?",
    "What was the last-but-one {role} of {thing}?",
    "Step back one entry: what {role} did {thing} carry then?",
)

IN_PASSING = (
    "Somewhere in the everyday writing, the {role} of {thing} comes up. What is it?",
    "A piece of ordinary writing mentions the {role} of {thing}. What does it say?",
    "According to what is mentioned along the way, which {role} does {thing} have?",
    "From a remark made in passing, which {role} belongs to {thing}?",
)

GENUINE = (
    "Leaving aside everything that never took effect, what {role} does {thing} have?",
    "What {role} was actually recorded for {thing}?",
    "Once the non-binding mentions are set aside, which {role} really applies to {thing}?",
    "What is the {role} of {thing} that is in force?",
    "Only one entry for {thing} counts. Which {role} does it give?",
)

ORDINALS = {2: "second", 3: "third"}
