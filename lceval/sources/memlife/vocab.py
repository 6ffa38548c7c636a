"""Surface-form tables of the memory-lifecycle tasks: keys, values and the phrasings that bind them.

Keys are (attribute, entity) pairs; an attribute fixes its value type (words,
numbers, codes, names). Every kind of statement has several phrasings so no
single pattern solves a task. ``{a}`` is the attribute, ``{e}`` the entity
(lower-case "the ..."), ``{E}`` the entity capitalised, ``{v}`` the value.
"""

from __future__ import annotations

import random
from functools import lru_cache

VALUE_TYPES = ("words", "numbers", "codes", "names")

ATTRIBUTES = {
    "codes": ["access code", "vault code", "shipment code", "permit code", "gate code"],
    "numbers": ["visitor limit", "room number", "phone extension", "budget line", "storage quota"],
    "words": ["password", "codeword", "passphrase", "radio call sign", "mascot"],
    "names": ["manager", "night supervisor", "head of security", "chief archivist", "contact person"],
}

PLACES = ["Harbor", "Maple", "Cedar", "Granite", "Willow", "Copper", "Falcon", "Juniper", "Amber", "Birch",
          "Cobalt", "Heron", "Larch", "Marble", "Osprey", "Quarry", "Raven", "Saffron", "Thistle", "Walnut"]
KINDS = ["Street", "Ridge", "Hill", "Lane", "Point", "Valley", "Bridge", "Meadow", "Crossing", "Bay"]
SITES = ["depot", "archive", "clinic", "warehouse", "observatory", "library", "studio", "workshop",
         "hangar", "greenhouse", "foundry", "bakery", "museum", "lighthouse", "station"]

FIRST_NAMES = ["Priya", "Marcus", "Elena", "Tomasz", "Aiko", "Dmitri", "Fatima", "Hugo", "Ingrid", "Kofi",
               "Lucia", "Mateo", "Nadia", "Oren", "Quentin", "Rosa", "Sven", "Talia", "Uma", "Viktor",
               "Wendell", "Ximena", "Yusuf", "Zara", "Bianca", "Cyrus", "Delphine", "Emeka", "Greta", "Idris"]
LAST_NAMES = ["Raman", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Brennan", "Castillo",
              "Novak", "Achebe", "Sorensen", "Vance", "Iqbal", "Petrov", "Delacroix", "Mwangi", "Ferreira",
              "Nakamura", "Holloway", "Quispe", "Abernathy", "Rinaldi", "Szabo", "Whitlock", "Yilmaz"]

# First statement of a key (write).
WRITES = [
    "The {a} for {e} is {v}.",
    "{E}'s {a} is {v}.",
    "{v} is the {a} assigned to {e}.",
    "{E} uses {v} as its {a}.",
    "{A} of {e}: {v}.",
    "The {a} of {e} has been set to {v}.",
    "For the record, the {a} for {e} is {v}.",
]
# Later statements of the same key (overwrite).
UPDATES = [
    "Update: the {a} for {e} was changed to {v}.",
    "The {a} for {e} is now {v}.",
    "{E} switched its {a} to {v}.",
    "From now on, {e}'s {a} is {v}.",
    "The new {a} of {e} is {v}.",
    "As of today, {v} is the {a} assigned to {e}.",
    "The {a} of {e} has been changed to {v}.",
]
# Claims about the key that are not writes.
HEDGED = [
    "Someone guessed that the {a} for {e} might be {v}.",
    "There is an unconfirmed rumour that {e}'s {a} is {v}.",
    "Perhaps the {a} of {e} is {v}, though nobody has checked.",
    "A visitor speculated that {v} could be the {a} assigned to {e}.",
]
QUOTED = [
    "In a novel on the shelf, a character declares, \"The {a} for {e} is {v}.\"",
    "\"{E}'s {a} is {v},\" a prankster wrote on the whiteboard.",
    "An old training slide reads: \"{A} of {e}: {v}\".",
]
CONDITIONAL = [
    "If the audit had failed, the {a} for {e} would have been {v}.",
    "Should the board approve the merger, {e}'s {a} would become {v}.",
    "Unless the plan changes, the {a} of {e} would be set to {v} next year.",
]
# Retractions of the key's value (discard).
RETRACTIONS = [
    "Correction: the {a} for {e} given earlier is no longer valid, and no replacement has been issued.",
    "Please disregard the previously stated {a} of {e}; it has been withdrawn.",
    "The {a} for {e} has been revoked and nothing has replaced it.",
    "Ignore the earlier note about {e}'s {a}: that value was retracted.",
]

