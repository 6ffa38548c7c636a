"""The questions of memlife_v23, several phrasings each, no phrasing shared between two questions.

Fields: ``{thing}`` (the asked holder with its noun), ``{role}``, and in ``KTH`` ``{k}`` or ``{ordinal}``."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT: tuple[str, ...] = (
    "What is the {role} of {thing} now?",
    "Which {role} is on {thing} at the moment?",
    "As things stand, which {role} does {thing} carry?",
    "Name the {role} currently held by {thing}.",
    "After every update, what {role} is left on {thing}?",
    "Going by the latest paperwork, what is the {role} for {thing}?",
    "If you checked {thing} today, which {role} would you find?",
)

FIRST: tuple[str, ...] = (
    "What {role} was {thing} given at the very start?",
    "Which {role} did {thing} begin with?",
    "Name the original {role} of {thing}.",
    "Before anything was changed, what was the {role} for {thing}?",
    "What was the earliest {role} on record for {thing}?",
    "Which {role} was set down against {thing} in the first place?",
)

KTH: tuple[str, ...] = (
    "What was the {ordinal} {role} that {thing} had?",
    "Counting from the start, which was the {ordinal} {role} of {thing}?",
    "Which {role} did {thing} hold {ordinal} in line?",
    "Listing every {role} of {thing} in order, which one comes at number {k}?",
    "After {k} assignments of a {role}, which one did {thing} have?",
    "Which {role} was entry {k} in the history of {thing}?",
)

PREVIOUS: tuple[str, ...] = (
    "What {role} did {thing} have just before its current one?",
    "Before the latest change, which {role} was {thing} on?",
    "Which {role} did the most recent update to {thing} replace?",
    "Name the {role} {thing} held one step back from now.",
    "What was the second-to-last {role} recorded for {thing}?",
    "If the last change to {thing} were undone, what {role} would come back?",
)

IN_PASSING: tuple[str, ...] = (
    "Someone mentioned the {role} of {thing} in passing; what was it?",
    "In the everyday writing, which {role} comes up for {thing}?",
    "From the casual remarks, which {role} goes with {thing}?",
    "Which {role} was {thing} said to have, in a chatty aside?",
    "What {role} does the small talk give for {thing}?",
    "Going by an offhand mention, what is the {role} of {thing}?",
)

GENUINE: tuple[str, ...] = (
    "Which {role} was actually put on {thing}?",
    "Setting aside drills, jokes, drafts and guesses, what is the {role} of {thing}?",
    "What {role} did {thing} really receive?",
    "Which {role} genuinely took effect for {thing}?",
    "Of all the values named next to {thing}, which {role} is the real one?",
    "What {role} is officially on record for {thing}?",
)

ORDINALS: dict[int, str] = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
