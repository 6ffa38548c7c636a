"""Per-sample scorers, 0-100, by name: ``score(metric, prediction, answers, meta)``.

Each scorer is a pure ``(prediction, answers, meta) -> float`` ported to match
its benchmark's upstream code; each family (``lceval.families``) names its
scorers, and the table maps names to them lazily.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from ..errors import did_you_mean
from ..families import FAMILIES

SCORERS: dict[str, str] = {name: target for f in FAMILIES.values() for name, target in f.scorers.items()}


def scorer(name: str) -> Callable[..., float]:
    if name not in SCORERS:
        raise did_you_mean("metric", name, SCORERS)
    module, fn = SCORERS[name].split(":")
    return getattr(importlib.import_module(module), fn)


def score(name: str, prediction: str, answers: list[str], meta: dict[str, Any] | None = None) -> float:
    return float(scorer(name)(prediction, answers, meta or {}))
