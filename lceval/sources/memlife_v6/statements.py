"""memlife_v6's wording: one sentence per event, the question forms, and the prose a value is told in passing.

Placeholders: ``{h}`` the holder as prose names it (``{H}`` capitalised), ``{f}``
the field (``{F}`` capitalised), ``{v}`` the value, ``{o}`` the value it replaces.
"""

from __future__ import annotations

import random

# A holder's first place.
WRITES = (
    "{H} has been given {f} {v}.",
    "{F} {v} goes to {h}.",
    "From today {h} uses {f} {v}.",
    "Allocated to {h}: {f} {v}.",
    "{H} takes {f} {v} for the season.",
    "Please note that {h} is on {f} {v}.",
    "{F} {v} has been put down for {h}.",
)

# A later place in place of the one before (recognisably a change).
CHANGES = (
    "{H}'s {f} has since become {v}.",
    "{H} has been upgraded to {f} {v}.",
    "The entry for {h} is amended to read {f} {v}.",
    "{H} is transferred to {f} {v}.",
    "Please update your records: {h}, {f} {v}.",
    "{H} now sits at {f} {v}.",
    "Renumbering notice: {h} was {o}, is {v}.",
    "{F} of {h} corrected from {o} to {v}.",
    "On the office board the {o} beside {h} has been crossed out in pen and {v} written above it, initialled to show the change is agreed.",
)

# The holder's place taken away, nothing given instead.
WITHDRAWALS = (
    "{H} has surrendered {f} {v} and takes no other.",
    "{H} forfeits {f} {v}; nothing replaces it.",
    "{H} no longer holds any {f}: {v} has been returned to the pool.",
    "{H} handed back {f} {v} and has not been given another.",
    "{H}'s {f} {v} was not renewed, and none follows it.",
    "{F} {v} is vacant until further notice, and {h} has none.",
    "{H}'s use of {f} {v} is terminated, with no other {f} given.",
    "{H}'s {f} {v} is closed for good; no replacement.",
)

# A value beside the holder's name that is no record of the holder's place.
LOOKALIKES = (
    "Training handbook, worked example (a sample answer, not a real booking): {h} on {f} {v}.",
    "Raffle results: ticket {v} won the hamper for {h}; raffle tickets have nothing to do with any {f}.",
    "A six-year-old announced that {h} had {f} {v}, a number she had made up on the spot.",
    "An old sign, painted over years ago, still faintly shows {h} beside {v}; nobody goes by it.",
    "The screen reader misread the listing aloud as {h} on {f} {v}; the printed entry says nothing of the sort.",
    "Autocomplete suggested {v} after {h}'s name, and the suggestion was dismissed unread.",
    "At board-game night a counter named after {h} kept landing on square {v}, which is only a square on the board.",
    "The staff magazine crossword used {v} as the answer to a clue about {h}, purely as a puzzle.",
)

# A value told in passing in prose (nothing is being recorded).
PASSING = (
    "The photographer asked where {h} was to be found and was sent to {f} {v}.",
    "On our way back we walked past {f} {v}, {h}'s, and stopped to admire it.",
    "I only learned {h} has {f} {v} because a little sign had blown over.",
    "Our guide pointed out {f} {v}, belonging to {h}, as we went by.",
    "Somebody left sweet peas by {f} {v}, which is {h}'s; nobody owned up.",
)

# Paragraphs the passing sentence is told in: a heading, then filler sentences.
PASSAGES = {
    "club write-up": ("Walking club: what we did on Saturday", (
        "Eleven of us set off in drizzle that soon cleared.",
        "The stile at the top field has finally been mended.",
        "Lunch was eaten on the wall by the old lime kiln.",
        "Nobody got lost, which is a first for this route.",
        "We were back at the car park before four.",
    )),
    "newsletter anecdote": ("From the residents' newsletter, the editor's corner", (
        "The hedges along the lane are full of blackbirds again.",
        "Thank you to everyone who came to the litter pick.",
        "Our street party raised enough for two new benches.",
        "The bakery on the corner now opens at seven.",
        "A lost grey cat answering to Biscuit has gone home safely.",
    )),
    "volunteer blog": ("Volunteer blog: a long wet Thursday", (
        "The kettle in the hut has given up at last.",
        "We spent most of the morning sorting donated books.",
        "By lunchtime the rain had stopped and the sun came out.",
        "Two new volunteers joined us and were a great help.",
        "I went home tired but very cheerful.",
    )),
    "cookbook headnote": ("Headnote for the spiced apple cake", (
        "This cake travels well and keeps for days in a tin.",
        "I first baked it for a picnic that was rained off.",
        "Use sharp apples, and do not skimp on the cinnamon.",
        "It disappeared within minutes, as it always does.",
        "The recipe came from a friend who never measured anything.",
    )),
}

CURRENT = (
    "What is the current {f} of {h}?",
    "Going by everything above, which {f} does {h} hold at this moment?",
    "{H}: which {f} applies today?",
    "As things stand at the end of the text, what {f} has {h} got?",
    "Tell me the {f} that {h} has now.",
    "Which {f} is {h} on, as of the latest word?",
)
FIRST = (
    "Which {f} appears first of all against {h}?",
    "Which {f} was {h} handed originally, ahead of every change?",
    "Which {f} did {h} start out with?",
)
KTH = (
    "Tally the places of {h} in order: which {f} came {nth}?",
    "Which {f} did {h} hold following change number {m}?",
    "Which {f} was number {k} in {h}'s run of places?",
)
PREVIOUS = (
    "Leaving aside {h}'s present {f}, which one came directly ahead of it?",
    "What {f} was {h} on one step back from now?",
    "Which {f} did {h} hold until the newest one came?",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def fill(template: str, holder: str, field: str, value: str = "", old: str = "", **extra) -> str:
    """``template`` with its placeholders filled (see the module docstring)."""
    return template.format(h=holder, H=holder[0].upper() + holder[1:], f=field, F=field[0].upper() + field[1:],
                           v=value, o=old, **extra)


def kth_question(rng: random.Random, holder: str, field: str, k: int) -> str:
    """A question for the ``k``-th value (k >= 2) in one of several wordings."""
    return fill(rng.choice(KTH), holder, field, nth=ORDINALS[k - 1], m=k - 1, k=k)


def passage(rng: random.Random, sentence: str) -> tuple[str, str, str]:
    """(format, heading, paragraph): filler sentences with ``sentence`` among them."""
    fmt = rng.choice(sorted(PASSAGES))
    heading, fillers = PASSAGES[fmt]
    chosen = rng.sample(fillers, 3)
    chosen.insert(rng.randint(0, 3), sentence)
    return fmt, heading, " ".join(chosen)
