"""Values told in passing in memlife_v33: everyday writing that mentions a holder and its value on the way to something
else, entered in no register. ``ASIDES[genre] = (scene, (wording, wording))``: the scene is the document, with
``{told}`` where one of the two wordings goes, a sentence on either side of it."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "hairdresser_chat": (
        "Overheard at the salon on Thursday, somewhere between the rollers and the dryers. {told} Then the talk "
        "turned to caravans and the price of petrol.",
        ("My cousin says {thing} has {value} for its {role} these days, if you can believe it.",
         "Apparently {value} is the {role} at {thing}, or so the lady in the next chair told me."),
    ),
    "lost_cat_poster": (
        "LOST: ginger tom, answers to Biscuit, last seen near the allotments on Sunday evening. {told} Please ring "
        "the number below with any sighting, however small.",
        ("He was once found asleep beside {thing}, where {value} is the {role}, so do check there.",
         "The people who look after {thing} (its {role} is {value}) have promised to keep an eye out."),
    ),
    "jumble_sale_flyer": (
        "Grand jumble sale, Saturday from ten in the church hall, with bric-a-brac, books and a tombola. {told} "
        "Teas and homemade scones are served all afternoon.",
        ("Parking is easiest by {thing}, the one with {value} as its {role}.",
         "Look for the bunting near {thing} ({value} is its {role}) and follow the arrows."),
    ),
    "thank_you_card": (
        "Dear Marjorie, thank you so much for the lovely scarf and the jar of damson jam. {told} With love from all "
        "of us, and see you at Easter.",
        ("We walked past {thing} on the way home and saw that {value} is its {role} now, which made us smile.",
         "Guess what: {value} turned out to be the {role} of {thing}, just as you predicted."),
    ),
    "knitting_pattern_intro": (
        "This cabled hat uses two skeins of aran wool and a five millimetre circular needle. {told} Cast on "
        "ninety-six stitches and join in the round.",
        ("I sketched the cables while waiting beside {thing}, whose {role} is {value}, on a very slow afternoon.",
         "The colours came from a visit to {thing}; its {role}, {value}, suggested exactly these shades."),
    ),
    "taxi_ride_story": (
        "The driver talked the whole way from the station, mostly about his allotment. {told} By the time we reached "
        "the hotel I knew his entire family tree.",
        ("He mentioned that {thing} has {value} as its {role}, which he seemed oddly proud of.",
         "According to him, {value} is the {role} of {thing}, and has been for a good while."),
    ),
}
