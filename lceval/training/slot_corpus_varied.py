"""TRAINING-ONLY key/value statements written by a third hand: varied sentence construction, everyday domains.

``slot_corpus`` covers a few styles and ``slot_corpus_wide`` many file
formats; both describe facilities and software. Role models trained on them
still misread plain prose whose idiom they never saw: bookings and
allocations worded as "down for", "lands", "draws", "found X a ...", and
look-alikes whose value belongs to something else the holder owns or that is
named after the holder. This corpus keeps the shared ``Line``/``Episode``
structure (``slot_corpus.ask`` fixes ``needed``/``answers``) and varies the
construction of the sentence rather than its format:

- keys: ~30 attributes of clubs, schools, sport, boats, wards and households
  (numbers, codes, names, places, days, colours, parts, chores) on 15 entity
  groups, each with near-duplicate twins and a role noun ("our treasurer")
  that a line may add beside the holder;
- bind: the holder as subject, object, possessor or in a prepositional phrase,
  value before or after, imperative bookings, passive, existential, reasons
  and subordinate clauses, replacements that name the old value ({w});
- withdraw: idioms of taking a value away with nothing in its place;
- lookalike: hedges, plans, questions, negations, fiction, games, examples,
  mistakes undone, and (a third or more) values attached to another object
  belonging to, linked to or named after the holder;
- other: mentions of the key without a value, and sentences whose numbers are
  times, counts or amounts of something else.

Written for training only, without looking at any memory-lifecycle family;
``tests/unit/test_slot_corpus_wide.py`` checks that no six-word run of a
rendered line occurs in their generated samples.

Placeholders: {a} attribute, {e} entity, {v} value, {w} the replaced value,
{r} the entity's role noun, {x} an object of the holder's that takes values
like the attribute's, {p} a first name, {c} a clock time, {n} a small count,
{m} an amount of money, {y} a year, {day} a weekday, {o} an ordinal.
"""

from __future__ import annotations

import random
import re

from . import slot_corpus_wide as wide
from .slot_corpus import Episode, Line, _merge, ask

# attribute -> value type
ATTRIBUTES = {
    "bib number": "bib", "squad number": "shirt", "allotment plot": "plot", "bunk": "bunk", "mooring berth": "berth",
    "form tutor": "name", "mentor": "name", "swim lane": "lane", "stable box": "box", "exam desk": "desk",
    "choir stall": "desk", "kit colours": "colour", "practice night": "day", "reading buddy": "name", "dormitory": "house",
    "rehearsal venue": "place", "cleaning day": "day", "parking permit": "permit", "membership number": "permit",
    "grid slot": "lane", "wedding table": "desk", "ward bed": "box", "market pitch": "plot", "host family": "family",
    "carpool driver": "name", "kennel": "bunk", "household chore": "chore", "band instrument": "instrument",
    "voice part": "voice", "crew seat": "crew",
}
SYNONYMS = {
    "bib number": ["race number"], "squad number": ["shirt number"], "form tutor": ["tutor"], "allotment plot": ["garden plot"],
    "mooring berth": ["mooring"], "swim lane": ["pool lane"], "wedding table": ["table at the wedding"],
    "market pitch": ["stall pitch"], "practice night": ["training night"], "household chore": ["house chore"],
}
# Each group: near-duplicate holders, and a role noun a line may put beside the holder's name.
ENTITIES = [
    (["Tamsin Rowe", "Tamsin Rowley"], "newcomer"), (["Ezra Quayle", "Ezra Quail"], "treasurer"),
    (["Nadia Ferreira", "Nadia Ferrara"], "exchange student"), (["Old Tom Birch", "Young Tom Birch"], "groundsman"),
    (["the under-12 girls", "the under-13 girls"], "youngest side"), (["Mr Baptiste's class", "Mrs Baptiste's class"], "Year 5 class"),
    (["the Larch Street singers", "the Larch Road singers"], "guest choir"), (["Brother Anselm", "Brother Ambrose"], "cellarer"),
    (["Pickle the pony", "Pickles the pony"], "new pony"), (["Group 4 swimmers", "Group 14 swimmers"], "beginners"),
    (["the ketch Saltire", "the sloop Saltire"], "visiting boat"), (["Wren House", "Wren Lodge"], "boarding house"),
    (["Dr Halvorsen", "Dr Halvorson"], "locum"), (["the veterans' eight", "the veterans' four"], "masters crew"),
    (["the Thursday novices", "the Tuesday novices"], "newest group"),
]
PLURAL = {"the under-12 girls", "the under-13 girls", "the Larch Street singers", "the Larch Road singers", "Group 4 swimmers",
          "Group 14 swimmers", "the Thursday novices", "the Tuesday novices"}
