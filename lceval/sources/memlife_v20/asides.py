"""Values told in passing: everyday writing that mentions a holder's value along the way, never as paperwork.

``ASIDES[genre] = (frame, wordings)``: the piece of writing, with ``{told}`` where the mention goes (always inside a
line, between other sentences), and the mention's two wordings (fields ``{thing}``, ``{Thing}``, ``{role}``,
``{value}``). The first wordings of the six genres share no word, and nor do the second ones.
"""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "angling forum post": (
        "Re: Breakwater at first light (Tides & Tackle > Trip reports)\n"
        "Had the end of the wall to myself for an hour before the dog walkers arrived. {told} Mackerel were thin on "
        "the ground, but two decent pollack made the early start worth it.\nTight lines, Rab",
        ("My brother-in-law works near there, and he says {thing} has {role} {value} these days.",
         "Somebody on the quay mentioned that {value} is {role} for {thing} at present."),
    ),
    "letter to a grandchild": (
        "Dearest Mila,\nThe plums are in and I have made far too much jam again. {told} Grandad sends his love and "
        "says to practise your scales.\nWith hugs, Nana",
        ("Aunt Bea tells me {thing} now goes with {role} {value}, if you were wondering.",
         "Oh, and Bea says {value} is the {role} on {thing} now."),
    ),
    "book club notes": (
        "Book club, third Thursday: eleven of us, one cat. We mostly agreed the second half dragged. {told} Next "
        "month is the lighthouse novel; Gwen is hosting and promises scones.",
        ("Before we started, Priya remarked that {thing} had been on {role} {value} since spring.",
         "Priya, over biscuits, let slip that {thing} currently runs with {role} {value}."),
    ),
    "running diary": (
        "Tuesday, 9 km easy. Legs heavy after the weekend, and the hill by the reservoir felt endless. {told} "
        "Stretched properly for once. Tomorrow: rest, maybe a swim.",
        ("Passed {thing} at about the five-kilometre mark; a volunteer shouted that its {role} is {value}.",
         "Chatted to a marshal about {thing}, whose {role} is {value}, apparently."),
    ),
    "podcast show notes": (
        "Episode 112 show notes. This week we talk seed catalogues, bad puns and a listener's very large marrow. "
        "{told} Thanks to everyone who wrote in; keep the questions coming.",
        ("At 14:20 a guest mentions in passing: {value}, {role} for {thing}.",
         "(Around the half-hour mark our guest notes {thing} carries {role} {value}.)"),
    ),
    "crossword blog": (
        "Prize puzzle 4,418: a gentle one, though 9 down had me stumped for a whole pot of tea. {told} Answers "
        "go up on Saturday as usual; no peeking, please.",
        ("Setter's trivia: {Thing} keeps {value} as {role}.",
         "Fun fact from a solver: {value} serves as {role} to {thing}."),
    ),
}
