"""Pure statistics over per-sample records: means, bootstrap intervals, evidence-kept vs -lost accuracy.

A record's ``evidence_recall`` is None where recall does not apply (evidence
spread over the whole context, RULER cwe/fwe). "Kept" means all of a sample's
evidence survived selection (recall 1), "lost" that some of it did not; where
a family has no evidence spans but an answer recall (LongBench), that decides.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Sequence

import numpy as np

from ..diagnostics import nanmean as mean  # noqa: F401  (the report's mean is the harness's)

Record = dict[str, Any]


def bootstrap_ci(strata: Sequence[Sequence[float]], iters: int = 2000, seed: int = 0, level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the mean of stratum means, resampling within each stratum.

    One stratum is a plain bootstrap of the mean; several (tasks) give the
    interval of an unweighted mean over tasks, as RULER averages its tasks.
    """
    groups = [np.asarray(s, dtype=float) for s in strata if len(s)]
    if not groups or iters <= 0:
        return math.nan, math.nan
    rng = np.random.default_rng(seed)
    means = np.zeros(iters)
    for values in groups:
        means += values[rng.integers(0, len(values), size=(iters, len(values)))].mean(axis=1)
    means /= len(groups)
    tail = (1 - level) / 2 * 100
    lo, hi = np.percentile(means, [tail, 100 - tail])
    return float(lo), float(hi)


def split_by_evidence(records: Iterable[Record]) -> tuple[list[float], list[float]]:
    """Scores of samples whose evidence was all kept, and of those that lost some.

    Without evidence spans (LongBench) the answer recall decides: was a gold
    answer still in the kept text?
    """
    kept, lost = [], []
    for r in records:
        recall = r.get("evidence_recall")
        if _missing(recall):
            recall = r.get("answer_recall")
        if _missing(recall):
            continue
        (kept if recall >= 1.0 else lost).append(r["score"])
    return kept, lost


def _present(values: Iterable) -> list[float]:
    return [float(v) for v in values if not _missing(v)]


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def summarize(by_task: dict[str, list[Record]], iters: int = 2000) -> dict[str, Any]:
    """Score (mean over tasks of task means) with its interval, plus the selection diagnostics.

    Diagnostics (recall, kept tokens, timing, kept-vs-lost accuracy) pool the
    samples of all tasks, with bootstrap intervals over those samples (over
    several tasks read them per task: a task the model fails even with the
    whole context drags "lost" down for reasons selection did not cause).
    """
    records = [r for rs in by_task.values() for r in rs]
    task_scores = [[r["score"] for r in rs] for rs in by_task.values() if rs]
    kept, lost = split_by_evidence(records)
    lo, hi = bootstrap_ci(task_scores, iters)
    return {
        "n": len(records),
        "n_tasks": len(task_scores),
        "score": mean(mean(s) for s in task_scores),
        "score_ci": [lo, hi],
        "evidence_recall": mean(r.get("evidence_recall") for r in records),
        "evidence_recall_ci": list(bootstrap_ci([_present(r.get("evidence_recall") for r in records)], iters, seed=3)),
        "answer_recall": mean(r.get("answer_recall") for r in records),
        "acc_if_kept": mean(kept),
        "acc_if_kept_ci": list(bootstrap_ci([kept], iters, seed=1)),
        "n_kept": len(kept),
        "acc_if_lost": mean(lost),
        "acc_if_lost_ci": list(bootstrap_ci([lost], iters, seed=2)),
        "n_lost": len(lost),
        "kept_tokens": mean(r.get("kept_tokens") for r in records),
        "kept_fraction": mean(r.get("kept_fraction") for r in records),
        "context_tokens": mean(r.get("context_tokens") for r in records),
        "selection_ms": mean(r.get("selection_ms") for r in records),
        "truncated": sum(bool(r.get("truncated")) for r in records),
        "exceeds_model_max_length": sum(bool(r.get("exceeds_model_max_length")) for r in records),
    }


def depth_bins(records: Iterable[Record], what: str = "evidence", bins: int = 10) -> list[tuple[float, int]]:
    """(mean, n) per depth bin; depth = % into the context where evidence starts (``evidence_depths``).

    ``what="evidence"``: share of evidence spans kept, each span in its own bin.
    ``what="score"``: accuracy (score / 100) of the samples, each in the bin of
    its evidence's mean depth (one needle: its depth).
    """
    values: list[list[float]] = [[] for _ in range(bins)]

    def bin_of(depth: float) -> int:
        return min(int(depth / 100 * bins), bins - 1)

    for r in records:
        depths = r.get("evidence_depths") or []
        if what == "evidence":
            for depth, was_kept in zip(depths, r.get("evidence_kept") or []):
                values[bin_of(depth)].append(float(was_kept))
        elif depths:
            values[bin_of(sum(depths) / len(depths))].append(r["score"] / 100)
    return [(mean(v), len(v)) for v in values]
