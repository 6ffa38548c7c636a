"""Selector registry: the built-in name -> class table, plus presets, import paths and entry points.

A built-in selector is one file in this package and one line in ``REGISTRY``;
selectors from outside lceval need no edit here (see ``plugins``).
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

from ..errors import LcevalError, did_you_mean
from .base import ScoringSelector, Selector, check_budget, keep_within_budget, resolve_budget
from .params import check_params
from .plugins import entry_points, import_selector, is_import_path, is_preset_path, load_preset, presets

# name -> "module:Class", imported lazily so heavy selectors cost nothing until used.
REGISTRY: dict[str, str] = {
    "full": "lceval.selection.full:Full",
    "bm25": "lceval.selection.bm25:BM25",
    "dense": "lceval.selection.dense:Dense",
    "oracle": "lceval.selection.oracle:Oracle",
    "hybrid": "lceval.selection.hybrid:Hybrid",
    "learned": "lceval.selection.learned:Learned",
    "fusion": "lceval.selection.fusion:Fusion",
}

SPEC_KEYS = ("selector", "params", "description")  # a sweep entry's "name" is its label, taken off before


def known_names() -> list[str]:
    """Every selector name usable without a path: built-ins, entry points, presets."""
    return [*REGISTRY, *entry_points(), *presets()]


def selector_class(name: str) -> type[Selector]:
    """A built-in name, an installed entry point's name, or an import path ``module:Class``."""
    if name in REGISTRY:
        module, cls = REGISTRY[name].split(":")
        return getattr(importlib.import_module(module), cls)
    plugins = entry_points()
    if name in plugins:
        return import_selector(plugins[name])
    if is_import_path(name):
        return import_selector(name)
    raise did_you_mean("selector", name, known_names())


def build_selector(spec: str | dict[str, Any], **overrides) -> Selector:
    """A selector from a name, a preset (name or YAML path), an import path, or ``{"selector": ..., "params": {...}}``."""
    if isinstance(spec, str):
        if spec in presets() or is_preset_path(spec):  # a preset is the source of truth for its name
            spec = load_preset(spec)
        else:
            spec = {"selector": spec}
    if not isinstance(spec, dict) or not isinstance(spec.get("selector"), str):
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


__all__ = [
    "REGISTRY", "Selector", "ScoringSelector", "build_selector", "check_budget", "keep_within_budget", "known_names",
    "load_preset", "presets", "resolve_budget", "selector_class",
]
