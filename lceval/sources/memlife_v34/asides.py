"""Values told in passing in memlife_v34: six genres of everyday writing that mention a holder and its value on the
way to something else, deciding nothing in any register. ``ASIDES`` maps each genre to its frame (a title line and a
paragraph, ``{told}`` set off by spaces inside it) and its two wordings of the aside, each one sentence naming the
holder, the value and the register's role once."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "dog_walker_update": (
        "Walk report for Biscuit, Tuesday\nBiscuit pulled hard at the lead all the way up the lane and found a tennis "
        "ball in the hedge. {told} We were back by ten with four muddy paws and one very happy spaniel.",
        ("Rounding {thing}, we met a chap who says its {role} is {value} these days.",
         "Biscuit sniffed about by {thing} while I read a little sign naming {value} as its {role}.")),
    "knitting_pattern": (
        "Fair Isle yoke, pattern notes\nCast on 112 stitches in the darker wool and work two inches of rib. {told} "
        "Change to the lighter shade for the yoke and follow the chart from row one.",
        ("My aunt named this colourway after {thing}, whose {role} she swears is {value}.",
         "I chose this motif sitting near {thing}; {value} is its {role}, apparently.")),
    "raffle_results": (
        "Spring fair raffle results\nFirst prize, the hamper, went to ticket 318 and the bottle of sherry to ticket "
        "44. {told} Thank you to everybody who bought a strip and to the bakers for the cakes.",
        ("Our ticket-drawer mentioned that {thing} has {value} as its {role} now.",
         "Our compere joked that {value} was {thing}'s {role}, to polite laughter.")),
    "hairdresser_chat": (
        "Overheard at the salon\nMy stylist talked about her holiday in Crete the whole time the colour was setting. "
        "{told} Then she trimmed my fringe far shorter than I asked.",
        ("Her cousin works near {thing} and says {value} is its {role} at present.",
         "Between rinse and blow-dry she told me {thing} had {value} for its {role}.")),
    "car_boot_listing": (
        "Car boot sale, Sunday pitch list\nTable of paperbacks, a lamp with a wobbly shade and a box of jigsaw pieces, "
        "all priced to go. {told} Gates open at seven for sellers and eight for buyers.",
        ("A fellow on a neighbouring pitch reckoned {thing} had {value} as its {role}.",
         "Somebody haggling over that lamp let slip that {value} is now {thing}'s {role}.")),
    "birdwatch_tally": (
        "Saturday tally from the reservoir hide\nTwo great crested grebes, a heron and a flock of lapwings over the far "
        "bank, plus a kingfisher at dusk. {told} Fingers crossed for the bittern next weekend.",
        ("A walker at our hide said {thing} has {value} as its {role}, which I jotted down for fun.",
         "While we waited for a kingfisher, Pat remarked that {value} was {thing}'s {role}.")),
}
