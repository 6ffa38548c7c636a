"""The questions, each kind of question in several phrasings ({thing}: "fermenter FV-K274"; {role}: "brew")."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "What {role} does {thing} have once every record above has been taken into account?",
    "After all the changes these records make, which {role} is {thing} left with?",
    "Going by the records, what is the {role} of {thing} at the end?",
    "Which {role} stands for {thing} when the last of these records has been read?",
    "Reading everything through to the end, what {role} is {thing} on now?",
)
FIRST = (
    "Before anything was changed, what was the very first {role} given to {thing}?",
    "Which {role} did {thing} start out with?",
    "What {role} did the records assign to {thing} first of all?",
    "Going back to the beginning, what was the original {role} of {thing}?",
)
KTH = (  # {k}: 2 or 3; {ordinal}: "second" or "third"
    "Counting the {role}s {thing} was given in order, which was the {ordinal}?",
    "What was the {ordinal} {role} that {thing} ever had?",
    "In the order they were set, what was {role} number {k} of {thing}?",
    "Which {role} did {thing} have {ordinal}, counting from the first one it was given?",
)
PREVIOUS = (
    "Just before its latest change, what {role} did {thing} have?",
    "What was the {role} of {thing} immediately before the one it has now?",
    "Which {role} did the last change to {thing} replace?",
    "One step before where it ended up, which {role} was {thing} on?",
)
IN_PASSING = (
    "Somewhere in the everyday writing, {thing} and its {role} come up in passing. Which {role} is mentioned?",
    "An aside in one of the ordinary texts names the {role} of {thing}. What is it?",
    "Which {role} for {thing} is mentioned in passing?",
    "In passing, a piece of writing that is no record gives {thing} a {role}. Which one?",
)
GENUINE = (
    "Several documents float a {role} for {thing}, but only one of them took effect. Which {role} does {thing} actually have?",
    "Ignoring the drafts, rollbacks, proposals and what-ifs, what {role} was really set for {thing}?",
    "Which {role} was genuinely given to {thing}?",
    "Only one of the mentions of {thing} changed anything. What {role} did it set?",
)
ORDINALS = {2: "second", 3: "third"}
