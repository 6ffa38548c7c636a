"""``hybrid``: editable memory slots first, a sparse fallback for the rest of the budget.

After the memory-management view of long context ("Memory-Managed
Long-Context Attention", 2026): a slot memory read from the text tracks
key -> value bindings through writes, overwrites and retractions, so a
question about a key gets exactly the chunks holding the version(s) it needs
(see ``memory_slots``); a lexical fallback fills what the budget leaves.
Decides from the chunk texts and the question alone; its hedge and retraction
word lists mirror the memlife generator's phrasings (see ``memory_slots``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .base import Selector
from .bm25 import BM25
from .memory_slots import SlotMemory


@dataclass
class Hybrid(Selector):
    """Slot hits first, then ``fallback``; with no slot hit the fallback alone decides.

    memory: the slot memory (a ``SlotMemory`` or a mapping of its parameters).
    fallback: the selector that fills the rest of the budget (a Selector, or a
        registered name / preset / spec such as ``"bm25"``); it sees only the
        chunks not yet kept, never the evidence.
    window: neighbouring chunks kept on each side of a slot chunk (after all
        slot chunks), for values whose context spills over a chunk boundary.
    """

    memory: Any = field(default_factory=SlotMemory)
    fallback: Any = field(default_factory=BM25)
    window: int = 0

    def __post_init__(self):
        if isinstance(self.memory, dict):
            from .params import check_params

            check_params("hybrid memory", SlotMemory, self.memory)
            self.memory = SlotMemory(**self.memory)
        if not isinstance(self.fallback, Selector):
            from . import build_selector

            self.fallback = build_selector(self.fallback)
        if not isinstance(self.window, int) or self.window < 0:
            raise ValueError(f"window must be a non-negative integer, got {self.window!r}")

    def select(self, question, chunks, budget, evidence=()):
        if not chunks:
            return []
        first = self.memory.lookup(question, self.memory.read(chunks))
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
