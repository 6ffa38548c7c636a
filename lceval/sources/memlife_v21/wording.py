"""The questions, each asked several ways and no phrasing shared between two questions. Fields: {thing} (the holder
with its noun), {role}, and for the k-th value {k} and {ordinal}."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT: tuple[str, ...] = (
    "What is the {role} of {thing} now?",
    "On the strength of the most recent paper, which {role} has {thing} got?",
    "Which {role} stands for {thing} once all the paperwork is read?",
    "What does the register give as the present {role} of {thing}?",
    "Name the {role} that {thing} holds at this point.",
)

FIRST: tuple[str, ...] = (
    "What {role} was {thing} given at the very start?",
    "Before any replacement, which {role} did {thing} first carry?",
    "Name the original {role} of {thing}.",
    "Which {role} did the paperwork assign to {thing} in its opening entry?",
    "What was the earliest {role} on record for {thing}?",
)

KTH: tuple[str, ...] = (
    "What was the {ordinal} {role} given to {thing}?",
    "Counting from the opening entry, what did {thing} hold as its {ordinal} {role}?",
    "Which {role} came {ordinal} in the run of entries for {thing}?",
    "Among the {role} values {thing} received in turn, which was number {k}?",
    "List the {role} values of {thing} in order: which one sits at position {k}?",
)

PREVIOUS: tuple[str, ...] = (
    "What {role} did {thing} have just before its current one?",
    "Which {role} did the latest entry for {thing} replace?",
    "Name the {role} that {thing} held immediately ahead of the most recent one.",
    "One step back from now, what was the {role} of {thing}?",
    "Before {thing} received its present {role}, which one did it carry?",
)

IN_PASSING: tuple[str, ...] = (
    "What {role} does {thing} have?",
    "From what was said along the way, which {role} belongs to {thing}?",
    "Which {role} is {thing} known to have?",
    "Tell me the {role} of {thing}.",
)

GENUINE: tuple[str, ...] = (
    "Leaving aside drills, jokes, guesses and drafts, what {role} did {thing} actually receive?",
    "Which {role} was truly put into effect for {thing}?",
    "Of all the {role} values named for {thing}, which one really took hold?",
    "What is the {role} of {thing} for real, as the binding paperwork has it?",
    "Which {role} did {thing} genuinely end up with?",
)

ORDINALS: dict[int, str] = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
