"""The family's words: questions, the sentences prose records decide with, look-alikes and values told in passing.

Placeholders: {who} (the holder as prose names it: "train 2K57"), {Who} (the same, capitalised), {key}, {verb}
(the kind's link, "departs from platform"), {role}, {value}, {old} (the value before a change), {site}.
"""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "LOOKALIKES", "ORDINALS", "PASSING", "PREVIOUS",
           "PROSE_SAYS"]

ORDINALS = {2: "second", 3: "third"}

# Questions: {who}, {role}, and for KTH {k}/{ordinal}.
CURRENT = (
    "Once every record has been read in order, which {role} is {who} left with?",
    "Once the closing record is in, which {role} stands against {who}?",
    "What {role} should a newcomer take {who} to hold at the end of all these papers?",
    "Where things stand after the final entry, what {role} belongs to {who}?",
)
FIRST = (
    "Before any change was made, what {role} was {who} first given?",
    "What was the original {role} on record for {who}, the one it started with?",
    "Of all the {role} values {who} has had, which came first?",
)
KTH = (
    "Counting the allocations to {who} from the earliest, what was its {ordinal} {role}?",
    "What {role} did {who} hold as its allocation number {k}, the {ordinal} one made?",
    "Listing each {role} {who} has had in order, which one sits in place {k}?",
)
PREVIOUS = (
    "Just before its most recent change, what {role} did {who} have?",
    "What {role} did {who} give up when it was last moved?",
    "Which {role} of {who} was replaced by the one it holds now?",
)
GENUINE = (
    "Leaving aside drafts, trials, rumours and anything that never took effect, what {role} was {who} really given?",
    "What {role} was actually put on record for {who}, not merely floated or tried out?",
    "Which {role} did {who} genuinely receive, once the false starts are ignored?",
)
IN_PASSING = (
    "From the writing scattered through the text, what {role} does {who} have?",
    "Somewhere a piece of writing mentions the {role} of {who}: what is it?",
    "What {role} is {who} said to have, in the one place it comes up?",
)

# The deciding sentence of a prose record, per role.
PROSE_SAYS = {
    "give": (
        "With effect from this shift, {who} {verb} {value}.",
        "It is now settled that {who} {verb} {value}.",
        "Entered today: {who} {verb} {value}, as agreed with {site}.",
    ),
    "change": (
        "{Who} {verb} {value}, which supersedes {old}.",
        "{old} is superseded, and {who} {verb} {value} from now on.",
        "Amended entry: {who} {verb} {value} in place of {old}.",
    ),
    "take_back": (
        "{Who} is struck off the {role} {value}, and nothing has been put in its place.",
        "The {role} {value} held by {who} is void with effect from noon today.",
        "{Who} hands back {value}; it holds no {role} at all for now.",
    ),
}

# Look-alikes: (name, format, wording). A look-alike names the asked holder and a value on one line, in a record
# that looks like the real thing; only the hedge around it says nothing took effect. Record formats come with the
# hedge their format would carry (documents renders those); prose ones carry it in the sentence itself.
LOOKALIKES = (
    ("dry_run", "shell", ""),  # the command run with --dry-run
    ("refused", "http", ""),  # the request answered 409 Conflict
    ("read_only", "repl", ""),  # the assignment raised PermissionError on a read-only replica
    ("draft", "protobuf", ""),  # a batch marked as a draft never submitted
    ("tentative", "icalendar", ""),  # an event pencilled in, never confirmed
    ("sandbox", "jsonrpc", ""),  # a call to the sandbox, answered "live table unchanged"
    ("test_interchange", "edifact", ""),  # an interchange flagged as a test
    ("rumour", "handover", "Word in the canteen is that {who} {verb} {value}, but nobody on shift could confirm it."),
    ("failed_motion", "faq", "The motion that {who} {verb} {value} was put to the committee and lost, four votes to six."),
    ("next_year", "whiteboard", "NEXT YEAR ONLY, not before: {who} {verb} {value} (idea, not agreed)."),
    ("misremembered", "affidavit", "I had believed that {who} {verb} {value}, but I now accept that I misremembered it."),
    ("quiz", "announcement", "Tonight's quiz asks whether {who} {verb} {value}: the answer on the card is no."),
    ("dreamt", "handover", "The night porter dreamt that {who} {verb} {value} and told everyone at breakfast."),
)

# Values told in passing: aside genre -> (opening, the two wordings of the sentence with the value, closing).
PASSING = {
    "estate_listing": (
        "FOR SALE - a three-bedroom stone cottage with a south-facing garden and a wood-burning stove.",
        ("The vendor, who works nearby, mentions that {who} {verb} {value}, which makes the daily round easy.",
         "Handy for anyone at {site}: the vendor says {who} {verb} {value} these days."),
        "Viewing strictly by appointment; no onward chain.",
    ),
    "tasting_note": (
        "Tasting note, bin 14: a Loire chenin, honeyed, with a streak of lemon peel and wet stone.",
        ("We opened it with a friend from {site}, who let slip that {who} {verb} {value}, and toasted that.",
         "Between glasses our host told us that {who} {verb} {value} at the moment."),
        "Drink now or keep five years; pairs well with smoked trout.",
    ),
    "guidebook": (
        "Getting around. The old market town rewards a slow afternoon, and the tea room by the bridge still bakes its own scones.",
        ("A local guide points out that {who} {verb} {value}, should you wonder what all the activity is about.",
         "Curious visitors who ask at {site} are told that {who} {verb} {value} this season."),
        "Closing times vary in winter, so check before you set out.",
    ),
    "job_advert": (
        "We are hiring: a part-time coordinator, twenty hours a week, friendly team, pension and free parking.",
        ("To give a flavour of the work, right now {who} {verb} {value}, and you would keep such things running.",
         "A typical detail you would look after: {who} {verb} {value}, as our current rota shows."),
        "Apply with a short letter by the end of the month.",
    ),
}
