"""Per-sample selection diagnostics: did what the answer needs survive selection?"""

from __future__ import annotations

import math
from typing import Sequence

from .sample import Chunk, LongSample


def covered_evidence(sample: LongSample, chunks: Sequence[Chunk], kept: Sequence[int]) -> list[bool]:
    """For each evidence span: is every chunk it overlaps kept (so the span reaches the model whole)?"""
    kept_set = set(kept)
    return [
        all(c.index in kept_set for c in chunks if c.overlaps(e))
        for e in sample.evidence
    ]


def answer_recall(sample: LongSample, kept_text: str) -> float:
    """Whether a normalised reference answer occurs in the kept text.

    Only for samples marked ``meta["recall"] == "answer"`` (extractive QA without
    gold evidence spans, e.g. LongBench); NaN otherwise. Normalisation is
    LongBench's qa_f1 one (lower case, no punctuation, articles or extra spaces).
    """
    if sample.meta.get("recall") != "answer":
        return math.nan
    from .metrics.longbench import normalize_answer

    text = f" {normalize_answer(kept_text)} "
    return float(any(f" {normalize_answer(a)} " in text for a in sample.answers if normalize_answer(a)))
