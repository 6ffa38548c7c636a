"""memlife_v9's sentences: how a place is given, changed and taken away, the look-alikes, the asides, the questions.

Fields: key, value, old, thing, Thing, things, a_thing, role, Role and the
holder's pronouns (pron, Pron, be, have, poss, obj). Every statement about a
holder names it, so the one line that decides an answer stands on its own.
"""

from __future__ import annotations

STATEMENTS: dict[str, tuple[str, ...]] = {
    "write": (
        "{key} is to use {thing} {value}.",
        "{Thing} {value} is set aside for {key}.",
        "Because it was the only one free, {thing} {value} went to {key}.",
        "When the season opens, {key} will be found at {thing} {value}.",
        "It is {value} that {key} has been given as {poss} {thing}.",
        "{key} takes {thing} {value}; the paperwork is signed.",
        "Having looked round, {key} settles on {thing} {value}.",
        "Put down {value} as the {thing} belonging to {key}.",
    ),
    "change": (
        "{key} outgrew {old}. {Pron} {be} at {value} now.",
        "Rather than {old}, {key} gets {thing} {value}.",
        "Out with {old}, in with {value}: that is the news for {key}.",
        "Second thoughts about {key}: {thing} {value} it is, not {old}.",
        "After a rethink, {key} decamps from {old} to {value}.",
        "{key} is rehoused at {value}, {old} having proved unsuitable.",
        "Following complaints about {old}, {key} migrates to {thing} {value}.",
        "About {key}: {old} did not work out, so {role} switches to {value}.",
    ),
    "withdraw": (
        "{key} is relieved of {old}, and no other {thing} is lined up.",
        "{key} bows out of {old}; nothing else is being held for {obj}.",
        "As for {key}, the arrangement at {old} is discontinued, with nothing to follow.",
        "{old} stands empty: {key} has quit {things} altogether.",
        "The hold that {key} had on {old} is wound up, and nothing else is in the offing.",
        "Nobody should look for {key} at {old}. {Pron} {have} no {thing} from here on.",
        "{old} is taken off {key}, and another {thing} is not being offered.",
    ),
}

# (format, paragraph): a value pinned to the asked holder by something that is plainly not a record.
LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("parrot anecdote", "Pickle, the grey parrot who lives by the front desk, has lately taken to squawking \"{key}, {value}!\" "
                        "at anyone who passes. Nobody taught it that, and nobody acts on it."),
    ("fortune cookie", "After the staff lunch, one fortune cookie slip read: \"Great luck awaits {key} at {value}.\" "
                       "Not a single {thing} is being rearranged on the say-so of a biscuit."),
    ("limerick", "This month's limerick, entirely made up for fun, ends with the line \"and {key} flew off to {value}!\" "
                 "Poetic licence only; the records say nothing of the kind."),
    ("phishing warning", "A warning from the help desk: an email titled \"Confirm {key} at {value} now\" is a phishing attempt. "
                         "Do not click its link, and do not believe a word of it."),
    ("calligraphy class", "In Thursday's calligraphy class, everyone practised copperplate on the words \"{key} {value}\", "
                          "picked only because the letters have pleasing loops."),
    ("seance", "At the Halloween party, the planchette on the spirit board is said to have spelled out {value} when someone "
               "asked about {key}. Good fun, but nobody took it seriously."),
)

# A value told in passing: one sentence among others in a piece of prose about something else.
ASIDES: tuple[str, ...] = (
    "Our guest mentioned, almost as an aside, that {key} uses {thing} {value}.",
    "Those who ask after {key} will find {obj} at {thing} {value}, as it happens.",
    "{value}, incidentally, is the {thing} that {key} uses.",
    "Anyone curious may like to know that {key} keeps to {thing} {value}.",
    "By the by, {key} has {thing} {value}, which surprised the crew.",
)
# (format, opening, closing): the prose an aside sits in.
PROSE: tuple[tuple[str, str, str], ...] = (
    ("podcast show notes", "Episode {n} of The Long Table: we talk about maps, weather and patience.", "Music by a friend of the show."),
    ("museum placard", "This case shows tools lent by local families for the summer.", "Please do not lean on the glass."),
    ("almanac paragraph", "The first frosts came early this year, and the beans sulked.", "Sunrise on the longest day was at 04:43."),
    ("tour guide patter", "On your left is the old corn exchange, now a cinema.", "Mind the step as we go down to the quay."),
)

QUESTIONS: dict[str, tuple[str, ...]] = {
    "overwrite": (
        "Which {thing} does {key} have at the end of all the changes?",
        "Where is the {thing} of {key} now?",
        "What is the current {thing} of {key}?",
        "After every update, which {thing} belongs to {key}?",
        "Going by the latest record, which {thing} is {key} on?",
    ),
    "distractor": (
        "Which {thing} is really the one for {key}?",
        "According to the actual records, what {thing} has {key} got?",
        "Setting aside anything that is not a real record, where is the {thing} of {key}?",
        "What {thing} was {key} truly given?",
    ),
    "nowrite": (
        "Which {thing} does {key} use?",
        "What is the {thing} of {key}?",
        "Where would you find the {thing} of {key}?",
        "{key} is at which {thing}?",
    ),
    "discard": (
        "Which {thing} does {key} hold at present?",
        "What {thing} is {key} on, as things stand?",
        "Where is the {thing} of {key} at this point?",
    ),
    "first": (
        "Which {thing} did {key} start out with?",
        "What was the very first {thing} given to {key}?",
        "Before any change, where was the {thing} of {key}?",
    ),
    "kth": (
        "What was the {ordinal} {thing} of {key}?",
        "Counting from the beginning, which {thing} was number {k} for {key}?",
        "Of all the {things} {key} has had, which came {ordinal}?",
        "Which {thing} did {key} have after exactly {changes}?",
    ),
    "previous": (
        "Which {thing} did {key} have just before the present one?",
        "What was the {thing} of {key} immediately prior to the latest change?",
        "Which {thing} did {key} leave behind at the most recent move?",
    ),
}
ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
