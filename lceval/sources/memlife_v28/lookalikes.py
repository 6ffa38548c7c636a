"""memlife_v28's look-alikes: the asked holder named with a value nobody ever entered in its register.

Each look-alike has a ``reason`` (what the text really is: a crossword, a dream, a rehearsal script ...), two
``wordings`` that give holder, value and reason in one sentence, a ``note`` that gives the reason alone, and a
``plain`` sentence that names holder and value in the look-alike's own voice but leaves the reason out. A document
either tells one wording, or sets the plain sentence (in prose) or the format's own entry (in records) with the note
as the document's first line, just before it, just after it, or on the same line (``documents.PLACES``). Only a few
reasons are said with a negation word; the rest say what the text is and leave the reader to draw the conclusion.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "LookAlike"]


@dataclass(frozen=True)
class LookAlike:
    reason: str  # what the text really is, lower-case, in every wording and the note and never in plain
    wordings: tuple[str, str]  # holder, value and reason in one sentence
    note: str  # the reason in a sentence of its own, no placeholders
    plain: str  # holder and value, the reason left out


LOOKALIKES: dict[str, LookAlike] = {
    "crossword": LookAlike(
        "crossword",
        ("In the village crossword, nine across asked for the {role} of {thing}, and the printed answer was {value}.",
         "Doing the crossword on the train, I pencilled {value} into the grid as the {role} of {thing}."),
        "Puzzle page: every line here is a crossword answer.",
        "Answer to nine across: {value}, the {role} of {thing}."),
    "dream": LookAlike(
        "dream",
        ("I dreamt that {thing} had {value} as its {role}, and then the ceiling turned into custard.",
         "In last night's dream the {role} of {thing} was {value}, which felt perfectly sensible at the time."),
        "Copied out of my dream diary, half asleep.",
        "{Thing} had {value} as its {role}, and everyone clapped."),
    "rehearsal": LookAlike(
        "rehearsal",
        ("At rehearsal the understudy read the line that gives {thing} the {role} {value}.",
         "In the rehearsal script, scene two, the clerk announces {value} as the {role} of {thing}."),
        "Rehearsal script for the drama society, act one.",
        "CLERK: Let it be known that {thing} shall have {value} as its {role}."),
    "trivia_app": LookAlike(
        "trivia app",
        ("A trivia app asked me which {role} belongs to {thing} and insisted on {value}.",
         "The trivia app's question of the day paired {thing} with the {role} {value}."),
        "Screenshot from a trivia app, shared for a laugh.",
        "Question seven: {thing} pairs with which {role}? Correct answer, {value}."),
    "wrong_number": LookAlike(
        "wrong number",
        ("A text that went to a wrong number said {thing} now had {value} as its {role}.",
         "Got a wrong number this morning telling me to put {value} on {thing} as its {role}."),
        "This message went to a wrong number and never reached the register.",
        "Hi Sandra, put {value} on {thing} as the {role} please."),
    "mock_exam": LookAlike(
        "mock exam",
        ("Question four of the mock exam asked candidates to enter {value} as the {role} for {thing}.",
         "In the mock exam paper, the worked answer gives {thing} the {role} {value}."),
        "Mock exam paper: practice only, nothing here is real.",
        "Q4 (three marks): record {value} as the {role} of {thing}."),
    "horoscope": LookAlike(
        "horoscope",
        ("My horoscope says {thing} will welcome {value} as its {role} once Venus moves.",
         "According to this week's horoscope, {value} is written in the stars for {thing}."),
        "Horoscope column, printed for entertainment and nothing more.",
        "The stars align: {thing} receives {value} as its {role}."),
    "board_game": LookAlike(
        "board game",
        ("In our homemade board game, landing on {thing} wins you {value} as its {role}.",
         "The board game card reads: {thing} gets the {role} {value}, roll again."),
        "Card from the board game we made at Christmas.",
        "Take this card: {thing} gets {value} as its {role}."),
    "fire_drill": LookAlike(
        "fire drill",
        ("During the fire drill the warden's script gave {thing} the pretend {role} {value}.",
         "For the fire drill alone, {thing} was handed the made-up {role} {value}."),
        "Fire drill exercise sheet, for the practice evacuation.",
        "Exercise inject: {thing} now has {value} as its {role}."),
    "chatbot": LookAlike(
        "chatbot",
        ("A chatbot told me, with great confidence, that {thing} has {value} as its {role}.",
         "I asked a chatbot about {thing} and it invented the {role} {value}."),
        "Pasted from a chatbot conversation, unchecked.",
        "Sure! {Thing} has {value} as its {role}."),
    "dolls_house": LookAlike(
        "doll's house",
        ("My niece's doll's house has a tiny {thing} with {value} as its {role}.",
         "In the doll's house game, {value} moved into {thing} as the {role}."),
        "Labels from a doll's house, made by a six-year-old.",
        "Tiny sign: {thing}, {role} {value}."),
    "murder_mystery": LookAlike(
        "murder mystery",
        ("At the murder mystery party, the clue card said {thing} hid {value} as its {role}.",
         "The butler in our murder mystery evening revealed {value} as the {role} of {thing}."),
        "Clue card from a murder mystery party.",
        "Clue three: the {role} of {thing} is {value}."),
    "april_fool": LookAlike(
        "april fool",
        ("For an April Fool, the newsletter announced {value} as the {role} of {thing}.",
         "An April Fool post claimed {thing} had switched to {value} as its {role}."),
        "Published on the first of April as an April Fool.",
        "Big news: {thing} takes {value} as its {role}."),
    "sweepstake": LookAlike(
        "sweepstake",
        ("In the office sweepstake I guessed {value} would end up as the {role} of {thing}.",
         "My sweepstake ticket bets on {thing} getting {value} as its {role}."),
        "Office sweepstake guesses, pinned up in the kitchen.",
        "Pick: {thing} with {value} as its {role}."),
    "wish_list": LookAlike(
        "wish list",
        ("Top of my wish list is {value} as the {role} for {thing}.",
         "On the wish list stuck to the fridge: {thing} with {value} as its {role}."),
        "Wish list, entirely hopeful.",
        "{Thing} should have {value} as its {role}."),
}
