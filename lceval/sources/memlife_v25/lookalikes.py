"""memlife_v25's look-alikes: records that name a value for the asked holder that never took effect.

Each has a ``reason`` (the words that tell why it changes nothing), two ``wordings`` that give holder, value and
reason in one sentence, a ``plain`` sentence that reads like a real write, and a ``note`` that gives the reason on
its own. The document (``documents``) puts the reason in the same sentence (a wording), or the plain sentence (in a
record, the format's own entry) with the note as the document's first line, on the line or sentence just before or
just after, or on the same line. Most give their reason with no negation word at all; three use one.
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
    "unsent_draft": Lookalike(
        "unsent draft",
        ("In an unsent draft, Marta had written that {thing} would take the {role} {value}.",
         "An unsent draft, left in Marta's outgoing folder, names {value} as the {role} for {thing}."),
        "{Thing} takes the {role} {value}.",
        "Unsent draft, saved in the outbox and never sent."),
    "training_drill": Lookalike(
        "training drill",
        ("During the training drill, new staff practised entering {value} as the {role} for {thing}.",
         "For the training drill only, {thing} was handed the pretend {role} {value}."),
        "{value} entered as the {role} for {thing}.",
        "Training drill: practice entries, wiped at the end of the session."),
    "hypothetical": Lookalike(
        "hypothetically",
        ("Hypothetically, if {thing} were given {value} as its {role}, the rota would balance.",
         "Let us say, hypothetically, that the {role} of {thing} became {value}."),
        "The {role} of {thing} becomes {value}.",
        "Hypothetically speaking, for the planning meeting."),
    "misprint": Lookalike(
        "misprint",
        ("A misprint in last week's bulletin gave {value} as the {role} of {thing}.",
         "The {value} printed beside {thing} as its {role} was a misprint, flagged by the typesetter."),
        "{Thing}: {role} {value}.",
        "Misprint, not the real entry; flagged later by the typesetter."),
    "test_fixture": Lookalike(
        "test fixture",
        ("The test fixture for the booking software pairs {thing} with the {role} {value}.",
         "In the test fixture file, {value} sits as the {role} of {thing} so the checks have something to read."),
        "{Thing} is set to {value} for its {role}.",
        "Test fixture data for the software checks, loaded on the sandbox only."),
    "forecast": Lookalike(
        "forecast",
        ("The spring forecast expects {thing} to end up with {value} as its {role}.",
         "On the forecast sheet, {value} is pencilled in as the {role} for {thing} by midsummer."),
        "{value} as the {role} on {thing}.",
        "Forecast figures for next season, subject to change."),
    "wish": Lookalike(
        "wish",
        ("Old Tam wishes {thing} could have {value} as its {role} one day.",
         "Top of the wish list pinned up by the kettle: {value} as the {role} for {thing}."),
        "{Thing} gets {value} as its {role}.",
        "Wish list from the suggestion box, read out for fun."),
    "novel": Lookalike(
        "novel",
        ("A line from the novel on the staffroom shelf reads that {thing} was given {value} as its {role}.",
         "In chapter nine of the harbour novel, {value} becomes the {role} of {thing}."),
        "{Thing} was given {value} as its {role}.",
        "Quoted from a novel, chapter nine."),
    "rehearsal": Lookalike(
        "rehearsal",
        ("At the dress rehearsal the stage manager joked that {value} was now the {role} of {thing}.",
         "For rehearsal purposes, {thing} was given the stand-in {role} {value}."),
        "{value} is now the {role} of {thing}.",
        "Rehearsal notes from the Thursday run-through."),
    "motion": Lookalike(
        "motion",
        ("A motion to give {thing} the {role} {value} fell when the committee voted.",
         "The committee voted down the motion that {value} should become the {role} of {thing}."),
        "{value} becomes the {role} of {thing}.",
        "Motion put to the committee and defeated, eleven votes to four."),
    "april_fool": Lookalike(
        "april fool",
        ("As an April Fool, the noticeboard announced {value} as the {role} for {thing}.",
         "Somebody's April Fool prank listed {thing} with the {role} {value}."),
        "Notice: {thing} receives the {role} {value}.",
        "Posted on the first of April as an April Fool."),
    "worksheet": Lookalike(
        "worksheet",
        ("On the school worksheet, question four asks pupils to file {value} as the {role} of {thing}.",
         "A pupil's worksheet has {thing} matched with the {role} {value}, ticked in red."),
        "File {value} as the {role} of {thing}.",
        "Copied from a pupil's worksheet on record keeping."),
    "manual": Lookalike(
        "manual",
        ("The worked example in the user manual shows {thing} holding the {role} {value}.",
         "Page twelve of the manual uses {value} as a sample {role} for {thing}."),
        "{Thing} holds the {role} {value}.",
        "Sample entry reproduced from the software manual."),
    "rumour": Lookalike(
        "rumour",
        ("Nobody in charge has confirmed the canteen rumour that {thing} will get {value} as its {role}.",
         "There is a rumour going round that {value} has become the {role} of {thing}."),
        "{value} has become the {role} of {thing}.",
        "Canteen rumour, passed along at lunch."),
    "bet": Lookalike(
        "friendly bet",
        ("Two of the porters have a friendly bet on whether {thing} ends up with {value} as its {role}.",
         "Dunstan lost a friendly bet by claiming {value} was the {role} for {thing}."),
        "{Thing} ends up with the {role} {value}.",
        "Part of a friendly bet, settled over coffee."),
}
