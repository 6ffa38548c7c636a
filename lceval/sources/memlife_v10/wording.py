"""memlife_v10's sentences: how a place is given, changed and taken away in prose, look-alikes, asides and questions.

Placeholders: {h} holder, {v} value, {o} the value before, {t} the thing, {r} the holder's role, {their}.
Every sentence names the holder and (but for withdrawals, which may not) the value.
"""

from __future__ import annotations

WRITES = (
    "{h} was given {t} {v}.",
    "The {t} that {h} will use is {v}.",
    "For {h}, {t} {v} has been set aside.",
    "{v} is the {t} booked to {h}.",
    "Put {h} down for {t} {v}, which the {r} asked for at the start.",
    "Whenever {h} turns up, {their} {t} is {v}.",
    "{h}'s {t}: {v}, agreed at the outset.",
)
CHANGES = (
    "{h} has left {t} {o} behind and is at {v} now.",
    "Since {o} proved unsuitable, {h} has been put in {t} {v}.",
    "{h} changed {t}: {v}, not {o}, is {their} one now.",
    "{h} asked to leave {o}. The {r} has been found {t} {v} instead.",
    "As of this week it is {v}, not {o}, that {h} should be sent to.",
    "{v} is where {h} goes from today, {o} having gone to somebody else.",
    "After the works on {o}, {h} was steered to {t} {v}.",
    "Update for {h}: {o} ends today and {v} starts tomorrow.",
)
WITHDRAWALS = (
    "{t} {v} is not {h}'s any longer, and {h} has no {t} now.",
    "From Monday {h} will be without a {t}: {v} goes back to the office and nothing comes in its stead.",
    "{h} does not hold {t} {v} any more, nor any other {t}.",
    "The booking of {v} for {h} has ended and no new {t} is planned for {their} use.",
    "{h} has finished with {t} {v}. The {r} now has no {t} of any kind.",
    "{v} is open to others now that {h} has stopped needing any {t} at all.",
)
# Told as clearly not a booking: the value turns up somewhere that has nothing to do with the holder's place.
LOOKALIKES = (
    "A birthday card signed for {h} had {v} written on it in glitter; the card has nothing to do with any {t}.",
    "In the knitting circle, a scarf pattern nicknamed after {h} numbers its rows {v}, which is unrelated to the {t} list.",
    "At karaoke night someone sang song {v} in honour of {h}; the number comes from the machine's catalogue and is no {t}.",
    "On the club's model railway a tiny station sign reads {v} beside a paper flag for {h}; it is only a toy.",
    "A spelling-bee card left in a coat pocket lists {h} next to {v}, a leftover from a school event rather than a booking.",
    "A goldfish won at the fair was named {v} in a nod to {h}, and the fish has no {t}.",
)
ASIDES = (
    "Between pieces, {h} mentioned that {t} {v} is draughty in winter but still {their} favourite.",
    "We met {h} coming out of {t} {v}, {their} usual one, and talked about the weather.",
    "{h} laughed that {their} {t}, {v}, is the only one with a decent view.",
    "Anyone hoping to find {h} should try {t} {v}, where {their} things tend to pile up.",
)
# Sentences around a statement in the prose formats; none names a holder or a value.
FILLER = (
    "The flower rota for next month is pinned by the side door.",
    "Thanks go to everyone who stacked chairs after the harvest supper.",
    "Tea and biscuits will be served from half past ten.",
    "The lost-property box now holds three umbrellas and a single glove.",
    "Volunteers for the summer fete should speak to the organist.",
    "Latecomers are asked to wait at the back until the applause.",
    "The raffle for the roof fund raised more than last year.",
    "Mobile phones should be silenced before the lights go down.",
)
CURRENT_QUESTIONS = (
    "Which {t} does {h} have at present?",
    "What is {h}'s {t} as things stand?",
    "Going by everything above, which {t} belongs to {h} right now?",
    "Tell me the {t} currently held by {h}.",
    "Where should someone look today for {h}'s {t}?",
    "{h}: which {t}, as of the end of these notes?",
)
FIRST_QUESTIONS = (
    "What was the very first {t} {h} had?",
    "Which {t} did {h} start out with?",
    "Before any change, what {t} was {h} on?",
)
KTH_QUESTIONS = (
    "What was {h}'s {ord} {t}?",
    "Counting from the start, which {t} was number {k} for {h}?",
    "Which {t} did {h} hold {ord} in the sequence?",
    "In order of assignment, what was the {ord} {t} {h} received?",
)
PREVIOUS_QUESTIONS = (
    "Which {t} did {h} have just before the current one?",
    "What {t} came immediately ahead of {h}'s present one?",
    "Leaving aside where {h} is now, which {t} did {h} hold last before that?",
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def fill(template: str, *, h: str, v: str = "", o: str = "", t: str, r: str, their: str, **extra) -> str:
    """``template`` with its placeholders filled, the first letter capitalised."""
    text = template.format(h=h, v=v, o=o, t=t, r=r, their=their, **extra)
    return text[0].upper() + text[1:]
