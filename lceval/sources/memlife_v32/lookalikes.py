"""memlife_v32's look-alikes: fifteen places where the asked holder is named with a value nobody entered.

Each look-alike has a ``reason`` (the words that give it away) and five ways of carrying it: two ``wordings`` with
the reason in the same sentence as holder and value, a ``note`` (a sentence of its own, set before or after a
reason-free ``plain`` sentence, in a record's comment or column, or as the heading), a ``label`` set before a colon,
and an ``aside`` for a parenthesis. Few of them use a negation word.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    reason: str  # lower case; in every wording, the note, the label and the aside
    wordings: tuple[str, str]
    note: str
    label: str
    aside: str
    plain: str  # the holder and value with no reason


LOOKALIKES = {
    "ventriloquist": Lookalike(
        "ventriloquist",
        ("At the village fete a ventriloquist's dummy announced that {thing} had {value} as {role}, to loud cheers.",
         "The ventriloquist got big laughs by making his dummy insist {value} was {role} of {thing}."),
        "Part of a ventriloquist's act at the summer fete.", "Ventriloquist's patter", "a ventriloquist's line",
        "{Thing} belongs to {value}, and that is that."),
    "seance": Lookalike(
        "seance",
        ("During the seance the medium claimed a voice told her {value} was {role} of {thing}.",
         "Someone at the candlelit seance swore the spirits named {value} for {thing} as its {role}."),
        "Spoken aloud at a parlour seance.", "Seance transcript", "heard at a seance",
        "{value} keeps watch over {thing} as {role}."),
    "colouring_book": Lookalike(
        "colouring book",
        ("A page of the colouring book shows {thing} with {value} printed as its {role}.",
         "My niece's colouring book labels {thing} as having {value} for {role}."),
        "Printed on a page of a children's colouring book.", "Colouring book page", "from a colouring book",
        "{Thing} comes with {value} as {role}."),
    "jigsaw": Lookalike(
        "jigsaw",
        ("The jigsaw box lid pictures {thing} with {value} as {role}.",
         "Once the last jigsaw piece went in, {value} could be read as {role} of {thing}."),
        "Pictured on the lid of a thousand-piece jigsaw.", "Jigsaw lid", "on a jigsaw lid",
        "{value} is shown beside {thing} as its {role}."),
    "campfire_tale": Lookalike(
        "campfire",
        ("Round the campfire, the scout leader's ghost story put {value} in {thing} as {role}.",
         "A campfire yarn had {thing} haunted by {value}, its {role} for a hundred years."),
        "Told round a campfire to frighten the cubs.", "Campfire yarn", "a campfire ghost story",
        "{Thing} was home to {value} as {role} for a century."),
    "limerick": Lookalike(
        "limerick",
        ("A limerick on the staffroom board rhymes {value} with the {role} of {thing}.",
         "The limerick goes that {thing} once had {value} as {role}, with a rude last line."),
        "These words belong to a limerick pinned up in the staffroom.", "Limerick", "the opening of a limerick",
        "There once was {thing} whose {role} was {value}."),
    "pantomime": Lookalike(
        "pantomime",
        ("In the pantomime, the dame shouts that {thing} has {value} as its {role}.",
         "The pantomime villain hid {value} in {thing}, pretending it was the {role}."),
        "A line from the Christmas pantomime script.", "Pantomime script", "shouted in the pantomime",
        "{value} is the {role} of {thing}, oh yes it is."),
    "tarot": Lookalike(
        "tarot",
        ("The tarot reader turned the Tower card and foresaw {value} as {role} for {thing}.",
         "A tarot spread at the fair predicted {thing} would one day have {value} as its {role}, though no card is ever right about such things."),
        "Foretold by a tarot reader at the travelling fair.", "Tarot reading", "a tarot reading",
        "{Thing} is destined for {value} as its {role}."),
    "riddle": Lookalike(
        "riddle",
        ("The answer to the riddle on the pub chalkboard is that {thing} has {value} as {role}.",
         "A riddle in the Sunday paper asks why {value} would ever be {role} of {thing}."),
        "The solution to a riddle in the Sunday paper.", "Riddle answer", "answer to a riddle",
        "{value} sits as {role} of {thing}."),
    "cracker_joke": Lookalike(
        "cracker",
        ("The joke inside a Christmas cracker claimed {thing} has {value} for {role}, which nobody took seriously.",
         "Pulled from a cracker along with a paper crown came {value} as {role} of {thing}."),
        "Printed on the slip inside a Christmas cracker.", "Cracker slip", "a cracker joke",
        "{Thing} keeps {value} as its {role}."),
    "pavement_chalk": Lookalike(
        "chalk",
        ("A chalk drawing on the pavement outside shows {thing} with {value} as {role}.",
         "Children wrote in chalk across the playground that {value} is {role} of {thing}."),
        "Scrawled in chalk on the pavement by children.", "Pavement chalk", "chalked on the pavement",
        "{value} is written up as {role} of {thing}."),
    "bedtime_story": Lookalike(
        "bedtime story",
        ("In the bedtime story, {thing} was looked after by {value}, its kindly {role}.",
         "Our bedtime story ended with {value} becoming {role} of {thing}, happily ever after."),
        "From a bedtime story made up for the twins.", "Bedtime story", "in a bedtime story",
        "{Thing} was cared for by {value} as {role}."),
    "comic_strip": Lookalike(
        "comic strip",
        ("A speech bubble in the comic strip gives {thing} {value} as {role}.",
         "The comic strip in the paper drew {value} as the {role} of {thing}."),
        "Taken from a speech bubble in a newspaper comic strip.", "Comic strip", "a comic strip bubble",
        "{Thing} gets {value} as {role}."),
    "spelling_bee": Lookalike(
        "spelling bee",
        ("At the spelling bee, pupils had to spell {value} as the {role} of {thing}.",
         "The spelling bee example read that {thing} has {value} as its {role}."),
        "Used as an example sentence at the school spelling bee.", "Spelling bee", "a spelling bee sentence",
        "{Thing} lists {value} as {role}."),
    "video_game": Lookalike(
        "video game",
        ("In the video game, a quest log assigns {value} to {thing} as {role}.",
         "My nephew's video game save shows {thing} with {value} as {role}."),
        "Copied off a quest screen in a video game.", "Video game quest", "from a video game",
        "{value} has been set as {role} of {thing}."),
}
