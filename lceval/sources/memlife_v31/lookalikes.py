"""memlife_v31's look-alikes: a holder named with a value nobody entered, and why it counts for nothing.

Each has the ``reason`` it decides nothing (a short name for readers of the code), the ``place`` that reason takes
in the document, two ``wordings`` of the line that names ``{thing}`` and ``{value}``, and ``frame``: the sentence
before or after, the heading, or the record's column or heading comment, wherever ``place`` puts it (empty when the
line carries the reason itself). Places: ``sentence`` (the same sentence), ``parenthesis``, ``label`` (before a
colon), ``before`` / ``after`` (the sentence just before or after), ``heading`` (the document's heading), ``column``
(a field of the record's line) and ``comment`` (the record's heading comment). Most carry no negation word.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike", "PLACES"]

PLACES = ("sentence", "parenthesis", "label", "before", "after", "heading", "column", "comment")


@dataclass(frozen=True)
class Lookalike:
    reason: str
    place: str
    wordings: tuple[str, str]
    frame: str = ""


LOOKALIKES = {
    "parrot": Lookalike(
        "a parrot repeating a phrase", "sentence",
        ("The macaw by the gift shop squawks \"{thing} for {value}\" at every visitor who passes its cage.",
         "Our grey parrot has picked up the phrase \"{value} at {thing}\" from the radio and repeats it all day.")),
    "dream": Lookalike(
        "a dream retold", "sentence",
        ("In a dream last night {thing} belonged to {value}, and the moon was made of cheddar.",
         "I dreamt that the {office} handed {thing} to {value} while a brass band played.")),
    "fortune_cookie": Lookalike(
        "a fortune-cookie slip", "sentence",
        ("The slip in my fortune cookie promised {value} to {thing}, which made the whole table laugh.",
         "A fortune cookie at the staff dinner foretold {thing} going to {value} within the year.")),
    "mock_exam": Lookalike(
        "a mock exam's model answer", "parenthesis",
        ("{Thing} goes to {value} (the model answer printed at the back of the mock exam paper).",
         "Candidates were asked what {thing} would hold after a transfer (answer given in the marking scheme: {value}).")),
    "predictive_text": Lookalike(
        "a phone keyboard's suggestion", "parenthesis",
        ("The draft says {thing} now has {value} (my phone's predictive text filled that in from one letter).",
         "My message read {value} for {thing} (the keyboard suggested the rest and I sent it by accident).")),
    "ventriloquist": Lookalike(
        "a ventriloquist's dummy", "label",
        ("Dummy, in a squeaky voice: \"{Thing} has got {value}, has it? Since when?\"",
         "The dummy's punchline: \"{value} moved into {thing} and brought the furniture!\"")),
    "crossword": Lookalike(
        "a crossword answer", "label",
        ("Solution to nine down: {value}, the {role} of {thing} in the setter's puzzle.",
         "Crossword key, fourteen across: {thing} with {value}.")),
    "board_game": Lookalike(
        "a home-made board game card", "before",
        ("Advance to {thing} and collect {value} as your {role}.",
         "Land on {thing} and you must take {value} with you."),
        "The next card comes from the board game the volunteers invented for the Christmas party."),
    "typing_test": Lookalike(
        "a typing speed test passage", "before",
        ("{Thing} was handed to {value} on a bright and breezy Tuesday.",
         "Quickly now, {value} joins {thing} and the clock keeps ticking."),
        "Type the following line as fast as you can for the speed test."),
    "april_fool": Lookalike(
        "an April fool", "after",
        ("Big news from the {office}: {thing} has gone to {value}.",
         "Hold the front page, {value} now fills {thing}."),
        "Happy first of April from all of us in the office!"),
    "signwriter": Lookalike(
        "a signwriter's practice board", "after",
        ("{Thing} with {value}, lettered in gold leaf.",
         "{value} at {thing}, painted in a fancy script."),
        "That board was the apprentice signwriter's practice piece and was sanded down by noon."),
    "opera": Lookalike(
        "an opera libretto", "heading",
        ("Sing out, sing out, {thing} is given to {value}!",
         "The chorus swells: {value} and {thing}, forever more!"),
        "Libretto, act two: the chorus of harbour porters"),
    "sandbox": Lookalike(
        "a training sandbox record", "column",
        ("", ""), "sandbox copy for the induction course"),
    "font_specimen": Lookalike(
        "a type specimen sheet", "column",
        ("", ""), "specimen text for the new typeface"),
    "toy_till": Lookalike(
        "a toy till receipt", "comment",
        ("", ""), "printed by the toy till in the children's play corner"),
}
