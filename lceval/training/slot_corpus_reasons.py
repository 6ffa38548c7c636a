"""TRAINING-ONLY records whose role is decided by a stated reason: why a named value did or did not take effect.

The other training corpora carry the framing of a look-alike mostly in a
word next to the value (drafted, dry run, PENDING, rolled back). Text written
by someone else gives its reason in words the role model has seldom seen, and
anywhere in the record: a clause before the holder, a clause between the
holder and the value, a clause after the value, a remarks column, an inline
code comment (``#``, ``--``, ``//``, ``;``), or a separate note line that a
reader joins to the record as ``"<note before>: <record> <note after>"``
(either note may be absent). This sixth corpus writes each record once as a
genuine write and again, unchanged, with a reason attached in one of those
places, so that only the reason decides the role.

- ``REASONS``: 50+ reasons a record naming a holder's value did not take
  effect, in 20+ categories (fiction and stories, games, bets and quizzes,
  dreams and hypotheticals, practice and teaching material, tests,
  simulations, staging, sandboxes and fixtures, reverted or undone soon
  after, proposals, wishes and requests not granted, forecasts and estimates,
  mistakes the writer corrected, hearsay that was denied, someone else's
  claim quoted, lapsed offers and holds, misprints, mock-ups, jokes, shelved
  plans, unsent drafts, examples, surveys and straw polls); most of them say
  so without a negation word;
- ``NEUTRAL``: clauses and notes of the same shapes that leave a genuine
  write genuine (dates, fees paid, signatures, "checked by", page numbers,
  filing remarks, tickets, a trial made permanent), so an extra clause or a
  note alone never makes a look-alike;
- formats: prose, chat messages, e-mail, minutes, notices, logs, markdown
  tables, CSV rows, ledger registers, forms, INI and YAML config, Python,
  SQL and JavaScript with comments;
- roles: ``bind`` (a write that took effect, with or without a neutral
  clause), ``withdraw`` (the value taken away, none given), ``lookalike``
  (the same write with a reason), ``other`` (the key without a value,
  sometimes with a clause or a note of either kind);
- keys: 27 attributes of nine domains (pottery studio, amateur theatre,
  observatory, canal boat hire, community orchard, fencing club, falconry
  centre, sailing regatta, language school), three per domain, on holders in
  twins one or two characters apart; no value of an episode contains another.

Written for training only, in new wording, without looking at any
memory-lifecycle family or any selector code;
``tests/unit/test_slot_corpus_reasons.py`` checks that no six-word run of a
rendered line occurs in the families' generated samples. It keeps the shared
``Line``/``Episode`` structure and uses ``slot_corpus.ask`` for ``needed`` and
``answers``.

Placeholders in forms: {a} attribute in words, {A} the attribute as an
identifier, {e} holder, {E} the holder as an identifier, {v} value, {w} the
value being replaced, {p} a first name ({q} in clauses: another), {t} a timestamp, {d} a date, {c} a
clock time, {n} a number, {o} an ordinal (questions); and the places a clause
goes: {L} before the holder (else at the start), {m} between the holder and
the value, {T} a remarks column.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .slot_corpus import Episode, Line, ask, fresh_values, _merge

# ---- keys -------------------------------------------------------------------------------------------

# domain -> (attribute -> value kind, holder twins). The twins of a pair differ by one or two characters.
DOMAINS = {
    "pottery studio": ({"kiln shelf": "shelf", "glaze batch": "glaze", "throwing wheel": "wheel"},
                       [["Wren Aldous", "Wren Aldons"], ["Clay Group 7", "Clay Group 17"], ["Mabli Rees", "Mabli Reed"]]),
    "amateur theatre": ({"dressing room": "dressing", "understudy": "name", "prop table": "prop"},
                        [["Ferdinand role", "Ferdinanda role"], ["Chorus Left", "Chorus Loft"], ["Idwal Price", "Idwal Pryce"]]),
    "observatory": ({"telescope night": "night", "dome": "dome", "night assistant": "name"},
                    [["Comet Watchers", "Comet Watches"], ["Orsolya Berg", "Orsolya Borg"], ["Survey 12", "Survey 21"]]),
    "canal boat hire": ({"narrowboat": "boat", "lock key": "lockkey", "hire base": "base"},
                        [["Party Mallory", "Party Malory"], ["Booking 3381", "Booking 3318"], ["Family Okafor", "Family Okafur"]]),
    "community orchard": ({"tree tag": "tree", "pruning crew": "crew", "cider press slot": "night"},
                          [["Grower Halvard", "Grower Havard"], ["Plot Sorrel", "Plot Sorel"], ["Lane End Group", "Lane End Groups"]]),
    "fencing club": ({"piste": "piste", "armourer": "name", "blade locker": "locker"},
                     [["Fencer Ambrose", "Fencer Ambrosi"], ["Sabre Juniors", "Sabre Junior"], ["Fencer Takeda", "Fencer Takada"]]),
    "falconry centre": ({"mews": "mews", "handler": "name", "flying slot": "clock"},
                        [["Harris hawk Odin", "Harris hawk Odie"], ["Barn owl Pip", "Barn owl Pia"], ["Kestrel Juniper", "Kestrel Junipa"]]),
    "sailing regatta": ({"sail number": "sail", "race officer": "name", "dinghy rack": "rack"},
                        [["Helm Castellan", "Helm Castelan"], ["Crew Pelorus", "Crew Pelorys"], ["Boat 214", "Boat 241"]]),
    "language school": ({"classroom": "classroom", "placement level": "level", "conversation partner": "name"},
                        [["Student Lindqvist", "Student Lindquist"], ["Evening Group C", "Evening Group G"], ["Student Mbatha", "Student Mbata"]]),
}
ATTRIBUTES = {a: kind for attrs, _ in DOMAINS.values() for a, kind in attrs.items()}
ENTITIES = [pair for _, pairs in DOMAINS.values() for pair in pairs]
SYNONYMS = {
    "kiln shelf": ["shelf in the kiln"], "throwing wheel": ["pottery wheel"], "dressing room": ["changing room"],
    "telescope night": ["observing night"], "narrowboat": ["hire boat"], "hire base": ["boatyard"],
    "cider press slot": ["pressing slot"], "blade locker": ["sword locker"], "flying slot": ["flying display time"],
    "dinghy rack": ["boat rack"], "placement level": ["course level"], "conversation partner": ["speaking partner"],
}

# Word values. Lists are long enough for one episode's draws and no entry contains another.
NAMES = ["Tamsin Rowe", "Obinna Eze", "Greta Lindholm", "Yusuf Demir", "Clodagh Byrne", "Ravi Menon", "Sigrun Holt",
         "Bartek Nowicki", "Amelie Roussel", "Kwame Asante", "Fiona Garvey", "Haruto Mori", "Lucia Ferrante",
         "Dmitri Volkov", "Eilidh Munro", "Tobias Lang", "Nadia Haddad", "Cormac Doyle", "Priscila Souza",
         "Jonas Wirth", "Ayesha Malik", "Henrik Aas", "Marguerite Pelletier", "Solomon Tekle"]
DRESSING_ROOMS = ["the green room", "Room Six", "the wig store", "the band room", "the upper corridor", "the scene dock",
                  "Room Nine", "the costume loft", "the quick-change booth", "the vestry", "the old box office",
                  "the prompt corner", "Room Twelve", "the trap room", "the rehearsal studio", "the fly gallery",
                  "the bar cellar", "the paint shop"]
DOMES = ["the east dome", "the roll-off shed", "the west dome", "the solar hut", "the radio dish cabin",
         "the rooftop pier", "the Coude room", "the transit house", "the north dome", "the meridian hut",
         "the outreach dome", "the plate archive", "the clamshell", "the schools dome", "the lawn pad",
         "the heliostat tower", "the spectrograph lab", "the copper dome"]
BOATS = ["Slow Heron", "Kingcup", "Marsh Marigold", "Lady Tansy", "Otterbourne", "Silver Bream", "Dawdler",
         "Mayfly Lass", "Cowslip Queen", "Windrush Belle", "Tortoise", "Bittern", "Lazy Perch", "Meadowsweet",
         "Rushlight", "Waterbuck", "Canal Dreamer", "Teasel"]
BASES = ["Fenny Wharf", "the Aqueduct yard", "Lowesmoor basin", "Tunnel End", "the Junction marina", "Brewhouse Lock",
         "Kelpie Quay", "the Flight Top yard", "Sandy Cut", "Limekiln Wharf", "Hatton Steps", "the Tollhouse",
         "Coalport yard", "Wharf Meadow", "the Swingbridge", "Moira Basin", "Ferry Cottage", "Pump House yard"]
CREWS = ["the Saturday pruners", "crew Medlar", "the ladder team", "crew Quince", "the retirees", "crew Russet",
         "the sixth formers", "crew Damson", "the loppers", "crew Pippin", "the scouts", "crew Greengage",
         "the early shift", "crew Bullace", "the grafters", "crew Codlin", "the newcomers group", "crew Warden"]
MEWS = ["the long mews", "weathering lawn", "Block C mews", "the hospital pen", "the owl barn", "the falcon row",
        "the hack pen", "the display mews", "the quiet aviary", "the back mews", "the seclusion pen", "the yard perches",
        "the kestrel row", "the hawk walk", "the flight cage", "the winter mews", "the nursery pen", "the top shelf mews"]
CLASSROOMS = ["the Oak Room", "the Lab", "Room 4", "the Garden Room", "the Library corner", "the Attic",
              "the Blue Room", "the Conservatory", "Room 7", "the Annexe", "the Media Suite", "the Terrace",
              "the Studio", "the Map Room", "the Kitchen", "the Cellar Room", "the Tower Room", "the Porch"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# Speakers and note writers (never values).
PEOPLE = ["Bryony", "Cato", "Delphine", "Emrys", "Farida", "Gunnar", "Hester", "Ivo", "Jude", "Kalinda", "Lorcan",
          "Mireille"]


def _value(rng: random.Random, kind: str) -> str:
    r = rng.randint
    letter = lambda: rng.choice(LETTERS)  # noqa: E731
    made = {
        "shelf": lambda: f"KS-{r(1, 9)}{letter()}",
        "glaze": lambda: f"GL{r(100, 999)}",
        "wheel": lambda: f"W{r(10, 99)}",
        "prop": lambda: f"PT-{r(10, 99)}{letter()}",
        "night": lambda: f"{rng.choice(WEEKDAYS)} {r(18, 23)}:{rng.choice(['00', '30'])}",
        "lockkey": lambda: f"LK-{r(1000, 9999)}",
        "tree": lambda: f"T{r(100, 999)}-{letter()}",
        "piste": lambda: f"Piste {letter()}{r(1, 4)}",
        "locker": lambda: f"BL-{r(100, 999)}",
        "clock": lambda: f"{r(10, 16):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "sail": lambda: f"{rng.choice(['GBR', 'IRL', 'NED', 'DEN', 'FRA'])} {r(1000, 99999)}",
        "rack": lambda: f"rack {letter()}{r(10, 40)}",
        "level": lambda: f"{rng.choice(['A1', 'A2', 'B1', 'B2', 'C1'])}-{r(1, 4)}{rng.choice('abc')}",
        "name": lambda: rng.choice(NAMES), "dressing": lambda: rng.choice(DRESSING_ROOMS), "dome": lambda: rng.choice(DOMES),
        "boat": lambda: rng.choice(BOATS), "base": lambda: rng.choice(BASES), "crew": lambda: rng.choice(CREWS),
        "mews": lambda: rng.choice(MEWS), "classroom": lambda: rng.choice(CLASSROOMS),
    }
    return made[kind]()


def draw_values(rng: random.Random, attribute: str, k: int, taken: list[str]) -> list[str]:
    """k new values for the attribute, none containing or contained in another value of the episode (``taken`` grows)."""
    return fresh_values(lambda: _value(rng, ATTRIBUTES[attribute]), k, taken, attribute)


# ---- clauses: reasons and neutral remarks --------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One remark in the shapes it can take. ``lead`` goes before the holder (a ``lead`` ending in a comma may also
    stand between the holder and the value); ``tail`` after the value; ``note`` on a line of its own; ``comment``
    as an inline code comment (else the note, lower-cased). Any may be None."""

    category: str
    lead: str | None
    tail: str | None
    note: str | None
    comment: str | None = None


