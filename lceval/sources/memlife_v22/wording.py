"""The questions, several phrasings each, no phrasing shared between two questions. Fields: ``{thing}`` (the asked
holder with its noun), ``{role}`` (what its value is), and for ``KTH`` the count ``{k}`` or its ``{ordinal}``."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "What is the {role} of {thing} at present?",
    "Going by the latest paperwork, which {role} does {thing} have?",
    "Which {role} is {thing} on right now?",
    "Name the {role} currently recorded for {thing}.",
    "As things stand, what {role} belongs to {thing}?",
    "Tell me the {role} that {thing} has today.",
)

FIRST = (
    "Before any changes were made, which {role} was {thing} given?",
    "What {role} did {thing} start out with?",
    "Name the {role} first recorded for {thing}.",
    "What was the original {role} of {thing}?",
    "Right at the beginning, what {role} did the records give {thing}?",
    "Which {role} did {thing} have when it was first set up?",
)

KTH = (
    "What {role} did {thing} receive in its {ordinal} assignment?",
    "Counting the entries for {thing} in order, what was the {ordinal} {role} it was given?",
    "Which {role} was in place for {thing} after exactly {k} assignments?",
    "Take the first {k} entries that set the {role} of {thing}: which value does the last of them give?",
    "What {role} did {thing} hold once it had been assigned {k} times?",
)

PREVIOUS = (
    "What {role} did {thing} have just before its current one?",
    "Which {role} was {thing} on immediately before the latest change?",
    "Name the {role} that the present one of {thing} replaced.",
    "What was the second-to-last {role} recorded for {thing}?",
    "Before the most recent update, which {role} belonged to {thing}?",
    "Which {role} did {thing} give up at its last change?",
)

IN_PASSING = (
    "According to something mentioned along the way, what is the {role} of {thing}?",
    "Somebody let slip the {role} of {thing}. What is it?",
    "From the everyday writing, which {role} goes with {thing}?",
    "What {role} was {thing} said to have?",
    "In passing, someone named the {role} of {thing}; what was it?",
)

GENUINE = (
    "Which {role} was actually put into effect for {thing}?",
    "Setting aside anything only floated or made up, what {role} does {thing} have?",
    "What is the real, binding {role} of {thing}?",
    "Which {role} did {thing} truly get?",
    "Among the values named beside {thing}, which one is its genuine {role}?",
    "What {role} holds for {thing} in earnest?",
)

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
