"""Selector registry: one name -> class table, plus YAML presets from the top-level ``selectors/`` folder.

Adding a selector is one file in this package and one line in ``REGISTRY``.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
from pathlib import Path
from typing import Any

import yaml

from ..errors import LcevalError, did_you_mean
from .base import ScoringSelector, Selector, check_budget, keep_within_budget, resolve_budget
from .params import check_params

# name -> "module:Class", imported lazily so heavy selectors cost nothing until used.
REGISTRY: dict[str, str] = {
    "full": "lceval.selection.full:Full",
    "bm25": "lceval.selection.bm25:BM25",
    "dense": "lceval.selection.dense:Dense",
    "oracle": "lceval.selection.oracle:Oracle",
    "hybrid": "lceval.selection.hybrid:Hybrid",
    "learned": "lceval.selection.learned:Learned",
}

PRESETS_ENV = "LCEVAL_SELECTORS_DIR"
SPEC_KEYS = ("selector", "params", "description")  # a sweep entry's "name" is its label, taken off before


def presets_dir() -> Path:
    """The preset folder: $LCEVAL_SELECTORS_DIR, else ``selectors/`` at the repository root."""
    return Path(os.environ.get(PRESETS_ENV, Path(__file__).resolve().parents[2] / "selectors"))


def presets() -> dict[str, Path]:
    folder = presets_dir()
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


def selector_class(name: str) -> type[Selector]:
    if name not in REGISTRY:
        raise did_you_mean("selector", name, [*REGISTRY, *presets()])
    module, cls = REGISTRY[name].split(":")
    return getattr(importlib.import_module(module), cls)


def build_selector(spec: str | dict[str, Any], **overrides) -> Selector:
    """A selector from a registered name, a preset name or YAML path, or ``{"selector": name, "params": {...}}``."""
    if isinstance(spec, str):
        if spec in presets() or spec.endswith((".yaml", ".yml")):  # a preset is the source of truth for its name
            spec = load_preset(spec)
        elif spec in REGISTRY:
            spec = {"selector": spec}
        else:
            raise did_you_mean("selector", spec, [*REGISTRY, *presets()])
    if not isinstance(spec, dict) or "selector" not in spec:
        raise LcevalError(f"a selector spec needs a 'selector' name, got {spec!r}.")
    for key in spec:
        if key not in SPEC_KEYS:
            raise did_you_mean(f"key in the {spec['selector']!r} selector spec", key, SPEC_KEYS)
    cls = selector_class(spec["selector"])
    if not isinstance(spec.get("params") or {}, dict):
        raise LcevalError(f"'params' of selector {spec['selector']!r} must be a mapping of name: value, got {spec['params']!r}.")
    params = {**(spec.get("params") or {}), **overrides}
    check_params(f"selector {spec['selector']!r}", cls, params)
    try:
        return cls(**params)
    except (TypeError, ValueError) as exc:
        raise LcevalError(f"bad parameters for selector {spec['selector']!r}: {exc}") from None


def load_preset(name_or_path: str) -> dict[str, Any]:
    path = presets().get(name_or_path) or Path(name_or_path)
    if not path.is_file():
        raise did_you_mean("selector preset", name_or_path, presets())
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LcevalError(f"preset {str(path)!r} is not valid YAML ({str(exc).splitlines()[0]}); fix or remove that file.") from None
    if not isinstance(data, dict) or "selector" not in data:
        raise LcevalError(f"preset {str(path)!r} must be a mapping with a 'selector' key (and optional 'params').")
    return data


__all__ = [
    "REGISTRY", "Selector", "ScoringSelector", "build_selector", "check_budget", "keep_within_budget",
    "load_preset", "presets", "resolve_budget", "selector_class",
]
