"""memlife_v35's asides: a holder's value told in passing, in six kinds of everyday writing, deciding nothing.

``ASIDES``: genre -> (frame, two wordings). The frame holds ``{told}`` once, between sentences of its own; a wording
names the holder (``{thing}`` / ``{Thing}``), what the value is (``{role}``) and the value once.
"""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES = {
    "taxi_ride": (
        "Overheard in the back of a cab on the ring road. {told} The fare came to eleven pounds fifty.",
        ("The driver mentioned that his brother-in-law looks after {thing}, whose {role} is {value}, apparently.",
         "Between traffic lights he claimed {value} was the {role} at {thing} when he last drove past."),
    ),
    "lost_cat_poster": (
        "LOST: ginger tom with a white bib, answers to Biscuit. {told} Reward offered, please ring the number below.",
        ("He was last seen near {thing}, the one with {value} as its {role}.",
         "Neighbours spotted him dozing by {thing} ({role}: {value}) on Tuesday."),
    ),
    "thank_you_note": (
        "Dear all, thank you so much for the lovely flowers. {told} With love and gratitude, Marjorie.",
        ("They sat on the sill looking out over {thing}, which had {value} for its {role} that week.",
         "Our porter carried them up past {thing} and its {role}, {value}, before breakfast."),
    ),
    "salon_chat": (
        "Jotted by a hairdresser between appointments. {told} Then the dryer went on and the rest got drowned out.",
        ("My client swears her nephew minds {thing}, with {value} as the {role}.",
         "Apparently {value} is the {role} over at {thing}, or so the lady with the perm says."),
    ),
    "bake_sale_flyer": (
        "Bake sale this Saturday in the scout hut, all proceeds to the roof fund! {told} Lemon drizzle sells out first, so come early.",
        ("Look for the stall opposite {thing}, the {role} there being {value}.",
         "Cakes will be laid out by {thing}, whose {role} happens to be {value}."),
    ),
    "ferry_queue": (
        "Waiting for the morning ferry, the queue chatted about everything under the sun. {told} Then the ramp came down and everybody drove aboard.",
        ("A man in a flat cap said {thing} had {value} as its {role} these days.",
         "Someone's gran insisted {value} was the {role} at {thing}, and the whole queue nodded."),
    ),
}