# Questions; {ordinal} for version questions.
CURRENT_QUESTIONS = [
    "What is the current {a} for {e}?",
    "What is the {a} of {e} now?",
    "Which {a} does {e} currently have?",
]
PLAIN_QUESTIONS = [
    "What is the {a} for {e}?",
    "What {a} does {e} have?",
    "Which {a} belongs to {e}?",
]
ORDINAL_QUESTIONS = [
    "What was the {ordinal} {a} for {e}?",
    "Which {a} was {ordinal} assigned to {e}?",
    "What was the {ordinal} value of {e}'s {a}?",
]
PREVIOUS_QUESTIONS = [
    "What was the previous {a} for {e}?",
    "What was the {a} of {e} before the most recent change?",
]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}

# Facts stated in ordinary prose (no assignment), each with its question.
PROSE_FACTS = {
    "words": (
        "On the morning of the {event}, {p} walked down to the {site} muttering the words {v} over and over.",
        "Which words did {p} keep muttering on the way to the {site} on the morning of the {event}?",
    ),
    "numbers": (
        "During the {event}, {p} sat near the {site} and counted {v} gulls before the rain started.",
        "How many gulls did {p} count near the {site} during the {event}?",
    ),
    "codes": (
        "Halfway through the {event}, {p} found a crate stamped {v} behind the {site}.",
        "What stamp was on the crate that {p} found behind the {site} during the {event}?",
    ),
    "names": (
        "At the {site} during the {event}, {p} shared a long table with a quiet traveller called {v}.",
        "Who shared a table with {p} at the {site} during the {event}?",
    ),
}
EVENTS = ["spring fair", "harvest festival", "winter market", "regatta", "lantern parade", "book fair",
          "county show", "midsummer dance", "chess tournament", "flower show"]


# Words that speak of time, order, certainty or the task itself: a value made of them ("the password is
# maybe kettle", "the first code is first pilot") would make the statement itself ambiguous.
AMBIGUOUS = frozenset(
    """new old used many most first second third fourth fifth last initial original prior previous current
    latest recent former next answer question text value version note record update set use today being can
    will may might maybe could would should guess rumor rumour perhaps possible probable""".split()
)


@lru_cache(maxsize=1)
def word_lists() -> tuple[list[str], list[str]]:
    """Adjectives and nouns from wonderwords' lists (as RULER uses): short plain words, none of ``AMBIGUOUS``."""
    from wonderwords.random_word import _get_words_from_text_file

    def plain(name):
        return sorted(w for w in _get_words_from_text_file(name) if w.isalpha() and w.islower() and 3 <= len(w) <= 9 and w not in AMBIGUOUS)

    return plain("adjectivelist.txt"), plain("nounlist.txt")


def value(rng: random.Random, kind: str) -> str:
    """A fresh value of one type."""
    if kind == "numbers":
        return str(rng.randint(100, 99999))
    if kind == "codes":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        shape = rng.choice(["LL-DDDD", "LLL-DDD", "DLL-DDLL"])
        return "".join(rng.choice(letters) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in shape)
    if kind == "words":
        adjectives, nouns = word_lists()
        return f"{rng.choice(adjectives)} {rng.choice(nouns)}"
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def values(rng: random.Random, kind: str, n: int) -> list[str]:
    """``n`` distinct values of one type."""
    out: list[str] = []
    while len(out) < n:
        v = value(rng, kind)
        if v.lower() not in {o.lower() for o in out}:
            out.append(v)
    return out


def entity(rng: random.Random) -> tuple[str, str, str]:
    """(place, kind, site) of an entity like "the Harbor Street depot"."""
    return rng.choice(PLACES), rng.choice(KINDS), rng.choice(SITES)


def near_duplicate(rng: random.Random, parts: tuple[str, str, str]) -> tuple[str, str, str]:
    """The same entity with exactly one of its three words changed."""
    tables = (PLACES, KINDS, SITES)
    slot = rng.randrange(3)
    new = list(parts)
    new[slot] = rng.choice([w for w in tables[slot] if w != parts[slot]])
    return tuple(new)


def entity_text(parts: tuple[str, str, str]) -> str:
    return "the {} {} {}".format(*parts)


def render(form: str, attribute: str, entity_name: str, val: str = "", **extra) -> str:
    """Fill a phrasing; the sentence starts with a capital letter unless it starts with the value (kept verbatim)."""
    text = form.format(a=attribute, A=attribute[:1].upper() + attribute[1:], e=entity_name,
                       E=entity_name[:1].upper() + entity_name[1:], v=val, **extra)
    return text if form.startswith("{v}") else text[0].upper() + text[1:]
