"""Every phrase of memlife_v14 that is not syntax: questions, prose records, hedges of look-alikes, asides.

Placeholders: {holder} the noun ("turbine"), {key} the holder's name, {role}/{roles} what is held, {value} the
value, {old} the value it replaces, {site} where it happens, {date} a day, {k}/{ordinal} a position in a history.
No sentence starts with a placeholder, so none needs capitalising.
"""

from __future__ import annotations

# --- questions -----------------------------------------------------------------------------------------------

CURRENT = (
    "With the whole paper trail read, which {role} is {holder} {key} left holding at the close?",
    "Where do things finally stand: which {role} does {holder} {key} have?",
    "Reading the scraps through to the end, name the {role} now held by {holder} {key}.",
    "What {role} is currently on file for {holder} {key}?",
)
FIRST = (
    "Before anything was altered, what {role} was {holder} {key} originally given?",
    "Which {role} is the very first one on record for {holder} {key}?",
    "Name the {role} that {holder} {key} started out with.",
)
KTH = (
    "Counting every {role} {holder} {key} has been given, oldest first, which was number {k}?",
    "In order of entry, which was the {ordinal} {role} given to {holder} {key}?",
    "Going through the history of {holder} {key} from the start, what {role} came {ordinal}?",
)
PREVIOUS = (
    "What {role} did {holder} {key} have immediately before the one it has now?",
    "Which {role} of {holder} {key} was superseded by the most recent change?",
    "Leaving aside the latest change, what {role} had {holder} {key} been on?",
)
GENUINE = (
    "Of all the {roles} mentioned beside {holder} {key}, which one was actually put into effect?",
    "Ignoring anything proposed, rumoured, refused or imagined, which {role} was {holder} {key} really given?",
    "Which {role} does {holder} {key} genuinely hold, going only by entries that took effect?",
)
IN_PASSING = (
    "Somewhere in the text, in passing, the {role} of {holder} {key} comes up. What is it?",
    "What {role} is {holder} {key} said to have?",
    "According to the writing above, what is the {role} of {holder} {key}?",
)
ORDINALS = {2: "second", 3: "third"}

# --- prose records: one sentence per event, several ways each ----------------------------------------------------

PROSE = {
    "legal_notice": {
        "give": ("NOTICE IS HEREBY GIVEN that {holder} {key} has been allotted the {role} {value}.",
                 "TAKE NOTICE that, by resolution of {date}, the {role} {value} is granted to {holder} {key}."),
        "change": ("NOTICE IS HEREBY GIVEN that the {role} of {holder} {key} is varied from {old} to {value}.",
                   "TAKE NOTICE that {old} is superseded, and {holder} {key} shall hold the {role} {value}."),
        "take_back": ("NOTICE IS HEREBY GIVEN that the {role} {value} held by {holder} {key} is void with effect "
                      "from {date}.",
                      "TAKE NOTICE that {holder} {key} has surrendered the {role} {value}, and that grant is "
                      "revoked."),
        "other": "Notice is likewise given that {holder} {key} has been allotted the {role} {value}.",
    },
    "stenography": {
        "give": ("THE COURT:  It is ordered that {holder} {key} take the {role} {value}.",
                 "THE COURT:  Very well: {holder} {key} is to have the {role} {value}, and I so direct."),
        "change": ("THE COURT:  The order is varied: {holder} {key} moves from {old} to the {role} {value}.",
                   "THE COURT:  In place of {old}, {holder} {key} will now have the {role} {value}."),
        "take_back": ("THE COURT:  The {role} {value} given to {holder} {key} is vacated.",
                      "THE COURT:  Let the record show {holder} {key} no longer holds the {role} {value}; "
                      "that direction is set aside."),
        "other": "THE COURT:  And {holder} {key} takes the {role} {value}.",
    },
    "commentary": {
        "give": ("And there it is, confirmed by the officials: {holder} {key} gets the {role} {value}!",
                 "Straight from the control desk, {holder} {key} is handed the {role} {value}, and the crowd "
                 "approves."),
        "change": ("A late switch: {holder} {key} leaves {old} behind and takes the {role} {value} instead.",
                   "What a turnaround, {holder} {key} swaps {old} for the {role} {value}!"),
        "take_back": ("Oh dear, oh dear: {holder} {key} has handed back the {role} {value}, struck right off the "
                      "board.",
                      "Scratched! The {role} {value} is taken away from {holder} {key} and nobody is "
                      "replacing it."),
        "other": "Meanwhile {holder} {key} settles onto the {role} {value}.",
    },
    "proclamation": {
        "give": ("Be it known to all at {site} that {holder} {key} is granted the {role} {value}.",
                 "Hear ye: the {role} {value} is bestowed upon {holder} {key} this day."),
        "change": ("Be it further known that {holder} {key} is moved from {old} to the {role} {value}.",
                   "Hear ye: where once it was {old}, henceforth {holder} {key} shall have the {role} {value}."),
        "take_back": ("Be it known that the {role} {value} of {holder} {key} is revoked and struck from the roll.",
                      "Hear ye: {holder} {key} is stripped of the {role} {value}, which stands cancelled."),
        "other": "Be it also known that {holder} {key} is granted the {role} {value}.",
    },
}

