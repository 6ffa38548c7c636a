"""``hybrid``: editable memory slots first, a sparse fallback for the rest of the budget.

After the memory-management view of long context ("Memory-Managed
Long-Context Attention", 2026): a slot memory read from the text tracks
key -> value bindings through writes, overwrites and retractions, so a
question about a key gets exactly the chunks holding the version(s) it needs;
a lexical fallback fills what the budget leaves. The slot operations are
learned from text (``slot_reader``: sentence classifiers and a paraphrase-
tolerant key matcher, trained on training-only phrasings); the older
word-list reader (``memory_slots``, whose hedge and retraction lists mirror the
memlife generator's phrasings) stays available as ``reader: rules``.
Decides from the chunk texts and the question alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import Selector
from .bm25 import BM25
from .memory_slots import SlotMemory
from .slot_reader import LearnedSlots


# The hybrid's slot models: a role model that also reads the frame's token vectors max- and min-pooled, regularised
# by its accuracy on training corpora it never saw (``lceval train-slots --encoder static --corpus sixall
# --role-input both_pooled --role-l2 0.03``). The learned selector keeps ``slots_static.json``, the file its head
# was trained on. Its calmer write probabilities take a lower ``wary_power`` (3). It also ranks the records of a
# question warning of look-alikes by how surely each wrote (``genuine_when_wary``) and lets a note line read as a
# reason void a record (``note_cue`` 0.85): all three chosen on the development families. The learned selector keeps
# the slot readings its head was trained on.
HYBRID_SLOT_WEIGHTS = "slots_static_pooled.json"
HYBRID_SLOTS = {"weights": HYBRID_SLOT_WEIGHTS, "wary_power": 3.0, "genuine_when_wary": True, "note_cue": 0.85}


@dataclass
class Hybrid(Selector):
    """Slot hits first, then ``fallback``; with no slot hit the fallback alone decides.

    reader: "learned" (``LearnedSlots``: slot operations from trained models) or "rules" (``SlotMemory``'s word lists).
    slots: the learned reader (a ``LearnedSlots``, or a mapping of the parameters that differ from ``HYBRID_SLOTS``).
    memory: the rules reader (a ``SlotMemory`` or a mapping of its parameters).
    fallback: the selector that fills the rest of the budget (a Selector, or a
        registered name / preset / spec such as ``"bm25"``); it sees only the
        chunks not yet kept, never the evidence.
    window: neighbouring chunks kept on each side of a slot chunk (after all
        slot chunks), for values whose context spills over a chunk boundary.
    """

    reader: str = "learned"
    slots: Any = field(default_factory=lambda: LearnedSlots(**HYBRID_SLOTS))
    memory: Any = field(default_factory=SlotMemory)
    fallback: Any = field(default_factory=BM25)
    window: int = 0

    def __post_init__(self):
        if self.reader not in ("learned", "rules"):
            raise ValueError(f"reader must be 'learned' or 'rules', got {self.reader!r}")
        if isinstance(self.memory, dict):
            from .params import check_params

            check_params("hybrid memory", SlotMemory, self.memory)
            self.memory = SlotMemory(**self.memory)
        if isinstance(self.slots, dict):
            self.slots = LearnedSlots(**{**HYBRID_SLOTS, **self.slots})
        if not isinstance(self.fallback, Selector):
            from . import build_selector

            self.fallback = build_selector(self.fallback)
        if not isinstance(self.window, int) or self.window < 0:
            raise ValueError(f"window must be a non-negative integer, got {self.window!r}")

    def select(self, question, chunks, budget, evidence=()):
        if not chunks:
            return []
        first = self.slot_chunks(question, chunks)
        near = [j for i in first for j in range(i - self.window, i + self.window + 1) if 0 <= j < len(chunks)]
        kept, used = [], 0
        for i in dict.fromkeys(first + near):
            if used + chunks[i].n_tokens <= budget:
                kept.append(i)
                used += chunks[i].n_tokens
        taken = set(kept)
        rest = [i for i in range(len(chunks)) if i not in taken]
        if rest and budget - used > 0:
            picked = self.fallback.select(question, [chunks[i] for i in rest], budget - used)
            kept += [rest[p] for p in picked]
        return sorted(kept)

    def slot_chunks(self, question, chunks) -> list[int]:
        """The chunks the slot memory says the question needs, most needed first."""
        if self.reader == "rules":
            return self.memory.lookup(question, self.memory.read(chunks))
        return self.slots.read(question, chunks).needed

    def explain(self, question, chunks) -> list[str]:
        """One line per slot event of the asked key (learned reader): chunk, action, probabilities, sentence."""
        if self.reader == "rules":
            slots = self.memory.read(chunks)
            return [f"slot {sorted(s.key)}: " + ", ".join(f"{e.kind}@{e.chunk}" for e in s.events) for s in slots.values()]
        reading = self.slots.read(question, chunks)
        lines = [f"question kind: {reading.kind}" + (f" (n={reading.nth})" if reading.kind == "nth" else "")]
        if reading.wary != 1.0:
            lines.append(f"the question warns of look-alikes: write probabilities raised to the power {reading.wary:g}")
        for e in reading.events:
            role = " ".join(f"{k}={v:.2f}" for k, v in e.role.items())
            replaces = f"; replaces {e.replaces}" if e.replaces else ""
            replaces += f"; voided by the note {e.voided_by[:60]!r}" if e.voided_by else ""
            framed = f" read as {e.frame[:60]!r}" if e.frame else ""
            lines.append(f"chunk {e.chunk}: {e.action}, needed {e.belief:.2f} (key match {e.match:.2f}; {role}{replaces}) {e.sentence[:90]!r}{framed}")
        lines.append(f"slot chunks first: {reading.needed or 'none (fallback alone decides)'}")
        return lines
