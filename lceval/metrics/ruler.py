"""RULER scoring, as upstream NVIDIA/RULER ``scripts/eval/evaluate.py`` + ``scripts/eval/synthetic/constants.py``.

A prediction is post-processed (strip; every control character ``[\\x00-\\x1f]``
becomes a newline; strip), then a reference counts as found when it occurs in
the prediction, case-insensitively.

- ``string_match_all`` (niah, vt, cwe, fwe): per sample, the fraction of references found.
- ``string_match_part`` (qa): per sample, 1 if any reference is found.

Both average over samples and scale to 0-100 (upstream rounds the aggregate to
two decimals). Note: lm-eval's RULER port (``lm_eval/tasks/ruler/common_utils.py``)
scores ``string_match_part`` as the *fraction* of references found and on a 0-1
scale; this module follows upstream RULER, so a SQuAD answer listed three
times that the model gets right scores 100 here, not a fraction.
"""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x1f]")  # control characters, which RULER (and memlife) read as line breaks


def postprocess(prediction: str) -> str:
    return CONTROL.sub("\n", prediction.strip()).strip()


def _found(reference: str, prediction: str) -> float:
    return 1.0 if reference.lower() in prediction.lower() else 0.0


def string_match_all(preds: list[str], refs: list[list[str]]) -> float:
    """Upstream's aggregate over already post-processed predictions, 0-100, rounded to 2 decimals."""
    total = sum(sum(_found(r, p) for r in ref) / len(ref) for p, ref in zip(preds, refs))
    return round(total / len(preds) * 100, 2)


def string_match_part(preds: list[str], refs: list[list[str]]) -> float:
    """Upstream's aggregate over already post-processed predictions, 0-100, rounded to 2 decimals."""
    total = sum(max(_found(r, p) for r in ref) for p, ref in zip(preds, refs))
    return round(total / len(preds) * 100, 2)


def score_all(prediction: str, answers: list[str], meta: dict | None = None) -> float:
    """One raw generation, post-processed and scored 0-100 (unrounded: the mean of these is upstream's score)."""
    pred = postprocess(prediction)
    return 100.0 * sum(_found(a, pred) for a in answers) / len(answers)


def score_part(prediction: str, answers: list[str], meta: dict | None = None) -> float:
    """One raw generation, post-processed and scored 0 or 100."""
    pred = postprocess(prediction)
    return 100.0 * max(_found(a, pred) for a in answers)