R = Clause
REASONS = [
    # fiction and storytelling
    R("fiction", "in chapter three of {q}'s novel,", "as the plot of {q}'s short story has it", "Excerpt from a novel in progress", "lifted from the novel"),
    R("fiction", "in the radio play the drama group recorded,", "according to the script of this year's panto", "From the panto script, act two", "panto script"),
    R("fiction", "in a bedtime story for the twins,", "in a tale told round the campfire", "Part of a made-up story for the children", "bedtime story"),
    R("fiction", "in the writing group's invented town,", "all of it invented for the writing group", "Writing-group exercise with invented people", "writing exercise"),
    # games, bets, quizzes
    R("game", "in Saturday's board game,", "as a move in the tabletop campaign", "Game log from the board-game evening, turn {n}", "board game move"),
    R("game", "as a bet with {q},", "on a bet that {q} lost", "Wager between friends, for a pint", "friendly wager"),
    R("game", "for the pub quiz,", "as the quizmaster's sample answer", "Quiz round {n}, model answer", "quiz answer"),
    R("game", "inside the escape room,", "as a clue in the escape-room puzzle", "Escape-room clue card", "escape room clue"),
    # dreams and hypotheticals
    R("dream", "in a dream {q} described at breakfast,", "in a dream, as {q} told it over breakfast", "Dream diary entry", "dream diary"),
    R("hypothetical", "supposing the merger had gone ahead,", "in the what-if scenario", "Hypothetical, for discussion at the away day", "hypothetical case"),
    R("hypothetical", "had the lottery grant come in,", "had the lottery grant come in", "Counterfactual case from the planning paper", "counterfactual"),
    R("hypothetical", "imagining a season with twice the members,", "in an imagined best case", "Thought experiment from the strategy session", "thought experiment"),
    # practice, training, teaching
    R("practice", "in the worked example on slide {n},", "as the worked example in the handbook", "Training handout, exercise {n}", "training handout"),
    R("practice", "for the induction practice round,", "during practice, wiped after the session", "Practice entry made by a new volunteer", "practice entry"),
    R("practice", "as a demonstration for the trainees,", "typed in to show the trainees how the form works", "Demo from the Tuesday training class", "classroom demo"),
    R("practice", "in the exam question set by the tutor,", "in the tutor's exam question", "Mock exam paper, question {n}", "exam question"),
    # tests, simulations, staging, sandboxes, fixtures, drills
    R("test", "on the staging copy,", "on the staging copy only", "Staging environment", "staging only"),
    R("test", "in the sandbox account,", "in the sandbox account", "Sandbox tenant record", "sandbox"),
    R("test", "in the load-test fixture,", "seeded by the fixture loader for the test suite", "Test fixture data", "fixture data"),
    R("test", "while the evacuation exercise was running,", "for the duration of the evacuation exercise", "Evacuation exercise scenario sheet", "exercise scenario"),
    R("test", "in simulation run {n},", "in a simulated run that was discarded afterwards", "Simulation output, run {n}", "simulation"),
    R("test", "in the dress rehearsal of the changeover,", "for the dress rehearsal of the changeover", "Rehearsal copy of the changeover sheet", "rehearsal copy"),
    # rolled back, reverted, undone soon after
    R("reverted", None, "which the office reversed the same afternoon", "Reversed by the office the same afternoon", "reversed same day"),
    R("reverted", "for about ten minutes on Friday,", "until the restore from last night's backup", "Overwritten by the restore from backup", "lost in restore"),
    R("reverted", None, "and then undone by {q} before lunch", "Undone before lunch", "undone"),
    R("reverted", "briefly, before the old setting came back,", "until the change was backed out", "Backed out after the complaint", "backed out"),
    # proposals, wishes, requests not granted
    R("proposal", "in the motion tabled by {q},", "as the motion proposed, which the members voted down", "Motion defeated at the general meeting", "defeated motion"),
    R("request", "on the request form {q} sent in,", "as requested by {q}, a request the office turned down", "Request refused by the office", "request refused"),
    R("wish", "on {q}'s wish list,", "if {q} gets her wish", "Wish list for next season", "wish list"),
    R("proposal", "in the draft plan awaiting sign-off,", "pending a sign-off that stayed pending", "Proposal awaiting approval", "proposal only"),
    # predictions and estimates
    R("prediction", "by {q}'s forecast for next season,", "if the forecast holds", "Forecast for next season", "forecast"),
    R("estimate", "at a rough guess,", "at a rough guess from the budget spreadsheet", "Estimate only, for budgeting", "estimate"),
    R("prediction", "in the projection for 2031,", "as projected in the five-year plan", "Projection, five-year plan", "projection"),
    # mistakes the writer corrected
    R("correction", None, "— sorry, wrong holder, ignore that line", "Correction: that line was meant for someone else", "typo, fixed below"),
    R("correction", None, "— scratch that, I misread the sheet", "Posted in error, corrected further down", "posted in error"),
    R("correction", "by a slip of the keyboard,", "entered by mistake and fixed straight after", "Keying mistake, fixed straight after", "keying mistake"),
    # hearsay that was denied
    R("hearsay", "according to a rumour in the car park,", "so the rumour went, until the office denied it", "Rumour, denied by the office", "rumour, denied"),
    R("hearsay", "gossip at the bus stop had it that", "or so the gossip said, before {q} put it straight", "Gossip, since contradicted", "gossip, contradicted"),
    # someone else's claim quoted
    R("claim", "{q} insists that", "— at least that is what {q} claims", "Quoting {q}'s complaint letter", "quoted from a complaint"),
    R("claim", "in the caller's own account,", "in the caller's version of events", "Caller's claim, unverified", "caller's claim"),
    # lapsed offers and holds
    R("expired", "in an offer that lapsed on Friday,", "as offered, but the offer lapsed on Friday", "Offer expired unanswered", "lapsed offer"),
    R("expired", "on a hold that ran out at midnight,", "on a hold that ran out at midnight", "Provisional hold, timed out", "hold timed out"),
    # misprints
    R("misprint", "in the misprinted programme,", "as misprinted in the newsletter", "Erratum: misprint in the printed edition", "misprint"),
    R("misprint", "on the first print run of the leaflet,", "a printer's error on the leaflet, since pulped", "Pulped leaflet, printer's error", "printer's error"),
    # mock-ups
    R("mockup", "on the mock-up of the new website,", "on the designer's mock-up", "Mock-up with placeholder text", "mock-up"),
    R("mockup", "in the wireframe,", "as placeholder copy in the wireframe", "Wireframe placeholder", "placeholder"),
    # jokes
    R("joke", "as an April fool,", "as an April fool on the noticeboard", "April fool", "april fool"),
    R("joke", "jokingly,", "said as a joke in the group chat", "Joke post, ignore", "joke"),
    # shelved plans, unsent drafts, unmet conditions
    R("plan", "under the plan that was shelved in spring,", "under a plan shelved in the spring", "Shelved plan", "shelved plan"),
    R("draft", "in a draft still sitting in the outbox,", "in a draft that stayed in the outbox", "Draft, still in the outbox", "unsent draft"),
    R("condition", "subject to a deposit that bounced,", "on condition of a deposit that then bounced", "Conditional on a deposit that bounced", "deposit bounced"),
    # examples, surveys, polls
    R("example", "in the user guide's example,", "as in the user guide's example", "User guide example", "docs example"),
    R("survey", "answering a survey about preferences,", "as a stated preference in the member survey", "Survey response, preferences only", "survey preference"),
    R("poll", "in the straw poll,", "as the straw poll favoured, before the real vote went elsewhere", "Straw poll result", "straw poll"),
    # said with a negation word, as text sometimes does
    R("unsaved", None, "though it was never saved", "Not saved: the screen froze", "not saved"),
    R("request", "in a request nobody granted,", "in a request nobody granted", "Request, not granted", "not granted"),
    R("test", None, "— none of it went live, it was the training server", "No effect: training server", "not live"),
]

