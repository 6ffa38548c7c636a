"""memlife_v33's questions, by what they ask. Fields: ``{thing}`` (noun and holder), ``{role}``, and for the k-th
entry ``{k}`` or ``{ordinal}``. Every question opens on a word; some of those about the genuine entry warn that the
holder is also named in things made for fun or show."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Which {role} does {thing} have once every document has been read?",
    "As things stand after the last entry, what is the {role} of {thing}?",
    "Reading all the entries in order, what {role} is {thing} left with?",
    "What {role} sits with {thing} right now?",
    "Tell me the {role} currently on record for {thing}.",
    "At present, which {role} is listed against {thing}?",
    "Taking later entries over earlier ones, which {role} belongs to {thing}?",
)

FIRST = (
    "Before any change was made, which {role} did {thing} start with?",
    "What was the very first {role} entered for {thing}?",
    "When {thing} was filled for the first time, what went in as its {role}?",
    "Name the original {role} of {thing}.",
    "Which {role} was {thing} given at the outset?",
    "Looking back to its opening entry, what {role} had {thing}?",
)

KTH = (
    "What was the {ordinal} {role} entered for {thing}?",
    "Counting from the start, which {role} came {ordinal} for {thing}?",
    "Of the values {thing} has had as its {role}, which was the {ordinal}?",
    "After {k} entries for {thing}, which {role} stood on the books?",
    "Entry number {k} for {thing} set which {role}?",
    "Stopping at entry {k} about {thing}, which {role} was then in place?",
    "Which {role} did {thing} reach in the {ordinal} of its entries?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}

PREVIOUS = (
    "Which {role} did {thing} have just before its latest one?",
    "What {role} was replaced by the most recent entry for {thing}?",
    "One entry back from the last, what was the {role} of {thing}?",
    "Name the {role} {thing} held immediately prior to its current one.",
    "Before the final change to {thing}, which {role} was on file?",
    "What was the penultimate {role} recorded for {thing}?",
)

IN_PASSING = (
    "According to what was mentioned in passing, which {role} goes with {thing}?",
    "Somebody let slip the {role} of {thing}; what was it?",
    "What {role} for {thing} comes up in the casual writing?",
    "Which {role} is {thing} said to have, judging by the chatter in these documents?",
    "From the informal mentions, what is the {role} of {thing}?",
    "In the everyday notes, which {role} is linked to {thing}?",
)

GENUINE = (
    "Setting aside every invented or decorative mention, what {role} was actually entered for {thing}?",
    "Only one entry for {thing} is genuine: which {role} does it record?",
    "Among the mentions of {thing}, which {role} comes from a real entry rather than a game or an ornament?",
    "What is the true {role} of {thing}, discounting anything written for show?",
    "Which {role} has really been recorded for {thing}?",
    "Copies made for fun name {thing} too; which {role} did the register itself enter?",
    "Which {role} was properly assigned to {thing}?",
)
