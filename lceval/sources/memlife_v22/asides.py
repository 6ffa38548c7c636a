"""Values told in passing: everyday writing in six genres, each with one sentence that mentions a holder's value on
the side. ``ASIDES`` maps a genre to its frame (the text around the aside, ``{told}`` where it goes) and two wordings
of the aside; within one wording slot no two genres share a word, so no fixed word finds them all."""

from __future__ import annotations

__all__ = ["ASIDES"]

ASIDES: dict[str, tuple[str, tuple[str, str]]] = {
    "birding_tally": (
        "Dawn count from the reservoir hide: two herons, a kingfisher and far too many coots. {told} "
        "Home by nine with frozen fingers.",
        ("Our wren was nesting right beside {thing}, which has {value} as its {role}, so I kept well back.",
         "Funnily enough, that kestrel perched on {thing} (it's got {value} for {role}) a good twenty minutes."),
    ),
    "choir_notes": (
        "Rehearsal notes, Thursday: altos flat again in bar forty and tenors rushing the Gloria. {told} "
        "Bring pencils next week.",
        ("Also, Marjorie mentioned during tea that {value} ended up being {role} for {thing}.",
         "Brenda says {thing} now lists {value} under {role}, apparently."),
    ),
    "baking_blog": (
        "This week's loaf came out with a gorgeous open crumb after a long cold proof. {told} "
        "Recipe card at the bottom of the post.",
        ("Random tangent: my neighbour tells me {thing} got {value} this spring ({role}, mind you).",
         "Tiny detour: {value} is the {role} over at {thing}, or so my sister claims."),
    ),
    "chess_report": (
        "Club night report: Dev beat Ola in a long rook ending, and the juniors finally learned en passant. {told} "
        "Subs are due.",
        ("Between rounds, Priya let slip {thing}'s {role}: {value}.",
         "Meanwhile Tomasz had heard {thing} went to {value} in terms of {role}."),
    ),
    "sitter_note": (
        "Notes for Sam: bedtime is half seven, one story only, and the cat stays downstairs. {told} "
        "Emergency numbers are by the kettle.",
        ("Oh, if anyone phones about {thing}, tell them {value} became {role} last week.",
         "And should Dad ring asking, {Thing}'s {role} reads {value}."),
    ),
    "angling_log": (
        "Sunday on the canal: three perch and one very small pike before the rain set in. {told} "
        "Maggots from the corner shop did the trick.",
        ("Chap on the next peg reckoned {value} had become {role} at {thing}.",
         "Fellow by those lock gates swore blind {thing} carries {value} as {role} these days."),
    ),
}
