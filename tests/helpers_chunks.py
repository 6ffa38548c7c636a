"""Hand-made chunks for selector tests: texts tiling a context, with given token counts."""

from __future__ import annotations

from typing import Sequence

from lceval.sample import Chunk


def make_chunks(texts: Sequence[str], tokens: int | Sequence[int] = 10) -> list[Chunk]:
    """One chunk per text, in order; ``tokens`` is every chunk's count or one count per chunk."""
    counts = [tokens] * len(texts) if isinstance(tokens, int) else list(tokens)
    out, start = [], 0
    for i, (text, n) in enumerate(zip(texts, counts)):
        out.append(Chunk(i, start, start + len(text), text, n))
        start += len(text)
    return out
