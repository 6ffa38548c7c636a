"""Hand-made chunks for selector tests: texts tiling a context, with given token counts."""

from __future__ import annotations

from typing import Sequence

from lceval.sample import Chunk
from lceval.selection import contract


def make_chunks(texts: Sequence[str], tokens: int | Sequence[int] = 10) -> list[Chunk]:
    """One chunk per text, in order; ``tokens`` is every chunk's count (default 10) or one count per chunk."""
    return contract.make_chunks(texts, tokens)
