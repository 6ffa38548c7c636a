"""Fifteen look-alikes: a value named beside the asked holder that never took effect, the reason said without any
negation word.

Each has a ``marker`` (a word or two that every line giving the reason contains), two ``wordings`` that name holder,
value and reason in one sentence, a ``bare`` sentence that names holder and value with the reason left out, and a
``note`` that gives the reason naming neither. A document shows either a wording on its own, or the bare statement
(in a record format, the format's own record line) with the note as the document's heading, the line before it or
the line after it.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["LOOKALIKES", "Lookalike"]


class Lookalike(NamedTuple):
    marker: str
    wordings: tuple[str, str]
    bare: str
    note: str


LOOKALIKES: dict[str, Lookalike] = {
    "phishing": Lookalike(
        "phishing",
        ("A phishing email told staff to move {thing} over to {value} before Friday.",
         "{Thing} with {value} was the bait in this week's phishing message, reported to IT."),
        "The message asked for {thing} to be moved to {value} by Friday.",
        "Copied from a phishing email for the security log."),
    "poll": Lookalike(
        "runner-up",
        ("In the staff poll, {value} came runner-up for {thing}.",
         "Runner-up suggestion for {thing}: {value}, a handful of votes behind."),
        "{value} for {thing} collected eleven votes.",
        "Runner-up in the staff poll, listed for the record."),
    "interview": Lookalike(
        "interview",
        ("At interview, candidates were asked how they would handle {thing} carrying {value}.",
         "Interview exercise only: imagine {thing} with {value} and talk us through the checks."),
        "Scenario: {thing} with {value}, and a flustered visitor at the door.",
        "Interview question bank, scenario three."),
    "autocomplete": Lookalike(
        "autocomplete",
        ("Autocomplete kept offering {value} for {thing}, so the clerk typed the entry out by hand.",
         "{Thing} with {value} was an autocomplete suggestion the clerk dismissed."),
        "Suggested: {value} for {thing}.",
        "Autocomplete suggestion, dismissed at entry."),
    "crayon": Lookalike(
        "crayon",
        ("On the school visit, a pupil labelled {thing} with {value} in green crayon.",
         "{Thing} has {value}, says a crayon drawing pinned up after the school trip."),
        "{Thing} has {value}, wrote Maisie, aged seven.",
        "From the crayon drawings the Year 2 class left behind."),
    "novel": Lookalike(
        "novel",
        ("In the caretaker's detective novel, the body turns up behind {thing}, whose {role} is {value}.",
         "Chapter nine of the novel has {thing} quietly handed {value} by a scheming clerk."),
        "The clerk handed {thing} over to {value} and smiled to himself.",
        "Extract from a crime novel our caretaker is writing."),
    "satire": Lookalike(
        "satirical",
        ("The satirical Christmas newsletter announced {value} for {thing}, to much groaning.",
         "{Thing} gets {value}, according to the satirical column in the staff magazine."),
        "Breaking: {thing} is handed {value} after a tense tombola.",
        "Satirical Christmas newsletter item, reprinted for fun."),
    "misheard": Lookalike(
        "misheard",
        ("On a crackly line I misheard {value} for {thing}; the caller had said something else entirely.",
         "Misheard over the radio: {thing} with {value}, until Jenny rang back to put it right."),
        "Caller said {thing} was getting {value}.",
        "Misheard on a bad line and corrected on the callback."),
    "complaint": Lookalike(
        "complaint",
        ("A customer complaint demanded {value} for {thing}; the office replied politely and left things as they were.",
         "{Thing} should have {value}, insists a complaint letter from a member of the public."),
        "I demand that {thing} be given {value} at once.",
        "Quoted from a complaint letter, answered by the office."),
    "chatbot": Lookalike(
        "chatbot",
        ("The website chatbot invented {value} for {thing} when a visitor asked.",
         "Chatbot transcript claims {thing} has {value}, which IT says the bot made up."),
        "Bot: {Thing} is currently assigned {value}.",
        "Chatbot output, made up by the bot and logged for IT."),
    "rumour": Lookalike(
        "rumour",
        ("Canteen rumour has {thing} going over to {value}; the office laughed it off.",
         "The rumour on the night shift is {value} for {thing}, which is pure invention."),
        "Apparently {thing} is about to get {value}.",
        "Canteen rumour, unconfirmed by anyone in charge."),
    "pantomime": Lookalike(
        "pantomime",
        ("In the staff pantomime, the dame handed {thing} over to {value} to loud boos.",
         "{Thing} with {value} got the biggest laugh of the pantomime."),
        "Oh yes it is, {thing} belongs to {value}!",
        "Line from the staff pantomime script."),
    "chalk": Lookalike(
        "chalk",
        ("Someone chalked {value} on {thing} overnight, and the caretaker hosed it off at eight.",
         "{Thing} said {value} in pink chalk this morning, a prank that washed away by lunch."),
        "{value} for {thing}, in big letters across the door.",
        "Chalk graffiti, photographed before it was cleaned off."),
    "dream": Lookalike(
        "dream",
        ("I had a dream that {thing} was given {value}, then woke up.",
         "{Thing} carried {value} in last night's dream, which felt oddly official."),
        "{Thing} was handed {value}, and everyone clapped.",
        "Dream diary, jotted down straight after waking."),
    "escape_room": Lookalike(
        "escape room",
        ("The escape room's final clue pairs {thing} with {value}.",
         "Escape room prop card: {thing} = {value}; solve it to open the padlock."),
        "{Thing} unlocks with {value}.",
        "Escape room prop, part of the puzzle set."),
}
