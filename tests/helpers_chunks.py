"""Hand-made chunks for selector tests: the selector contract's helper (texts tiling a context, given token counts)."""

from lceval.selection.contract import make_chunks

__all__ = ["make_chunks"]
