"""Every phrase of memlife_v13: questions, the deciding line of each record format, look-alikes and asides.

Fields a phrase may use: ``who`` (holder noun and name), ``WHO`` (the noun in capitals), ``key``, ``value``,
``old`` (the place given up), ``role``/``Role``/``ROLE``, ``ident``/``camel`` (the place as an identifier),
``site`` and ``SITE``.
"""

from __future__ import annotations

__all__ = ["CURRENT", "FIRST", "GENUINE", "IN_PASSING", "KTH", "LOOKALIKES", "ORDINALS", "PASSING", "PHRASES", "PREVIOUS"]

# Questions: {holder} {key} {role}, and {ordinal} {k} for the k-th value.
CURRENT = (
    "Which {role} does {holder} {key} have at the end of all this?",
    "As things finally stand, what {role} is {key} on?",
    "Once every notice has been read, which {role} belongs to {holder} {key}?",
    "Name the {role} that {key} holds at present.",
    "Right now, where is {holder} {key} to be found: which {role}?",
)
FIRST = (
    "Before anything was changed, which {role} was {holder} {key} first put in?",
    "What was the very first {role} recorded for {key}?",
    "To begin with, {holder} {key} had which {role}?",
)
KTH = (
    "Counting the original as number one, what was {key}'s {ordinal} {role}?",
    "Which {role} was the {ordinal} one that {holder} {key} was given, the starting one included?",
    "Going through the {role} allocations of {key} in order from the first, which was number {k}?",
)
PREVIOUS = (
    "Which {role} did {holder} {key} have immediately before the present one?",
    "Just before the latest move, which {role} was {key} on?",
    "What {role} did {holder} {key} give up in the most recent change?",
)
GENUINE = (
    "Setting aside gossip, drafts and wishful thinking, which {role} has {holder} {key} actually been given?",
    "Which {role} is really assigned to {key}, as opposed to merely talked about?",
    "What is the genuine {role} of {holder} {key}, the one truly allocated?",
)
IN_PASSING = (
    "Somewhere a {role} for {holder} {key} comes up in passing: which is it?",
    "Going by everything written here, what {role} does {key} have?",
    "Which {role} is {holder} {key} in, according to the text?",
)
ORDINALS = {2: "second", 3: "third"}

# The deciding line (or sentence) of each record format, per role of the event.
PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "notam": {
        "give": ("E) {WHO} ALLOCATED {ROLE} {value} UFN.", "E) {ROLE} {value} ASSIGNED TO {WHO} WEF TODAY."),
        "change": ("E) {WHO} TRANSFERRED FROM {old} TO {ROLE} {value}.",
                   "E) {ROLE} FOR {WHO} AMENDED: {old} REPLACED BY {value}."),
        "take_back": ("E) {ROLE} {value} FOR {WHO} WITHDRAWN, NIL REPLACEMENT.",
                      "E) ALLOCATION OF {value} TO {WHO} CANCELLED. NO SUBSTITUTE ISSUED."),
    },
    "redis_monitor": {
        "give": ('"SADD" "{ident}:{value}" "{key}"', '"HSET" "{key}" "{ident}" "{value}"'),
        "change": ('"SMOVE" "{ident}:{old}" "{ident}:{value}" "{key}"',
                   '"HSET" "{key}" "{ident}" "{value}" "{ident}_before" "{old}"'),
        "take_back": ('"SREM" "{ident}:{value}" "{key}"', '"HSET" "{key}" "{ident}" "" "{ident}_revoked" "{value}"'),
    },
    "sparql_update": {
        "give": ('INSERT DATA {{ [] :holder "{key}" ; :{camel} "{value}" }} ;',
                 'INSERT {{ ?h :{camel} "{value}" }} WHERE {{ ?h :holder "{key}" }} ;'),
        "change": ('DELETE {{ ?h :{camel} "{old}" }} INSERT {{ ?h :{camel} "{value}" }} WHERE {{ ?h :holder "{key}" }} ;',
                   'DELETE {{ ?h :{camel} ?x }} INSERT {{ ?h :{camel} "{value}" }} '
                   'WHERE {{ ?h :holder "{key}" ; :{camel} ?x FILTER (?x = "{old}") }} ;'),
        "take_back": ('DELETE WHERE {{ ?h :holder "{key}" ; :{camel} "{value}" }} ;  # vacated, nothing inserted after',
                      'DELETE {{ ?h :{camel} "{value}" }} WHERE {{ ?h :holder "{key}" }} ;  # no successor'),
    },
    "tcl_array": {
        "give": ("set {{{ident}({key})}} {value}", "dict set {ident} {{{key}}} {value}"),
        "change": ("set {{{ident}({key})}} {value}  ;# moved over from {old}",
                   "dict set {ident} {{{key}}} {value}  ;# {old} given up in exchange"),
        "take_back": ("unset {{{ident}({key})}}  ;# {value} surrendered, nothing in its place",
                      "dict unset {ident} {{{key}}}  ;# lapsed: {value}, and no new one"),
    },
    "toml": {
        "give": ('"{key}" = "{value}"', '"{key}" = {{ place = "{value}" }}'),
        "change": ('"{key}" = "{value}"  # was {old} until the reshuffle',
                   '"{key}" = {{ place = "{value}", replaces = "{old}" }}'),
        "take_back": ('"{key}" = false  # {value} relinquished, none given instead',
                      '# "{key}" = "{value}"  <- voided and left empty'),
    },
    "small_ad": {
        "give": ("Confirmed: {who} takes {role} {value}.", "Please note that {role} {value} now belongs to {who}.",
                 "Allotted this week: {role} {value}, to {who}."),
        "change": ("Moving day for {who}: out of {old}, into {role} {value}.",
                   "After a reshuffle, {who} trades {old} for {role} {value}.",
                   "Transferred: {who}, from {old} across to {value}."),
        "take_back": ("{Role} {value} has been taken off {who}, and no other has been offered.",
                      "Revoked: the allocation of {value} to {who}, with nothing to replace it.",
                      "Struck from the list: {who} in {value}, and no fresh {role} will follow."),
    },
    "microblog": {
        "give": ("Just sorted it: {who} is getting {role} {value}!", "Good news, {role} {value} goes to {who} from today."),
        "change": ("Heads up, {who} has swapped {old} for {value}.", "So {who} is off {old} and bumped over to {role} {value}."),
        "take_back": ("Sad one: {who} has handed back {role} {value} and goes without for now.",
                      "Update, {value} is no longer down for {who} and nothing else is lined up."),
    },
    "radio_log": {
        "give": ("CONTROL to ALL: {who}, {role} {value}, acknowledge.", "DESK: assigning {who} to {value}, over."),
        "change": ("CONTROL: {who} shifts from {old} to {value}, over.",
                   "YARD: {who} relocated, {old} out and {value} in, over."),
        "take_back": ("CONTROL: {who} released from {value}, nothing further, out.",
                      "DESK: scrub {value} for {who}, no replacement, over."),
    },
}

