"""Per-sample scorers, 0-100, by name: ``score(metric, prediction, answers, meta)``.

Each scorer is a pure ``(prediction, answers, meta) -> float`` ported to match
its benchmark's upstream code; the table maps names to them lazily.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any, Callable

from ..errors import did_you_mean

SCORERS: dict[str, str] = {
    "string_match_all": "lceval.metrics.ruler:score_all",
    "string_match_part": "lceval.metrics.ruler:score_part",
    "memlife_exact": "lceval.metrics.memlife:exact",
    **{
        f"longbench_{name}": f"lceval.metrics.longbench:score_{name}"
        for name in ("qa_f1", "qa_f1_zh", "rouge", "rouge_zh", "classification", "retrieval", "retrieval_zh", "count", "code_sim")
    },
}


def register(name: str, target: str) -> None:
    """Add a scorer ``"module:function"`` under ``name`` (used by benchmark modules)."""
    SCORERS[name] = target


def scorer(name: str) -> Callable[..., float]:
    if name not in SCORERS:
        raise did_you_mean("metric", name, SCORERS)
    module, fn = SCORERS[name].split(":")
    return getattr(importlib.import_module(module), fn)


def score(name: str, prediction: str, answers: list[str], meta: dict[str, Any] | None = None) -> float:
    fn = scorer(name)
    takes_meta = len(inspect.signature(fn).parameters) >= 3  # RULER's scorers need no metadata
    return float(fn(prediction, answers, meta or {}) if takes_meta else fn(prediction, answers))
