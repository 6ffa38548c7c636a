"""A tiny randomly initialised reader (Llama + byte-level BPE tokenizer), built offline in seconds.

For tests and for sweeps before a real reader exists: it exercises the whole
selection -> model -> score loop, and scores about zero (it has learnt nothing).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

_CORPUS = (
    "One of the special magic numbers for {w} is: {n}. What are all the special magic numbers "
    "for {w} mentioned in the provided text? The grass is green. The sky is blue. The sun is yellow. "
    "Here we go. There and back again. VAR {W} = {n}. Answer: Document {n}: the essay about {w}.\n"
)
_WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa".split()


def build_tiny_model(path: str | Path, vocab_size: int = 600, max_positions: int = 16384, seed: int = 0) -> Path:
    """Write a random reader of the smoke shape and its tokenizer to ``path`` (idempotent)."""
    path = Path(path)
    if (path / "config.json").is_file():
        return path
    from .reader.model import SMOKE_SHAPE, build_model
    from .reader.tokenizer import train_tokenizer

    lines = [_CORPUS.format(w=w, W=w.upper(), n=1000 * i + 7) for i, w in enumerate(_WORDS)]
    tokenizer = train_tokenizer(lines * 4, vocab_size)
    model = build_model(replace(SMOKE_SHAPE, max_positions=max_positions), tokenizer, seed)
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path
