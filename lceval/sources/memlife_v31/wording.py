"""memlife_v31's questions, by what they ask: the value a holder has now, its first, its k-th, the one before the
latest, the one told in passing, and the genuine one among look-alikes (some of those warn about them). Each names
the holder (``{thing}``) and what its value is (``{role}``); the k-th ones give ``{k}`` or ``{ordinal}``."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Going by the latest paperwork, which {role} does {thing} have?",
    "Right now, what is the {role} entered for {thing}?",
    "Which {role} should a visitor expect to find at {thing} today?",
    "After every entry and correction, what {role} stands against {thing}?",
    "Tell me the {role} that {thing} currently holds.",
    "If you checked the register this minute, what {role} would it give for {thing}?",
    "As things stand, what is the {role} of {thing}?",
)

FIRST = (
    "Which {role} was entered for {thing} before any change was made?",
    "What did {thing} start out with as its {role}?",
    "Name the original {role} recorded against {thing}.",
    "At the very beginning, {thing} had which {role}?",
    "Back when it was first set up, what {role} went on {thing}?",
    "Give the earliest {role} on file for {thing}.",
)

KTH = (
    "What was the {ordinal} {role} entered for {thing}?",
    "Of all the values {thing} has held, which was its {ordinal} {role}?",
    "Looking down the history of {thing}, which {role} comes {ordinal}?",
    "Which {role} did {thing} receive in entry number {k} of its history?",
    "Counting entries for {thing} from one, what {role} does entry {k} give?",
    "Once {k} entries had been made for {thing}, what was its {role}?",
    "Go through the {role} entries of {thing} in order and stop at number {k}: what is it?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}

PREVIOUS = (
    "Just before its latest change, what {role} did {thing} have?",
    "Which {role} did {thing} hold immediately ahead of the current one?",
    "What was the penultimate {role} recorded for {thing}?",
    "Ignoring the newest entry, name the {role} {thing} carried last.",
    "What {role} had {thing} until it was most recently replaced?",
    "One step back from now, {thing} had which {role}?",
)

IN_PASSING = (
    "Someone mentioned the {role} of {thing} along the way: what was it?",
    "Which {role} was linked to {thing} in a passing remark?",
    "What {role} came up for {thing} in conversation or casual writing?",
    "An offhand mention paired {thing} with some {role}. Which one?",
    "Going by the casual chatter, what {role} goes with {thing}?",
    "In the informal bits of text, what {role} is mentioned beside {thing}?",
)

GENUINE = (
    "Leaving aside games, jokes and practice copies, what {role} was really entered for {thing}?",
    "Which {role} does {thing} genuinely hold, according to the actual register?",
    "Several pieces pair {thing} with one {role} or another; which was entered for real?",
    "What {role} did the keepers of the register actually give {thing}?",
    "Discounting dreams, puzzles and mock-ups, which {role} belongs to {thing}?",
    "Only the real entries count: what {role} is on record for {thing}?",
)
