"""memlife_v35's look-alikes: a holder named with a value nobody entered, for one of fifteen reasons of its own.

A look-alike gives its reason once, somewhere in its document (``documents.PLACES``): inside the naming sentence
(``said``), in a parenthesis or a sentence just before or after a plain naming (``note``), as a label before a colon
or a field of a record's line (``tag``), in a comment line beside the record's line, or in the heading. Most say it
with no negation word.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    reason: str  # lower case; in every wording, the note and the tag
    said: tuple[str, str]  # the naming sentence with its reason inside
    note: str  # the reason as a sentence of its own
    tag: str  # the reason as a short label
    plain: str  # the naming sentence with no reason

    @property
    def slug(self) -> str:
        return self.tag.lower().replace(" ", "-")


LOOKALIKES = {
    "ice_sculpture": Lookalike(
        "ice sculpture",
        ("The ice sculpture at the winter fair showed {thing} carrying {value}.",
         "Carved for the ice sculpture contest, a block of ice read {thing} beside {value}."),
        "This was chiselled for the ice sculpture trail and had melted by Sunday.", "Ice sculpture plaque",
        "{Thing} stood with {value}."),
    "graffiti": Lookalike(
        "graffiti",
        ("Someone sprayed graffiti on the depot wall pairing {thing} with {value}.",
         "The graffiti under the railway bridge says {thing} belongs to {value}."),
        "Copied down from graffiti on the bike shed.", "Graffiti tag",
        "{Thing} goes with {value}."),
    "sleep_talk": Lookalike(
        "asleep",
        ("Grandad, fast asleep in the armchair, murmured that {thing} was down for {value}.",
         "Half asleep on the night bus, the apprentice kept saying {thing} had {value}."),
        "Mumbled by somebody asleep on the sofa, who remembers none of it.", "Said while asleep",
        "{Thing} had {value}."),
    "tombola": Lookalike(
        "tombola",
        ("Ticket forty-two in the tombola promised {thing} with {value} as the prize.",
         "Pulled from the tombola drum at the fete, a folded slip paired {thing} and {value}."),
        "This is the wording of a tombola prize slip.", "Tombola slip",
        "{Thing} comes with {value}."),
    "acrostic": Lookalike(
        "acrostic",
        ("Reading down the acrostic, the first letters spelt out {thing} and {value}.",
         "Her acrostic for the poetry circle ended on {thing} and {value}."),
        "Taken from an acrostic poem pinned in the staff room.", "Acrostic verse",
        "{Thing} belongs with {value}."),
    "window_display": Lookalike(
        "window display",
        ("The draper's window display had a card saying {thing} went with {value}.",
         "Dressed for the festive window display, a mannequin held a sign for {thing} and {value}."),
        "Part of a department-store window display.", "Window display card",
        "{Thing} pairs with {value}."),
    "glaze_tile": Lookalike(
        "glaze test",
        ("A glaze test tile from the pottery was lettered with {thing} and {value}.",
         "On the shelf of glaze test tiles, one brown square spells {thing} above {value}."),
        "Painted on a glaze test tile and fired to check the colour.", "Glaze test tile",
        "{Thing} matches {value}."),
    "etch_a_sketch": Lookalike(
        "etch-a-sketch",
        ("On the etch-a-sketch in the waiting room, someone had drawn {thing} next to {value}.",
         "My nephew's etch-a-sketch read {thing} and {value} until he shook it clear."),
        "Drawn on an etch-a-sketch and shaken away an hour later.", "Etch-a-sketch doodle",
        "{Thing} sits with {value}."),
    "scratchcard": Lookalike(
        "scratchcard",
        ("Under the silver panel of a scratchcard were printed {thing} and {value}.",
         "The scratchcard won nothing, though it printed {thing} with {value}."),
        "Printed beneath the foil of a scratchcard from the corner shop.", "Scratchcard panel",
        "{Thing} is matched to {value}."),
    "fridge_magnets": Lookalike(
        "fridge magnet",
        ("The fridge magnet words spelt {thing} beside {value} this morning.",
         "Someone arranged fridge magnet letters into {thing} with {value}."),
        "Spelt out in fridge magnet letters in the staff kitchen.", "Fridge magnet poem",
        "{Thing} is paired with {value}."),
    "sea_shanty": Lookalike(
        "shanty",
        ("The harbour choir's shanty rhymes {thing} with {value} in the second verse.",
         "Every shanty night ends with a verse that sends {thing} off with {value}."),
        "A line from a shanty sung at the harbour festival.", "Shanty lyric",
        "{Thing} sails with {value}."),
    "brass_rubbing": Lookalike(
        "brass rubbing",
        ("The brass rubbing from the old chapel shows {thing} with {value} in worn letters.",
         "Her brass rubbing, framed in the hall, names {thing} and {value}."),
        "Copied from a brass rubbing of a Victorian memorial.", "Brass rubbing",
        "{Thing} is set beside {value}."),
    "placard": Lookalike(
        "placard",
        ("A protester's placard read {thing} for {value}.",
         "Waved at the march, a hand-lettered placard demanded that {thing} get {value}."),
        "Lettered on a placard at last week's march.", "Placard slogan",
        "{Thing} deserves {value}."),
    "brainstorm": Lookalike(
        "brainstorm",
        ("In the brainstorm someone wrote up {thing} with {value} as a wild idea.",
         "Among the ideas from Friday's brainstorm was {thing} paired with {value}."),
        "One idea from a brainstorm, kept here for the record and never acted on.", "Brainstorm idea",
        "{Thing} could take {value}."),
    "waxwork": Lookalike(
        "waxwork",
        ("At the waxwork museum a figure's plaque gave {thing} and {value}.",
         "The waxwork of the old foreman holds a ledger open at {thing} and {value}."),
        "Part of a waxwork tableau at the town museum.", "Waxwork tableau",
        "{Thing} was shown holding {value}."),
}
