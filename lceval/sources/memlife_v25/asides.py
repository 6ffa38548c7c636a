"""memlife_v25's asides: everyday writing that tells a holder's value in passing, never as a write.

``ASIDES`` maps a genre to its frame (the writing around, with ``{told}`` where the aside goes, a sentence of its own
between two others) and two wordings of the aside. Within one wording, no two genres share a word of four letters
or more.
"""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "postcard": (
        "Greetings from Tenby! The weather has been glorious and the chips are excellent. {told} "
        "Love to the cats, back on Sunday.",
        ("A deckhand on the pier swore blind {thing} always has the {role} {value}.",
         "Funny coincidence: our landlady mentioned {value}, apparently the {role} at {thing} back home."),
    ),
    "knitting_blog": (
        "This week's pattern is a chunky cardigan in moss stitch, sized for toddlers. {told} "
        "Cast on loosely and block it flat once finished.",
        ("My sister, who volunteers nearby, tells me {value} is the {role} for {thing}, of all things.",
         "Mid-row, Rhoda piped up about {thing} and its {role}, {value}."),
    ),
    "bowls_report": (
        "Saturday's fixture against Pennywell ended in a narrow win for the home rink. {told} "
        "Skip Harold thanks the tea ladies for the scones.",
        ("Between ends, our number two chatted about {Thing} and its {role}, {value}.",
         "Over the jack, somebody said {value} was the {role} attached to {thing}."),
    ),
    "wedding_toast": (
        "Ladies and gentlemen, please raise your glasses to the happy couple. {told} "
        "May your home be warm and your arguments short.",
        ("Grace once told me, at two in the morning, how much she adored {value}, the {role} at {thing}.",
         "Tom met Grace while sorting out {thing}, where the {role} was {value}."),
    ),
    "garage_sale": (
        "Everything must go: lawnmower, two bookcases, a box of vinyl and a rowing machine. {told} "
        "Cash only, Saturday from nine, number 14 Elm Close.",
        ("Seller's aside: the shed key hangs by a label reading {Thing}, {role} {value}.",
         "Also a framed photo captioned {value}, the {role} of {thing}, make an offer."),
    ),
    "book_club": (
        "This month the group read a slow, gorgeous book about lighthouse keepers. {told} "
        "Next meeting is at Priya's, bring biscuits.",
        ("Our host remembered {thing} having {value} as its {role} in her youth.",
         "Somebody's bookmark turned out to be an old tag for {thing} with the {role} {value}."),
    ),
}
