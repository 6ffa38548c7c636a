"""Values told in passing (memlife_v27): six genres of everyday writing, each a frame and two wordings of the one
sentence that mentions the holder and its value. The genres share no word of four letters or more within a wording."""

from __future__ import annotations

__all__ = ["ASIDES"]

# genre: (frame with " {told} ", (two wordings of the told sentence))
ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "birthday_card": (
        "Happy birthday, Gran!\nHope the cake survives all those candles. {told} Lots of love from everyone here.",
        ("Saw {value} down by {thing} again, your favourite {role}.",
         "Cousin Alf says {thing} has {value} as its {role} these days."),
    ),
    "recipe_blog": (
        "Rhubarb crumble, the easy way\nPreheat the oven to a moderate heat. {told} Serve warm with custard.",
        ("I borrowed the rhubarb from {thing}, whose {role} is {value}, bless them.",
         "Our rhubarb came via {thing}; {value} is the {role} there."),
    ),
    "angling_report": (
        "Weekend angling report\nThe bream were biting early on Saturday. {told} Best bag went to the juniors.",
        ("Casting near {thing}, we chatted to {value}, its {role}.",
         "Perch were shoaling by {thing} ({role}: {value})."),
    ),
    "chess_bulletin": (
        "Chess club bulletin\nRound two finished with three draws. {told} Blitz night is on Friday.",
        ("Our board five captain mentioned that {value} is {role} for {thing}.",
         "Between games someone noted {thing} and its {role}, {value}."),
    ),
    "commuter_diary": (
        "Commuter diary, Wednesday\nThe eight-fifteen crawled in late again. {told} Home by half six.",
        ("On the platform I bumped into {value}, the {role} at {thing}.",
         "Reading the paper, I learnt {thing} lists {value} as {role}."),
    ),
    "jumble_flyer": (
        "Jumble sale this Saturday, church hall\nDoors open at ten, teas all day. {told} All proceeds to the roof fund.",
        ("Donations may be left with {value}, the {role} at {thing}.",
         "Ask at {thing} for {value} ({role}) if you want to help."),
    ),
}
