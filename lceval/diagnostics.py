"""Per-sample selection diagnostics: did what the answer needs survive selection?"""

from __future__ import annotations

import math
from typing import Any, Sequence

from .metrics.longbench import normalize_answer
from .sample import Chunk, LongSample


def selection_diagnostics(sample: LongSample, chunks: Sequence[Chunk], kept: Sequence[int], kept_text: str) -> dict[str, Any]:
    """The evidence and answer diagnostics a document carries (see ``harness.select_one``)."""
    covered = covered_evidence(sample, chunks, kept)
    return {
        "evidence_chunks": sorted({c.index for c in chunks for e in sample.evidence if c.overlaps(e)}),
        "evidence_depths": [round(100 * e.start / max(len(sample.context), 1), 2) for e in sample.evidence],
        "evidence_kept": covered,
        "evidence_recall": evidence_recall(sample, covered),
        "answer_recall": answer_recall(sample, kept_text),
    }


def covered_evidence(sample: LongSample, chunks: Sequence[Chunk], kept: Sequence[int]) -> list[bool]:
    """For each evidence span: is every chunk it overlaps kept (so the span reaches the model whole)?"""
    kept_set = set(kept)
    return [
        all(c.index in kept_set for c in chunks if c.overlaps(e))
        for e in sample.evidence
    ]


def evidence_recall(sample: LongSample, covered: list[bool]) -> float:
    """The share of evidence spans kept whole; NaN where recall does not apply."""
    if sample.aggregation or not sample.evidence:
        return math.nan  # evidence spread over the whole context: recall does not apply
    return sum(covered) / len(covered)


def answer_recall(sample: LongSample, kept_text: str) -> float:
    """Whether a normalised reference answer occurs in the kept text.

    Only for samples marked ``meta["recall"] == "answer"`` (extractive QA without
    gold evidence spans, e.g. LongBench); NaN otherwise. Normalisation is
    LongBench's qa_f1 one (lower case, no punctuation, articles or extra spaces).
    """
    if sample.meta.get("recall") != "answer":
        return math.nan
    text = f" {normalize_answer(kept_text)} "
    return float(any(f" {normalize_answer(a)} " in text for a in sample.answers if normalize_answer(a)))


def nanmean(values: list[float]) -> float:
    """Mean over the values that exist (None/NaN skipped: samples where a diagnostic does not apply); NaN when none do."""
    kept = [float(v) for v in values if v is not None and not math.isnan(v)]
    return sum(kept) / len(kept) if kept else math.nan