N = Clause
NEUTRAL = [
    N("time", "on Tuesday morning,", "at {c} sharp", "Entered at {c}", "set {d}"),
    N("time", "as of {d},", "with effect from {d}", "Dated {d}", "live since {d}"),
    N("meeting", "after the committee met,", "as agreed at the meeting", "Approved at the committee", "per committee"),
    N("meeting", "following the AGM,", "as minuted at the AGM", "Minuted at the AGM", "minuted"),
    N("fee", "once the fee was paid,", "and the fee was paid at the desk", "Fee paid in cash", "fee paid"),
    N("fee", None, "receipt {n} issued", "Receipt {n}", "receipt {n}"),
    N("signature", None, "signed by the warden", "Signed: {q}", "signed off by {q}"),
    N("signature", "with {q}'s countersignature,", "countersigned by {q}", "Countersigned by {q}", "countersigned"),
    N("check", None, "checked by {q}", "Checked by {q}", "checked by {q}"),
    N("check", "after {q} double-checked it,", "double-checked against the register", "Verified against the register", "verified"),
    N("page", None, "see page {n} of the register", "Page {n} of the register", "register p. {n}"),
    N("filing", None, "filed under correspondence", "Filed under correspondence, folder {n}", "filed"),
    N("filing", "for the record,", "copied to the office", "Copied to the office", "cc office"),
    N("ticket", None, "ticket {n}", "Ticket {n}, closed", "ticket {n}"),
    N("place", "at the front desk,", "at the front desk", "Taken at the front desk", "front desk"),
    N("agreement", "by agreement with {q},", "with {q}'s agreement", "Agreed with {q} by phone", "agreed with {q}"),
    N("term", "at the start of term,", "for the whole of the term", "Term roster", "term roster"),
    N("handover", None, "with the key handed over", "Key handed over in person", "key handed over"),
    N("effect", "with immediate effect,", "effective immediately", "Effective immediately", "effective now"),
    N("notice", None, "posted on the noticeboard", "Posted on the noticeboard", "posted"),
    N("scan", None, "scanned and filed", "Scanned copy on the shared drive", "scanned"),
    N("phone", "after a phone call with {q},", "confirmed by phone", "Confirmed by phone with {q}", "phoned through"),
    N("email", None, "confirmed in writing on {d}", "Confirmation e-mail sent {d}", "confirmed by e-mail"),
    N("by", "by {q},", "entered by {q}", "Entered by {q}", "by {q}"),
    N("weather", "despite the rain,", "despite the rain that morning", "Weather: heavy rain", "wet day"),
    N("queue", "after a long queue,", "after a short wait in the queue", "Walk-in, queue of {n}", "walk-in"),
    N("version", None, "revision {n}", "Revision {n} of the sheet", "rev {n}"),
    # confirming: a word of the reasons' kind that says the value did take effect
    N("confirmed", "now that the trial is over,", "and after the trial it was made permanent", "Trial finished, kept permanently", "made permanent"),
    N("confirmed", "after the rehearsal, for real,", "this time for real, after the rehearsal", "Live value, after the rehearsal", "live value"),
    N("confirmed", "once the proposal was approved,", "as proposed and then approved", "Proposal approved and applied", "approved and applied"),
    N("confirmed", None, "corrected from the earlier typo, and this one stands", "Corrected entry, this one stands", "corrected entry"),
    # negation words in a remark that changes nothing
    N("negation", None, "no deposit needed", "No fee charged", "no fee"),
    N("negation", None, "nothing else changed", "Nothing else on the sheet changed", "nothing else changed"),
    N("negation", "with no fuss,", "with no objections raised", "No objections", "no objections"),
]

