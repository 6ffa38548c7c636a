"""memlife_v33's look-alikes: the asked holder named beside a value that nobody entered in any register, each with a
reason of its own placed somewhere the reader has to find it.

``place`` says where the reason stands:

- ``sentence``: inside the one sentence that names holder and value (``text`` is that sentence, with ``{thing}``
  and ``{value}``);
- ``parenthesis``: in brackets at the end of an ordinary-looking statement;
- ``label``: as a label before a colon that opens the statement;
- ``before`` / ``after``: as the line or sentence just before or just after the entry;
- ``column``: as one more field of the record's own line;
- ``heading``: as the document's heading or title.

Only two of the fifteen reasons use a negation word.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "PLACES", "Lookalike"]

PLACES = ("sentence", "parenthesis", "label", "before", "after", "column", "heading")


@dataclass(frozen=True)
class Lookalike:
    place: str  # one of PLACES
    text: str  # the reason as it is written in its place


LOOKALIKES: dict[str, Lookalike] = {
    "cake_icing": Lookalike("sentence", "For the {office}'s anniversary the bakery piped {thing} and {value} across a "
                                        "sponge cake in blue icing."),
    "keyboard_cat": Lookalike("sentence", "The office cat strolled over the keyboard and left {thing} beside {value} in "
                                          "a draft that made everyone laugh."),
    "nursery_rhyme": Lookalike("sentence", "The playgroup sings a little rhyme in which {thing} is rocked to sleep by "
                                           "{value}, its {role}."),
    "hypnotist": Lookalike("parenthesis", "as announced by a volunteer under the spell of a stage hypnotist at the "
                                          "village hall"),
    "souvenir": Lookalike("parenthesis", "printed on a souvenir tea towel sold in the gift shop"),
    "semaphore": Lookalike("label", "Semaphore practice, spelled out with flags on the green"),
    "cipher": Lookalike("label", "Cipher puzzle answer, not a register entry"),
    "reenactment": Lookalike("before", "What follows was read aloud by a costumed clerk at the heritage re-enactment "
                                       "weekend."),
    "guess_the_weight": Lookalike("before", "The next entry is a visitor's guess pinned to the guess-the-weight board at "
                                            "the summer fete."),
    "art_installation": Lookalike("after", "That line glows in neon tubing as part of an art installation in the "
                                           "foyer."),
    "stock_photo": Lookalike("after", "The picture library sells that image as a stock photo, and nothing on the "
                                      "clipboard in it is real."),
    "embroidery": Lookalike("column", "embroidery sampler stitched at evening class"),
    "tattoo_flash": Lookalike("column", "tattoo flash sheet in a parlour window"),
    "cartoon": Lookalike("heading", "Cartoon episode twelve, storyboard for the mix-up scene"),
    "sand_sculpture": Lookalike("heading", "Sand sculpture festival, lettering carved into the winning entry"),
}
