"""The five memlife_v6 kinds, each planned as events in document order, a question and its answer.

Every plan draws a key kind, a holder and its twin (one character apart), and
one set of distinct values; beside the asked holder's events sit the twin's
own and those of one or two unrelated holders, interleaved at random while
each holder's events keep their order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..memlife_common.plans import DocumentPlan as Plan, interleave
from ..memlife_v2 import NO_LONGER_VALID
from .documents import DRY_RUN, Event, render
from .keys import KINDS, KeyKind, distinct_values
from .statements import CURRENT, FIRST, LOOKALIKES, PASSING, PREVIOUS, fill, kth_question

__all__ = ["NO_LONGER_VALID", "PLANS", "Plan"]


@dataclass
class Setup:
    """What every kind starts from: the key kind, the asked holder, its twin and fresh values to hand out."""

    rng: random.Random
    kind: KeyKind
    key: str
    twin: str
    values: list[str]

    @classmethod
    def draw(cls, rng: random.Random, n_values: int) -> "Setup":
        kind = rng.choice(KINDS)
        key, twin = kind.pairs(rng)
        return cls(rng, kind, key, twin, distinct_values(kind, rng, n_values))

    def take(self, n: int = 1) -> list[str]:
        if n > len(self.values):
            raise ValueError(f"plan asked for {n} more values, {len(self.values)} left")  # a planning bug, never the user's input
        taken, self.values = self.values[:n], self.values[n:]
        return taken

    def chain(self, key: str, values: list[str], labels: list[str]) -> list[Event]:
        """A first write then a change per further value, for ``key``."""
        return [Event("write" if i == 0 else "change", self.kind, key, v, values[i - 1] if i else "", label)
                for i, (v, label) in enumerate(zip(values, labels))]

    def others(self) -> list[list[Event]]:
        """One or two unrelated holders' writes."""
        avoid = {self.key, self.twin}
        chains = []
        for _ in range(self.rng.randint(1, 2)):
            other = self.kind.other(self.rng, avoid)
            avoid.add(other)
            chains.append(self.chain(other, self.take(), [""]))
        return chains

    def question(self, templates: tuple[str, ...]) -> str:
        return fill(self.rng.choice(templates), self.kind.holder(self.key), self.kind.field)

    def plan(self, chains: list[list[Event]], question: str, answer: str, **meta) -> Plan:
        events = interleave(self.rng, *chains)
        documents = [render(e, self.rng) for e in events]
        return Plan(documents, question, [answer], {"key": self.key, "twin": self.twin, "key_kind": self.kind.name, **meta})


def overwrite(rng: random.Random, index: int) -> Plan:
    """The value in force after 1-5 changes; evidence: the last change."""
    s = Setup.draw(rng, 10)
    writes = rng.randint(2, 6)
    values = s.take(writes)
    chain = s.chain(s.key, values, [""] * (writes - 1) + ["current write"])
    twin = s.chain(s.twin, s.take(), [""])
    return s.plan([chain, twin, *s.others()], s.question(CURRENT), values[-1], values=values, writes=writes, asked="current")


def version(rng: random.Random, index: int) -> Plan:
    """The first, k-th or previous value; evidence: the writes counted to reach it."""
    s = Setup.draw(rng, 10)
    asked = ("first", "kth", "previous")[index % 3]
    writes = rng.randint(3 if asked == "kth" else 2, 6)
    k = {"first": 1, "kth": rng.randint(2, writes), "previous": writes - 1}[asked]
    needed = {"first": {1}, "kth": set(range(1, k + 1)), "previous": {writes - 1, writes}}[asked]
    values = s.take(writes)
    chain = s.chain(s.key, values, [f"write {i}" if i in needed else "" for i in range(1, writes + 1)])
    twin = s.chain(s.twin, s.take(rng.randint(1, 2)), ["", ""])
    holder, field_ = s.kind.holder(s.key), s.kind.field
    question = {"first": lambda: s.question(FIRST), "previous": lambda: s.question(PREVIOUS),
                "kth": lambda: kth_question(rng, holder, field_, k)}[asked]()
    return s.plan([chain, twin, *s.others()], question, values[k - 1], values=values, writes=writes, asked=asked, k=k)


def distractor(rng: random.Random, index: int) -> Plan:
    """The one real write among look-alikes and the twin's write; evidence: the real write."""
    s = Setup.draw(rng, 12)
    value = s.take()[0]
    templates = rng.sample([*LOOKALIKES, DRY_RUN], rng.randint(4, 5))
    lookalikes = [Event("lookalike", s.kind, s.key, v, template=t) for v, t in zip(s.take(len(templates)), templates)]
    twin = s.chain(s.twin, s.take(), [""])
    chains = [s.chain(s.key, [value], ["real write"]), twin, *([e] for e in lookalikes), *s.others()]
    return s.plan(chains, s.question(CURRENT), value, values=[value],
                  lookalike_values=[e.value for e in lookalikes] + [twin[0].value], asked="current")


def nowrite(rng: random.Random, index: int) -> Plan:
    """A value told in passing in prose; evidence: that sentence."""
    s = Setup.draw(rng, 6)
    value = s.take()[0]
    mention = Event("passing", s.kind, s.key, value, label="passing mention", template=rng.choice(PASSING))
    twin = s.chain(s.twin, s.take(), [""])
    return s.plan([[mention], twin, *s.others()], s.question(CURRENT), value, values=[value], asked="current")


def discard(rng: random.Random, index: int) -> Plan:
    """A withdrawn value (answer NO_LONGER_VALID), or in every other sample the twin's, so the asked one stands."""
    s = Setup.draw(rng, 8)
    withdrawn = index % 2 == 0
    if withdrawn:
        writes = rng.randint(1, 2)
        values = s.take(writes)
        chain = s.chain(s.key, values, [""] * (writes - 1) + ["withdrawn write"])
        chain.append(Event("withdraw", s.kind, s.key, values[-1], label="withdrawal"))
        twin = s.chain(s.twin, s.take(), [""])
        answer, cancelled = NO_LONGER_VALID, values[-1]
    else:
        values = s.take()
        chain = s.chain(s.key, values, ["standing write"])
        twin = s.chain(s.twin, s.take(), [""])
        cancelled = twin[0].value
        twin.append(Event("withdraw", s.kind, s.twin, cancelled))
        answer = values[0]
    return s.plan([chain, twin, *s.others()], s.question(CURRENT), answer, values=values, withdrawn=withdrawn,
                  cancelled_value=cancelled, asked="current")


PLANS = {"overwrite": overwrite, "version": version, "distractor": distractor, "nowrite": nowrite, "discard": discard}
