"""The learned selector's scoring head: a tiny MLP over chunk features, stored as plain JSON.

Inference is numpy only (no torch at selection time); the trainer writes the
same JSON. The file records the feature names it was trained on, so a head
never silently scores a different feature set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import LcevalError
from .features import FEATURES

DEFAULT_WEIGHTS = Path(__file__).resolve().parent / "weights" / "learned.json"


@dataclass
class Head:
    """score = MLP(standardised features): tanh hidden layers, one linear output."""

    features: list[str]
    mean: np.ndarray
    std: np.ndarray
    layers: list[tuple[np.ndarray, np.ndarray]]  # (weight (in, out), bias (out,)) per layer
    meta: dict[str, Any] = field(default_factory=dict)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        h = (x - self.mean) / self.std
        for depth, (weight, bias) in enumerate(self.layers):
            h = h @ weight + bias
            if depth < len(self.layers) - 1:
                h = np.tanh(h)
        return h[:, 0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "lceval-learned-head/1",
            "features": list(self.features),
            "mean": self.mean.tolist(),
            "std": self.std.tolist(),
            "layers": [{"weight": w.tolist(), "bias": b.tolist()} for w, b in self.layers],
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Head":
        return cls(
            features=list(data["features"]),
            mean=np.asarray(data["mean"], dtype=np.float64),
            std=np.asarray(data["std"], dtype=np.float64),
            layers=[(np.asarray(l["weight"], dtype=np.float64), np.asarray(l["bias"], dtype=np.float64)) for l in data["layers"]],
            meta=data.get("meta", {}),
        )

    def save(self, path: str | Path) -> None:
        from ..cache import atomic_write_text

        atomic_write_text(Path(path), json.dumps(self.to_dict(), indent=1) + "\n")
        Path(path).chmod(0o644)  # package data: readable by everyone


@lru_cache(maxsize=8)
def load_head(path: str | None = None) -> Head:
    """The head at ``path`` (default: the committed weights), checked against ``FEATURES``."""
    file = Path(path) if path else DEFAULT_WEIGHTS
    if not file.is_file():
        raise LcevalError(f"no learned-selector weights at {str(file)!r}. Train them with `lceval train-selector --out {file}`.")
    try:
        head = Head.from_dict(json.loads(file.read_text()))
    except (ValueError, KeyError, TypeError) as exc:
        raise LcevalError(f"{str(file)!r} is not a learned-selector weights file ({exc}).") from None
    if tuple(head.features) != FEATURES:
        raise LcevalError(
            f"{str(file)!r} was trained on other features ({len(head.features)} vs {len(FEATURES)} now). "
            "Retrain with `lceval train-selector`."
        )
    return head
