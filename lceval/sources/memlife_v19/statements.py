"""The sentences a prose record states its event in: {T} the holder as prose ("vine row VR-K14-07"), {V} the value,
{O} the value it had before (a change), {R} what the value is ("clone"). Each sits on one line; a second sentence
may name the holder by pronoun. A change never says changed, updated, set or moved."""

GIVE = (
    "{T} goes to {V} as its {R}, from the start of this week.",
    "{V} is entered against {T} as {R}.",
    "{V} has been allotted to {T}; please treat that as the {R} from now.",
    "With effect from today, {T} has {V} for its {R}.",
    "We have a new line in the book for {T}. Its {R} is {V}, signed and stamped.",
    "{T} was empty until this morning. It now carries {V} as {R}.",
    "Write {V} in as the {R} of {T}, please; the paperwork is complete.",
    "For {T} the {R} is {V}, confirmed at the counter.",
    "The {R} agreed for {T} is {V}.",
    "{T}: {R} given as {V}, approved without objection.",
)

CHANGE = (
    "{V} takes over from {O} as the {R} of {T}.",
    "{T} no longer has {O} as {R}; {V} has it instead.",
    "Out goes {O} and in comes {V}, which is the {R} of {T} from this shift on.",
    "{V}, not {O}, is the {R} for {T} starting tonight.",
    "Look again at {T}. Its {R} was {O}, and it reads {V} from here on.",
    "{T} swaps {O} for {V} as its {R}, as agreed on the phone.",
    "{O} is replaced by {V} as the {R} of {T}.",
    "The {R} of {T} becomes {V}; {O} is finished with.",
    "Please strike {O} and write {V} as the {R} for {T}.",
    "{T} had {O} as {R} until yesterday. It has {V} now.",
)

TAKE_BACK = (
    "{T} is left without a {R}: {V} is struck off and nobody follows.",
    "{V} no longer holds as the {R} of {T}, and nothing stands in its place.",
    "The {R} entry for {T} ({V}) is rescinded; leave the space blank.",
    "Cross out {V} against {T}. It has no {R} until further notice.",
    "{V} has been withdrawn as the {R} of {T}, with no successor named.",
    "{T} gives up {V}; no {R} is on record for it now.",
    "Void the line that gave {T} the {R} {V}: as of today it has none.",
    "{V} lapses as {R} for {T} and the place stays vacant.",
    "As for {T}, its {R} {V} is cancelled outright. Nothing replaces it.",
    "Take {V} off {T}; the {R} column for it stays empty from here.",
)
