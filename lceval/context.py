"""From a sample's context to its prompt, one path for every caller.

Chunk (``chunk_sample``), resolve the budget, select and join
(``select_context``), then build the prompt (``build_prompt``). The harness,
``lceval select``, selector training and the benches all go through here, so
they chunk and select alike.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache

from .chunking import CHUNK_TOKENS, chunk_context
from .sample import Chunk, LongSample
from .selection import Selector, resolve_budget
from .truncation import truncate_middle


@dataclass(frozen=True)
class Selection:
    """The chunks of one context, the ones a selector kept and the budget it kept them under."""

    chunks: list[Chunk]
    kept: list[int]
    budget: int
    selection_ms: float

    @property
    def context_tokens(self) -> int:
        return sum(c.n_tokens for c in self.chunks)

    @property
    def kept_tokens(self) -> int:
        return sum(self.chunks[i].n_tokens for i in self.kept)

    @property
    def kept_text(self) -> str:
        """The kept chunks joined in their original order."""
        return "".join(self.chunks[i].text for i in self.kept)


def chunk_sample(sample: LongSample, tokenizer, chunk_tokens: int = CHUNK_TOKENS) -> list[Chunk]:
    """The chunks of a sample's context: its own chunk style, never cutting an evidence span."""
    return chunk_context(sample.context, tokenizer, chunk_tokens, protected=list(sample.evidence), style=sample.meta.get("chunk_style", "prose"))


def select_context(sample: LongSample, selector: Selector, budget: int | float | None, tokenizer, chunk_tokens: int = CHUNK_TOKENS) -> Selection:
    """Chunk a sample's context, resolve ``budget`` against it and let ``selector`` choose (timed)."""
    chunks = list(_cached_chunks(sample.context, tokenizer, chunk_tokens, tuple(sample.evidence), sample.meta.get("chunk_style", "prose")))
    tokens = resolve_budget(budget, sum(c.n_tokens for c in chunks))
    started = time.perf_counter()
    kept = selector.select(sample.question, chunks, tokens, sample.evidence)
    return Selection(chunks, kept, tokens, (time.perf_counter() - started) * 1000)


@lru_cache(maxsize=512)
def _cached_chunks(context: str, tokenizer, chunk_tokens: int, evidence: tuple, style: str) -> tuple[Chunk, ...]:
    """Chunks do not depend on the selector or budget: a sweep cuts each context once, not once per cell."""
    return tuple(chunk_context(context, tokenizer, chunk_tokens, protected=list(evidence), style=style))


def build_prompt(sample: LongSample, kept_text: str, tokenizer, truncation: str = "none", max_seq_length: int = 0) -> tuple[str, bool]:
    """The prompt around the kept text (up to the answer prefix), cut in the middle unless ``truncation`` is none; and whether it was cut."""
    prompt = sample.prompt(kept_text)
    if truncation == "none":
        return prompt, False
    return truncate_middle(prompt, tokenizer, max_seq_length)
