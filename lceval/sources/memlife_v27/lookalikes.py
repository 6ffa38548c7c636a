"""memlife_v27's look-alikes: fifteen kinds of text that name a value for the asked holder but never entered it.

Each has a ``reason`` (the words that show it), two ``wordings`` that give holder, value and reason in one sentence,
a ``note`` that gives the reason alone (set as the first line, a line or sentence just before or after, or a comment
on the same line), and the ``plain`` sentence the note goes with in prose. Most say it with no negation word.
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
    "fortune_cookie": Lookalike(
        "fortune cookie",
        ("A fortune cookie at the staff lunch promised {thing} to {value}.",
         "{value} for {thing}, read the slip inside somebody's fortune cookie."),
        "Copied from a fortune cookie slip.", "{Thing} goes to {value}."),
    "mock_trial": Lookalike(
        "mock trial",
        ("In the school mock trial, exhibit B claimed {thing} belonged to {value}.",
         "Exhibit four of the mock trial named {value} as {role} of {thing}."),
        "Evidence bundle from the sixth-form mock trial.", "{value} is {role} of {thing}."),
    "pub_quiz": Lookalike(
        "quiz",
        ("Quiz round three asked whether {thing} belonged to {value}.",
         "The quiz master's trick question paired {thing} with {value}."),
        "Question card from Thursday's pub quiz.", "{Thing}: {value}."),
    "phishing": Lookalike(
        "phishing",
        ("A phishing email claimed {thing} now belonged to {value} and asked for a password.",
         "{value} was named for {thing} in a phishing message the helpdesk flagged."),
        "Quarantined as phishing; the office sent nothing of the kind.", "Please be advised {thing} has moved to {value}."),
    "ghost_story": Lookalike(
        "ghost story",
        ("In the campfire ghost story, a pale figure handed {thing} to {value}.",
         "{value} haunts {thing}, says the ghost story, not the register."),
        "Told as a ghost story around the campfire.", "{value} has held {thing} since midnight."),
    "crayon_drawing": Lookalike(
        "crayon drawing",
        ("A crayon drawing on the fridge shows {value} waving from {thing}.",
         "Under the crayon drawing, in wobbly letters: {thing} is {value}'s."),
        "Caption of a crayon drawing by a visitor's child.", "{Thing} is {value}'s."),
    "typing_test": Lookalike(
        "typing test",
        ("For the typing test, candidates copied a line giving {thing} to {value}.",
         "{value} and {thing} turn up together in the typing test passage."),
        "Passage set for the typing test.", "{Thing} is let to {value}."),
    "video_game": Lookalike(
        "video game",
        ("In the video game, my character rented {thing} to {value}.",
         "The video game save screen lists {value} at {thing}."),
        "Screenshot from a video game.", "{Thing} holder: {value}."),
    "fan_fiction": Lookalike(
        "fan fiction",
        ("A piece of fan fiction online has {value} moving into {thing}.",
         "{Thing} went to {value} in chapter nine of some fan fiction."),
        "Excerpt from fan fiction posted online.", "{value} moved into {thing}."),
    "napkin": Lookalike(
        "napkin",
        ("Someone scribbled {thing} and {value} on a café napkin.",
         "On a napkin, between coffee rings: {value} for {thing}."),
        "Scrawled on a napkin and left on the table.", "{value} for {thing}."),
    "time_capsule": Lookalike(
        "time capsule",
        ("A letter for the time capsule guesses {thing} will go to {value} one day.",
         "{value} at {thing}, predicts the time capsule letter from the juniors."),
        "Sealed in the time capsule for 2050.", "{Thing} belongs to {value}."),
    "fancy_dress": Lookalike(
        "fancy-dress",
        ("At the fancy-dress party, a name badge said {value} of {thing}.",
         "{Thing} was claimed by {value} as a fancy-dress joke."),
        "From a fancy-dress party name badge.", "{value} of {thing}."),
    "libretto": Lookalike(
        "libretto",
        ("The comic opera's libretto has a chorus giving {thing} to {value}.",
         "{value} sings of {thing} in the libretto's second act."),
        "Line from an amateur opera libretto.", "To {value} goes {thing}."),
    "parrot": Lookalike(
        "parrot",
        ("The office parrot keeps squawking that {thing} is {value}'s.",
         "{value} and {thing} are what the parrot says on repeat."),
        "Repeated by the parrot in reception, nothing more.", "{Thing} is with {value}."),
    "cracker_joke": Lookalike(
        "cracker",
        ("The Christmas cracker joke says {thing} is rented by {value}.",
         "{value} gets {thing} in the punchline of a cracker joke."),
        "Pulled out of a Christmas cracker.", "{Thing} is rented by {value}."),
}
