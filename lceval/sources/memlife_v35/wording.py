"""memlife_v35's questions, by what they ask: the value a holder has now, its first, its k-th, the one before the
latest, the genuine one among look-alikes, and the one told in passing. Every question opens on a word and names
the holder (``{thing}``) and what the value is (``{role}``)."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Going by the latest entry, what {role} does {thing} have?",
    "Which {role} stands against {thing} at the end of these documents?",
    "As things are left, what is the {role} of {thing}?",
    "Tell me the {role} that {thing} carries once every change is counted.",
    "After all the paperwork above, which {role} belongs to {thing}?",
    "According to the register as it now stands, what is the {role} for {thing}?",
    "Reading everything in order, where has {thing} ended up for its {role}?",
)

FIRST = (
    "Which {role} was {thing} given at the very start?",
    "Before any change, what {role} did {thing} hold?",
    "What did the register originally record as the {role} for {thing}?",
    "Name the earliest {role} entered against {thing}.",
    "When {thing} first appeared, what {role} came with it?",
    "Going right back to the beginning, what was the {role} of {thing}?",
    "In its maiden entry, which {role} did {thing} receive?",
)

KTH = (
    "What was the {ordinal} {role} recorded for {thing}?",
    "Counting from the start, which {role} came {ordinal} for {thing}?",
    "Which {role} did {thing} carry in its {ordinal} entry?",
    "What {role} did {thing} have when register entry number {k} was written for it?",
    "Take entry {k} in the history of {thing}: which {role} did it set?",
    "Which {role} held for {thing} straight after write number {k}?",
)

PREVIOUS = (
    "Which {role} did {thing} have just before its current one?",
    "What was the {role} of {thing} one step back from the latest?",
    "Before the most recent change, which {role} sat on {thing}?",
    "Name the {role} that {thing} gave up at its last change.",
    "Immediately prior to now, what {role} belonged to {thing}?",
    "Which {role} got replaced when {thing} was last altered?",
)

GENUINE = (
    "Setting aside sculptures, songs, posters and the like, what {role} was really entered for {thing}?",
    "Which {role} did {thing} genuinely receive in the register, rather than in a game or a shop window?",
    "Ignoring anything carved, sung, painted or mumbled, what is the {role} of {thing}?",
    "What {role} was actually given to {thing} by the people who keep the register?",
    "One entry for {thing} is the real thing; what {role} does it record?",
    "Which {role} does the true record give {thing}?",
    "What is the official {role} of {thing}?",
)

IN_PASSING = (
    "Somebody mentioned, almost as an aside, which {role} goes with {thing}. What was it?",
    "From the chatty bits, what {role} was {thing} said to have?",
    "A casual remark gave the {role} of {thing}: which one?",
    "Nothing official, but what {role} was mentioned for {thing}?",
    "What {role} did someone happen to mention for {thing}?",
    "In the offhand mentions, which {role} is linked to {thing}?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
