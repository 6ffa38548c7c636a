"""Selector parameters checked against their dataclass fields: unknown names and wrong types are config errors.

Numbers arrive from YAML and ``--metadata`` untyped, so a string ``abc`` for a
float would otherwise fail mid-cell; here it fails when the config is read.
"""

from __future__ import annotations

import dataclasses
import math
import typing

from ..errors import LcevalError, suggestion

# A field annotated with one of these takes exactly that kind of value (an int passes for a float).
_KINDS = {int: "an integer", float: "a number", bool: "true or false", str: "a string"}


def check_params(owner: str, cls: type, params: dict) -> None:
    """Raise a one-line error for a parameter ``cls`` does not have or a value of the wrong type."""
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init and not f.name.startswith("_")}
    hints = typing.get_type_hints(cls)
    for name, value in params.items():
        if name not in fields:
            known = ", ".join(sorted(fields)) or "(none)"
            raise LcevalError(f"{owner} has no parameter {name!r}.{suggestion(name, fields)} Its parameters are: {known}.")
        kind = hints.get(name)
        if kind in _KINDS and not _is_kind(value, kind):
            raise LcevalError(f"{owner} parameter {name!r} must be {_KINDS[kind]}, got {value!r} ({type(value).__name__}).")


def _is_kind(value, kind: type) -> bool:
    if isinstance(value, bool):
        return kind is bool
    if kind is float:
        return isinstance(value, (int, float)) and math.isfinite(value)
    return isinstance(value, kind)
