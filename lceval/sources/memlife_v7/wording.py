"""memlife_v7's sentences: how a value is given, changed, taken from a holder, faked, mentioned, and asked for.

Placeholders: {key} the holder, {value} the value, {old} the value it had,
{thing} what the value is ("fermenting vessel"), {ord}/{k} a position.
"""

from __future__ import annotations

GIVE = (
    "From today {key} is given {value} as its {thing}.",
    "{Thing} for {key}: {value}.",
    "Please note {key} takes {value}.",
    "Allocate {value} to {key}.",
    "Agreed at the desk: {key} has {value} for its {thing}.",
    "First come, first served, so {value} goes to {key}.",
)

CHANGE = (
    "Heads up, {key} is shifted over to {value}; {old} is no good for it any more.",
    "As of this morning {key} trades {old} for {value}.",
    "Revised: {key} gets {value}, not {old}.",
    "After leaving {old}, {key} goes across to {value}.",
    "Change of plan for {key}: {value} rather than {old}.",
    "Mind that {key} gives up {old} and takes {value} in its stead.",
)

STRIP = (
    "Sorry to say {key} loses {value} and is given no other {thing}.",
    "Be aware {key} is left with no {thing} at all; {value} is off its card.",
    "Straight away, {value} is stripped from {key}, and nothing follows it.",
    "Going without a {thing} from here on: {key} ({value} is gone).",
    "Scrap {key}'s {thing} ({value}); it gets none.",
)

# Look-alikes: the asked holder beside a value nobody gave it, framed so a careful reader sees that.
LOOKALIKES = {
    "joke": (
        "Someone joked that {key} would end up with {value}, to general laughter.",
        "Half in jest, the tea-break crowd teased that {value} was made for {key}; nobody meant it.",
    ),
    "bet": (
        "Two volunteers have a pint riding on {key} getting {value}; neither of them decides it.",
        "A fiver changed hands on a wager that {key} would land {value}, though the bettors have no say.",
    ),
    "set dressing": (
        "A film crew's painted prop sign pairs {key} with {value}; it is set dressing for their shoot only.",
        "For the costume drama filming next door, a fake placard shows {key} at {value}; it comes down when they wrap.",
    ),
    "souvenir": (
        "The gift-shop mug prints {key} beside {value} purely as a souvenir design.",
        "Tea towels sold at the open day carry {key} and {value} in big letters, just as a keepsake pattern.",
    ),
    "artwork": (
        "A visiting artist's cardboard collage labels {key} with {value}, as decoration and nothing more.",
        "Pinned in the corridor, a schoolchild's watercolour captions {key} with {value} for an art competition.",
    ),
}

# A value told in passing, inside a paragraph of other talk.
PASSING = (
    "We wandered past {key}, which has {value} as its {thing}, and kept going.",
    "Someone pointed out in passing that {key} uses {value}.",
    "You will notice {key} off to your left; its {thing} is {value}.",
    "Between cups of tea we learned {key} had {value} all along.",
    "Nobody made a fuss about it, but {key} stays with {value}.",
)

CURRENT = (
    "Which {thing} does {key} have once all the notes above are taken into account?",
    "What {thing} is {key} on, going by everything above?",
    "As things finally stand, what is the {thing} of {key}?",
    "Name the {thing} that {key} ends up with.",
    "Reading the whole text, which {thing} belongs to {key}?",
)
FIRST = (
    "Which {thing} was {key} given before any change?",
    "What {thing} did {key} start out with?",
    "Before anything was altered, which {thing} did {key} have?",
)
KTH = (
    "Tallying {key}'s {thing}s from the earliest, which came {ord}?",
    "What was the {ord} {thing} ever allocated to {key}?",
    "If you list every {thing} {key} has had, in order, which is number {k}?",
    "Which {thing} did {key} hold {ord} in line?",
)
PREVIOUS = (
    "Which {thing} did {key} have right up until its newest one arrived?",
    "What {thing} did {key} have one change ago?",
    "Just before its most recent {thing}, what did {key} have?",
)

ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}


def fill(template: str, **fields: str) -> str:
    thing = fields.get("thing", "")
    return template.format(Thing=thing[:1].upper() + thing[1:], **fields)
