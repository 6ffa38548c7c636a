"""memlife_v28's values told in passing: six genres of everyday writing, each mentioning one holder and its value
in one sentence set apart by spaces inside an otherwise ordinary text. Nothing was entered in any register.

``ASIDES`` maps a genre to ``(frame, (wording, wording))``: the frame holds ``{told}`` once, between spaces; a
wording tells ``{thing}`` or ``{Thing}``, ``{value}`` and ``{role}``. Within a wording the genres share no word of
four letters or more, so no one word finds them all.
"""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "postcard": (
        "Dear Pip,\nWeather glorious, chips excellent, sunburn moderate. {told} Back on Sunday, love Ro x",
        ("Auntie Win says {thing} got {value} as its {role} while we were away.",
         "Fancy this, {thing} has {value} as its {role} these days."),
    ),
    "knitting_circle": (
        "Thursday knitting circle, notes\nWe cast on the charity blankets and finished two hats. {told} Biscuits next "
        "week are Jean's turn.",
        ("Between rows, Maureen mentioned {value} is the {role} at {thing} lately.",
         "Purl two, knit one, and Dot whispered {value} was now the {role} in {thing}."),
    ),
    "running_log": (
        "Training log, long run of 18 km\nLegs heavy for the first hour, then fine. {told} Stretched, showered, ate "
        "everything in the fridge.",
        ("Passed {thing} at mile three, and a steward shouted its {role}: {value}.",
         "Split times good, and at the water station someone said {thing} took {value} for its {role}."),
    ),
    "forum_post": (
        "Re: best way to descale a kettle\nVinegar works, lemon too if you prefer the smell. {told} Anyway, hope "
        "that helps.",
        ("Off topic, but my cousin reckons {thing} has {value} for its {role} now.",
         "Also, per my neighbour, {value} is sitting in {thing} as the {role}."),
    ),
    "thank_you_note": (
        "Dear Auntie Meg,\nThank you so much for the jumper, it fits perfectly. {told} Lots of love, Sam",
        ("Lovely to hear from Gran about {thing} and its {role}, {value}.",
         "Thank you too for the news of {thing}: {role} {value}."),
    ),
    "cafe_overheard": (
        "Overheard at the Bluebell Cafe, Saturday\nThe scones had sold out by ten. {told} I stayed for a second pot "
        "of tea.",
        ("In the queue for coffee, two people agreed {value} is the {role} of {thing}.",
         "Behind me at the counter, a man announced {value} for {thing}, the {role} of the moment."),
    ),
}
