"""memlife_v34's questions, by what they ask: the value a holder has now, the first one entered, the k-th, the one
before the latest, the genuine one among look-alikes, and one told in passing. Each template names the holder
(``{thing}``) and the register's role (``{role}``); the k-th ones say which entry by ordinal or by number."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Going by everything recorded, what {role} does {thing} have at this moment?",
    "Which {role} stands against {thing} once all the entries are taken into account?",
    "At the close of these papers, what is the {role} of {thing}?",
    "Who or what is {thing}'s {role} right now, after every update?",
    "Reading to the very end, which {role} is {thing} left with?",
    "As things finally stand, what {role} is on record for {thing}?",
    "Tell me the {role} currently held by {thing}.",
)
FIRST = (
    "Before any changes, which {role} did {thing} start out with?",
    "What was the very first {role} entered for {thing}?",
    "Which {role} was originally given to {thing}?",
    "When {thing} first appears in the register, what {role} does it get?",
    "At the outset, who or what was named as {thing}'s {role}?",
    "Name the {role} {thing} had initially.",
)
KTH = (
    "Tallying the entries for {thing} in order, which {role} lands in {ordinal} place?",
    "Which {role} did {thing} receive as its {ordinal} entry?",
    "Looking only at {thing}, what {role} came {ordinal} in order?",
    "What is entry number {k} in the sequence of {role} values for {thing}?",
    "Of the {role} values given to {thing}, which sits in position {k}?",
    "Number the {role} entries for {thing} from 1: what is number {k}?",
)
PREVIOUS = (
    "Just before its latest update, what {role} did {thing} have?",
    "Which {role} was displaced when {thing} most recently changed?",
    "What {role} held {thing} immediately prior to the current one?",
    "Name the {role} of {thing} that the newest entry superseded.",
    "One step back from today, who or what was the {role} at {thing}?",
    "Ignoring the present value, what was {thing}'s {role} a moment earlier?",
)
GENUINE = (
    "Setting aside bottles, sculptures, games and other make-do copies, which {role} was genuinely entered for {thing}?",
    "Several pieces name {thing}; which {role} did its keepers actually record?",
    "Only the official register counts: what {role} does it give {thing}?",
    "Some mentions of {thing} come from puzzles, crafts or shows. What real {role} was put down for it?",
    "What is the authentic {role} of {thing}, as entered by the people who keep it?",
    "Which {role} for {thing} was truly filed, rather than written on something for fun?",
    "Look past the imitations: what {role} does the record hold for {thing}?",
)
IN_PASSING = (
    "Someone mentioned {thing} in passing. Which {role} did they say it had?",
    "In the chatty bits of writing, what {role} is given for {thing}?",
    "A casual remark names the {role} of {thing}. What is it?",
    "From the offhand mention, what {role} goes with {thing}?",
    "Which {role} came up for {thing} in conversation?",
    "Somewhere a person notes, by the by, the {role} of {thing}. What did they note?",
)
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
