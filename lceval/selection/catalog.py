"""Every selector lceval can find, where it comes from, and whether it builds: what ``lceval selectors`` lists.

Each entry is validated on its own: a broken plugin or preset becomes one row
with its error, and the others are still listed.
"""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path
from typing import Any

from ..errors import LcevalError
from . import REGISTRY, build_selector, selector_class
from .plugins import PRESETS_ENV, SHIPPED_PRESETS, entry_point_origin, entry_points, is_preset_path, load_preset, presets


def catalog(extra: list[str] = ()) -> list[dict[str, Any]]:
    """Rows of name, source, class, params, doc and error (None when the selector builds)."""
    found = presets()
    rows = [_row(name, "builtin") for name in REGISTRY]  # a same-named preset sets its parameters
    for name in entry_points():
        if name not in REGISTRY:
            rows.append(_row(name, f"entry point ({entry_point_origin(name)})"))
    for name, path in found.items():
        if name not in REGISTRY:
            rows.append(_row(name, f"preset {_where(path)}"))
    for spec in extra:
        rows.append(_row(spec, "preset file" if is_preset_path(spec) else "import path"))
    return rows


def broken(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["error"]]


def _row(name: str, source: str) -> dict[str, Any]:
    row = {"name": name, "source": source, "class": "", "params": {}, "doc": "", "error": None}
    try:
        selector = build_selector(name)  # imports it, checks the interface and the parameters
        spec = load_preset(name) if name in presets() or is_preset_path(name) else {"selector": name}
        cls = selector_class(spec["selector"])
        row.update({
            "class": f"{cls.__module__}.{cls.__qualname__}",
            "params": {**{f.name: _default(f) for f in dataclasses.fields(cls)}, **(spec.get("params") or {})},
            "doc": spec.get("description") or _first_line(cls),
        })
        del selector
    except LcevalError as exc:
        row["error"] = str(exc)
    return row


def _where(path: Path) -> str:
    """``selectors/x.yaml`` for a shipped preset, the full path for a user's."""
    return f"selectors/{path.name}" if path.parent == SHIPPED_PRESETS else f"{path} (${PRESETS_ENV})"


def _default(field):
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return repr(field.default_factory())
    return None


def _first_line(cls) -> str:
    doc = inspect.getdoc(cls) or ""
    return doc.splitlines()[0] if doc else ""
