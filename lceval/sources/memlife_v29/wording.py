"""memlife_v29's questions, by what they ask. Each names the holder (``{thing}``) and what its value is (``{role}``);
the k-th questions also say which entry (``{k}`` or ``{ordinal}``). No phrasing serves two questions, and the
questions about the first and the one-before-last entry share no word across their table."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Which {role} is recorded against {thing} at the latest count?",
    "As things stand now, what {role} goes with {thing}?",
    "Going by the most recent entry, give the {role} for {thing}.",
    "What is the present {role} on file for {thing}?",
    "After every change below, which {role} does {thing} have?",
    "Tell me the {role} that {thing} carries now.",
    "Today, which {role} should a visitor expect at {thing}?",
)

FIRST = (
    "Which {role} did {thing} have before any change was made?",
    "What was the original {role} for {thing}?",
    "Name the {role} {thing} started out with.",
    "At the very beginning, what {role} went with {thing}?",
    "Give the earliest {role} recorded for {thing}.",
    "Who or what was first in line as {role} of {thing}?",
)

KTH = (
    "What was the {ordinal} {role} entered for {thing}?",
    "Counting from the start, which {role} came {ordinal} for {thing}?",
    "Name the {ordinal} {role} that {thing} was given.",
    "Which {role} appears in entry number {k} for {thing}?",
    "Numbering the entries for {thing} from one, which {role} does number {k} give?",
    "Once {k} entries had been made for {thing}, which {role} did it hold?",
    "Take the entries for {thing} in order; what {role} does entry {k} name?",
)

PREVIOUS = (
    "Which {role} did {thing} have just before its current one?",
    "What was the {role} of {thing} prior to the latest change?",
    "Name the {role} that {thing} had one step back.",
    "Before the most recent switch, which {role} was at {thing}?",
    "Give the last-but-one {role} recorded for {thing}.",
    "Who or what preceded today's {role} at {thing}?",
)

IN_PASSING = (
    "Someone mentioned {thing} in passing; what {role} did they say it has?",
    "What {role} is {thing} said to have in the everyday writing below?",
    "From the chatty notes, which {role} goes with {thing}?",
    "Which {role} did a casual remark give for {thing}?",
    "Going by what people wrote offhand, what is the {role} of {thing}?",
    "A note about something else names the {role} of {thing}. What is it?",
)

GENUINE = (
    "Leaving out songs, games, demos and anything else made up, which {role} was really entered for {thing}?",
    "Some mentions of {thing} are practice, pretend or misprinted; which {role} does it genuinely have?",
    "Setting aside examples, scripts and hoaxes, what {role} was actually given to {thing}?",
    "What {role} did the real paperwork assign to {thing}?",
    "Of all the {role} values near {thing}, which one was truly recorded?",
    "Which {role} belongs to {thing} once play-acting and sample entries are discounted?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
