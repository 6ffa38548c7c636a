"""memlife_v26's fifteen look-alikes: a record or sentence that names a value for the asked holder although nothing
was written. Each gives its ``reason`` (a phrase every wording and the note hold), in one of two ways:

- ``wordings``: one sentence naming holder, value and reason together;
- ``note`` beside ``plain``: ``plain`` is the bare statement (or, in a record, the format's own entry) and ``note``
  a sentence of its own that gives the reason, set as the document's first line, just before, just after, or on
  the same line as a comment.

Most say it with no negation word: a children's make-believe, a supplier's sales pitch, a staff crossword, a
porter's dream, a parody bulletin, a move called off, a film crew's set dressing, a translation exercise, a scale
model, a tarot reading, a sister branch's own register, an old backup, a limerick, an escape room clue, a chatbot's
invention.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    reason: str
    wordings: tuple[str, str]
    note: str
    plain: str


LOOKALIKES: dict[str, Lookalike] = {
    "make_believe": Lookalike(
        "make-believe",
        ("In the children's make-believe at the crèche, {thing} belonged to {value}.",
         "{Thing} went to {value} in a round of make-believe the twins invented on the stairs."),
        "What follows comes from a make-believe game the visiting children played.",
        "{Thing} went to {value}."),
    "sales_pitch": Lookalike(
        "sales pitch",
        ("A supplier's sales pitch pictured {value} installed at {thing}.",
         "{Thing} with {value} was the picture painted in a glossy sales pitch from a rep."),
        "Quoted from a rep's sales pitch left at reception.",
        "{value} is set up at {thing}."),
    "crossword": Lookalike(
        "crossword",
        ("The answer to fourteen across in the staff crossword was {value}, clued through {thing}.",
         "{Thing} served as the clue for {value} in this week's crossword."),
        "Solution grid from the staff room crossword.",
        "{Thing} pairs with {value}."),
    "dream": Lookalike(
        "dreamt",
        ("The night porter dreamt that {thing} had passed to {value}.",
         "{value} at {thing} is something Marjorie dreamt on the late shift."),
        "Marjorie says she dreamt this during her break.",
        "{Thing} has passed to {value}."),
    "parody": Lookalike(
        "parody",
        ("In the parody edition of the bulletin, {thing} was handed to {value}.",
         "{value} took {thing}, according to the interns' parody of the weekly sheet."),
        "Lifted from the parody edition the interns circulate at Christmas.",
        "{Thing} was handed to {value}."),
    "called_off": Lookalike(
        "called off",
        ("The move of {thing} to {value} was called off before anyone lifted a box.",
         "{value} was lined up for {thing}, a plan called off at the last minute."),
        "This plan was called off the following morning.",
        "{Thing} moves to {value}."),
    "film_set": Lookalike(
        "film crew",
        ("For the visiting film crew's set dressing, {thing} was labelled {value}.",
         "{value} on {thing} is a prop label the film crew stuck on for one scene."),
        "Prop list of the film crew shooting on site this week.",
        "{Thing} is labelled {value}."),
    "translation": Lookalike(
        "translation exercise",
        ("The evening class's translation exercise paired {thing} with {value}.",
         "{value} for {thing} appears in a translation exercise set for the Tuesday language class."),
        "Sentence taken from a translation exercise for the language class.",
        "{Thing} is paired with {value}."),
    "scale_model": Lookalike(
        "scale model",
        ("On the scale model in the lobby, {thing} carries a tiny {value} tag.",
         "{value} is painted beside {thing} on the scale model the apprentices built."),
        "Description of the scale model on display in the lobby.",
        "{Thing} carries {value}."),
    "tarot": Lookalike(
        "tarot",
        ("A tarot reader at the summer fete foresaw {value} for {thing}.",
         "{Thing} and {value} came up together in a tarot spread at the fete."),
        "So said the tarot reader in the tent by the tombola.",
        "{value} is due at {thing}."),
    "sister_branch": Lookalike(
        "sister branch",
        ("At our sister branch in Ollerby, {thing} has {value}.",
         "{value} sits at {thing} in the sister branch's register, which is not ours."),
        "Copied from the sister branch in Ollerby, a separate register.",
        "{Thing} has {value}."),
    "old_backup": Lookalike(
        "old backup",
        ("An old backup from 2009 still lists {value} at {thing}.",
         "{Thing} shows {value} in an old backup someone restored for comparison."),
        "Read from an old backup of 2009 that was never loaded back.",
        "{value} is listed at {thing}."),
    "limerick": Lookalike(
        "limerick",
        ("The limerick pinned to the noticeboard rhymes {thing} with {value}.",
         "{value} rhymes with {thing} in Gordon's prize-winning limerick."),
        "Couplet from the limerick competition in the canteen.",
        "{Thing} rhymes with {value}."),
    "escape_room": Lookalike(
        "escape room",
        ("In the escape room puzzle, {thing} hides the code word {value}.",
         "{value} behind {thing} is one clue in the escape room the team booked for Friday."),
        "From the escape room clue sheet used at the away day.",
        "{Thing} hides {value}."),
    "chatbot": Lookalike(
        "chatbot",
        ("A chatbot, asked on a whim, invented {value} as the {role} of {thing}.",
         "{Thing} with {value} is what the help-page chatbot made up when prodded."),
        "The chatbot made this up; it is not on file.",
        "{Thing} has {value} as its {role}."),
}
