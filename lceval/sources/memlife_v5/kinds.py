"""The five kinds planned for memlife_v5: which documents, in which order, which question, which answer.

Every plan also carries two or three filler events about other subjects so
that the asked key is one of several in the haystack.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.plans import DocumentPlan as Plan, scatter
from ..memlife_v2 import NO_LONGER_VALID
from .documents import Doc, colour, line_doc, prose_doc
from .keys import KINDS, KeyKind, distinct_values
from .statements import ASIDE, CHANGE, FIRST, LOOKALIKE, WITHDRAW

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]

ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}

CURRENT_QUESTIONS = (
    "What is {who}'s {field} at present?",
    "Which {field} does {who} currently have?",
    "As things now stand, what {field} is on record for {who}?",
    "Give the {field} that {who} holds today.",
    "Where the {field} of {who} is concerned, what is in force now?",
)
FIRST_QUESTIONS = (
    "What was the very first {field} recorded for {who}?",
    "Which {field} did {who} begin with, before any change?",
    "Going back to the start, what {field} was {who} originally given?",
)
KTH_QUESTIONS = (
    "What was the {ordinal} {field} that {who} was given?",
    "Counting from the original, which {field} was number {k} for {who}?",
    "Of all the {plural} {who} has had, which came {ordinal}?",
    "List {who}'s {plural} in the order they were given: which is in position {k}?",
)
PREVIOUS_QUESTIONS = (
    "What {field} did {who} have just before the current one?",
    "Which {field} was in force for {who} immediately before the most recent change?",
    "Before {who}'s latest {field}, what had it been?",
)


@dataclass
class Key:
    kind: KeyKind
    who: str
    twin: str
    colour: dict[str, str]

    def say(self, template: str, value: str, *, who: str | None = None, old: str = "") -> str:
        f = self.kind.field
        return template.format(who=who or self.who, field=f, Field=f[0].upper() + f[1:], value=value, old=old, **self.colour)

    def ask(self, template: str, **extra) -> str:
        return template.format(who=self.who, field=self.kind.field, plural=self.kind.plural, **extra)


def _key(rng: random.Random, index: int) -> Key:
    kind = KINDS[(index + rng.randrange(len(KINDS))) % len(KINDS)]
    who, twin = kind.pairs(rng)
    return Key(kind, who, twin, colour(rng))


def _writes(key: Key, values: list[str], rng: random.Random, label_of) -> list[Doc]:
    """The chain of writes of ``values``: a first write, then changes; ``label_of(i)`` labels write ``i`` (or None)."""
    docs = []
    for i, value in enumerate(values):
        template = rng.choice(FIRST if i == 0 else CHANGE)
        docs.append(line_doc(key.say(template, value, old=values[i - 1] if i else ""), label_of(i), rng))
    return docs


def _fillers(rng: random.Random, key: Key, avoid: list[str]) -> list[Doc]:
    """Two or three writes about other subjects of other kinds."""
    docs = []
    for _ in range(rng.randint(2, 3)):
        kind = rng.choice([k for k in KINDS if k is not key.kind])
        who, _ = kind.pairs(rng)
        if any(who in s or s in who for s in (key.who, key.twin)):
            continue
        (value,) = distinct_values(kind, rng, 1, tuple(avoid))
        avoid.append(value)
        docs.append(line_doc(Key(kind, who, "", key.colour).say(rng.choice(FIRST), value), None, rng))
    return docs


def _meta(key: Key, asked: str, **more) -> dict:
    return {"key": key.who, "twin": key.twin, "key_kind": key.kind.name, "asked": asked, **more}


def overwrite(rng: random.Random, index: int) -> Plan:
    key = _key(rng, index)
    n = rng.randint(2, 6)
    values = distinct_values(key.kind, rng, n + 1)
    twin_value = values.pop()
    chain = _writes(key, values, rng, lambda i: "current write" if i == n - 1 else None)
    twin = line_doc(key.say(rng.choice(FIRST), twin_value, who=key.twin), None, rng)
    docs = scatter(chain, [twin, *_fillers(rng, key, [*values, twin_value])], rng)
    return Plan(docs, key.ask(rng.choice(CURRENT_QUESTIONS)), [values[-1]], _meta(key, "current", values=values, writes=n))


def version(rng: random.Random, index: int) -> Plan:
    key = _key(rng, index)
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(3, 5)
    values = distinct_values(key.kind, rng, n)
    if asked == "first":
        k, question = 1, key.ask(rng.choice(FIRST_QUESTIONS))
    elif asked == "kth":
        k = rng.randint(2, n - 1)
        question = key.ask(rng.choice(KTH_QUESTIONS), ordinal=ORDINALS[k], k=k)
    else:
        k, question = n - 1, key.ask(rng.choice(PREVIOUS_QUESTIONS))
    needed = range(k) if asked != "previous" else (n - 2, n - 1)
    labels = {i: ("previous write" if i == n - 2 else "current write") if asked == "previous" else f"write {i + 1}" for i in needed}
    chain = _writes(key, values, rng, labels.get)
    docs = scatter(chain, _fillers(rng, key, list(values)), rng)
    return Plan(docs, question, [values[k - 1]], _meta(key, asked, values=values, k=k, writes=n))


def distractor(rng: random.Random, index: int) -> Plan:
    key = _key(rng, index)
    kinds = rng.sample(sorted(LOOKALIKE), rng.randint(4, 5))
    real, twin_value, *fakes = distinct_values(key.kind, rng, len(kinds) + 2)
    loose = [line_doc(key.say(LOOKALIKE[k], v), None, rng) for k, v in zip(kinds, fakes)]
    loose.append(line_doc(key.say(rng.choice(FIRST), twin_value, who=key.twin), None, rng))
    docs = scatter([line_doc(key.say(rng.choice(FIRST), real), "real write", rng)], loose + _fillers(rng, key, [real, twin_value, *fakes]), rng)
    return Plan(docs, key.ask(rng.choice(CURRENT_QUESTIONS)), [real],
                _meta(key, "current", lookalikes=kinds, lookalike_values=[*fakes, twin_value]))


def nowrite(rng: random.Random, index: int) -> Plan:
    key = _key(rng, index)
    (value,) = distinct_values(key.kind, rng, 1)
    aside = prose_doc(key.say(rng.choice(ASIDE), value), "aside", rng)
    docs = scatter([aside], _fillers(rng, key, [value]), rng)
    return Plan(docs, key.ask(rng.choice(CURRENT_QUESTIONS)), [value], _meta(key, "current"))


def discard(rng: random.Random, index: int) -> Plan:
    """Even indices withdraw the asked key's value; odd ones withdraw the twin's, so the asked value stands."""
    key = _key(rng, index)
    withdrawn = index % 2 == 0
    older, value, twin_value = distinct_values(key.kind, rng, 3)
    twin_write = line_doc(key.say(rng.choice(FIRST), twin_value, who=key.twin), None, rng)
    if withdrawn:
        chain = [line_doc(key.say(rng.choice(FIRST), older), None, rng),
                 line_doc(key.say(rng.choice(CHANGE), value, old=older), "withdrawn write", rng),
                 line_doc(key.say(rng.choice(WITHDRAW), value), "withdrawal", rng)]
        loose, answers, cancelled = [twin_write], [NO_LONGER_VALID], value
    else:
        chain = [line_doc(key.say(rng.choice(FIRST), value), "standing write", rng)]
        twin_gone = [twin_write, line_doc(key.say(rng.choice(WITHDRAW), twin_value, who=key.twin), None, rng)]
        chain, loose, answers, cancelled = _mix_keep(rng, chain, twin_gone), [], [value], twin_value
    docs = scatter(chain, loose + _fillers(rng, key, [older, value, twin_value]), rng)
    return Plan(docs, key.ask(rng.choice(CURRENT_QUESTIONS)), answers, _meta(key, "current", withdrawn=withdrawn, cancelled_value=cancelled))


def _mix_keep(rng: random.Random, first: list[Doc], second: list[Doc]) -> list[Doc]:
    """Interleave two ordered lists at random, each keeping its own order."""
    a, b, out = list(first), list(second), []
    while a or b:
        out.append((a if a and (not b or rng.random() < 0.5) else b).pop(0))
    return out


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
