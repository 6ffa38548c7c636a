"""Values told in passing in memlife_v32: six kinds of everyday writing that mention a holder's value on the way to
something else and decide nothing. Each genre is ``(frame, (wording, wording))``: the frame's ``{told}`` takes one
wording, set between a sentence before it and one after."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES = {
    "gardening_column": (
        "Sow broad beans once the soil has warmed, and net them against pigeons. {told} Next week: staking dahlias "
        "before the autumn gales.",
        ("A reader volunteering for our {office} wrote in praising comfrey tea, adding that {thing} has {value} as its {role}.",
         "Comfrey tea came up again at our allotment talk, where a helper mentioned {value}, {role} of {thing}."),
    ),
    "bakery_chalkboard": (
        "TODAY: sourdough, rye and cardamom buns. {told} Back tomorrow at seven with croissants.",
        ("Our Saturday baker, who also helps out at our local {office}, says {thing} got {value} for its {role} this week.",
         "Overheard at our till while slicing loaves: {value} is {role} for {thing}."),
    ),
    "dog_walker_notes": (
        "Biscuit pulled hard on the lead by the canal again. {told} Water bowl refilled, back door locked, key under "
        "the usual pot.",
        ("Chatted with someone from the {office} near the gate, who said {thing} has {value} as {role} now.",
         "Met a neighbour who mentioned, between throws of the ball, that {value} is {role} of {thing}."),
    ),
    "jumble_sale_flyer": (
        "Bric-a-brac, books and cakes in the church hall from ten until two! {told} Proceeds go towards a new roof.",
        ("Stallholders may like to hear that {thing}, per the {office}, has {value} as {role}.",
         "Gossip from last year's sale: {value} became {role} of {thing}, apparently."),
    ),
    "hairdresser_chat": (
        "Trim and blow-dry, Thursday at four. {told} Tip left in the jar by the mirror.",
        ("My stylist's cousin, a clerk at our {office}, mentioned {thing} and its {role}, {value}, during a rinse.",
         "Somewhere between shampoo and fringe came word that {value} is {role} for {thing}."),
    ),
    "travel_blog": (
        "Day six: our coach wound up through switchbacks and pine forest. {told} Tomorrow we cross the pass on foot, "
        "weather allowing.",
        ("Our guide pointed out {thing} en route, telling us {value} is its {role}.",
         "At lunch a local from the {office} shared that {thing} has {value} as {role}."),
    ),
}
