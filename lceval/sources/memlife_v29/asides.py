"""memlife_v29's asides: everyday writing that mentions a holder's value on the way to something else.

Six genres, each a frame (``{told}`` set off by spaces) and two wordings of the remark, each naming the holder, the
value and what the value is. Within one wording, no two genres share a word of four letters or more.
"""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "recipe_blog": (
        "Lemon drizzle, take three. Before the recipe, a little life update: {told} Anyway, zest two lemons and "
        "cream the butter with the sugar.",
        ("my cousin mentioned, while we waited for the oven, that the {role} at {thing} is {value} these days.",
         "between batches I learned {value} is the {role} for {thing}, which made me laugh.")),
    "birthday_card": (
        "Happy birthday, Gran! Hope the cake is enormous. {told} Love and hugs from all of us.",
        ("Funny thing: Dad says {thing} went to {value} as its {role}.",
         "Also, guess what, {value} became {role} for {thing}.")),
    "fridge_note": (
        "Flatmates! Milk is finished and the bins go out Thursday. {told} Rent reminder on the calendar. J.",
        ("Whoever asked, {Thing} has {value} as {role} now, per the noticeboard at work.",
         "PS {value} got {thing} (the {role} question from dinner).")),
    "book_club_chat": (
        "Book club thread, Sunday: loved chapter twelve, hated the ending. {told} Next month we read the lighthouse novel.",
        ("Totally off topic but Priya reckons {value} is {role} at {thing}.",
         "Random aside, {thing} apparently wound up with {value} as {role}.")),
    "product_review": (
        "Four stars for these walking poles. Sturdy, light, folds small. {told} Only gripe: the strap frays.",
        ("I bought them the week my neighbour told me {thing} was given {value} as {role}.",
         "Tested them on a hike where a friend mentioned {value} is now {role} for {thing}.")),
    "packing_list": (
        "Packing for the coast: sun cream, two jumpers, charger, snacks. {told} Passport in the blue pouch.",
        ("Note to self, {thing} has {value} for a {role}, so tell Mum.",
         "Remember {value} took over {thing} as {role}, in case anyone asks.")),
}