# Values that are not real: said about the asked holder, never an allocation. Each a whole sentence.
LOOKALIKES = (
    "Word on the grapevine is that {who} might end up in {role} {value}, though nobody in charge has said so.",
    "A motion to give {who} {role} {value} was put to the vote and lost, so nothing came of it.",
    "Had the roof not leaked, {who} would have gone into {role} {value}; as it is, that never happened.",
    "Last week's bulletin wrongly printed {role} {value} against {who}, and that line was an error.",
    "Found in the outbox, never sent: a half-finished note pencilling {who} into {role} {value}.",
    "If only {who} could have {role} {value}, the old hands keep sighing, but the wish has gone nowhere.",
    "Someone dreamt that {who} was moved to {role} {value}, which makes a nice story and nothing more.",
    "In the volunteers' training drill, with made-up data, {who} was put in {role} {value} purely for practice.",
)

# Asides that mention a real value in passing: (lines before, two wordings of the deciding line, lines after).
PASSING: dict[str, tuple[tuple[str, ...], tuple[str, str], tuple[str, ...]]] = {
    "screenplay": (
        ("INT. {SITE} - LATE AFTERNOON", "A kettle clicks off. MAUREEN, seventies, squints at a clipboard."),
        ("MAUREEN: Oh, before I forget, they've finally stuck {who} in {role} {value}, bless them.",
         "MAUREEN: You know {who}? Got {role} {value} in the end. Don't ask me how I know."),
        ("DEREK: Is there any more of that lemon cake?",),
    ),
    "product_review": (
        ("4/5 stars. Sturdy flask, survives a cold start.", "Bought it for the long early shifts at {site}."),
        ("My camp stool sits beside {role} {value}, the one {who} has, so I catch the dawn from there.",
         "Tea stayed hot from six until {who} in {role} {value} had been checked at noon."),
        ("The lid is a bit stiff, hence the missing star.",),
    ),
    "bedtime_story": (
        ("Once upon a time a small owl flew over {site} every night.",),
        ("Down below, {who} was tucked up in {role} {value}, snug as anything.",
         "The owl hooted softly past {role} {value}, where {who} lay dreaming."),
        ("And then the owl went to sleep too. The end.",),
    ),
    "postcard": (
        ("Dear Auntie Fran,", "Weather grim, spirits high. Spent the whole day at {site}."),
        ("Spotted {who} in {role} {value}, just where you said it would be.",
         "The warden let slip that {role} {value} is where {who} lives these days."),
        ("Back Thursday. Love, Pip x",),
    ),
}
