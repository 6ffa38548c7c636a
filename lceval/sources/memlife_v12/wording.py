"""What the documents and questions say: clauses for the sentence-like formats, look-alikes, asides, questions.

Placeholders: {h} the holder with its noun ("hive Bramble-38"), {role} ("apiary stand"), {slug} (its last word),
{v} the value, {o} the value it replaces, {place} ("the home apiary").
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ASIDES", "CLAUSES", "CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "LOOKALIKES", "ORDINALS", "PREVIOUS", "Aside"]

# A real allocation, a change and a withdrawal, each said many ways; a sentence format wraps one of them.
CLAUSES: dict[str, tuple[str, ...]] = {
    "give": (
        "{h} is allotted {role} {v}",
        "{role} {v} goes to {h}",
        "{h} has been booked onto {v}",
        "put {h} on {v}, please; that is its {slug}",
        "{h} takes {role} {v}",
        "{v} is where {h} belongs from now on",
        "for {h}: {role} {v}, signed off",
        "{h} was found a home at {v}",
    ),
    "change": (
        "{h} moves off {o}, over to {v}",
        "{h} is shifted from {role} {o} to {v}",
        "swap {h} out of {o}; it goes to {v} instead",
        "{v} replaces {o} for {h}",
        "{h} has been bumped from {o} across to {v}",
        "{h} decamps, {o} to {v}",
        "no more {o} for {h}: it now has {v}",
        "{h}, until today on {o}, has been re-sited to {v}",
        "{h} trades {o} for {v}",
        "after the reshuffle {h} lands on {v}, vacating {o}",
    ),
    "take_back": (
        "{h} loses {role} {v} and gets nothing in exchange",
        "{role} {v} is revoked for {h}, with no replacement",
        "{h} is struck off {v} and left without a {slug}",
        "cancel {h}'s booking of {v} outright; nothing instead",
        "{h} gives up {v}, and no other {slug} is being offered",
        "{v} is taken away from {h}; it stays unplaced for now",
        "scrap {h} on {v}, no substitute",
        "{h} is evicted from {v}, and that is the end of its {slug} for now",
    ),
}

# Said about the asked holder, never its allocation: rumours, proposals, hypotheticals, mistakes, drafts, wishes.
LOOKALIKES: tuple[str, ...] = (
    "a rumour going round says {h} will end up on {role} {v}, though nobody has booked a thing",
    "the draft plan that was voted down would have put {h} on {v}",
    "had the storm not cancelled everything, {h} would have been given {v}",
    "the newsletter misprinted the {slug} of {h} as {v}; please disregard the misprint",
    "an email that was never sent, still sitting in drafts, reads '{h}: {v}'",
    "someone wishes {h} could have {v}, but wishing does not make it so",
    "a proposal to move {h} to {v} was turned down flat",
    "a test run of the booking software spat out {v} for {h}; test data only, nothing real",
    "a betting slip pinned behind the bar predicts {v} for {h}",
    "the trainee guessed {v} for {h} on the whiteboard before anyone checked, and it was wiped",
)


@dataclass(frozen=True)
class Aside:
    """A short piece of prose with one sentence (of ``wordings``, one per variant) that mentions the value."""

    title: str
    before: str
    wordings: tuple[str, ...]
    after: str


ASIDES: dict[str, Aside] = {
    "toast": Aside(
        "Transcribed from the retirement toast for Glenys, who kept {place} running for thirty years:",
        "Right, can everyone hear me at the back? Good. Glenys never once took a day off, and believe me, we tried.",
        ("I remember her telling me, over a terrible coffee, that {h} had been given {role} {v} and that she would "
         "fight anyone who tried to shift it.",
         "Only last week she was still fussing over {h}, which sits on {role} {v} now, as if any of us could forget."),
        "So please, raise your glasses. To Glenys!",
    ),
    "recipe": Aside(
        "From a recipe blog, some way above the actual recipe:",
        "Before we get to the lemon drizzle, a little about my week. The oven works again and the kitchen smells of summer.",
        ("My brother, who spends every weekend at {place}, tells me {h} has {role} {v} these days, which means "
         "nothing to me but makes him very happy.",
         "My neighbour insists {h} is on {v} at the moment, and would never forgive me for leaving that out."),
        "Anyway. You will need 225g of softened butter and a great deal of patience.",
    ),
    "audio_guide": Aside(
        "Audio guide for {place}, stop seven (transcript):",
        "If you look to your left you can see where the old boundary wall used to run. Do mind the step.",
        ("Over there, if you squint, is {h}, which has {role} {v} at present; the staff are quietly proud of that.",
         "People always ask about {h}, and the answer is {role} {v}, yes, really."),
        "Now, follow me through the gift shop and we will carry on at stop eight.",
    ),
    "postcard": Aside(
        "Postcard (front: a faded view of {place}). On the back:",
        "Dear Auntie May, weather glorious, food questionable, Dad sunburnt by Tuesday.",
        ("We walked past {h} every morning; somebody said it is on {role} {v} now, so of course Dad took a photo.",
         "The man at the gate let slip that {h} is at {v} this year, and I said I would pass it on since you asked."),
        "Home on Thursday. Love to the cats, Pip x",
    ),
}

CURRENT: tuple[str, ...] = (
    "Which {role} does {h} have once all the paperwork is taken into account?",
    "As things finally stand, what is the {role} of {h}?",
    "Where is {h} now: which {role}?",
    "After every change on record, what {role} is {h} assigned?",
    "What {role} is {h} on at present?",
)
FIRST: tuple[str, ...] = (
    "Which {role} was {h} given first, before anything changed?",
    "What was the original {role} of {h}?",
    "Before it was ever moved, which {role} did {h} have?",
)
KTH: tuple[str, ...] = (
    "Counting the allocations of {h} in order, which {role} was the {ordinal} one?",
    "What was the {ordinal} {role} that {h} held, its first allocation counting as the first?",
)
PREVIOUS: tuple[str, ...] = (
    "Which {role} did {h} have just before its most recent one?",
    "What was the {role} of {h} immediately prior to its latest move?",
)
GENUINE: tuple[str, ...] = (
    "Setting aside rumours, proposals and mistakes, which {role} does {h} actually have?",
    "Which {role} is really on record for {h}?",
    "Not counting guesses or drafts, what is the genuine {role} of {h}?",
)
IN_PASSING: tuple[str, ...] = (
    "Which {role} does {h} have? It may only be mentioned in passing.",
    "What {role} is {h} on, as far as anything below lets on?",
    "From what is said along the way, which {role} belongs to {h}?",
)
ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
