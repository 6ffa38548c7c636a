"""memlife_v11's sentences: how a place is given, changed and taken back, the look-alikes, the asides, the questions.

Placeholders: {key} the holder, {value} the place (for a change the new one, for a withdrawal the one
taken back), {old} the place before a change, {role} what the place is, {area} where records are kept,
{verb} how a holder uses its place, {who} somebody in the club.
"""

from __future__ import annotations

GIVE = (
    "{key} has been given {role} {value}.",
    "Put {key} down for {role} {value}, please.",
    "{key} gets {value} as a {role} this season; the committee agreed it without fuss.",
    "The {role} found for {key} is {value}.",
    "{who} has booked {value} in {area} for {key}.",
    "Pencil in {value} as the {role} of {key}.",
    "First allocation for {key}: {role} {value}.",
)

CHANGE = (
    "{key} has packed up from {old} and settled in at {value}.",
    "{key} was shunted along from {old}, so the {role} these days is {value}.",
    "{key} graduates from {old} to {value}.",
    "{key} has upped sticks from {old}; the {role} to use is {value}.",
    "Re-pegged today: {key} comes off {old} and onto {value}.",
    "{key} spent last season on {old}, and {who} has found {value} for this one.",
    "After the refit, {key} answers to {role} {value}; {old} is history as far as that goes.",
)

TAKE_BACK = (
    "{key} has been unhooked from {value}, and nothing else has been found.",
    "{key} has come out of {value} entirely, with nowhere else lined up.",
    "{key}'s claim on {value} has run out, and nobody is arranging another {role}.",
    "{key} has given notice on {value} and wants no other {role}.",
    "{value} has been emptied of {key}; there is no successor {role} to follow.",
)

# Look-alikes: the holder and a place, framed so a careful reader sees it was never a real allocation.
LOOKALIKES = (
    "Pinned up on the first of April by the juniors: \"{key} is off to {role} {value}!\" Nobody believed it, and nobody was meant to.",
    "{who}'s embroidered sampler for the centenary shows {key} beside {value} in cross-stitch, chosen only because the letters looked pretty.",
    "The treasurer caught a forged slip claiming {role} {value} for {key}; the signature was nobody's and it went straight in the bin.",
    "Asked about it, a chatbot confidently said {key} had {role} {value}, which it had simply made up.",
    "A geocache logbook out past {area} holds a scribble, \"{key} = {value}\", left by walkers who have never set foot inside.",
    "At the fancy-dress night somebody came as {key}, wearing a cardboard badge that read {value} for a laugh.",
)

# Asides for a value told in passing: (opening sentence, ways to tell the value in passing, closing sentence) by kind.
PASSING = {
    "oral history": (
        "Transcribed from the club's oral-history recordings, tape four.",
        ("I remember the smell of wet wool that winter, and that {key} {verb} {role} {value}, same as every year.",
         "Back then {key} {verb} {role} {value}, and nobody ever thought to change a thing."),
        "Anyway, that was a long time ago now.",
    ),
    "match report": (
        "Saturday's report, written up for the members.",
        ("The home side started slowly, with {key} on {role} {value} as usual, and only found a rhythm after the break.",
         "Our side started slowly (with {key} on {role} {value}, as usual) and only found its rhythm after half time."),
        "Refreshments were excellent, as ever.",
    ),
    "book group": (
        "Notes from the reading group, who meet in {area} once a month.",
        ("Someone mentioned in passing that {key}'s {role} is {value}, which explains the muddy tags we keep finding.",
         "Jo said, quite by the way, that {key}'s {role} is {value}; nobody argued."),
        "Next month's book is still to be decided.",
    ),
    "school essay": (
        "From a pupil's essay, \"A Day Behind the Scenes\".",
        ("We were shown round {area}, where {key} {verb} {role} {value}, and then we had squash and biscuits.",
         "Our guide told us {key} {verb} {role} {value}, which I wrote down, and then we had squash and biscuits."),
        "It was the best trip of the year.",
    ),
}

CURRENT = (
    "Which {role} does {key} have now?",
    "As the records finally stand, what is the {role} of {key}?",
    "What {role} is {key} on at the end of all these notes?",
    "Tell me the {role} that {key} currently holds.",
    "{key}: which {role}, at present?",
    "At this point in time, what is {key}'s {role}?",
)

IN_PASSING = (
    "Which {role} does {key} use?",
    "What is {key}'s {role}?",
    "Name the {role} belonging to {key}.",
    "On which {role} would you find {key}?",
)

GENUINE = (
    "Which {role} was really given to {key}?",
    "What is the genuine {role} of {key}?",
    "Which {role} has {key} actually got?",
    "What {role} does {key} hold, in fact?",
)

FIRST = (
    "What was the very first {role} of {key}?",
    "Before anything changed, which {role} did {key} have?",
    "Which {role} did {key} start out with?",
)

KTH = (
    "Which was {key}'s {ordinal} {role}?",
    "Counting from the first, what was {role} number {k} for {key}?",
    "What {role} did {key} have {ordinal} in order?",
    "Going through {key}'s {role}s in order, which one comes {ordinal}?",
)

PREVIOUS = (
    "Which {role} did {key} have just before the present one?",
    "What was {key}'s {role} immediately before the latest change?",
    "Which {role} did {key} hold last but one?",
)

ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}

PEOPLE = ("Wyn", "the bosun", "Mrs Achterberg", "the steward", "Cormac", "the secretary", "Aunt Liesl", "the caretaker")
