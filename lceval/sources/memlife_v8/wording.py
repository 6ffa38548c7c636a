"""The sentences and questions of memlife_v8, with slots for the holder, its thing and the value.

Slots: {key} the holder's name, {holder}/{Holder} "the yacht", {noun}/{Noun}
"mooring buoy", {a_noun} "a mooring buoy", {value}, {role}/{Role} who speaks
for the holder, {pron}, {obj} and {poss} its pronouns ("it", "it", "its" or "they", "them", "their").
Every sentence names the key; each withdrawal says no other value follows.
"""

from __future__ import annotations

from .keys import Kind

GIVE = (
    "{Holder} {key} is given {noun} {value}.",
    "{Noun} {value} goes to {holder} {key}.",
    "Put {key} down for {noun} {value}.",
    "{key}: allotted {noun} {value} on arrival.",
    "When {holder} {key} first came to us, {poss} {noun} was fixed at {value}.",
    "{key} draws {noun} {value} this season.",
    "{Noun} {value} is {key}'s to use.",
    "We have found {holder} {key} {a_noun}, {value}, which should suit.",
    "{Noun} {value} belongs to {holder} {key} for the time being.",
)

CHANGE = (
    "{key} is to use {noun} {value} instead from now on.",
    "Switch noted for {key}: {noun} {value} from this week on.",
    "{key} needs a different {noun}, and {value} is it.",
    "After a rethink, {noun} {value} is where {holder} {key} belongs now.",
    "{Holder} {key} has outgrown {poss} earlier {noun}. From here on {value} will serve.",
    "{key} gets a new {noun}: {value}.",
    "{key} changes {noun} again and ends up with {value}.",
    "{Role} asked for a different {noun}, so {holder} {key} has {value} now.",
    "Whatever an earlier note said, {holder} {key} has {noun} {value} now.",
    "Second thoughts about {key}: give {obj} {noun} {value}.",
    "Because {role} wanted a change, {holder} {key} gets {value} as {poss} {noun} this time round.",
    "A word from {role} about {key}: {pron} should be on {noun} {value} after today, not where {pron} used to be.",
    "Until told otherwise, treat {value} as the {noun} of {holder} {key}, and forget the one before.",
)

WITHDRAW = (
    "{Noun} {value} is taken away from {holder} {key}, and no other is being offered.",
    "{key} and {noun} {value} have parted ways, with nothing to follow.",
    "Nobody should connect {holder} {key} with {noun} {value} any more; there is no {noun} for {obj} now.",
    "{Noun} {value} is free for someone else, and {key} gets no replacement.",
    "{Role} let {noun} {value} go on behalf of {holder} {key} and asked for no other.",
    "{Holder} {key} is off {noun} {value}; no new {noun} has been found, nor will one be.",
    "There is no longer any {noun} against the name {key}; {value} has been wiped from it.",
)

PASSING = (
    "Regulars will tell you that {holder} {key} has long had {noun} {value}, though few of them could say why.",
    "Spend a quiet afternoon here and you'll soon see {noun} {value} belongs with {holder} {key}.",
    "Our guest mentioned, almost as an aside, that {key} uses {noun} {value}, one detail that stuck with us.",
    "Ask at reception and they will say {key} has kept {noun} {value} for years.",
    "{key}, we are told, sticks to {noun} {value}, and nobody questions it.",
    "The money would also pay for a small plaque beside {noun} {value}, the one kept for {holder} {key}.",
    "Anyone who asks at the desk learns quickly that {holder} {key} and {noun} {value} go together.",
)

# Look-alikes: the asked holder beside a value that no one ever gave it, framed so a reader sees as much.
LOOKALIKES = (
    "The office parrot has learned to squawk '{key}, {value}!' at visitors; it means nothing and never did.",
    "For the open day the baker iced '{key} {value}' onto a sponge cake, letters picked for how they looked, not from any list.",
    "In the training simulator the juniors play at lunch, {key} was handed a make-believe {noun} {value}; nothing in the game touches the real register.",
    "A volunteer came back from holiday with '{key} {value}' tattooed on an ankle as a joke that only they understand.",
    "The bar across the road now sells a cocktail named '{key} {value}', mostly gin and rhubarb.",
    "A fortune cookie at the staff party read '{key}: {value}', and everybody laughed it off.",
)

CURRENT_QUESTIONS = (
    "What {noun} does {holder} {key} have now?",
    "By the end of these records, which {noun} is {holder} {key} on?",
    "Give the {noun} that {holder} {key} has at present.",
    "Which {noun} currently goes with {holder} {key}?",
    "Looking at everything above, what is the {noun} of {holder} {key} today?",
)
FIRST_QUESTIONS = (
    "Which {noun} was {holder} {key} given first?",
    "Before any change, what was the {noun} of {holder} {key}?",
    "What was the very first {noun} recorded for {holder} {key}?",
)
KTH_QUESTIONS = (
    "What was the {ordinal} {noun} recorded for {holder} {key}?",
    "Counting from the start, which was the {ordinal} {noun} of {holder} {key}?",
    "Of all the {noun}s {holder} {key} has had, which came {ordinal} in order?",
)
PREVIOUS_QUESTIONS = (
    "Which {noun} did {holder} {key} have just before {poss} current one?",
    "What was the {noun} of {holder} {key} immediately before the latest change?",
    "Name the {noun} {holder} {key} held one step before the current one.",
)
ORDINALS = {2: "second", 3: "third"}


def fill(template: str, kind: Kind, key: str, value: str = "", **more: str) -> str:
    """``template`` with its slots filled for ``key`` of ``kind``."""
    slots = {
        "key": key, "holder": kind.holder, "noun": kind.noun, "a_noun": f"{kind.article} {kind.noun}", "value": value,
        "role": kind.role, "pron": "they" if kind.person else "it", "obj": "them" if kind.person else "it", "poss": "their" if kind.person else "its", **more,
    }
    return template.format(**slots, **{k.capitalize(): v[:1].upper() + v[1:] for k, v in slots.items() if k in ("holder", "noun", "role")})
