"""The hybrid's learned slot reader: which sentences write, replace or withdraw the asked key, and in what order.

Reads a document sentence by sentence: the sentences sharing at least one
content word with the question are embedded (all-MiniLM-L6-v2, through the
encoder's sentence memo shared with ``dense`` and ``learned``) and scored.
For the question it decides, with the models of ``slot_models``:

1. which sentences are about the asked key (``match`` probability at least
   ``match_threshold``: embedding similarity tolerates a paraphrased key, a
   missing name or mark rejects another entity);
2. what each of those does (``role``): a *write* (bind), a *retraction*
   (withdraw), or a *refused* look-alike (hedged, hypothetical, quoted ...);
3. what the question asks (``kind``): the latest value, the n-th, the one
   before the latest, or all of them.

The slot's history is its writes and retractions in reading order; the
chunks the question needs come first, most needed first. Every decision is
kept as a ``SlotEvent`` with its probabilities, for ``lceval select``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from ..sample import Chunk
from .encoder import pieces, shared_encoder
from .slot_models import _WORD, content_words, kind_features, load_slot_models, match_features, ordinal, role_features, stem

ACTIONS = {"bind": "write", "withdraw": "retract", "lookalike": "refused", "other": "ignored"}


@dataclass
class SlotEvent:
    chunk: int
    sentence: str
    action: str  # write / retract / refused / ignored
    role: dict[str, float]
    match: float


@dataclass
class SlotReading:
    """The asked key's events in reading order, the question's kind, and the chunks it needs."""

    kind: str
    nth: int | None
    events: list[SlotEvent] = field(default_factory=list)
    needed: list[int] = field(default_factory=list)


@dataclass
class LearnedSlots:
    """Learned slot operations (see the module docstring).

    weights: slot-model JSON written by ``lceval train-slots``; empty = the committed one.
    match_threshold: the least probability that a sentence is about the asked key.
    """

    weights: str = ""
    match_threshold: float = 0.5

    def read(self, question: str, chunks: Sequence[Chunk]) -> SlotReading:
        models = load_slot_models(self.weights or None)
        encoder = shared_encoder()
        q_vec, q_words = encoder.query(question), content_words(question)
        kind_p = models.kind(kind_features(question, q_vec))[0]
        reading = SlotReading(models.kind.classes[int(kind_p.argmax())], ordinal(question))
        # Only sentences sharing a word with the question can be about its key: the rest are never embedded.
        stems = {stem(w) for w in q_words}
        owned = [(i, t) for i, c in enumerate(chunks) for t in pieces(c.text) if stems & {stem(w) for w in _WORD.findall(t)}]
        if not owned:
            return reading
        texts = [t for _, t in owned]
        vectors = encoder.encode(texts)
        match = models.match(np.stack([match_features(q_words, q_vec, t, v) for t, v in zip(texts, vectors)]))[:, 1]
        asked = np.flatnonzero(match >= self.match_threshold)
        if len(asked):
            roles = models.role(np.stack([role_features(texts[i], vectors[i]) for i in asked]))
            for i, p in zip(asked, roles):
                probs = dict(zip(models.role.classes, (round(float(x), 3) for x in p)))
                action = ACTIONS[models.role.classes[int(p.argmax())]]
                reading.events.append(SlotEvent(owned[i][0], texts[i], action, probs, round(float(match[i]), 3)))
        reading.needed = needed(reading)
        return reading


def needed(reading: SlotReading) -> list[int]:
    """The chunks of the slot's history the question needs, most needed first."""
    history = [e for e in reading.events if e.action in ("write", "retract")]
    writes = [e.chunk for e in history if e.action == "write"]
    if not history:
        return []
    if reading.kind == "all" and writes:
        order = writes
    elif reading.kind == "previous" and len(writes) >= 2:
        order = [writes[-2], writes[-1], *reversed(writes[:-2])]
    elif reading.kind == "nth" and writes:
        k = min(reading.nth or 1, len(writes))
        order = [writes[k - 1], *reversed(writes[: k - 1]), *writes[k:]]
    elif history[-1].action == "retract":  # the retraction, and the value it withdrew
        order = [history[-1].chunk, *writes[-1:]]
    else:
        order = writes[-1:]
    return list(dict.fromkeys(order))
