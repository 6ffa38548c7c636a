"""LongBench prompt budgets by name: upstream pred.py's per-model ``model2maxlen`` plus 4k/8k/16k/32k.

Apart from the loader so that settings can read a budget without importing the sources (which import settings).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..errors import did_you_mean

CONFIG_DIR = Path(__file__).with_name("longbench_config")
BUDGET_ALIASES = {"4k": 3500, "8k": 7500, "16k": 15500, "32k": 31500}


@lru_cache(maxsize=1)
def budget_presets() -> dict[str, int]:
    """Named prompt budgets: ``model2maxlen.json`` (upstream pred.py's per-model budgets) plus 4k/8k/16k/32k."""
    models = json.loads((CONFIG_DIR / "model2maxlen.json").read_text(encoding="utf-8"))
    return {**BUDGET_ALIASES, **models}


def prompt_budget(value) -> int:
    """A LongBench prompt budget: a preset name (``vicuna-v1.5-7b-16k``, ``32k``) or any number of tokens."""
    if isinstance(value, str) and not value.strip().isdigit():
        presets = budget_presets()
        if value not in presets:
            raise did_you_mean("LongBench budget preset (max_seq_length)", value, presets)
        return presets[value]
    return int(value)
