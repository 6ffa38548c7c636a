"""TRAINING-ONLY statements about keys and values, for the hybrid's slot classifiers and the learned head.

A third, independent set of phrasings: it shares no template, attribute,
entity or value list with lceval's memlife family (``lceval.sources.memlife``)
and was written without looking at the held-out ``memlife_v2`` family. It is
never used for evaluation. Sentences are composed from several styles
(plain prose, chat turns, dated log lines, table rows, config lines, email
snippets), so no single surface form dominates.

Each ``Line`` carries its gold role:

- ``bind``: the text sets a key to a value (a first write or a replacement);
- ``withdraw``: the text withdraws a key's value without giving a new one;
- ``lookalike``: it mentions a key and a value but does not set it (hedged,
  hypothetical, quoted, drafted, rumoured, asked, negated, planned);
- ``other``: anything else: a mention of the key without a value (a header, a
  request, a pointer), and essay sentences at training time.

``episode(rng)`` draws a key's history with confusers (another entity, a
near-duplicate entity, another attribute) and a question of one of the kinds
the hybrid answers (``latest``, ``nth``, ``previous``, ``all``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

ROLES = ("other", "bind", "withdraw", "lookalike")
QUESTION_KINDS = ("latest", "nth", "previous", "all")

# attribute -> value type; none of these names an attribute of lceval's memlife tables.
ATTRIBUTES = {
    "wifi password": "phrase", "door pin": "number", "locker combination": "number", "landing slot": "code",
    "billing contact": "name", "fallback port": "number", "meeting room": "room", "safe word": "phrase",
    "dock number": "number", "coordinator": "name", "badge prefix": "code", "tracking number": "code",
    "alarm code": "number", "on-call engineer": "name", "parking bay": "code", "ferry berth": "number",
    "project nickname": "phrase", "escrow reference": "code", "pickup point": "place", "backup contact": "name",
}
# Other names for the same attribute: a line or question may use any of them (keys must match through paraphrase).
SYNONYMS = {
    "wifi password": ["wireless password", "wi-fi key"], "door pin": ["door code", "entry pin"],
    "locker combination": ["locker code"], "landing slot": ["arrival slot"], "billing contact": ["invoicing contact"],
    "fallback port": ["backup port"], "meeting room": ["conference room"], "alarm code": ["alarm pin"],
    "on-call engineer": ["engineer on call"], "parking bay": ["parking spot", "parking space"],
    "coordinator": ["organiser"], "tracking number": ["tracking code"], "backup contact": ["secondary contact"],
}
OWNERS = ["Lab", "Studio", "Ward", "Unit", "Hall", "Deck", "Bay", "Block", "Cabin", "Annex"]
MARKS = ["4B", "12", "7C", "North", "East", "Alpha", "Tango", "Blue", "Nine", "Lower", "Upper", "Kilo", "3A", "Delta"]
GROUPS = ["rowing club", "choir", "robotics team", "night shift", "press office", "film society", "chess circle",
          "relief crew", "survey team", "kitchen staff"]
PEOPLE = ["Anouk", "Bram", "Chidi", "Dagny", "Eitan", "Freya", "Gulnara", "Hamish", "Ilse", "Jovan", "Kiri",
          "Leopold", "Mirela", "Nnamdi", "Orla", "Pavel", "Ruth", "Saoirse", "Teodor", "Wanjiru"]
SURNAMES = ["Adeyemi", "Bergström", "Carvalho", "Duval", "Esposito", "Fitzgerald", "Grünwald", "Hoang",
            "Ivanova", "Jablonski", "Kuznets", "Laine", "Mbeki", "Nakashima", "Olsen", "Papadakis"]
WORDS = ["copper kettle", "violet harbour", "quiet engine", "paper lantern", "amber fox", "salt meadow",
         "crooked spoon", "silver thimble", "lazy comet", "woollen anchor", "glass orchard", "tin drum",
         "moss ladder", "velvet compass", "hollow reed", "brass owl", "cinder path", "polar biscuit"]
PLACES = ["the loading ramp", "gate six", "the east stairwell", "the old bandstand", "pier nine",
          "the bicycle shed", "the north car park", "the clock tower"]


def _value(rng: random.Random, kind: str) -> str:
    if kind == "number":
        return str(rng.randint(10, 99999))
    if kind == "code":
        letters = "ABCDEFGHKMNPRSTVWXYZ"
        shape = rng.choice(["LLDDD", "L-DDDD", "DDD-LL", "LLL.DD", "LDLD"])
        return "".join(rng.choice(letters) if c == "L" else str(rng.randint(0, 9)) if c == "D" else c for c in shape)
    if kind == "name":
        return f"{rng.choice(PEOPLE)} {rng.choice(SURNAMES)}"
    if kind == "room":
        return f"room {rng.randint(1, 9)}{rng.randint(0, 4)}{rng.randint(0, 9)}"
    if kind == "place":
        return rng.choice(PLACES)
    return rng.choice(WORDS)


def fresh_values(make, k: int, taken: list[str], what: str) -> list[str]:
    """k values from ``make()``, none containing or contained in another value of the episode (``taken`` grows):
    the draw the later corpora share, each with its own value kinds."""
    out: list[str] = []
    for _ in range(400):
        if len(out) == k:
            break
        v = make()
        if not any(v.lower() in t.lower() or t.lower() in v.lower() for t in taken):
            taken.append(v)
            out.append(v)
    if len(out) < k:
        raise RuntimeError(f"ran out of values for {what!r}")
    return out


def _entity(rng: random.Random) -> tuple[str, ...]:
    if rng.random() < 0.6:
        return (rng.choice(OWNERS), rng.choice(MARKS))
    return (rng.choice(GROUPS),)


def _entity_text(parts: tuple[str, ...], rng: random.Random) -> str:
    return f"{parts[0]} {parts[1]}" if len(parts) == 2 else rng.choice(["the {}", "our {}"]).format(parts[0])


def _near(rng: random.Random, parts: tuple[str, ...]) -> tuple[str, ...]:
    if len(parts) == 2:
        i = rng.randrange(2)
        table = (OWNERS, MARKS)[i]
        new = list(parts)
        new[i] = rng.choice([w for w in table if w != parts[i]])
        return tuple(new)
    return (rng.choice([g for g in GROUPS if g != parts[0]]),)


def _stamp(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


# {a} attribute, {e} entity, {v} value, {p} a person, {t} a timestamp. Grouped by role and style.
BIND_FIRST = [
    "Heads up: {e} has {v} as its {a}.",
    "We settled on {v} for the {a} of {e}.",
    "{p} set up {e} with {v} as the {a}.",
    "[{t}] {e} / {a} := {v}",
    "{p}: fyi the {a} over at {e} is {v}",
    "| {e} | {a} | {v} |",
    "{e}.{a} = {v}",
    "Subject: {a} for {e}\nIt's {v}, please keep it handy.",
    "When you get to {e}, the {a} you need is {v}.",
    "Registered {v} as {e}'s {a} this morning.",
    "The welcome pack says {e} goes by {a} {v}.",
    "Write this down: {a}, {e}, {v}.",
    "{p} confirmed that {v} is what {e} uses for its {a}.",
    "Per the handbook, {e} is assigned {a} {v}.",
]
BIND_REPLACE = [
    "{e}'s {a} got bumped to {v}.",
    "We swapped out the {a} at {e}; it's {v} from here on.",
    "[{t}] {e} / {a} changed -> {v}",
    "{p}: new {a} for {e} just came through, {v}",
    "Going forward, use {v} as the {a} for {e}.",
    "{v} replaces the old {a} on {e}.",
    "After the reshuffle, {e} moved to {a} {v}.",
    "Re: {a} for {e}\nScratch what I sent before, it is {v} now.",
    "{e}.{a}: old value overwritten with {v}",
    "{p} reissued the {a} for {e} as {v}.",
    "The {a} on {e} was reset and now reads {v}.",
    "Effective immediately, {e} switches over to {v} for its {a}.",
    "| {e} | {a} | {v} (revised) |",
]
WITHDRAW = [
    "The {a} for {e} has been struck from the records and nothing new was issued.",
    "Nobody should use {e}'s {a} any more: it was pulled and not reissued.",
    "[{t}] {e} / {a} cleared (no value)",
    "{p}: heads up, {e} has no working {a} at the moment, the old one is dead",
    "Drop whatever {a} you had for {e}; it's been deactivated.",
    "As of this week {e} no longer has an {a} on file.",
    "Re: {a} for {e}\nPlease stop using it; it was cancelled and there is no new one.",
    "{e}.{a} = null",
    "The {a} at {e} was scrapped after the audit, with no successor.",
    "Consider the {a} of {e} erased until someone sets a fresh one.",
]
LOOKALIKE = [
    "{p} thinks the {a} for {e} could end up being {v}, but nobody has confirmed it.",
    "Had the vote gone the other way, {e} was going to get {v} as its {a}.",
    "A sticky note on the fridge read '{a} for {e}: {v}', but it was a joke.",
    "An unsent draft suggested {v} as the {a} of {e}.",
    "Word around the canteen is that {e}'s {a} is {v}.",
    "Is the {a} of {e} {v}? Nobody replied to that thread.",
    "Next quarter the committee may move {e} to {a} {v}.",
    "{e}'s {a} is not {v}, whatever the old wiki says.",
    "In the novel {p} was reading, the {a} of {e} is {v}.",
    "[{t}] {e} / {a} proposed {v} (pending approval)",
    "{p}: what if we made {v} the {a} for {e}?",
    "The test fixture pretends that {e} has {a} {v}.",
    "Someone scribbled {v} next to {e} on the whiteboard, probably as the {a}, but it was wiped.",
    "If {p} had been in charge, the {a} for {e} would be {v}.",
    "Before anything is decided, {v} is only a candidate {a} for {e}.",
]
MENTION = [  # about the key, but no value in it: headers, requests, pointers
    "Subject: {a} for {e}",
    "Re: {e} {a}",
    "## {e} — {a}",
    "Does anyone have the {a} for {e}?",
    "{p} will send the {a} for {e} once it is sorted.",
    "The {a} of {e} is in the attached sheet.",
    "Reminder: {e} still needs its {a} checked before Friday.",
    "[{t}] {e} / {a} lookup requested by {p}",
    "Ask {p} if you need {e}'s {a}.",
    "Agenda item 4: the {a} for {e}.",
    "We talked about the {a} of {e} for an hour and agreed nothing.",
    "{p}: where do we keep the {a} for {e} these days?",
]
QUESTIONS = {
    "latest": [
        "What is the {a} for {e} right now?",
        "Which {a} should I use for {e} today?",
        "What {a} does {e} end up with?",
        "Tell me the {a} currently on file for {e}.",
        "{e}: what's the {a}?",
        "What is {e}'s {a}?",
        "What {a} is in force for {e} at the end?",
    ],
    "nth": [
        "What was the {n} {a} ever given to {e}?",
        "Which {a} did {e} have {n}?",
        "What was {e}'s {a} at the {n} assignment?",
        "Of all the {a}s {e} has had, which one came {n}?",
    ],
    "previous": [
        "What {a} did {e} have just before the latest change?",
        "Which {a} did the most recent update for {e} replace?",
        "What was the {a} of {e} before it was last changed?",
        "What was {e}'s {a} one change ago?",
    ],
    "all": [
        "List every {a} {e} has had.",
        "Which {a}s have been given to {e} over time?",
        "Name all the values of the {a} for {e}.",
        "What are all the {a}s given to {e}?",
    ],
}
NTH = {1: ["first", "at first", "originally", "initially"], 2: ["second"], 3: ["third"]}


@dataclass
class Line:
    text: str
    role: str
    about: str  # "key", "near", "other entity", "other attribute"
    value: str = ""


@dataclass
class Episode:
    """A key's history among confusers, a question, the asked key's lines the question needs."""

    lines: list[Line]
    question: str
    kind: str
    needed: list[int] = field(default_factory=list)  # indices into ``lines``, most needed first
    answers: list[str] = field(default_factory=list)


def render(form: str, attribute: str, entity: str, value: str, rng: random.Random, **extra) -> str:
    if attribute in SYNONYMS and rng.random() < 0.3:
        attribute = rng.choice(SYNONYMS[attribute])
    text = form.format(a=attribute, e=entity, v=value, p=rng.choice(PEOPLE), t=_stamp(rng), **extra)
    return text[0].upper() + text[1:]


def episode(rng: random.Random) -> Episode:
    """One key's writes, replacements, maybe a withdrawal, look-alikes and confusers, then a question."""
    attribute = rng.choice(sorted(ATTRIBUTES))
    kind = ATTRIBUTES[attribute]
    parts = _entity(rng)
    entity = _entity_text(parts, rng)
    values = list(dict.fromkeys(_value(rng, kind) for _ in range(12)))
    n_writes = rng.randint(1, 4)
    own: list[Line] = [Line(render(rng.choice(BIND_FIRST), attribute, entity, values[0], rng), "bind", "key", values[0])]
    own += [Line(render(rng.choice(BIND_REPLACE), attribute, entity, v, rng), "bind", "key", v) for v in values[1:n_writes]]
    withdrawn = rng.random() < 0.25
    if withdrawn:
        own.append(Line(render(rng.choice(WITHDRAW), attribute, entity, "", rng), "withdraw", "key"))
    mentions = [Line(render(rng.choice(MENTION), attribute, entity, "", rng), "other", "key") for _ in range(rng.randint(0, 2))]
    spare = iter(values[n_writes:])
    extra = [Line(render(rng.choice(LOOKALIKE), attribute, entity, next(spare, values[-1]), rng), "lookalike", "key", "")
             for _ in range(rng.randint(0, 2))] + mentions
    twin = _entity_text(_near(rng, parts), rng)
    other = _entity_text(_near(rng, _near(rng, parts)) if len(parts) == 1 else (rng.choice(OWNERS), rng.choice(MARKS)), rng)
    other_attribute = rng.choice([a for a in ATTRIBUTES if a != attribute])
    for about, a, e in (("near", attribute, twin), ("other entity", attribute, other), ("other attribute", other_attribute, entity)):
        if e == entity and a == attribute:
            continue
        for _ in range(rng.randint(1 if about == "near" else 0, 2)):
            v = _value(rng, ATTRIBUTES[a])
            role = rng.choices(["bind", "withdraw", "lookalike"], [0.7, 0.1, 0.2])[0]
            forms = {"bind": BIND_FIRST + BIND_REPLACE, "withdraw": WITHDRAW, "lookalike": LOOKALIKE}[role]
            extra.append(Line(render(rng.choice(forms), a, e, v, rng), role, about, v if role == "bind" else ""))
    lines = _merge(rng, own, extra)

    def phrase(q_kind: str, k: int) -> str:
        form = rng.choice(QUESTIONS[q_kind])
        return render(form, attribute, entity, "", rng, n=rng.choice(NTH[k]) if q_kind == "nth" else "")

    return ask(rng, lines, phrase)


