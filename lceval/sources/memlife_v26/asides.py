"""memlife_v26's asides: ordinary writing that mentions a holder's value in passing, never as a write. Each genre is
a frame (its {told} one sentence set apart inside a paragraph) and two wordings of that sentence, each naming the
holder ({thing} or {Thing}), its {role} and the {value} once. Within a wording, no two genres share a word of four
letters or more."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "hiking_forum": (
        "Re: ridge walk above Carrow Tarn. Set off at six with two flasks and a folded map. {told} The descent was "
        "muddy, but the inn at the bottom did a decent soup.",
        ("My walking partner happened to say the {role} for {thing} is {value} these days.",
         "Somewhere near the summit cairn, Dave muttered that {thing} had {value} as its {role}."),
    ),
    "cafe_review": (
        "Four stars for the corner café. The scones arrived warm and the jam tasted homemade. {told} Service was "
        "slow on Sunday, though the staff were cheerful about it.",
        ("Our waitress, chatting away, let slip: {value} is now {role} on {thing}.",
         "Between refills the owner joked how {Thing} got {value} as {role} last spring."),
    ),
    "retirement_speech": (
        "Friends, thirty-one years is a long innings. Brenda arrived before the photocopier and leaves after it. {told} "
        "Please raise a glass to her, and to long lunches ahead.",
        ("She once told me, over biscuits, {thing} had {value} for a {role}, and I believed it.",
         "Legend in the office holds {value} as the {role} at {thing}, a story Brenda loves."),
    ),
    "sports_day": (
        "Sports day went ahead under grey skies. Year five won the relay by a whisker. {told} The egg-and-spoon "
        "final ended in a three-way tie.",
        ("One parent on the touchline mentioned {value} being the {role} of {thing}.",
         "Mr Pryce, timing the sack race, reckoned {thing} has {value} as {role}."),
    ),
    "birding_log": (
        "Log, dawn count at the reed beds. Two marsh harriers quartered the far bank. {told} A bittern boomed once "
        "and went quiet for the rest of the morning.",
        ("A fellow watcher in the hide whispered the {role} on {thing} is {value}.",
         "Passing us with a scope, the warden remarked {value} was {role} of {thing}."),
    ),
    "gardening_column": (
        "In the garden this month: lift dahlias before the frost and mulch the roses. Divide crowded clumps of "
        "asters. {told} Next month we turn to forcing rhubarb under buckets.",
        ("A reader's letter notes in passing that {Thing} lists {value} as its {role}.",
         "Green-fingered Jean writes in, adding aside, {thing} got {value} for {role}."),
    ),
}