# ---- forms, by format -------------------------------------------------------------------------------
# Each format lists first writes, replacements ({w}: the old value, where named), withdrawals (may name the value
# taken away as {v}) and others (the key, no value). A look-alike is a first write or a replacement that names no
# old value, with a reason attached; a genuine write may carry a neutral clause in the same place.


@dataclass(frozen=True)
class Format:
    forms: dict[str, list[str]]
    lead: bool = False  # a clause may stand before the holder ({L} or the start)
    tail: str | None = None  # "append" (after the value, with a joiner) or "column" (in {T})
    mark: str | None = None  # inline comment marker
    end: str = ""  # the record's closing punctuation
    cap: bool = False  # capitalise the record's first letter
    blank: tuple[str, ...] = ("",)  # an empty remarks column


FORMATS: dict[str, Format] = {}
FORMATS["prose"] = Format({
    "first": ["{L}{e}{m} has {v} as its {a}", "{L}the {a} of {e}{m} is {v}", "{L}{e}{m} was put down for {a} {v}",
              "{L}{p} gave {e} the {a} {v}", "{L}{e}{m} takes {v} for the {a}"],
    "replace": ["{L}{e}{m} moved from {w} to {v} for the {a}", "{L}{e}'s {a} changed to {v}",
                "{L}the {a} of {e}{m} went over to {v}, replacing {w}", "{L}{e}{m} now takes {v} as the {a}"],
    "withdraw": ["{L}{e}{m} gave up the {a} and was given none in its place", "{L}the {a} of {e} was cancelled outright",
                 "{L}{e}{m} handed back {v}, the {a}, and took none in exchange"],
    "other": ["{L}the {a} of {e} awaits a decision from the office", "{L}{p} asked who looks after {e}'s {a}",
              "{L}{e}{m} has an {a}, though the sheet is at the office"],
}, lead=True, tail="append", end=".", cap=True)
FORMATS["chat"] = Format({
    "first": ["[{c}] {p}: {L}{e}{m} gets {v} for the {a}", "{p}: {L}{a} for {e} = {v}", "{p} in #{A}: {L}{e} is on {v}",
              "{p}: {L}putting {e} down for {a} {v}"],
    "replace": ["{p}: {L}{e}'s {a} is {v} now, was {w}", "[{c}] {p}: {L}switched {e} to {v} ({a})",
                "{p}: {L}{e}{m} is off {w} and onto {v} for {a}", "{p} in #{A}: {L}{e} moves to {v}"],
    "withdraw": ["{p}: {L}{e} has no {a} any more, I took it off", "[{c}] {p}: {L}cleared the {a} for {e}",
                 "{p}: {L}{e} dropped {v} as {a}, nothing new lined up"],
    "other": ["{p}: {L}who has the {a} for {e} written down?", "[{c}] {p}: {L}{a} for {e} still tbc", "{p}: {L}will check {e}'s {a} tomorrow"],
}, lead=True, tail="append")
FORMATS["email"] = Format({
    "first": ["Subject: {e} {a} | Hi all, {L}{e}{m} has {v} as the {a}", "Re: {a} | {L}we have registered {v} for {e}",
              "Fwd: {e} | {L}the {a} on file is {v}"],
    "replace": ["Subject: {e} {a} update | {L}{e}{m} moves to {v}", "Re: {a} | {L}{e} is now on {v} instead of {w}",
                "Fwd: {e} | {L}the {a} on file changed to {v}"],
    "withdraw": ["Subject: {e} {a} | {L}the {a} has been withdrawn and there is no replacement",
                 "Re: {a} | {L}{e} is to stop using {v}; there is no successor", "Fwd: {e} | {L}the {a} on file was cleared"],
    "other": ["Subject: {e} {a} | {L}could someone confirm this?", "Re: {a} | {L}I'll send {e}'s details later",
              "Fwd: {e} | {L}a question about the {a}"],
}, lead=True, tail="append", end=".")
FORMATS["minutes"] = Format({
    "first": ["Item {n}. {L}{e}{m} was allocated {a} {v}", "Minute {n}: {L}resolved that {e} takes {v} as {a}",
              "Action {n}: {L}{p} to record {v} as {e}'s {a}"],
    "replace": ["Item {n}. {L}{e}{m} was reallocated from {w} to {v} as {a}", "Minute {n}: {L}resolved that {e} moves to {v} for the {a}",
                "Action {n}: {L}{p} to change {e}'s {a} to {v}"],
    "withdraw": ["Item {n}. {L}{e}'s {a} was withdrawn without a replacement",
                 "Minute {n}: {L}resolved that {e} gives up {v}, the {a}, with no successor"],
    "other": ["Item {n}. {L}{e}'s {a} deferred to the next meeting", "Minute {n}: {L}{a} for {e} discussed at length",
              "Action {n}: {L}{p} to find out {e}'s {a}"],
}, lead=True, tail="append", end=".", cap=True)
FORMATS["notice"] = Format({
    "first": ["NOTICE: {L}{e}{m} — {a} {v}", "For the board: {L}{e}{m} is on {a} {v}", "Please note: {L}{e} has {a} {v}"],
    "replace": ["NOTICE: {L}{e}{m} — {a} now {v}", "For the board: {L}{e} changes {a} to {v} from {w}",
                "Please note: {L}{e}'s {a} is {v} from today"],
    "withdraw": ["NOTICE: {L}{e} — {a} withdrawn", "For the board: {L}{e} has handed in {v}, the {a}"],
    "other": ["NOTICE: {L}{e} — {a} to be announced", "For the board: {L}{a} queries for {e} go to the office"],
}, lead=True, tail="append", end=".")
FORMATS["log"] = Format({
    "first": ["{t} INFO {E}: {A} := {v}", "{t} [{A}] {e} -> {v}", "{t} set {A} for {E} to \"{v}\""],
    "replace": ["{t} INFO {E}: {A} {w} => {v}", "{t} [{A}] {e} -> {v} (was {w})", "{t} update {A} for {E} to \"{v}\""],
    "withdraw": ["{t} INFO {E}: {A} cleared", "{t} [{A}] {e} -> (empty)", "{t} unset {A} for {E} (had \"{v}\")"],
    "other": ["{t} INFO {E}: {A} read", "{t} [{A}] {e} lookup", "{t} audit {A} for {E}: {n} entries"],
}, tail="append")
FORMATS["table"] = Format({
    "first": ["| {e} | {a} | {v} | {T} |", "| {d} | {e} | {a} | {v} | {T} |"],
    "replace": ["| {e} | {a} | {w} → {v} | {T} |", "| {d} | {e} | {a} | {v} (new) | {T} |"],
    "withdraw": ["| {e} | {a} | — (cleared) | {T} |", "| {d} | {e} | {a} | ~~{v}~~ removed | {T} |"],
    "other": ["| {e} | {a} | ? | {T} |", "| {d} | {e} | {a} | to follow | {T} |"],
}, tail="column", blank=("", "—", " "))
FORMATS["csv"] = Format({
    "first": ["{e},{a},{v},\"{T}\"", "{d};{E};{A};{v};{T}"],
    "replace": ["{e},{a},{v},\"{T}\",prev={w}", "{d};{E};{A};{w}>{v};{T}", "{d};{E};{A};{v};{T};changed"],
    "withdraw": ["{e},{a},,\"{T}\",cleared", "{d};{E};{A};-;{T}"],
    "other": ["{e},{a},?,\"{T}\"", "{d};{E};{A};lookup;{T}"],
}, tail="column")
FORMATS["register"] = Format({
    "first": ["No. {n} · {e} · {a} · {v} · {T}", "{d} ▸ {e} ▸ {a} entered as {v} ▸ {T}"],
    "replace": ["No. {n} · {e} · {a} · {v} (in place of {w}) · {T}", "{d} ▸ {e} ▸ {a} amended to {v} ▸ {T}"],
    "withdraw": ["No. {n} · {e} · {a} · struck out · {T}", "{d} ▸ {e} ▸ {a} {v} surrendered ▸ {T}"],
    "other": ["No. {n} · {e} · {a} · awaited · {T}", "{d} ▸ {e} ▸ {a} enquiry ▸ {T}"],
}, tail="column", blank=("", "-"))
FORMATS["form"] = Format({
    "first": ["Holder: {e} · Item: {a} · Entry: {v} · Remarks: {T}", "Name: {e} / {a}: {v} / Note: {T}"],
    "replace": ["Holder: {e} · Item: {a} · Entry: {v} (formerly {w}) · Remarks: {T}", "Name: {e} / new {a}: {v} / Note: {T}"],
    "withdraw": ["Holder: {e} · Item: {a} · Entry: withdrawn · Remarks: {T}", "Name: {e} / {a}: cancelled / Note: {T}"],
    "other": ["Holder: {e} · Item: {a} · Entry: (blank) · Remarks: {T}", "Name: {e} / {a}: ask the office / Note: {T}"],
}, tail="column", blank=("", "n/a", "-"))
FORMATS["ini"] = Format({
    "first": ["[{E}] {A} = {v}", "{E}.{A} = '{v}'"],
    "replace": ["[{E}] {A} = {v} ; previously {w}", "{E}.{A}=\"{v}\" ; updated"],
    "withdraw": ["[{E}] {A} =", "{E}.{A} = \"\" ; emptied"],
    "other": ["[{E}] ; {A} lives in the vault", "{E}.{A}_changed_by = {p}"],
}, mark=";")
FORMATS["yaml"] = Format({
    "first": ["{E}: { {A}: \"{v}\" }", "- holder: {e}, {A}: {v}"],
    "replace": ["{E}: { {A}: \"{v}\", previous: \"{w}\" }", "- holder: {e}, {A}: {v}, changed: {d}"],
    "withdraw": ["{E}: { {A}: null }", "- holder: {e}, {A}: ~"],
    "other": ["{E}: { {A}: TBD }", "- holder: {e}, {A}: see office"],
}, mark="#")
FORMATS["python"] = Format({
    "first": ["{E}.{A} = \"{v}\"", "registry.assign(\"{e}\", \"{a}\", \"{v}\")", "holders[\"{e}\"][\"{A}\"] = \"{v}\""],
    "replace": ["registry.reassign(\"{e}\", \"{a}\", old=\"{w}\", new=\"{v}\")", "holders[\"{e}\"].update({A}=\"{v}\")"],
    "withdraw": ["del holders[\"{e}\"][\"{A}\"]", "registry.release(\"{e}\", \"{a}\")", "{E}.{A} = None"],
    "other": ["print(holders[\"{e}\"][\"{A}\"])", "current = registry.lookup(\"{e}\", \"{a}\")"],
}, mark="#")
FORMATS["sql"] = Format({
    "first": ["UPDATE roster SET {A} = '{v}' WHERE holder = '{e}';", "INSERT INTO {A} VALUES ('{e}', '{v}');"],
    "replace": ["UPDATE roster SET {A} = '{v}' WHERE holder = '{e}' AND {A} = '{w}';", "REPLACE INTO {A} VALUES ('{e}', '{v}');"],
    "withdraw": ["UPDATE roster SET {A} = NULL WHERE holder = '{e}';", "DELETE FROM {A} WHERE holder = '{e}';"],
    "other": ["SELECT {A} FROM roster WHERE holder = '{e}';", "SELECT count(*) AS rows_held FROM {A} WHERE holder = '{e}';"],
}, mark="--")
FORMATS["js"] = Format({
    "first": ["roster.set(\"{e}\", \"{A}\", \"{v}\");", "state.{E}.{A} = \"{v}\";"],
    "replace": ["roster.set(\"{e}\", \"{A}\", \"{v}\", { replaces: \"{w}\" });", "state.{E} = { ...state.{E}, {A}: \"{v}\" };"],
    "withdraw": ["roster.unset(\"{e}\", \"{A}\");", "delete state.{E}.{A};"],
    "other": ["console.log(roster.get(\"{e}\", \"{A}\"));", "if (!state.{E}.{A}) fetchMissing(\"{e}\");"],
}, mark="//")

