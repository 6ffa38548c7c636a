"""Values told in passing (memlife_v24's nowrite kind): everyday writing that mentions a holder's value on the way
to something else. Six genres, each a frame with ``{told}`` set off by spaces and two wordings of the passing remark
(holder, value and role in one sentence); a document's format is its genre's name."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "recipe_blog": (
        "Grandma's rhubarb crumble\n"
        "Before the recipe, a little news from my week. {told} Right, the crumble: rub cold butter into the flour until "
        "it looks like breadcrumbs, then bake for forty minutes at one eighty.",
        ("My brother, who works there, tells me {value} is the {role} of {thing} these days.",
         "While the rhubarb stewed, a friend rang to say {thing} has {value} as its {role} now."),
    ),
    "birthday_card": (
        "Happy birthday, Auntie Flo!\n"
        "Wishing you a wonderful day and plenty of cake. {told} Lots of love from all of us, and see you at Easter.",
        ("Exciting news from my job: {thing} finally got {value} for its {role}.",
         "Guess what, {value} ended up as {role} of {thing} after all that fuss!"),
    ),
    "choir_bulletin": (
        "Tenors and Basses: the Friday bulletin\n"
        "Rehearsal moves to the church hall on Thursday at seven. {told} Please bring your Messiah scores and a pencil.",
        ("Our alto Bernadette mentioned during the tea break that {Thing} carries {value} as its {role} at present.",
         "Fun fact from our treasurer's day job: {value} currently serves as {role} for {thing}."),
    ),
    "angling_report": (
        "Riverside Anglers, Sunday match report\n"
        "Thirty-two pegs fished and the water was carrying a tinge of colour. {told} Top weight went to Malcolm with "
        "eleven pounds of roach and bream.",
        ("Between bites, Stan let slip: {value} is presently the {role} at {thing}.",
         "The lad on peg nine, employed nearby, says {Thing} has {value} as its {role}."),
    ),
    "school_essay": (
        "What I did at half term, by Jasper (Year 4)\n"
        "On Monday we went to see where my mum works. {told} After that we had chips by the sea and I saw a seal.",
        ("Mum showed me {thing} and said its {role} is {value}.",
         "I learned {value} is the {role} in {thing}, and wrote it on my hand."),
    ),
    "ride_report": (
        "Sunday social ride, sixty kilometres\n"
        "We regrouped at the café stop with everyone in good spirits. {told} The climb after lunch split the group, but "
        "we all rolled home by four.",
        ("With coffee in hand, Derek, who volunteers up the road, confirmed {value} as the {role} of {thing}.",
         "Passing {thing}, Priti remarked its {role} is {value} nowadays."),
    ),
}