def ask(rng: random.Random, lines: list[Line], phrase) -> Episode:
    """Pick a question kind the key's history supports; ``phrase(kind, k)`` words it (k: the nth write asked, else 0).

    Shared by every training corpus so ``needed`` and ``answers`` mean the same everywhere."""
    writes = [i for i, l in enumerate(lines) if l.about == "key" and l.role == "bind"]
    q_kind = rng.choices(QUESTION_KINDS, [0.55, 0.2, 0.15, 0.1])[0] if len(writes) > 1 else "latest"
    if q_kind == "nth":
        k = rng.randint(1, min(3, len(writes)))
        question = phrase("nth", k)
        needed, answers = [writes[k - 1]], [lines[writes[k - 1]].value]
    elif q_kind == "previous":
        question = phrase("previous", 0)
        needed, answers = [writes[-2], writes[-1]], [lines[writes[-2]].value]
    elif q_kind == "all":
        question = phrase("all", 0)
        needed, answers = writes, [lines[i].value for i in writes]
    else:
        question = phrase("latest", 0)
        gone = [i for i, l in enumerate(lines) if l.about == "key" and l.role == "withdraw"]
        needed = gone + writes[-1:] if gone else writes[-1:]
        answers = ["no longer valid"] if gone else [lines[writes[-1]].value]
    return Episode(lines, question, q_kind, needed, answers)


def _merge(rng: random.Random, ordered: list[Line], extra: list[Line]) -> list[Line]:
    """Random merge keeping ``ordered`` in order (a key's history is chronological)."""
    slots = set(rng.sample(range(len(ordered) + len(extra)), len(extra)))
    a, b = iter(ordered), iter(rng.sample(extra, len(extra)))
    return [next(b) if i in slots else next(a) for i in range(len(ordered) + len(extra))]
