"""memlife_v26's questions, each asked several ways: the value a holder has now (``CURRENT``), its first, its k-th
(``KTH``, by ordinal word or by number) and its previous value, a value only mentioned in passing (``IN_PASSING``), and
the one genuine value among look-alikes (``GENUINE``). Fields: {thing}, {role}, and {k} or {ordinal}."""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "ORDINALS", "PREVIOUS"]

CURRENT = (
    "Going by the documents, which {role} does {thing} have now?",
    "Which {role} is currently recorded against {thing}?",
    "At the close of the documents, what is the {role} of {thing}?",
    "Name the {role} that {thing} holds at present.",
    "Right now, what {role} goes with {thing}?",
    "If you checked {thing} today, which {role} would you find?",
    "State the present {role} of {thing}.",
)

FIRST = (
    "Which {role} was the very first given to {thing}?",
    "Before any change, what {role} did {thing} start out with?",
    "Name the original {role} of {thing}.",
    "Who or what was the opening {role} on {thing}?",
    "At the outset, {thing} had which {role}?",
    "Tell me the initial {role} recorded for {thing}.",
)

KTH = (
    "Which {role} was the {ordinal} one entered for {thing}?",
    "Tallying up from the beginning, which {role} came {ordinal} for {thing}?",
    "Of all the {role} entries for {thing}, give the {ordinal}.",
    "What did {thing} have as {role} number {k} in its history?",
    "Looking at {thing}, which {role} was assignment #{k}?",
    "Give {role} no. {k} in the sequence recorded for {thing}.",
)

PREVIOUS = (
    "Which {role} did {thing} have just before its present one?",
    "What was the {role} of {thing} prior to the latest change?",
    "Name the {role} that {thing} had immediately before the most recent update.",
    "Before its last reassignment, {thing} carried which {role}?",
    "The {role} now on {thing} replaced another; which?",
    "Tell me the penultimate {role} for {thing}.",
)

IN_PASSING = (
    "Which {role} was mentioned in passing for {thing}?",
    "In the casual writing, what {role} comes up for {thing}?",
    "Someone's chatter names a {role} for {thing}; which one?",
    "Per the informal pieces, what is the {role} of {thing}?",
    "What {role} is {thing} said to have?",
    "Which {role} does an offhand remark attach to {thing}?",
)

GENUINE = (
    "Setting aside games, pitches and other make-believe, which {role} was really given to {thing}?",
    "Which {role} did {thing} genuinely receive?",
    "Ignoring anything that never took effect, what is the {role} of {thing}?",
    "What {role} was actually put on record for {thing}?",
    "Of the {role} values mentioned for {thing}, which one truly holds?",
    "Which real {role} does {thing} carry in the register?",
)

ORDINALS = {2: "second", 3: "third"}