FORMAT_NAMES = tuple(FORMATS)
SLOTS = ("first", "replace", "withdraw", "other")
POSITIONS = ("plain", "lead", "mid", "tail", "comment", "note before", "note after", "notes")


def _all(slot: str) -> list[str]:
    return [f for name in FORMAT_NAMES for f in FORMATS[name].forms[slot]]


BIND_FIRST = _all("first")
BIND_REPLACE = _all("replace")
WITHDRAW = _all("withdraw")
OTHER = _all("other")
LOOKALIKE = [f for f in BIND_FIRST + BIND_REPLACE if "{w}" not in f]  # written with a reason attached
FORMS = {"bind": BIND_FIRST + BIND_REPLACE, "withdraw": WITHDRAW, "lookalike": LOOKALIKE, "other": OTHER}

QUESTIONS = {
    "latest": [
        "Setting aside anything that was only pretend or undone, what is {e}'s {a}?",
        "Which {a} does {e} really have at the end of these notes?",
        "What {a} stands for {e} after everything here?",
        "Counting only what genuinely took hold, what is the {a} for {e}?",
        "{e} — which {a} is in force once the dust settles?",
    ],
    "nth": [
        "Which {a} did {e} genuinely receive {o}?",
        "Of the {a}s that truly took hold for {e}, what was the {o}?",
        "What was the {o} real {a} given to {e}?",
        "Skipping stories, tests and retractions, which {a} came {o} for {e}?",
    ],
    "previous": [
        "Before its latest genuine change, what {a} did {e} hold?",
        "Which real {a} did {e} have just ahead of the current one?",
        "What {a} did the last change that stuck take away from {e}?",
        "One genuine change back, what was the {a} of {e}?",
    ],
    "all": [
        "Name every {a} that really took hold for {e}, in order.",
        "Which {a}s did {e} genuinely hold, from the earliest on?",
        "List the {a}s of {e} that stuck, first to last.",
        "All the real {a}s {e} went through, oldest first?",
    ],
}
ORDINALS = {1: "first", 2: "second", 3: "third"}

