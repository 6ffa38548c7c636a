"""memlife_v34's look-alikes: the asked holder named with a value nobody entered, for a reason the document gives.

Each of the fifteen has a reason of its own (``reason``, a phrase that reads after "from"), a ``cue`` that every
piece of it contains, a ``label`` (a caption before a colon, a record's extra column, a title) and two ``wordings``
that give the reason in the same sentence as the holder and value. ``documents`` places the reason in one of six
places in prose (the same sentence, a parenthesis, a label before a colon, the sentence before, the sentence after,
the heading) and four in records (a column of the entry, a comment line before or after it, the title); the frames
for those places are here. Only one wording carries a negation word.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AFTER", "BEFORE", "HEADINGS", "LOOKALIKES", "Lookalike", "PARENS", "PLAIN"]


@dataclass(frozen=True)
class Lookalike:
    cue: str  # in every piece: the reason, the label, both wordings
    reason: str  # lower case, reads after "from"
    label: str
    wordings: tuple[str, str]


LOOKALIKES: dict[str, Lookalike] = {
    "message_in_a_bottle": Lookalike(
        "bottle", "a message in a bottle washed up on the shingle", "Message in a bottle",
        ("A message in a bottle on the shingle claimed that {thing} had {value} as its {role}.",
         "Rolled up inside a bottle on the beach was a note giving {value} for {thing}.")),
    "sand_sculpture": Lookalike(
        "sand sculpture", "a sand sculpture at the beach festival", "Sand sculpture plaque",
        ("The sand sculpture at the beach festival showed {thing} crowned with {value}.",
         "Somebody carved {value} beside {thing} into the sand sculpture by the pier.")),
    "snow_globe": Lookalike(
        "snow globe", "a souvenir snow globe", "Snow globe base",
        ("Shake the souvenir snow globe and its base reads {thing}, {value}.",
         "On the snow globe from the gift shop, {value} is painted under {thing}.")),
    "cipher_puzzle": Lookalike(
        "cipher", "a cipher puzzle in the club magazine", "Cipher puzzle solution",
        ("Decoded, the cipher in the club magazine gave {value} for {thing}.",
         "The cipher puzzle's solution pairs {thing} with {value} as its {role}.")),
    "art_collage": Lookalike(
        "collage", "an art-class collage", "Collage caption",
        ("In the art-class collage, letters cut from magazines spell {thing} and {value}.",
         "A collage pinned up in the art room sets {value} against {thing}.")),
    "stage_hypnotist": Lookalike(
        "hypnotist", "a stage hypnotist's act", "Hypnotist's volunteer",
        ("Under the hypnotist's spell, a volunteer insisted that {thing} belonged to {value}.",
         "The stage hypnotist made a man in row three announce {value} as the {role} of {thing}.")),
    "walkie_talkie_game": Lookalike(
        "walkie-talkie", "a children's walkie-talkie game", "Walkie-talkie game",
        ("Over the walkie-talkie, the children radioed that {thing} was now {value}.",
         "In their walkie-talkie game, the twins kept calling {value} the {role} of {thing}.")),
    "gamebook": Lookalike(
        "gamebook", "a gamebook adventure", "Gamebook passage",
        ("Turn to paragraph 212 of the gamebook, where {thing} is guarded by {value}.",
         "The gamebook lets the reader choose {value} for {thing} and then turn the page.")),
    "tattoo_flash": Lookalike(
        "tattoo", "a tattoo flash sheet", "Tattoo flash",
        ("On the tattoo parlour's flash sheet, {thing} is inked next to {value}.",
         "A tattoo design in the studio window pairs {value} with {thing} in curly script.")),
    "cake_icing": Lookalike(
        "icing", "the icing on a retirement cake", "Cake icing",
        ("The icing on the retirement cake spelt out {thing} above {value}.",
         "Piped in icing across the sponge were {value} and {thing}.")),
    "cross_stitch": Lookalike(
        "cross-stitch", "a cross-stitch sampler", "Cross-stitch sampler",
        ("Grandma's cross-stitch sampler has {thing} and {value} worked in red thread.",
         "Stitched in cross-stitch on a linen square: {value} for {thing}.")),
    "forgery_exhibit": Lookalike(
        "forge", "the museum's gallery of forgeries", "Forgery on display",
        ("A forged ledger in the museum's fakes gallery lists {thing} with {value}.",
         "The forger's copy in the glass case gives {value} as the {role} of {thing}.")),
    "skywriting": Lookalike(
        "sky", "skywriting at the air show", "Skywriting",
        ("A stunt plane wrote {thing} and {value} across the sky at the air show.",
         "In smoke letters over the bay, the skywriter paired {value} with {thing}.")),
    "misted_mirror": Lookalike(
        "mirror", "a misted bathroom mirror", "Mirror scribble",
        ("Someone fingered {thing} and {value} into the steam on the bathroom mirror.",
         "On the misted mirror after a shower, {value} was written under {thing}.")),
    "two_truths_and_a_lie": Lookalike(
        "two truths", "a round of two truths and a lie", "Two truths and a lie",
        ("During two truths and a lie, Dev said {thing} had {value} as its {role}, and that was the lie.",
         "My two truths and a lie included {value} at {thing}, which nobody believed.")),
}

# What a look-alike says when its reason stands elsewhere: a statement like a real one.
PLAIN = (
    "{Thing} has {value} as its {role}.",
    "{value} goes with {thing}.",
    "The {role} of {thing} is {value}.",
)
# The reason in a parenthesis closing the plain statement, a sentence or comment just before or after it, or the title.
PARENS = ("from {reason}", "copied off {reason}", "as seen on {reason}")
BEFORE = ("The next bit comes from {reason}.", "What follows was copied from {reason}.", "Here is a line from {reason}.")
AFTER = ("That came from {reason}.", "The line above was taken from {reason}.", "Source for that: {reason}.")
HEADINGS = ("Notes from {reason}", "{label}, transcribed", "Copied from {reason}")
