"""The five kinds as plans: the documents in order, the question, the answer, what the tests check.

Every plan writes the asked subject's events in order, its twin's beside
them and a few unrelated subjects' writes, all shuffled around the asked
events without reordering them.
"""

from __future__ import annotations

import random

from ..memlife_common.plans import DocumentPlan as Plan, scatter
from ..memlife_v2 import NO_LONGER_VALID  # the shared answer for a withdrawn value
from .documents import Document, record
from .keys import KINDS, Key, draw_key, draw_values
from .lookalikes import FICTIONS, lookalike, passing_mention
from .questions import CURRENT, FIRST, KTH, PREVIOUS, ask
from .statements import Event


def _chain(key: Key, values: list[str], labels: list[str | None], rng: random.Random) -> list[Document]:
    """The asked subject's writes: the first value set, each next one replacing the one before."""
    events = [Event(key.subject, key.field, v, values[i - 1] if i else None) for i, v in enumerate(values)]
    return [record(e, label, rng) for e, label in zip(events, labels)]


def _others(key: Key, rng: random.Random, used: list[str], n: int) -> list[Document]:
    """Writes of ``n`` unrelated subjects of other kinds."""
    docs = []
    for kind in rng.sample([k for k in KINDS if k is not key.kind], n):
        subject, _ = kind.pairs(rng)
        docs.append(record(Event(subject, kind.field, draw_values(kind, rng, 1, used)[0]), None, rng))
    return docs


def _twin_write(key: Key, rng: random.Random, used: list[str]) -> tuple[Document, str]:
    value = draw_values(key.kind, rng, 1, used)[0]
    return record(Event(key.twin, key.field, value), None, rng), value


def _meta(key: Key, **extra) -> dict:
    return {"key": key.subject, "twin": key.twin, "key_kind": key.kind.name, **extra}


def overwrite(rng: random.Random, index: int) -> Plan:
    key, used = draw_key(rng), []
    values = draw_values(key.kind, rng, rng.randint(2, 6), used)
    chain = _chain(key, values, [None] * (len(values) - 1) + ["last write"], rng)
    twin, _ = _twin_write(key, rng, used)
    return Plan(scatter(chain, [twin, *_others(key, rng, used, 2)], rng), ask(CURRENT, key, rng), [values[-1]],
                _meta(key, writes=len(values), values=values))


def version(rng: random.Random, index: int) -> Plan:
    key, used = draw_key(rng), []
    asked = ("first", "kth", "previous")[index % 3]
    n = rng.randint(3, 5) if asked == "kth" else rng.randint(2, 5)
    values = draw_values(key.kind, rng, n, used)
    if asked == "first":
        k, bank, needed = 1, FIRST, {0}
    elif asked == "kth":
        k = rng.randint(2, min(n - 1, 4))
        bank, needed = KTH, set(range(k))
    else:
        k, bank, needed = n - 1, PREVIOUS, {n - 2, n - 1}
    labels = [f"write {i + 1}" if i in needed else None for i in range(n)]
    twin, _ = _twin_write(key, rng, used)
    return Plan(scatter(_chain(key, values, labels, rng), [twin, *_others(key, rng, used, 2)], rng),
                ask(bank, key, rng, k), [values[k - 1]], _meta(key, asked=asked, k=k, writes=n, values=values))


def distractor(rng: random.Random, index: int) -> Plan:
    key, used = draw_key(rng), []
    value = draw_values(key.kind, rng, 1, used)[0]
    kinds = rng.sample([*FICTIONS, "sibling"], rng.randint(4, 5))
    fakes = draw_values(key.kind, rng, len(kinds), used)
    twin, twin_value = _twin_write(key, rng, used)
    docs = [record(Event(key.subject, key.field, value), "write", rng), twin,
            *(lookalike(kind, key, v, rng) for kind, v in zip(kinds, fakes)), *_others(key, rng, used, 1)]
    rng.shuffle(docs)
    return Plan(docs, ask(CURRENT, key, rng), [value],
                _meta(key, lookalikes=kinds, lookalike_values=[*fakes, twin_value]))


def nowrite(rng: random.Random, index: int) -> Plan:
    key, used = draw_key(rng), []
    value = draw_values(key.kind, rng, 1, used)[0]
    twin, _ = _twin_write(key, rng, used)
    docs = [passing_mention(key, value, rng), twin, *_others(key, rng, used, 2)]
    rng.shuffle(docs)
    return Plan(docs, ask(CURRENT, key, rng), [value], _meta(key))


def discard(rng: random.Random, index: int) -> Plan:
    """Even samples withdraw the asked value; odd ones withdraw the twin's, so the asked one stands."""
    key, used = draw_key(rng), []
    withdrawn = index % 2 == 0
    if withdrawn:
        values = draw_values(key.kind, rng, rng.randint(1, 2), used)
        chain = _chain(key, values, [None] * (len(values) - 1) + ["withdrawn write"], rng)
        chain.append(record(Event(key.subject, key.field, None, values[-1]), "withdrawal", rng))
        twin, _ = _twin_write(key, rng, used)
        docs, answer, cancelled = scatter(chain, [twin, *_others(key, rng, used, 2)], rng), NO_LONGER_VALID, values[-1]
    else:
        value = draw_values(key.kind, rng, 1, used)[0]
        twin, cancelled = _twin_write(key, rng, used)
        twin_gone = record(Event(key.twin, key.field, None, cancelled), None, rng)
        docs = scatter([twin, twin_gone], [record(Event(key.subject, key.field, value), "write", rng), *_others(key, rng, used, 2)], rng)
        answer = value
    return Plan(docs, ask(CURRENT, key, rng), [answer], _meta(key, withdrawn=withdrawn, cancelled_value=cancelled))


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