# ---- rendering --------------------------------------------------------------------------------------

IDENT_STYLES = {
    "snake": lambda ws: "_".join(w.lower() for w in ws),
    "kebab": lambda ws: "-".join(w.lower() for w in ws),
    "camel": lambda ws: ws[0].lower() + "".join(w.capitalize() for w in ws[1:]),
    "pascal": lambda ws: "".join(w.capitalize() for w in ws),
}
CODE_STYLES = ("snake", "camel", "pascal")  # identifiers a program can spell
PLACEHOLDER = re.compile(r"\{([A-Za-z]\w*)\}")
TAIL_JOINS = ((", ", ""), (" — ", ""), ("; ", ""), (" (", ")"))


def _ident(text: str, style: str) -> str:
    return IDENT_STYLES[style](re.findall(r"[A-Za-z0-9]+", text))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fill(form: str, attribute: str, entity: str, value: str, rng: random.Random, style: str | None = None, **extra: str) -> str:
    """Fill a form's data placeholders; clause places ({L}, {m}, {T}) and unknown names stay for ``render``."""
    words = rng.choice(SYNONYMS[attribute]) if attribute in SYNONYMS and rng.random() < 0.3 else attribute
    style = style or rng.choice(CODE_STYLES)
    r = rng.randint
    year, month, day = r(2024, 2031), r(1, 12), r(1, 28)
    speaker = rng.choice(PEOPLE)
    values = {
        "a": words, "A": _ident(words, style), "e": entity, "E": _ident(entity, style), "v": value, "p": speaker, "q": rng.choice([q for q in PEOPLE if q != speaker]),
        "t": f"{year}-{month:02d}-{day:02d} {r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}",
        "d": rng.choice([f"{day} {MONTHS[month - 1]} {year}", f"{year}-{month:02d}-{day:02d}"]),
        "c": f"{r(7, 21):02d}:{r(0, 59):02d}", "n": str(r(2, 480)), **extra,
    }
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), form)


