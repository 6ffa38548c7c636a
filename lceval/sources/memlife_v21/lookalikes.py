"""Look-alikes: paperwork that names the asked holder and a value, where the value never took effect. None of them
says so with a negation; each gives its reason in words of its own (``marker``).

Each look-alike has two prose wordings (one line, holder and value in the same sentence as the reason) for the prose
formats, and a short ``note`` for the record formats, where the reason goes either at the end of the record's own
line or on a note line of its own in the same document (``documents``)."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["LOOKALIKES", "Lookalike"]


class Lookalike(NamedTuple):
    marker: str  # the words that give the reason, in every wording and in the note
    wordings: tuple[str, str]
    note: str


LOOKALIKES: dict[str, Lookalike] = {
    "simulation": Lookalike("simulation", (
        "In this morning's flood simulation the desk played at giving {thing} {value} as its {role}, and the board was wiped afterwards.",
        "{value} was the {role} keyed in for {thing} during the simulation run, a dry exercise reset at noon.",
    ), "simulation entry, wiped once the drill ended"),
    "april_fool": Lookalike("April fool", (
        "Our April fool for the staff room was a notice that {thing} had acquired {value} as {role}; it came down by lunchtime.",
        "Pinned up on the first of April as an April fool, the claim that {value} was now {role} of {thing} caught out two apprentices.",
    ), "April fool prank, taken down the same morning"),
    "translation": Lookalike("translation exercise", (
        "Sentence twelve of the apprentices' translation exercise reads: the {role} of {thing} is {value}.",
        "For the translation exercise, render into Welsh the line '{Thing} has {value} as {role}.'",
    ), "copied out of a translation exercise, practice text only"),
    "keyboard_slip": Lookalike("slip of the keyboard", (
        "Same clerk, later: {value} beside {thing} in my earlier {role} line was a slip of the keyboard, so please disregard it.",
        "A slip of the keyboard put {value} against {thing} as {role}; I, who wrote it, have struck it through and the earlier entry holds.",
    ), "slip of the keyboard, struck through by its own writer"),
    "declined": Lookalike("declined", (
        "The {office} offered {value} as {role} for {thing}; the offer was declined with thanks.",
        "{value} was put forward to be the {role} of {thing} and politely declined by those concerned.",
    ), "offer declined by the recipient"),
    "lapsed": Lookalike("lapsed", (
        "A reservation held {value} as the {role} for {thing}, but it lapsed before anyone confirmed it.",
        "The hold on {value} as {role} of {thing} lapsed at the deadline, unclaimed.",
    ), "reservation lapsed unconfirmed"),
    "fixture": Lookalike("test fixture", (
        "The register software's test fixture seeds {thing} with {value} as its {role}; it lives in the test database alone.",
        "Lifted from a test fixture: {value} as the {role} of {thing}, dummy data for the build server.",
    ), "test fixture, dummy data for the build"),
    "rehearsal": Lookalike("rehearsal", (
        "At Thursday's rehearsal a stand-in announced {value} as {role} of {thing}, purely to practise the wording.",
        "Rehearsal script, scene two, has the herald say: 'I name {value} the {role} of {thing}.'",
    ), "rehearsal script, spoken for practice"),
    "quiz": Lookalike("quiz", (
        "Pub quiz, round three, one team's wrong answer: {value} as the {role} of {thing}.",
        "The staff quiz asked for the {role} of {thing}; one table guessed {value} and lost the point.",
    ), "a guessed quiz answer, marked wrong"),
    "forecast": Lookalike("forecast", (
        "The planning forecast pencils in {value} as {role} for {thing} some years hence, subject to budget.",
        "{value} appears as the forecast {role} of {thing} in the ten-year outlook, an estimate and little more.",
    ), "forecast figure, an estimate only"),
    "overturned": Lookalike("overturned", (
        "The award of {value} as {role} to {thing} was overturned on appeal the following week.",
        "{Thing} briefly looked set to get {value} as {role} until the tribunal overturned the ruling.",
    ), "ruling overturned on appeal"),
    "mock_up": Lookalike("mock-up", (
        "The brochure mock-up shows {thing} with {value} as {role}, placeholder text from the designer.",
        "In the designer's mock-up for the new signage, {value} stands in as the {role} of {thing}.",
    ), "design mock-up, placeholder wording"),
    "training_manual": Lookalike("training manual", (
        "Worked case in the training manual: suppose {thing} were given {value} as {role}, then fill in form B.",
        "The training manual's sample page lists {value} as the {role} of {thing}, an invented case.",
    ), "sample page from the training manual, invented"),
    "suggestion_box": Lookalike("suggestion box", (
        "From the suggestion box: could {thing} have {value} as {role}? Filed with the other wishes.",
        "A suggestion box slip asks that {value} become the {role} of {thing}, a wish that stays a wish.",
    ), "a wish dropped in the suggestion box"),
    "sweepstake": Lookalike("sweepstake", (
        "Office sweepstake entry: Dana bets on {value} as the next {role} of {thing}.",
        "In the sweepstake pinned by the kettle, {value} is the favourite to be {role} of {thing}.",
    ), "sweepstake bet, unsettled"),
}
