"""Values of memlife_v23 told in passing, in everyday writing that keeps no register: six genres, each a frame
(``{told}`` stands for the one sentence that names holder, role and value, set off by spaces) and two wordings of
that sentence. Within a wording (the first of each genre, or the second), no two genres share a word."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "running diary": (
        "Training diary, Tuesday.\nEasy six miles, legs heavy from the weekend. {told} Knee held up fine; stretched "
        "properly after and had porridge.",
        ("Cut through past {thing} during my cooldown and saw {value} listed as the {role}.",
         "Jogged by {thing}, whose {role} apparently reads {value}, ahead of those hill repeats."),
    ),
    "knitting circle": (
        "Knit and Natter, this week's round-up.\nJoan finished her Fair Isle yoke at last. {told} Next week we try "
        "cables, so bring a spare needle.",
        ("Maureen mentioned over tea that {thing} has {value} for a {role} these days.",
         "Between rows, Dot told everybody {value} is currently {thing}'s {role}, her nephew says."),
    ),
    "holiday postcard": (
        "Dear Gran, the sea is freezing but the chips are wonderful. {told} Back Saturday, love to the cat, Sam x",
        ("Yesterday I wandered down to {thing}, whose {role} is {value}, painted in huge letters.",
         "Funny coincidence: our guide said {Thing} keeps {value} as {role}."),
    ),
    "book club": (
        "Book club notes, March.\nMost of us found the ending rushed, though Priya loved it. {told} April's pick is "
        "the lighthouse memoir, hosted at Ruth's.",
        ("Ines piped up mid-discussion: {thing} lists {value} under {role} nowadays.",
         "Someone joked during coffee that {value}, the {role} at {thing}, deserves its own novel."),
    ),
    "dog walker's note": (
        "Hi both, Biscuit was an angel today, ate all his lunch and did his business twice. {told} Same time "
        "Thursday, key back under the pot.",
        ("He spent ages sniffing {thing}; its {role}, per some notice, reads {value}.",
         "We paused near {thing}, where a chatty neighbour named {value} their {role}."),
    ),
    "camping trip": (
        "Camping weekend, trip report.\nPitched by four, rain by five, naturally. {told} Sunday cleared up and we "
        "walked the ridge before packing.",
        ("Driving north, we passed {thing}, where one ranger said {value} was their {role}.",
         "Campsite shopkeeper Gwen reckoned {thing} had {value} for {role} lately."),
    ),
}