def render(form: str, fmt: str, attribute: str, entity: str, value: str, rng: random.Random, clause: Clause | None = None,
           position: str = "plain", other_note: Clause | None = None, style: str | None = None, **extra: str) -> str:
    """A record of ``fmt`` with ``clause`` at ``position`` (see ``POSITIONS``); ``other_note`` is a second note, on the
    other side, with position ``notes``."""
    f = FORMATS[fmt]
    text = form
    lead = mid = tail = ""
    if position == "lead":
        lead = clause.lead
    elif position == "mid":
        mid = ", " + clause.lead.rstrip(",") + ","
    elif position == "tail":
        tail = clause.tail
    if "{L}" in text:
        at_start = text.startswith("{L}") or text.split("{L}")[0].endswith(". ")
        text = text.replace("{L}", (_cap(lead) if lead and at_start else lead) + " " if lead else "")
    elif lead:
        at_start = True
        text = lead + " " + text
    else:
        at_start = False
    text = text.replace("{m}", mid)
    if "{T}" in text:
        text = text.replace("{T}", tail or rng.choice(f.blank))
    elif tail:
        before, after = (" ", "") if tail.startswith("—") else rng.choice(TAIL_JOINS)
        text = text + before + tail + after
    text = fill(text, attribute, entity, value, rng, style, **extra)
    if f.cap or (lead and at_start):
        text = _cap(text)
    text += f.end
    if position == "comment":
        comment = clause.comment or clause.note[:1].lower() + clause.note[1:]
        text += "  " + f.mark + " " + fill(comment, attribute, entity, value, rng, style)
    if position in ("note before", "note after", "notes"):
        before, after = {"note before": (clause, None), "note after": (None, clause)}.get(position, (clause, other_note))
        if position == "notes" and rng.random() < 0.5:
            before, after = after, before
        if before is not None:
            text = fill(before.note, attribute, entity, value, rng, style) + ": " + text
        if after is not None:
            text = text + " " + fill(after.note, attribute, entity, value, rng, style) + "."
    return text