# --- look-alikes: a holder and a value that never took effect -------------------------------------------------------
# Record formats carry a hedge in their own syntax (a column, a comment, a flag); prose ones carry a whole
# sentence. Each names (format, hedge): the same formats as genuine records, so only the hedge tells them apart.

LOOKALIKES = {
    "csv_declined": ("csv", "REQUEST DECLINED - never allocated"),
    "csv_error": ("csv", "KEYED IN ERROR - disregard this row"),
    "prolog_vote": ("prolog", "motion to add this clause lost 3 votes to 5; never asserted"),
    "prolog_whatif": ("prolog", "what-if scenario from the planning sheet, not consulted"),
    "graphql_dry": ("graphql", "dry run only, nothing was saved"),
    "graphql_draft": ("graphql", "draft left in the editor, never sent"),
    "json_patch_rejected": ("json_patch", "proposal only: rejected at review, not applied"),
    "latex_next_year": ("latex", "pencilled in for next year, not this one"),
    "latex_rumour": ("latex", "rumoured, unconfirmed"),
    "sexpr_misremembered": ("sexpr", "misremembered by the night desk; corrected, never in force"),
    "manifest_shut_out": ("manifest", "SHUT OUT - PROVISIONAL, NEVER LOADED"),
    "legal_notice_refused": ("legal_notice", "An application that {holder} {key} be allotted the {role} {value} "
                                             "was heard on {date} and REFUSED."),
    "stenography_misremembered": ("stenography", "THE WITNESS:  I had it in my head that {holder} {key} got the "
                                                 "{role} {value}, but I was misremembering; it never did."),
    "commentary_quiz": ("commentary", "Quiz for the listeners: if {holder} {key} were given the {role} {value}, "
                                      "what would happen next? Pure make-believe, that was never on the cards."),
    "commentary_dream": ("commentary", "My co-commentator swears he dreamt that {holder} {key} had the {role} "
                                       "{value}; a dream, folks, nothing more."),
    "proclamation_petition": ("proclamation", "Let it be heard that a petition to give {holder} {key} the {role} "
                                              "{value} was put to the vote and failed."),
}

# --- asides: a value told in passing, inside writing about something else --------------------------------------------
# Each: (opening lines, the two wordings of the passing sentence, closing lines). The passing sentence is one
# line of its own or a whole sentence after a short lead.

ASIDES = {
    "wall_label": (
        ("GALLERY 4, CASE 11", "Brass ship's bell, cast at Whitby in 1868. Lent from a private collection.",
         "Rung for the last time when the brig Perseverance was broken up."),
        ("The bell was polished for this display in the week {holder} {key} was put on the {role} {value}, "
         "which is why this label went up late.",
         "Our conservator notes, with some amusement, that {holder} {key} has the {role} {value} these days."),
        ("Please do not touch the clapper.",),
    ),
    "recipe_card": (
        ("DAMSON CHEESE (makes three small jars)", "1 kg damsons; 750 g sugar to each kg of pulp.",
         "Simmer soft, sieve out the stones, then boil hard until a spoon drawn across leaves a clear trail."),
        ("Card note: copied out while waiting to hear about {holder} {key}, which has the {role} {value} now, "
         "so forgive the smudges.",
         "Card note: I first made this the week {holder} {key} got the {role} {value}; cold, clear weather."),
        ("Keeps a year in a cool cupboard. Serve with a hard cheese.",),
    ),
    "podcast": (
        ("[00:41:07] MARGO:  So that's the listener mailbag done, more or less.",
         "[00:41:12] TEO:  More or less. One more thing, though."),
        ("[00:41:15] TEO:  A listener tells me {holder} {key} is on the {role} {value} now, which, honestly, "
         "good for them.",
         "[00:41:15] TEO:  Side note, before I forget: {holder} {key} ended up with the {role} {value}."),
        ("[00:41:22] MARGO:  Right. Next week: the great sourdough schism.",),
    ),
    "setter_notes": (
        ("Setter's notes, puzzle 4,412 (not for publication)",
         "9 Across: Bird heard in the hedge, briefly (4). The homophone is fair, I think."),
        ("The grid was finished at {site}, where {holder} {key} holds the {role} {value}, so 14 Down winks at it.",
         "Solvers who know {site} may spot that {holder} {key} has the {role} {value}; no clue depends on it."),
        ("22 Across may be too hard; ask the editor.",),
    ),
    "verse": (
        ("Evensong by the Weir (a verse sent in by a reader)", "The heron holds its patient post,",
         "the water talks of nothing much,"),
        ("and {holder} {key}, on {role} {value}, dreams,",
         "while {holder} {key} keeps the {role} {value};"),
        ("and dusk comes down the valley slow.",),
    ),
    "horoscope": (
        ("YOUR STARS THIS WEEK, with Madame Ottoline",
         "Aries: a letter you have been dreading turns out to be a bill you already paid."),
        ("Libra: like {holder} {key}, now settled on the {role} {value}, you will find your proper place.",
         "Libra: remember that {holder} {key} waited a long time for the {role} {value}; patience pays."),
        ("Scorpio: lend nothing, borrow less.",),
    ),
}
