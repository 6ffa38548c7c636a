"""memlife_v30's fifteen look-alikes: the asked holder named with a value nobody entered, each for a reason of its own.

A look-alike gives its reason (``cue``, a lowercase word or two found wherever the reason is given) in one of these
places: inside the very sentence (``says``, two wordings), in a parenthesis after a plain sentence (``remark``), as
a label before a colon (``label``), in a sentence or a comment line just before or just after the plain one
(``note``), in a column or field of the record's own line (``remark``), or in the heading (``note``). ``plain`` names
holder and value with no reason at all; only the place beside it says why it counts for nothing. Two of them use a
negation; the rest let the reason speak for itself.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOKALIKES", "Lookalike"]


@dataclass(frozen=True)
class Lookalike:
    cue: str  # the reason, lowercase: in both wordings, the note, the label and the remark
    says: tuple[str, str]  # the reason inside the sentence that names holder and value
    plain: str  # holder and value, no reason
    note: str  # the reason as a sentence of its own (a comment line in a record)
    label: str  # the reason as a label before a colon
    remark: str  # the reason as a record's field, or in a parenthesis


LOOKALIKES: dict[str, Lookalike] = {
    "crossword": Lookalike(
        "crossword",
        ("In the staff crossword, seven across is {thing} and the printed answer is {value}.",
         "The crossword setter hid {value} in the grid beside a clue about {thing}."),
        "{Thing} goes with {value}.",
        "This comes from the answer grid of the staff crossword.", "Crossword answer", "crossword answer"),
    "horoscope": Lookalike(
        "horoscope",
        ("This week's horoscope promises that {thing} will welcome {value} under a lucky moon.",
         "According to the horoscope page, the stars pair {thing} with {value}."),
        "{Thing} will welcome {value} before the month is out.",
        "These lines are from the horoscope page.", "Horoscope", "horoscope prediction"),
    "charades": Lookalike(
        "charades",
        ("During charades, somebody mimed {thing} and the team shouted {value}.",
         "The charades card showed {thing} beside {value}, to be acted out in silence."),
        "{Thing} was matched to {value}.",
        "That was a card from the charades round at the party.", "Charades card", "charades card"),
    "haiku": Lookalike(
        "haiku",
        ("A haiku on the noticeboard sets {value} beside {thing} in seventeen syllables.",
         "The winning haiku paired {thing} with {value} and a line about frost."),
        "{Thing} and {value}, and the snow on the roof.",
        "This is a haiku from the poetry corner.", "Haiku", "haiku entry"),
    "sweepstake": Lookalike(
        "sweepstake",
        ("In the office sweepstake, Dana bet that {thing} would end up with {value}.",
         "The sweepstake sheet has a guess of {value} for {thing}."),
        "{Thing} will get {value}.",
        "Nobody entered this, it is a guess from the staff sweepstake.", "Sweepstake guess", "sweepstake guess"),
    "screenplay": Lookalike(
        "screenplay",
        ("In the screenplay, the heroine finds {value} waiting at {thing}.",
         "Scene twelve of the screenplay has {thing} holding {value} as the credits roll."),
        "{Thing} holds {value} as the lights fade.",
        "The following is a scene of the screenplay draft.", "Screenplay", "screenplay scene"),
    "mock-up": Lookalike(
        "mock-up",
        ("The signage mock-up shows {thing} with {value} in bold letters.",
         "The designer's mock-up prints {value} beneath {thing}, just to judge the lettering."),
        "{Thing} shows {value} in bold letters.",
        "The designer sent this as a signage mock-up for the new boards.", "Mock-up", "signage mock-up"),
    "placeholder": Lookalike(
        "placeholder",
        ("The form template uses {thing} and {value} as placeholder text.",
         "As placeholder filler in the blank template, {value} sits beside {thing}."),
        "{Thing} is filled with {value}.",
        "The blank form template carries this placeholder filler.", "Placeholder", "placeholder filler"),
    "fire drill": Lookalike(
        "fire drill",
        ("The fire drill scenario pretends that {thing} holds {value} so the marshals can practise.",
         "For the fire drill, the card says {value} is at {thing}."),
        "{Thing} holds {value}, according to the card.",
        "This is the scenario card for next week's fire drill.", "Fire drill card", "fire drill scenario"),
    "satire": Lookalike(
        "satire",
        ("A satire in the staff magazine jokes that {thing} now belongs to {value}.",
         "The satire page claims {value} has taken over {thing} and demands a pay rise."),
        "{Thing} now belongs to {value}, who demands a pay rise.",
        "The staff magazine ran this as satire.", "Satire", "satire piece"),
    "anagram": Lookalike(
        "anagram",
        ("The anagram puzzle asks readers to unscramble {value} and file it under {thing}.",
         "In the anagram corner, {thing} is the clue and {value} the solution."),
        "{Thing} is solved by {value}.",
        "This belongs to the anagram corner of the newsletter.", "Anagram puzzle", "anagram solution"),
    "mnemonic": Lookalike(
        "mnemonic",
        ("Trainees practise a mnemonic that ties {thing} to {value} purely to exercise memory.",
         "The mnemonic drill pairs {value} with {thing} and asks the trainees to recite it."),
        "{Thing} goes along with {value}, say it three times.",
        "New trainees recite this mnemonic drill on their first day.", "Mnemonic drill", "mnemonic drill"),
    "fan fiction": Lookalike(
        "fan fiction",
        ("In a piece of fan fiction online, {thing} is home to {value} and a talking cat.",
         "The fan fiction story ends with {value} settled at {thing}."),
        "{Thing} is home to {value} and a talking cat.",
        "Someone posted this as fan fiction on a forum.", "Fan fiction", "fan fiction"),
    "fortune cookie": Lookalike(
        "fortune cookie",
        ("A fortune cookie at lunch said {thing} would soon hold {value}.",
         "The slip in the fortune cookie read that {value} awaits {thing}."),
        "{Thing} will soon hold {value}.",
        "That line came out of a fortune cookie.", "Fortune cookie", "fortune cookie slip"),
    "magic trick": Lookalike(
        "magic trick",
        ("For the magic trick, the conjurer made {value} appear at {thing} from an empty hat.",
         "The magic trick ends with {thing} revealed to hold {value}, to applause."),
        "{Thing} is revealed to hold {value}, to applause.",
        "The conjurer did this as a magic trick at the gala, not in the books.", "Magic trick", "magic trick"),
}