def positions(fmt: str, form: str, clause: Clause) -> list[str]:
    """The places ``clause`` can go in a record of ``fmt`` written with ``form``."""
    f = FORMATS[fmt]
    out = []
    if f.lead and clause.lead:
        out.append("lead")
    if "{m}" in form and clause.lead and clause.lead.endswith(","):
        out.append("mid")
    if clause.tail and (f.tail == "append" or (f.tail == "column" and "{T}" in form)):
        out.append("tail")
    if f.mark:
        out.append("comment")
    if clause.note:
        out += ["note before", "note after", "notes"]
    return out


# ---- episodes ---------------------------------------------------------------------------------------

HOUSE_SHARE = 0.55  # share of an episode's lines in its house format, as in one document
WITHDRAW_SHARE = 0.4  # episodes whose key is withdrawn at the end
CLAUSE_SHARE = {"bind": 0.65, "withdraw": 0.4, "other": 0.45}  # lines that carry a neutral clause or note
POSITION_WEIGHT = {"lead": 2.5, "mid": 4.0, "tail": 1.2, "comment": 1.0, "note before": 0.5, "note after": 0.5, "notes": 0.4}
OTHER_REASON = 0.3  # of the clauses on a line without a value, the share that are reasons (still ``other``)


def compose(rng: random.Random, house: str, slot: str, role: str, attribute: str, entity: str, value: str,
            used: list | None = None, **extra: str) -> str:
    """One line: a form of ``slot`` in the house format or another, with a reason (look-alikes), a neutral clause
    (some binds, withdrawals and others) or nothing. ``used`` collects (format, position, category)."""
    name = house if rng.random() < HOUSE_SHARE else rng.choice(FORMAT_NAMES)
    pool = FORMATS[name].forms[slot]
    if role == "lookalike":
        pool = [f for f in pool if "{w}" not in f]
    form = rng.choice(pool)
    clause = other_note = None
    if role == "lookalike" or (role == "other" and rng.random() < CLAUSE_SHARE["other"] * OTHER_REASON):
        clause = rng.choice(REASONS)
    elif rng.random() < CLAUSE_SHARE.get(role, 0):
        clause = rng.choice(NEUTRAL)
    position = "plain"
    if clause is not None:
        places = positions(name, form, clause)
        position = rng.choices(places, [POSITION_WEIGHT[p] for p in places])[0]
        if position == "notes":  # a second, neutral note on the other side, never one that says the write stood
            other_note = rng.choice([c for c in NEUTRAL if c.note and c.category != "confirmed"])
    if used is not None:
        used.append((name, position, clause.category if clause else ""))
    style = rng.choice(CODE_STYLES)
    return render(form, name, attribute, entity, value, rng, clause, position, other_note, style, **extra)


def episode(rng: random.Random, used: list | None = None) -> Episode:
    """One holder's writes, replacements, maybe a withdrawal, reasoned look-alikes, others and confusers, then a question.

    ``used``, when given, collects (format, position, category) of every line drawn (for tests)."""
    domain = rng.choice(sorted(DOMAINS))
    attributes, pairs = DOMAINS[domain]
    attribute = rng.choice(sorted(attributes))
    entity, twin = rng.sample(rng.choice(pairs), 2)
    house = rng.choice(FORMAT_NAMES)
    taken: list[str] = []
    n_writes = rng.randint(1, 4)
    n_look = rng.randint(1, 4)
    values = draw_values(rng, attribute, n_writes + n_look, taken)
    writes, spare = values[:n_writes], values[n_writes:]

    def line(slot: str, role: str, a: str, e: str, v: str, about: str, **extra: str) -> Line:
        text = compose(rng, house, slot, role, a, e, v, used, **extra)
        return Line(text, role, about, v if role == "bind" else "")

    own = [line("first", "bind", attribute, entity, writes[0], "key")]
    own += [line("replace", "bind", attribute, entity, new, "key", w=old) for old, new in zip(writes, writes[1:])]
    if rng.random() < WITHDRAW_SHARE:  # a withdrawal, which may name the value it takes away
        own.append(line("withdraw", "withdraw", attribute, entity, writes[-1], "key"))
    extra = [line(rng.choice(["first", "replace"]), "lookalike", attribute, entity, v, "key") for v in spare]
    extra += [line("other", "other", attribute, entity, "", "key") for _ in range(rng.randint(0, 2))]

    other = rng.choice([e for pair in pairs for e in pair if e not in (entity, twin)])
    other_attribute = rng.choice([a for a in sorted(attributes) if a != attribute])
    for about, a, e in (("near", attribute, twin), ("other entity", attribute, other), ("other attribute", other_attribute, entity)):
        for _ in range(rng.randint(1 if about != "other entity" else 0, 2)):
            role = rng.choices(["bind", "withdraw", "lookalike", "other"], [0.35, 0.15, 0.35, 0.15])[0]
            slot = {"bind": rng.choice(["first", "replace"]), "lookalike": rng.choice(["first", "replace"])}.get(role, role)
            v, *w = draw_values(rng, a, 2 if role == "bind" and slot == "replace" else 1, taken)
            extra.append(line(slot, role, a, e, v if role != "other" else "", about, w=w[0] if w else ""))
    lines = _merge(rng, own, extra)

    def phrase(q_kind: str, k: int) -> str:
        return fill(rng.choice(QUESTIONS[q_kind]), attribute, entity, "", rng, o=ORDINALS.get(k, ""))

    return ask(rng, lines, phrase)
