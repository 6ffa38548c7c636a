"""memlife_v30's values told in passing: six kinds of everyday writing that name a holder's value on the way to
something else and decide nothing. Each genre is a frame (``{told}`` set apart by spaces, inside a paragraph) and two
wordings of the sentence that tells the value; the wordings name holder, role and value once each."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "postcard": (
        "Greetings from the coast!\nThe hotel is lovely and the sea is freezing. {told} Wish you were here, love to the cats.\n"
        "P.S. Back on Sunday.",
        ("On the way we passed {thing}, where the {role} is {value}, of all things.",
         "Funny thing, our guide mentioned that {value} is the {role} at {thing} these days."),
    ),
    "forum_post": (
        "Re: tips for a weekend visit\nPosted by hillwalker_77\nParking was easy and the cafe does a decent scone. {told} "
        "Anyway, highly recommend going early.",
        ("My kid was thrilled to spot {value} at {thing} and asked endless questions about that {role}.",
         "Somebody queueing beside us reckoned {thing} has {value} as its {role}, if you want to look out for it."),
    ),
    "retirement_card": (
        "Happy retirement, Maureen!\nForty years, and still the best tea in the building. {told} Enjoy the garden "
        "and the long lie-ins.\nFrom all of us on the second floor",
        ("We will always remember you fussing over {thing} and its {role}, {value}.",
         "Only you could recite that {value} was the {role} at {thing} straight from memory."),
    ),
    "overheard_chat": (
        "Overheard on the number nine bus\nTwo pensioners were comparing their knees. {told} Then the talk turned to "
        "the price of bread.",
        ("One of them said her grandson looks after {thing}, which has {value} as its {role}.",
         "The other brought up {value}, the {role} at {thing}, as if everyone knew it."),
    ),
    "school_essay": (
        "What I Did in the Holidays, by Tom, age nine\nOn Monday we went on a trip with my auntie. {told} After that we "
        "had chips by the river.\nTeacher's comment: lovely handwriting, Tom.",
        ("I saw {thing} and a lady told me its {role} is {value}, so I wrote it in my book.",
         "My favourite part was {value}, the {role} at {thing}, because it had a funny name."),
    ),
    "phone_in": (
        "Local radio phone-in, afternoon show\nOur next caller is Brenda from the retail park. {told} Anyway, I just "
        "wanted to say hello to my sister.",
        ("Brenda drove past {thing} on Saturday and heard its {role} is {value}.",
         "Lovely to hear from you, Brenda, and yes, {value} is the {role} at {thing}, my cousin works there."),
    ),
}
