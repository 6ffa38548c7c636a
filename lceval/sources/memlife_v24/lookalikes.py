"""The look-alikes of memlife_v24: the asked holder named beside a value that never took effect, with the reason it
never did, and no negation word anywhere.

Each has a ``reason`` (a phrase every rendering of it contains), two ``wordings`` that give holder, value and reason in
one sentence, a ``plain`` sentence that gives holder and value alone, and a ``note`` that gives the reason alone. A
document shows either a wording, or the plain sentence with the note as its first line, just before it, just after it,
or as a comment on the same line (``documents.PLACES``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    reason: str
    wordings: tuple[str, str]
    plain: str
    note: str


LOOKALIKES: dict[str, Lookalike] = {
    "dream": Lookalike(
        "dream",
        ("Last night I dreamt that {thing} had {value} as its {role}, which says more about my week than about the register.",
         "In the dream, {value} was the {role} of {thing} and everyone seemed very calm about it."),
        "{Thing} had {value} as its {role}.",
        "Recounted from a dream, so take it lightly."),
    "screenplay": Lookalike(
        "screenplay",
        ("In Maeve's screenplay, the heroine makes {value} the {role} of {thing} in the final scene.",
         "The screenplay opens on {thing} with {value} as its {role}, purely for drama."),
        "{value} becomes the {role} of {thing}.",
        "Scene from the screenplay Maeve is writing in her lunch breaks."),
    "role_play": Lookalike(
        "role-play",
        ("During the role-play, the pretend caller insisted that {value} become the {role} of {thing}.",
         "Role-play card four tells the trainee that {thing} should take {value} as its {role}."),
        "Caller asks for {value} to be made the {role} of {thing}.",
        "Customer-service role-play, for trainees."),
    "tarot": Lookalike(
        "tarot",
        ("The tarot reader at the summer fair foresaw {value} as the {role} of {thing}.",
         "According to the tarot cards Gwen drew, {thing} is destined to have {value} as its {role}."),
        "{Thing} will one day have {value} as its {role}.",
        "Per the tarot reading at the summer fair."),
    "crayon": Lookalike(
        "crayon drawing",
        ("A crayon drawing pinned up by the kettle shows {thing} with {value} as its {role}.",
         "My daughter's crayon drawing labels {value} as the {role} of {thing}, in purple."),
        "Here is {thing} with {value} as its {role}.",
        "Caption on a crayon drawing by the manager's six-year-old."),
    "training_video": Lookalike(
        "training video",
        ("The training video uses {thing} with {value} as its {role} as a worked example.",
         "For the training video we filmed a mock entry putting {value} on {thing} as its {role}."),
        "Suppose {thing} is given {value} as its {role}.",
        "Example from the onboarding training video."),
    "model_railway": Lookalike(
        "model railway",
        ("On Terry's model railway, a tiny sign gives {value} as the {role} of {thing}.",
         "The model railway layout in the staff room shows {thing} with {value} for its {role}."),
        "{Thing} is marked with {value} as its {role}.",
        "Label on Terry's model railway layout in the staff room."),
    "typing_test": Lookalike(
        "typing test",
        ("The typing test passage asks candidates to key in {value} as the {role} for {thing}.",
         "Line seven of the typing test reads: {thing}, {role} {value}."),
        "Enter {value} as the {role} for {thing}.",
        "Passage from the typing test, for practice only."),
    "translation": Lookalike(
        "translation exercise",
        ("For the translation exercise, put into French the sentence saying {thing} has {value} as its {role}.",
         "Our translation exercise this week was a sentence about {value} being the {role} of {thing}."),
        "{Thing} has {value} as its {role}.",
        "Sentence set for the evening-class translation exercise."),
    "straw_poll": Lookalike(
        "straw poll",
        ("In the straw poll over lunch, {value} came top as the {role} people fancied for {thing}.",
         "A straw poll in the canteen favoured {value} as the {role} of {thing}, for what that is worth."),
        "Most people picked {value} as the {role} for {thing}.",
        "Straw poll result, shared for interest."),
    "murder_mystery": Lookalike(
        "murder mystery",
        ("At the murder mystery evening, a clue card claimed {value} was the {role} of {thing}.",
         "The murder mystery script hinges on {thing} having {value} as its {role}."),
        "The butler swears that {thing} had {value} as its {role}.",
        "Clue card from the murder mystery evening."),
    "losing_tender": Lookalike(
        "losing tender",
        ("The losing tender proposed {value} as the {role} for {thing}.",
         "Under the losing tender, {thing} would have received {value} as its {role}."),
        "We propose {value} as the {role} for {thing}.",
        "Extract from the losing tender, filed for reference."),
    "chatbot": Lookalike(
        "chatbot",
        ("The website chatbot confidently told a visitor that {value} is the {role} of {thing}.",
         "Asked about {thing}, the chatbot made up {value} as its {role}."),
        "{Thing} currently has {value} as its {role}.",
        "Invented by the website chatbot when a visitor asked."),
    "mind_reading": Lookalike(
        "mind-reading act",
        ("In his mind-reading act, the Great Olivetti announced {value} as the {role} of {thing}.",
         "The mind-reading act closed with {thing} and a confident guess of {value} for its {role}."),
        "You are thinking of {thing}, and its {role} is {value}.",
        "Guess from the mind-reading act at the Christmas party."),
    "crossword": Lookalike(
        "crossword",
        ("In the staff crossword, the clue about {thing} and its {role} had the answer {value}.",
         "The crossword setter slipped in {value} as the {role} of {thing}."),
        "Seven down: {role} of {thing}, answer {value}.",
        "Clue from the staff newsletter crossword."),
}
