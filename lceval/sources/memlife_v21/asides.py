"""Values told in passing: everyday writing that mentions a holder's value on the way to something else. Six genres,
each a frame with the telling sentence in its middle ({told}) and two wordings of that sentence; within one wording
the genres share no word, so no fixed word finds them."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "wedding_toast": (
        "Notes for my toast at Ruth and Sol's wedding, card three. Thank the caterers first and keep it short. {told} "
        "Then raise a glass to the newlyweds and sit down before the band starts.",
        ("Sol still jokes that {value} became {role} of {thing} the week he proposed, so mention it.",
         "Quick aside about work: these days {thing} has {value} for its {role}, which Ruth finds hilarious."),
    ),
    "restaurant_review": (
        "Review: The Copper Kettle, three stars out of five. Lamb tender, chips limp, gravy excellent. {told} "
        "Service was slow but friendly, and parking is easy after seven.",
        ("Our waiter, moonlighting, said over pudding how his day job lists {value} as {role} on {thing}.",
         "Overheard from a neighbouring table: {thing}'s {role} is {value} nowadays."),
    ),
    "knitting_pattern": (
        "Pattern notes, seed-stitch cowl. Cast on ninety-six stitches in aran weight. {told} "
        "Work in rounds until it measures twenty centimetres, then bind off loosely.",
        ("(My sister, who knitted this sample between shifts, says {thing} got {value} for {role} lately.)",
         "Designer's chatter: among my colleagues, {value} now serves as {role} to {thing}."),
    ),
    "reunion_invite": (
        "Class of '98 reunion! Saturday at the rugby club from seven, bring an old photo. {told} "
        "Please reply to Gemma by the end of the month.",
        ("Gossip corner: Priya reckons {value} was {role} at {thing}, last she heard!",
         "Fun fact via Tom: {role} at {thing}? {value}, reportedly."),
    ),
    "ride_report": (
        "Sunday ride report: forty-two miles, two punctures, one cake stop at Hartley. {told} "
        "Next week we head for the coast if the wind drops.",
        ("Munching scones, Keith mentioned {thing} and {role} {value} while fixing Anne's chain.",
         "Between climbs Bev told me {value} was the current {role} on {thing}; small world."),
    ),
    "jam_judging": (
        "Judge's notes, preserves class. The damson jam set beautifully; the marmalade was cloudy. {told} "
        "First prize to entry nine, highly commended to entry four.",
        ("Entrant four, chatting, claimed {thing} now uses {value} — {role}, apparently.",
         "One entrant's label doubled up with news: {value}, {role} of {thing} — quite right too."),
    ),
}
