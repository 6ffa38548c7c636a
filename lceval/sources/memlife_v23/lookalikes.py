"""Fifteen look-alikes of memlife_v23: a value named beside the asked holder that never took effect.

Each is told with no negation word. Its reason comes either inside the one sentence that names holder and value
(``wordings``, two of them), or in a ``note`` of its own set elsewhere in the document (as its first line, or just
before or just after the plain sentence ``plain``). Every wording and the note carry the look-alike's ``reason``
word; the plain sentence never does, and the note names neither holder nor value.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    reason: str  # the word that gives the reason away, in every wording and the note
    wordings: tuple[str, str]  # holder, value and reason in one sentence
    plain: str  # holder and value, the reason left to the note
    note: str  # the reason alone


LOOKALIKES: dict[str, Lookalike] = {
    "drill script": Lookalike(
        "exercise",
        ("For the exercise scenario, {thing} is to be treated as holding {value} as its {role}.",
         "Exercise inject four: {Thing} reports {value} as its {role}."),
        "{Thing} reports {value} as its {role}.",
        "This is scripted traffic for Thursday's evacuation exercise."),
    "quiz answer": Lookalike(
        "quiz",
        ("Round three of the staff quiz had us guess the {role} for {thing}, and table two wrote {value}.",
         "{Thing} with {value} as its {role} was one of the made-up quiz answers."),
        "Table two's answer: {thing}, {role} {value}.",
        "From the staff quiz sheet, round three, answers in pencil."),
    "defeated motion": Lookalike(
        "motion",
        ("A motion to give {thing} {value} as its {role} was defeated on a show of hands.",
         "{value} for {thing} was put as a motion and lost by six votes to two."),
        "Proposed: that {thing} take {value} as its {role}.",
        "The motion was lost, with two members for and six against."),
    "induction specimen": Lookalike(
        "specimen",
        ("Specimen line for trainees: {thing}, {role} {value}.",
         "The induction pack's specimen shows {value} as the {role} of {thing}."),
        "{Thing}, {role}: {value}.",
        "SPECIMEN entry, printed in the induction pack to show trainees the layout."),
    "office wager": Lookalike(
        "wager",
        ("Kev's wager is that {thing} ends up with {value} as its {role}.",
         "I'd wager a tenner {value} becomes the {role} of {thing} by spring."),
        "Kev's pick: {thing} ends up with {value}.",
        "Office wager for a fiver, to be settled whenever the next change comes."),
    "school homework": Lookalike(
        "homework",
        ("Ellie's homework sheet invents a register in which {thing} gets {value} as its {role}.",
         "For homework the class pretended {value} was the {role} of {thing}."),
        "Question 4: {thing} has {value} as its {role}.",
        "Copied from my daughter's maths homework, where the whole register is made up."),
    "design mock-up": Lookalike(
        "mock-up",
        ("The booking screen mock-up fills in {value} as the {role} for {thing}.",
         "On the mock-up, {thing} is shown with {value} as a filler {role}."),
        "Screen shows {thing} with {value} as its {role}.",
        "Design mock-up for the new booking screen, with placeholder data throughout."),
    "April fool": Lookalike(
        "April fool",
        ("Our April fool claimed {thing} had swapped to {value} as its {role}.",
         "The April fool in the group chat said {value} was now the {role} of {thing}."),
        "Big news, {thing} has switched to {value} as its {role}!",
        "This year's April fool, owned up to at lunchtime."),
    "sweepstake": Lookalike(
        "sweepstake",
        ("In the sweepstake, Sunita drew {value} for the {role} of {thing}.",
         "My sweepstake ticket says {thing} will get {value} as its {role}."),
        "Sunita: {thing} gets {value}.",
        "Sweepstake entries, pinned up by the kettle, guesses only."),
    "wishlist": Lookalike(
        "wishlist",
        ("Top of the wishlist, one day: {value} as the {role} for {thing}.",
         "{Thing} with {value} as its {role} stays on our wishlist for now."),
        "{Thing}: {value} as {role}, ideally.",
        "Wishlist for next season, passed up to the committee for some later date."),
    "sandbox run": Lookalike(
        "sandbox",
        ("Sandbox test: set {thing} to {value} as its {role} and checked the screen refreshed.",
         "In the sandbox, {value} went onto {thing} so we could try out the new form."),
        "Set {thing} to {value} as its {role}.",
        "Run against the sandbox copy of the register, to test the import script."),
    "horoscope": Lookalike(
        "horoscope",
        ("Today's horoscope for Libra says {thing} will take {value} as its {role}.",
         "The horoscope column predicts {value} for {thing} this week, with Mars rising."),
        "The stars align for {thing}: expect {value} as its {role}.",
        "From the horoscope page of the staff magazine, for a laugh."),
    "workshop hypothetical": Lookalike(
        "hypothetical",
        ("In a hypothetical case, if {thing} took {value} as its {role}, the rota would clash.",
         "The workshop's hypothetical gave {thing} {value} as its {role}."),
        "Suppose {thing} takes {value} as its {role}.",
        "A hypothetical case from the risk assessment workshop."),
    "intern prank": Lookalike(
        "prank",
        ("The interns' prank sign claimed {thing} had {value} as its {role}.",
         "As a prank, somebody taped up a card giving {thing} {value} as its {role}."),
        "NOTICE: {Thing} now has {value} as its {role}.",
        "A prank by the summer interns, owned up to the next morning."),
    "tabletop game": Lookalike(
        "tabletop",
        ("In our tabletop campaign, the party's map gives {thing} {value} as its {role}.",
         "Our tabletop game borrowed {thing} and invented {value} for its {role}."),
        "Session twelve: the heroes find {thing} with {value} as its {role}.",
        "From the notes of our tabletop role-play campaign, where the whole town is invented."),
}
