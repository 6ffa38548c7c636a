"""Documents that show a subject's field with a value that was never assigned to it.

A quiz answer, a line of a novel or a play, a poll option, a translation
drill, last year's value, a guess that was corrected, a form's "e.g."
placeholder, and (``sibling``) a real value of another field of the same
subject. None of them is evidence; the real write is elsewhere.
Also the passing mention in prose that the nowrite kind asks about.
"""

from __future__ import annotations

import random

from .documents import NAMES, Document, assemble, record
from .keys import Key
from .statements import Event, possessive


def _quiz(key: Key, value: str, rng: random.Random) -> list[str]:
    return [f"PUB QUIZ · practice round {rng.randint(1, 6)} (all answers invented for fun)",
            f"Q{rng.randint(1, 12)}. What is the {key.field} of {key.subject}?",
            f"Quizmaster's made-up answer: {value}"]


def _novel(key: Key, value: str, rng: random.Random) -> list[str]:
    return [f"From chapter {rng.randint(2, 30)} of a detective novel on the staff-room shelf:",
            f"\"{key.subject}? The {key.field} was {value}, or so the butler claimed,\" said Inspector {rng.choice(['Vane', 'Okafor', 'Brisco'])}."]


def _play(key: Key, value: str, rng: random.Random) -> list[str]:
    return [f"ACT {rng.choice(['I', 'II', 'III'])}. The same office, later.",
            f"{rng.choice(NAMES).upper()} (reading from a prop card): {key.subject}, {key.field} {value}! (Laughter. Blackout.)"]


def _poll(key: Key, value: str, rng: random.Random) -> list[str]:
    return [f"Straw poll — which {key.field} would you pick for {key.subject} if it were up to us?",
            f"( ) {value}   ( ) leave it to the office   — {rng.randint(3, 30)} votes, nothing decided"]


def _translation(key: Key, value: str, rng: random.Random) -> list[str]:
    language = rng.choice(["Welsh", "Portuguese", "Norwegian", "Italian"])
    return [f"Language class, exercise {rng.randint(2, 19)}: translate into {language}. The sentences are invented.",
            f"(a) The {key.field} of {key.subject} is {value}."]


def _last_year(key: Key, value: str, rng: random.Random) -> list[str]:
    year = rng.randint(2009, 2019)
    return [f"Scanned from the {year} yearbook (kept for history, not in force):",
            f"{key.subject} · {key.field} {value} ({year} only)"]


def _guess(key: Key, value: str, rng: random.Random) -> list[str]:
    a, b = rng.sample(NAMES, 2)
    return [f"{a} guessed that {key.subject}'s {key.field} was {value}.",
            f"{b} put {a} right at once: wrong number, not even close."]


def _placeholder(key: Key, value: str, rng: random.Random) -> list[str]:
    return [f"Help text on the request form, field \"{key.field}\":",
            f"Type the value as printed, e.g. {value} for someone like {key.subject} (example only, not a real allocation)."]


FICTIONS = {"quiz": _quiz, "novel": _novel, "play": _play, "poll": _poll, "translation": _translation,
            "last_year": _last_year, "guess": _guess, "placeholder": _placeholder}


def lookalike(kind: str, key: Key, value: str, rng: random.Random) -> Document:
    """A document of look-alike ``kind`` (``FICTIONS`` or "sibling") showing ``value`` near ``key``, deciding nothing."""
    if kind == "sibling":
        return record(Event(key.subject, key.kind.sibling, value), None, rng)
    return assemble(kind, [(possessive(line), None) for line in FICTIONS[kind](key, value, rng)])


PASSING = (
    "On my way home I jotted down {subject}'s {field} ({value}), should anyone ever need it, and thought no more about it.",
    "{name} told me over lunch, almost as an aside, that {subject}'s {field} is {value}, then changed topic.",
    "Between second and third cups of tea it came up that {subject}'s {field} is {value}.",
    "It is odd what sticks: I still remember that {subject} has {field} {value}, though I forget most of that week.",
    "Our caretaker, who knows everything, mentioned that {subject}'s {field} is {value} while fixing a radiator.",
    "{name} kept humming; somewhere in all that, {subject}'s {field} ({value}) got mentioned and then forgotten by everyone but me.",
)
PROSE = (
    "The afternoon went slowly, as afternoons after long meetings do.",
    "Most of what we talked about was the weather and the price of train tickets.",
    "I wrote this down later, from memory, so the order may be off.",
    "There was a queue at the bakery, which is never a good sign on a Tuesday.",
    "Nobody had thought to bring an umbrella.",
    "We agreed to meet again when the evenings are longer.",
)


def passing_mention(key: Key, value: str, rng: random.Random) -> Document:
    """Prose that tells ``value`` in passing (a paragraph, a postcard, an interview answer); that sentence is the evidence."""
    before, after = rng.sample(PROSE, 2)
    said = possessive(rng.choice(PASSING).format(subject=key.subject, field=key.field, value=value, name=rng.choice(NAMES)))
    fmt = rng.choice(["prose", "postcard", "interview"])
    head, tail = {
        "prose": ("", ""),
        "postcard": (f"Dear {rng.choice(NAMES)},\n", f"\nSee you soon, {rng.choice(NAMES)}"),
        "interview": ("Q: How was the week, looking back?\nA: ", "\nQ: And the week before?"),
    }[fmt]
    start = len(head) + len(before) + 1
    return Document(fmt, f"{head}{before} {said} {after}{tail}", ((start, start + len(said), "mention"),))
