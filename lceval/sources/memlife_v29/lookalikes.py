"""memlife_v29's look-alikes: a holder named with a value that nobody entered, and the reason that gives it away.

Each look-alike has a ``reason`` (a lower-case phrase every one of its wordings carries), a ``label`` (a few words
that can stand before a colon), a ``note`` (one sentence giving the reason alone), two ``wordings`` (holder, value
and reason in one sentence) and a ``plain`` statement (holder and value, no reason) that ``documents`` sets beside
the note: in a parenthesis, after the label and a colon, as the sentence or line just before or just after, in a
column of its own on the record's line, or as the document's heading. Most say it with no negation word.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    reason: str
    label: str
    note: str
    wordings: tuple[str, str]
    plain: str


LOOKALIKES: dict[str, Lookalike] = {
    "karaoke": Lookalike(
        "karaoke", "Karaoke lyric", "Those words come from a song belted out on karaoke night.",
        ("At karaoke night someone sang that {thing} was made for {value}, to great applause.",
         "The karaoke crowd chanted {value} and {thing} in the chorus of the closing number."),
        "{Thing} belongs to {value}."),
    "training_manual": Lookalike(
        "training manual", "Training manual example", "This is the worked example printed in the training manual.",
        ("The training manual shows a sample form filling in {thing} with {value}.",
         "Page nine of the training manual uses {value} at {thing} as its practice entry."),
        "Enter {value} against {thing}."),
    "budget_hypothetical": Lookalike(
        "hypothetical", "Hypothetical from the budget meeting",
        "The budget meeting floated this purely as a hypothetical, never adopted.",
        ("In the budget meeting, as a hypothetical, finance costed {thing} going to {value}.",
         "A hypothetical on the budget slide priced {value} at {thing} for next year."),
        "{Thing} would go to {value}."),
    "misprint": Lookalike(
        "misprint", "Misprint, corrected in the next issue", "A misprint, put right in the following issue.",
        ("The newsletter's misprint paired {thing} with {value}, and the next issue set it straight.",
         "Owing to a misprint, last week's copy had {value} beside {thing}."),
        "{Thing} is listed for {value}."),
    "puppet_show": Lookalike(
        "puppet", "Puppet show script", "That line belongs to the puppet show at the children's fete.",
        ("In the puppet show, the crocodile squawked that {thing} was promised to {value}.",
         "The glove puppet kept insisting {value} had {thing}, and the children roared."),
        "{Thing} is for {value}."),
    "translation_exercise": Lookalike(
        "translation exercise", "Translation exercise", "It is a sentence from the evening class translation exercise.",
        ("Our translation exercise asked for the French of {value} moving into {thing}.",
         "Sentence four of the translation exercise has {value} taking {thing}."),
        "{value} takes {thing}."),
    "spam_text": Lookalike(
        "spam", "Spam text", "The message arrived as spam from an unknown sender, and nobody on staff sent it.",
        ("A spam text claimed {thing} had been reserved for {value} and asked for card details.",
         "Spam again, saying {value} supposedly won {thing} and to click the link to confirm."),
        "{Thing} has been reserved for {value}."),
    "treasure_hunt": Lookalike(
        "treasure hunt", "Treasure hunt clue", "That was a clue in the staff treasure hunt.",
        ("The treasure hunt clue said to look for {value} at {thing}.",
         "Clue six of the treasure hunt rhymed {thing} with {value}."),
        "Look for {value} at {thing}."),
    "improv": Lookalike(
        "improv", "Improv scene", "The improv troupe made it up on the spot.",
        ("During the improv set, someone shouted {thing} and {value} as suggestions and the scene ran with them.",
         "The improv players acted out {value} squabbling over {thing}."),
        "{value} has {thing}."),
    "demo_data": Lookalike(
        "demo", "Demo data", "These rows are demo data shipped with the new software.",
        ("The vendor's demo filled {thing} with {value} to show off the search screen.",
         "On the demo login, {value} sits in {thing} as dummy data."),
        "{Thing} holds {value}."),
    "calligraphy": Lookalike(
        "calligraphy", "Calligraphy practice", "Written out on a calligraphy practice sheet for the lettering class.",
        ("Her calligraphy practice sheet has {thing} and {value} in copperplate, over and over.",
         "For calligraphy homework he lettered {value} beneath {thing} six times."),
        "{Thing} goes to {value}."),
    "escape_room": Lookalike(
        "escape room", "Escape room prop", "It is a prop card from the escape room upstairs.",
        ("A card in the escape room reads {thing} with {value} as part of the puzzle.",
         "In the escape room, the locked ledger names {value} at {thing}."),
        "{Thing} is assigned to {value}."),
    "test_print": Lookalike(
        "test print", "Test print", "A test print from the new label printer, not a real allocation.",
        ("The label printer's test print came out saying {thing} with {value}.",
         "We ran a test print of {value} for {thing} to check the margins."),
        "{Thing} is labelled for {value}."),
    "tongue_twister": Lookalike(
        "tongue-twister", "Tongue-twister", "Just a tongue-twister the speech therapist uses.",
        ("The tongue-twister went like this: {value} wed {thing} while the warden watched.",
         "Try the tongue-twister where {thing} teases {value} ten times fast."),
        "{value} went to {thing}."),
    "interview_role_play": Lookalike(
        "role-play", "Interview role-play", "The interview role-play invented this on the day.",
        ("In the interview role-play the candidate booked {thing} for {value} on a pretend system.",
         "For the role-play, the pretend caller asked to move {value} into {thing}."),
        "{Thing} is booked for {value}."),
}