AGREE = {"is": " are", "has": " have", "was": " were"}
NAMES = ["Ottilie Marsh", "Kwame Boateng", "Signe Holm", "Rafferty Doyle", "Ines Albuquerque", "Bartek Nowicki",
         "Marguerite Lacroix", "Tobias Wren", "Aiko Morimoto", "Cormac Devlin", "Leilani Kahale", "Ruairi Byrne"]
FAMILIES = ["the Pennington family", "the Abiolas", "the Marchettis", "the Lindholms", "the O'Driscolls", "the Sandovals"]
VENUES = ["the scout hut", "St Aldate's hall", "the boathouse loft", "the old Methodist chapel", "the sixth-form block",
          "the cricket pavilion", "the library annexe", "the village institute"]
WORDINGS = {
    "colour": ["claret and sky blue", "black and amber", "bottle green", "tangerine and navy", "all white", "maroon hoops"],
    "day": ["Tuesdays", "Thursday evenings", "alternate Mondays", "Sunday mornings", "Friday lunchtimes", "Wednesdays"],
    "chore": ["the bins", "the recycling", "hoovering the stairs", "watering the tomatoes", "the washing-up", "feeding the hens"],
    "instrument": ["viola", "tenor horn", "oboe", "euphonium", "snare drum", "double bass", "bassoon", "cornet"],
    "voice": ["first sopranos", "second altos", "tenors", "baritones", "basses", "mezzos"],
    "crew": ["bow", "stroke", "seat three", "seat six", "cox", "seat two"],
    "house": ["Ash dorm", "Beech dorm", "Rowan dorm", "Holly dorm", "Hazel dorm", "Alder dorm"],
}
# Objects of the holder's that take values like the attribute's: a value on one of them is not the attribute's.
POSSESSIONS = {
    "numbered": ["raffle ticket", "bike lock", "house number", "favourite hymn", "lucky number", "season ticket",
                 "coat-check tag", "garage padlock", "suitcase tag", "library fine slip", "bus route home", "puppy's microchip"],
    "name": ["dog", "goldfish", "godmother", "pen pal", "favourite author", "driving instructor", "landlady", "piano teacher"],
    "colour": ["umbrella", "front door", "bicycle", "wellies", "kitchen", "tent"],
    "day": ["piano lesson", "bin collection", "gym class", "trip to the market", "day off", "dentist visit"],
    "place": ["sister's wedding", "book club", "old school", "first flat", "evening class", "favourite café"],
    "family": ["landlord", "cousins", "neighbours", "in-laws", "godparents", "old pen pals"],
    "chore": ["flatmate's job", "weekend job", "brother's chore", "summer job", "favourite task", "punishment"],
    "instrument": ["daughter's instrument", "grandad's instrument", "flatmate's instrument", "first instrument", "son's instrument"],
    "voice": ["sister's part", "part in the school musical", "grandmother's part", "old part at college", "cousin's part"],
    "crew": ["seat on the ferry", "place in the dinghy", "brother's seat", "seat in the pub quiz boat", "spot in the photo"],
    "house": ["sister's dorm", "old dorm", "cousin's dorm", "son's dorm", "holiday cabin"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _value(rng: random.Random, kind: str) -> str:
    r = rng.randint
    made = {
        "bib": lambda: str(r(100, 4999)), "shirt": lambda: str(r(2, 99)), "lane": lambda: str(r(1, 9)),
        "plot": lambda: f"{r(1, 60)}{rng.choice('ABCDE')}", "bunk": lambda: f"{rng.choice('BCDKN')}-{r(1, 40)}",
        "berth": lambda: f"{rng.choice('ABCDEF')}{r(10, 48)}", "box": lambda: f"{r(1, 30)}{rng.choice('LRN')}",
        "desk": lambda: str(r(10, 180)), "permit": lambda: f"{r(10000, 99999)}",
        "name": lambda: rng.choice(NAMES), "place": lambda: rng.choice(VENUES), "family": lambda: rng.choice(FAMILIES),
    }
    return made[kind]() if kind in made else rng.choice(WORDINGS[kind])


def _possession_kind(value_kind: str) -> str:
    return value_kind if value_kind in POSSESSIONS else "numbered"


# ---- forms, by role --------------------------------------------------------------------------------

BIND_FIRST = [
    # imperative bookings
    "Pencil {e} in for {a} {v}.",
    "Mark {e} down for {v} as {a}.",
    "Put {e} down for {a} {v}, please.",
    "Give {e} {v} for {a}.",
    "Book {e} into {v} for the {a}.",
    # holder as subject
    "{e} draws {v} for the {a} this term.",
    "{e} lands {a} {v}.",
    "{e} is down for {a} {v}.",
    "{e} takes {a} {v} from today.",
    "{e} has been booked into {a} {v}.",
    "{e} picks up {a} {v} on arrival.",
    "{e} settles into {a} {v}.",
    "{e} is on {a} {v}.",
    "{e} will be using {a} {v} from now on.",
    "{e} signed for {a} {v} this morning.",
    "{e} was matched with {a} {v}.",
    "{e} has {v} for {a}, signed off by {p}.",
    # holder as object or in a phrase, passive
    "{v} has been handed to {e} as {a}.",
    "{e} was allotted {v} for {a}.",
    "The {a} {v} goes to {e}.",
    "Allocated to {e}: {a} {v}.",
    "The secretary has assigned {a} {v} to {e}.",
    "{p} slotted {e} into {a} {v}.",
    "{e} was placed in {a} {v} by the organisers.",
    "The draw put {e} in {a} {v}.",
    "{p} awarded {e} {a} {v} at the meeting.",
    "It was {p} who gave {e} {a} {v}.",
    "As {a}, {e} gets {v}.",
    # existential, value first, clefts
    "There's a {a} for {e} now: {v}.",
    "We've found {e} a {a}: {v}.",
    "{v} is {e}'s {a} as of this week.",
    "What {e} got for {a} was {v}.",
    "{v} it is for {e}'s {a}.",
    "{e}'s {a}, for the record, is {v}.",
    "{a} for {e}? That's {v}, confirmed.",
    "Sorted: {e} gets {a} {v}.",
    "So {e} has {a} {v}, in case anyone asks.",
    "The rota shows {e} on {a} {v}.",
    # role noun beside the holder
    "{e}, our {r}, now has {a} {v}.",
    "Our {r} {e} was issued {a} {v} at the desk.",
    "The {r}, {e}, has been given {v} for {a}.",
    # reasons and subordinate clauses around the write
    "Because the list was finally ready, {e} got {v} as {a}.",
    "Once the forms came back, {e} was given {a} {v}.",
    "After some back and forth, {e} and the office agreed on {v} for {a}.",
    "We're putting {e} in {a} {v} since the other one was full.",
    "Having checked the numbers, {p} fixed {e}'s {a} at {v}.",
    "With {v} as {a}, {e} is all set.",
    "{e} belongs in {a} {v}, according to the new sheet.",
    "Handing {e} {a} {v} seemed fair to everyone, so that is what happened.",
]
BIND_REPLACE = [
    "{e} has been moved over to {a} {v}.",
    "Swap {e} across to {a} {v}.",
    "{e} trades up to {a} {v}.",
    "{e} now goes in {a} {v} instead.",
    "Since the leak, {e} has been rehoused in {a} {v}.",
    "{e} was shuffled along to {a} {v}.",
    "A late change sees {e} take {a} {v}.",
    "{e} switches {a}: {v} from the next session.",
    "Rather than the old one, {e} now uses {a} {v}.",
    "{p} reassigned {e}, who is on {a} {v} now.",
    "There's a fresh {a} for {e}: {v}.",
    "{e} swapped {a}s with someone and holds {v} now.",
    "Following the complaint, {e}'s {a} was changed; it's {v}.",
    "{e} has been upgraded to {a} {v}.",
    "The office re-pencilled {e} for {a} {v}.",
    "{e} now answers to {a} {v}.",
    "Amend {e}'s entry to {a} {v}.",
    "{e} is relocated to {a} {v} while the works go on.",
    "Latest sheet has {e} on {a} {v}.",
    "{e} ended up trading for {a} {v}.",
    "{e}'s {a} is different now: {v}.",
    "The new {a} they've given {e} is {v}.",
    "{e} shifted to {a} {v} when the groups were redrawn.",
    "{v} now stands as {e}'s {a}.",
    "Sorry, {e} is actually on {a} {v}.",
]
# Replacements that name the value they replace ({w}).
BIND_REVISE = [
    "{e} gave up {a} {w} and took {v}.",
    "{e} traded {w} for {v} as {a}.",
    "Out with {w}, in with {v}: {e}'s new {a}.",
    "{e} leaves {a} {w} behind for {v}.",
    "{e} is no longer in {a} {w}; they're in {v}.",
    "Instead of {w}, {e} now has {v} as {a}.",
    "{e} was on {a} {w}, but has been moved to {v}.",
    "{w} was {e}'s {a} until today; it's {v} from now.",
    "For {e}, {a} {w} is crossed out and {v} written in.",
    "{e} gave {w} back and was handed {v} as {a}.",
    "Switch {e} from {a} {w} to {v}.",
    "The {a} {w} went to someone else, so {e} has {v}.",
    "{e} swapped {a} {w} with a friend for {v}.",
    "Because {w} clashed, {e}'s {a} is now {v}.",
    "{e} upgrades from {w} to {v} for {a}.",
    "Where the sheet said {w}, {e}'s {a} now reads {v}.",
]
WITHDRAW = [
    "{e} has lost {a} and gets nothing in its place.",
    "{e} gives up {a}; no new one yet.",
    "Take {e} off {a} altogether.",
    "Strike {e} from the {a} list.",
    "{e} no longer has any {a} at all.",
    "{e}'s {a} has lapsed.",
    "{e} has been stood down from {a} with no replacement.",
    "Free up {e}'s {a}; they won't need one.",
    "{e} handed back the {a} and did not take another.",
    "The {a} that was {e}'s is up for grabs again.",
    "{e} is without {a} for the time being.",
    "{e}'s {a} has gone back into the pool.",
    "{e}'s name is off the {a} sheet now.",
    "Pending a new draw, {e} has no {a}.",
    "{e} surrendered the {a}.",
    "Unbook {e} from {a}.",
    "Cross {e} off for {a}; nothing to replace it.",
    "The {a} for {e} is vacant again.",
    "{e} was bumped from {a} and not given another.",
    "Whatever {a} {e} had, forget it; there's none now.",
    "{e}'s {a} has been released.",
    "After the mix-up, {e} was left with no {a}.",
    "Until further notice, {e} goes without a {a}.",
    "{e} has no {a} to speak of any more.",
    "We've cancelled {e}'s {a} outright.",
    "{e}'s {a} was taken away after the complaint.",
    "{e}: {a} left blank.",
    "{e} gave back {a} {v}; nothing else was offered.",
    "{e} let go of {v} and now holds no {a}.",
    "The {a} {v} is free again; {e} moved out and took nothing else.",
    "{e}'s place on {a} is unfilled.",
    "{e} dropped out, so there is no {a} for them.",
    "{e} will not have a {a} this season.",
    "There is no longer a {a} attached to {e}.",
    "{e}'s {a} is void as of today, and nothing takes its place.",
    "Remove the {a} from {e}'s record; do not put anything back.",
    "{e} has been unassigned from {a}.",
    "{e}'s {a} is empty again since the cancellation.",
    "{e} is off {a} entirely.",
    "{e} cleared out of {a} {v} and has nowhere else yet.",
    "That's the end of {e}'s {a}; none will follow.",
    "{e} no longer figures on the {a} list.",
    "The {a} once given to {e} has been taken back.",
    "{e} forfeits the {a}.",
    "{e} withdrew, and the {a} went unfilled.",
    "{e} returned the keys to {a} {v}; none issued since.",
    "Since leaving, {e} has had no {a}.",
    "The {a} column for {e} now shows a dash.",
    "{e} is between {a}s at the moment.",
    "{e} opted out of the {a} altogether.",
    "Scrub {e}'s {a}; we'll sort another some day.",
    "If anyone asks: {e} has no {a} now.",
    "{p} took {e}'s {a} off the board and left the space blank.",
    "{e}'s {a} is suspended indefinitely.",
    "{e} doesn't get a {a} any more after the cutbacks.",
    "{e} lost {a} {v} in the shake-up and got none back.",
    "{e}'s {a} was rubbed out.",
    "Delete {e}'s {a} entry and leave it empty.",
    "{e} has had the {a} taken off them.",
    "No {a} stands against {e}'s name now.",
    "Because the scheme closed, {e} has no {a}.",
    "{e} has been released from {a} {v} with nothing to follow.",
    "{e} stepped away from {a}; the place is not filled.",
    "{e} is no longer down for any {a}.",
    "{e}'s {a} disappeared from the new list without a substitute.",
    "{e} was taken off {a} when the rules changed.",
    "The office has un-pencilled {e} for {a}.",
    "{e} handed in the {a}, and nothing was issued in return.",
    "{e}'s {a} is gone for good.",
    "Leave {e}'s {a} unset until the new term.",
    "{e} no longer keeps {a} {v}, nor any other.",
    "{e} was dropped from {a}, with no second choice.",
    "Vacated: {e}'s {a}.",
    "{e}'s {a} has been given up, not swapped.",
    "{e} is without any {a} after giving up {v}.",
    "{e} has been struck off for {a}.",
    "The {a} that {e} held reverted to the pool.",
    "{e}'s booking for {a} is cancelled, with no rebooking.",
    "Nothing is on file for {e}'s {a} after the clear-out.",
    "{e}'s {a} no longer exists.",
    "Tear up {e}'s {a}; there's no new one coming.",
    "Our {r}, {e}, has had the {a} withdrawn and none offered.",
]
# The value belongs to something else of the holder's ({x}), to someone linked to the holder, or to a thing named after them.
LOOKALIKE_OWNED = [
    "{e}'s {x} is {v}.",
    "{e}'s {x} has {v} on it.",
    "{v} belongs to {e}'s {x}, not to the {a}.",
    "The {x} {e} owns is {v}.",
    "The {x} of {e} reads {v}.",
    "{e} keeps {v} for the {x}, which has nothing to do with {a}.",
    "Don't confuse the two: {v} is {e}'s {x}.",
    "{e} mentioned that the {x} is {v}.",
    "{e} told us the {x} was {v}; the {a} is another matter.",
    "For {e}'s {x}, use {v}.",
    "{e}'s {x} was changed to {v}.",
    "{e} has {v} as the {x}.",
    "Put {v} down as {e}'s {x}.",
    "{e} got {v} for the {x}.",
    "The {x} belonging to {e}: {v}.",
    "{e}'s {x}? {v}.",
    "{v} is printed on {e}'s {x}.",
    "{e} was given {v}, but for the {x}, not as {a}.",
    "Ask {e} about the {x}: it's {v}.",
    "{v} was on the {x} {e} lost last week.",
    "{e} wrote {v} for the {x}, not on the {a} form.",
    "{e} set the {x} to {v}.",
    "{e}'s old {x} used to be {v}.",
    "The {x} that {e} bought is {v}.",
    "{e}'s {x} moved to {v} over the summer.",
    "Our {r}, {e}, has {v} as the {x}, nothing more.",
    # someone linked to the holder
    "{e}'s predecessor held {a} {v}.",
    "{e}'s neighbour has {a} {v}.",
    "Whoever sits beside {e} has {a} {v}.",
    "The person who had {a} before {e} was on {v}.",
    "{e}'s opposite number at the rival club is on {a} {v}.",
    "{e}'s understudy was given {a} {v}.",
    # named after the holder
    "The pony named after {e} wears {v}.",
    "A rose bred in honour of {e} was registered as {v}.",
    "The {e} memorial prize went to {v}.",
    "At the fair, the cake named after {e} sold as lot {v}.",
    "The new ferry, christened after {e}, got {v}.",
    "The bench dedicated to {e} bears {v}.",
    "A pub quiz team calling itself '{e}' drew {v}.",
]
LOOKALIKE_OTHER = [
    # hedges
    "{e} is probably in line for {a} {v}, though nothing's signed.",
    "I'd bet {e} ends up on {a} {v}.",
    "My hunch is that {e} gets {v} as {a}.",
    "Word is {e} might be handed {a} {v}.",
    "{e} could, at a stretch, take {a} {v}.",
    # plans and hopes
    "The plan for next term is to put {e} in {a} {v}.",
    "{e} hopes to be moved to {a} {v} eventually.",
    "Once the paperwork clears, {e} is meant to get {a} {v}.",
    "We are thinking of giving {e} {a} {v}.",
    "{p} intends to pencil {e} in for {a} {v} later.",
    "If the numbers work out, {e} goes to {a} {v}.",
    "{e}'s {a} may well be {v} next year.",
    # questions
    "Should {e} get {a} {v}?",
    "Has {e} actually been given {a} {v}, or not?",
    "Would {e} mind {a} {v}?",
    "Why would anyone put {e} down for {a} {v}?",
    # negations, refusals
    "{e} did not get {a} {v}.",
    "{e} turned down {a} {v}.",
    "Nobody ever gave {e} {a} {v}.",
    "{e} was refused {a} {v}.",
    "{v} never went to {e} as {a}.",
    # fiction, games, dreams
    "In the board game, {e} lands on {a} {v}.",
    "In {p}'s short story, {e} is handed {a} {v}.",
    "During the role-play, {e} pretended to hold {a} {v}.",
    "In the pantomime, {e} plays someone with {a} {v}.",
    "Last night I dreamt {e} got {a} {v}.",
    "{e} once played a character whose {a} was {v}.",
    # examples, dummies
    "For instance, a {a} such as {v} might suit {e}.",
    "To show the layout, the guide lists {e} with {a} {v}.",
    "Say, hypothetically, {e} had {a} {v}.",
    "On the practice sheet, {e} is shown with {a} {v} as a dummy entry.",
    "Only on the mock-up does {e} have {a} {v}.",
    # mistakes undone
    "{e} was briefly shown on {a} {v}, but that was a clerical slip and it was undone.",
    "A note putting {e} on {a} {v} went to the wrong person and never counted.",
    "{e} was nearly put in {a} {v}, until someone spotted the error.",
    "The typist keyed {v} against {e}'s {a} by mistake and fixed it before saving.",
    "Someone misread the sheet and told {e} {a} {v}; the sheet never said that.",
    "{p} misremembers {e}'s {a} as {v}.",
    # requests, offers, talk
    "{e} asked for {a} {v} and is still waiting.",
    "{e} applied for {a} {v}.",
    "{e} would rather have {a} {v}.",
    "{e} has been offered {a} {v} but has not said yes.",
    "{e} was on the waiting list for {a} {v}.",
    "There was talk of {a} {v} for {e}, nothing more.",
    "{e} keeps joking that {a} {v} is theirs.",
    "{e} was tipped for {a} {v} by the gossips.",
    "A parent suggested {a} {v} for {e}.",
    "{e} tried {a} {v} for one practice, as a trial only.",
    "The shortlist for {e}'s {a} includes {v}.",
    "The quiz asked which {a} {e} would pick; most said {v}.",
    "Unless the vote fails, {e} could have {a} {v}.",
    "{e} bet a friend that the {a} would be {v}.",
]
OTHER = [
    # the key without a value
    "{e} still has to hear about the {a}.",
    "Has anyone told {e} the {a} yet?",
    "The {a} for {e} is on the noticeboard.",
    "{p} is chasing the {a} for {e}.",
    "{e} asked twice about the {a}.",
    "Nobody knows yet where {e}'s {a} will be.",
    "The {a} for {e} is to be decided by {p}.",
    "{e}'s {a} is a sore point.",
    "Let's talk about {e}'s {a} after lunch.",
    "I have no idea what {e}'s {a} is.",
    "{p} keeps the {a} for {e} in a notebook.",
    "{e} will be told the {a} in person.",
    "{e} didn't mention the {a} at all.",
    "{e} is happy with the {a}, apparently.",
    "{e}'s {a} hasn't changed, {p} says.",
    "Check with the office about {e}'s {a}.",
    "{e} wants to know who decides the {a}.",
    "A letter about {e}'s {a} arrived this morning.",
    "{e} is curious about how the {a} is chosen.",
    "The {a} for {e} will be sent by post.",
    "{p} forgot to bring {e}'s {a} details.",
    "{e} thanked {p} for sorting out the {a}.",
    "{e}'s {a} is confidential.",
    "{e}'s {a} should be clear by the weekend.",
    "{e} has no complaints about the {a}.",
    "Everyone but {e} knows the {a} by now.",
    "{e}'s {a} needs a signature from {p}.",
    "{e} circled the {a} section of the form.",
    "{e} is weighing up whether to ask for a different {a}.",
    "{e} said the {a} was fine but the kettle was broken.",
    "{e} drew a little map of the {a}s for the newcomers.",
    "The {a} question for {e} is parked until {day}.",
    "On {day}, {e} will be told the {a}.",
    "The {a} list, {e} included, goes up on {day}.",
    "Our {r}, {e}, has been asking about the {a}.",
    # numbers that are not values of the key: times, counts, amounts, years, page and form numbers
    "{e} rang at {c} about the {a}.",
    "{e} waited {n} minutes at the desk to ask about the {a}.",
    "The {a} sheet has {n} names on it, {e}'s among them.",
    "{e} was {n} minutes late for the {a} draw.",
    "The queue for {a}s, {e} included, was {n} people long.",
    "{e} will find out about the {a} after the {c} briefing.",
    "{e} paid {m} in fees, which covers the {a} among other things.",
    "It's {n} days until {e} learns the {a}.",
    "{e} filled in form {n} to apply for the {a}.",
    "Page {n} of the handbook explains how {e}'s {a} works.",
    "{e} has been with us for {n} years, and the {a} question comes up every spring.",
    "{e} is {n} years old, old enough for a {a}.",
    "{e} took {n} photos of the {a} notice.",
    "The {a} meeting for {e} starts at {c}.",
    "At {c} sharp, {e} and {p} sat down to sort the {a}.",
    "{e} walked {n} km to get the {a} sorted.",
    "The {a} form for {e} costs {m} to process.",
    "{n} other people applied for a {a} alongside {e}.",
    "{e} collected the {a} letter at {c}.",
    "The {a} for {e} gets reviewed every {n} weeks.",
    "{e}'s {a} was discussed under item {n}.",
    "In {y}, {e} first asked about a {a}.",
    "{e} phoned about the {a} on {n} separate occasions.",
    "{e}'s {a} depends on the head count, which is {n} today.",
    "{e} grumbled about the {a} for {n} minutes straight.",
    "The {a} draw for {e}'s group raised {m} for charity.",
    "{e} has an appointment at {c} to discuss the {a}.",
    "Lost property: {e} left {n} bags near the {a} desk.",
    "{e} printed {n} copies of the {a} rules.",
    "It took {n} emails to get {e}'s {a} question answered.",
    "{e} cycled {n} miles in the rain and then asked about the {a}.",
    "The {a} desk opens at {c}; {e} should go there.",
    "{e} and {n} others are waiting on a {a}.",
    "{e} pays {m} a month, a sum that says nothing about the {a}.",
    "After {n} attempts, {e} gave up asking about the {a}.",
    "Changing {e}'s {a} would cost {m} in admin.",
    "{e}'s {a} came up during the {c} call.",
    "The {a} rules changed in {y}, long before {e} joined.",
    "The {a} is only one of {n} things {e} must sort out.",
    "{e} left a voicemail at {c} about the {a}.",
    "{e} sent {n} reminders about the {a}.",
    "Replacing {e}'s {a} badge cost {m}.",
    "Tickets for the {a} evening, {n} of them for {e}'s family, are sold out.",
    "By {c} the {a} still had not been sorted for {e}.",
    "{e} spent {m} on the bus to the {a} meeting.",
]

QUESTIONS = {
    "latest": [
        "Where does {e} stand for {a} at the close?",
        "Going by the last word on it, what is {e}'s {a}?",
        "Which {a} is {e} on as things stand?",
        "What {a} has {e} got at this point?",
        "As of the last entry, which {a} belongs to {e}?",
        "Remind me: {e}'s {a}?",
        "What is {e} down for, as {a}?",
        "When everything is settled, which {a} does {e} keep?",
    ],
    "nth": [
        "Which {a} was {e} handed {o}?",
        "{e}'s {o} {a}: what was it?",
        "Looking at the order of assignments, what was {e}'s {o} {a}?",
        "When {e} was given a {a} for the {o} time, which one was it?",
        "Which {a} came {o} in {e}'s run of them?",
    ],
    "nth1": [
        "What {a} was {e} first handed?",
        "Back at the start, which {a} did {e} hold?",
        "What {a} did {e} have before any swaps?",
        "Which {a} was {e}'s opening one?",
        "What did {e} start out with as {a}?",
        "Before {e}'s {a} was ever changed, what was it?",
        "Ahead of any reassignment at all, which {a} did {e} hold?",
    ],
    "previous": [
        "Which {a} did {e} give up at the last swap?",
        "What {a} was {e} on until the most recent move?",
        "Before the newest {a}, what did {e} have?",
        "Which {a} did {e} hold immediately before the current one?",
        "What was {e}'s {a} right before it last changed?",
    ],
    "all": [
        "Run through every {a} {e} has held.",
        "Which {a}s has {e} been through, oldest first?",
        "Every {a} {e} was ever given: list them.",
        "What {a}s has {e} had, one after another?",
        "Name each {a} that {e} has been on.",
    ],
}
ORDINALS = {1: "first", 2: "second", 3: "third"}
LOOKALIKE = LOOKALIKE_OWNED + LOOKALIKE_OTHER
FORMS = {"bind": BIND_FIRST + BIND_REPLACE + BIND_REVISE, "withdraw": WITHDRAW, "lookalike": LOOKALIKE, "other": OTHER}


def render(form: str, attribute: str, entity: str, value: str, rng: random.Random, **extra: str) -> str:
    """Fill a form; the role noun, the holder's object and the numbers that are not values come from this corpus's lists."""
    kind = ATTRIBUTES.get(attribute, "desk")
    if attribute in SYNONYMS and rng.random() < 0.3:
        attribute = rng.choice(SYNONYMS[attribute])
    r = rng.randint
    fill = {"r": _role_noun(entity), "x": rng.choice(POSSESSIONS[_possession_kind(kind)]),
            "c": rng.choice([f"{r(6, 11)}.{r(0, 5)}{r(0, 9)} am", f"{r(13, 21)}:{r(0, 5)}{r(0, 9)}", f"{r(1, 11)} o'clock"]),
            "n": str(r(2, 60)), "m": rng.choice([f"£{r(2, 90)}", f"${r(2, 90)}.{r(0, 99):02d}", f"€{r(5, 400)}"]),
            "y": str(r(1998, 2022)), "day": rng.choice(WEEKDAYS), **extra}
    text = wide.render(form, attribute, entity, value, rng, **fill)
    if attribute[0] in "aeiou":  # "an allotment plot"
        text = re.sub(rf"\b([Aa]) (?={re.escape(attribute)})", r"\1n ", text)
    if entity in PLURAL:  # "the novices' bunk", "the novices are"
        text = re.sub(f"({re.escape(entity)})(?:'s| (is|has|was)) ", lambda m: m.group(1) + (AGREE[m.group(2)] if m.group(2) else "'") + " ", text, flags=re.I)
    return text


def _role_noun(entity: str) -> str:
    return next((noun for group, noun in ENTITIES if entity in group), "member")


def episode(rng: random.Random) -> Episode:
    """One holder's allocations, replacements, maybe a withdrawal, look-alikes, mentions and confusers, then a question."""
    attribute = rng.choice(sorted(ATTRIBUTES))
    kind = ATTRIBUTES[attribute]
    group, _ = rng.choice(ENTITIES)
    entity, twin = rng.sample(group, 2)
    values = list(dict.fromkeys(_value(rng, kind) for _ in range(12)))
    n_writes = max(1, min(rng.randint(1, 4), len(values) - 1))
    own = [Line(render(rng.choice(BIND_FIRST), attribute, entity, values[0], rng), "bind", "key", values[0])]
    own += [Line(render(rng.choice(BIND_REPLACE + BIND_REVISE), attribute, entity, v, rng, w=old), "bind", "key", v)
            for old, v in zip(values, values[1:n_writes])]
    if rng.random() < 0.25:  # the withdrawal may name the value it takes away
        own.append(Line(render(rng.choice(WITHDRAW), attribute, entity, values[n_writes - 1], rng), "withdraw", "key"))
    spare = iter(values[n_writes:])
    extra = [Line(render(rng.choice(_lookalikes(rng)), attribute, entity, next(spare, values[-1]), rng), "lookalike", "key")
             for _ in range(rng.randint(0, 2))]
    extra += [Line(render(rng.choice(OTHER), attribute, entity, "", rng), "other", "key") for _ in range(rng.randint(0, 2))]
    extra += _confusers(rng, attribute, entity, twin)
    lines = _merge(rng, own, extra)

    def phrase(q_kind: str, k: int) -> str:
        pool = QUESTIONS["nth1"] if q_kind == "nth" and k == 1 and rng.random() < 0.5 else QUESTIONS[q_kind]
        return render(rng.choice(pool), attribute, entity, "", rng, o=ORDINALS.get(k, ""))

    return ask(rng, lines, phrase)


def _lookalikes(rng: random.Random) -> list[str]:
    """Owned, linked and named-after look-alikes half the time: they are the ones models read as writes."""
    return LOOKALIKE_OWNED if rng.random() < 0.5 else LOOKALIKE_OTHER


def _confusers(rng: random.Random, attribute: str, entity: str, twin: str) -> list[Line]:
    """Lines about a near-duplicate holder, another holder, and another attribute of the same holder."""
    other_attribute = rng.choice([a for a in ATTRIBUTES if a != attribute])
    other = rng.choice([e for group, _ in ENTITIES for e in group if e not in (entity, twin)])
    out = []
    for about, a, e in (("near", attribute, twin), ("other entity", attribute, other), ("other attribute", other_attribute, entity)):
        for _ in range(rng.randint(1 if about != "other entity" else 0, 2)):
            v = _value(rng, ATTRIBUTES[a])
            role = rng.choices(["bind", "withdraw", "lookalike"], [0.7, 0.1, 0.2])[0]
            forms = _lookalikes(rng) if role == "lookalike" else FORMS[role]
            out.append(Line(render(rng.choice(forms), a, e, v, rng, w=_value(rng, ATTRIBUTES[a])), role, about, v if role == "bind" else ""))
    return out
