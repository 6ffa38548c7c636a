"""Values told only in passing, in everyday writing that keeps no register: an allotment diary, a baking blog, a
village cricket report, a lost-and-found board, a shipping-forecast listener's letter, a podcast's show notes.

``ASIDES[genre] = (paragraph, wordings)``: the paragraph has ``{aside}`` where the passing sentence goes, and the
two wordings of that sentence name the holder ({T}) and the value ({V}) once. The sentence is set off by spaces
and never ends the paragraph.
"""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES = {
    "allotment diary": (
        "Allotment, Saturday. The broad beans have black fly again and the water butt is nearly dry. {aside} "
        "Planted out two rows of leeks before the rain came and went home muddy to the knees.",
        ("Old Fergus on the next plot, who cannot stop talking, mentioned that {T} has {V} as its {R}, of all things.",
         "Between complaints about slugs, Fergus let drop that {V} is the {R} of {T}, which he seemed proud to know."),
    ),
    "baking blog": (
        "These cardamom buns take a whole afternoon, so put the kettle on first. {aside} "
        "Anyway: warm the milk, melt the butter into it, and do not let it boil or the dough will sulk.",
        ("A reader wrote in last week, apropos of nothing, to say that {T} now has {V} for its {R}.",
         "My brother-in-law, who knows these things, insists the {R} of {T} is {V}; make of that what you will."),
    ),
    "cricket report": (
        "The home side were all out for 112 after tea, the last four wickets falling in six overs. {aside} "
        "The visitors knocked the runs off with two overs to spare, and the bar did good business afterwards.",
        ("During the drinks break the scorer remarked that {T} has {V} as its {R}, which caused a short argument.",
         "Someone in the pavilion was heard saying that {V} is what {T} has as its {R}, to general indifference."),
    ),
    "lost and found board": (
        "FOUND by the bus stop: one child's blue mitten, one reading glasses case, no glasses. {aside} "
        "Unclaimed items go to the charity shop at the end of the month, so please come and look.",
        ("Whoever asked on this board last week: yes, {T} has {V} for its {R}, a kind passer-by confirms.",
         "A note pinned under the mitten says {V} is the {R} of {T}, in case anyone was wondering."),
    ),
    "forecast listener letter": (
        "Dear programme, I have listened to the late forecast every night for thirty years and would not miss it. {aside} "
        "Please pass on my thanks to the announcer with the lovely voice, and keep the sea areas in the old order.",
        ("My grandson, who works near there, tells me {T} has {V} as its {R} these days.",
         "I gather from my neighbour that the {R} of {T} is {V}, though I cannot think why I mention it."),
    ),
    "podcast show notes": (
        "Episode 84: we finally taste the supermarket own-brand biscuits blind and rank them. {aside} "
        "Timestamps: intro at 0:00, the custard cream controversy at 12:40, listener mail at 41:15.",
        ("At 27:10 Gwen goes wildly off topic to claim that {T} has {V} for its {R}.",
         "There is also a tangent where Gwen says {V} is the {R} of {T}, which we did not fact-check."),
    ),
}
