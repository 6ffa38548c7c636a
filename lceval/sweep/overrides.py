"""Command-line changes to a sweep config: narrow its axes, swap its model, and name the run folder after them.

A narrowed or re-modelled run is another run: its folder is the config's
``output`` with a suffix that says what changed (``runs/quick-n2_t-ruler_vt``),
so it never mixes with (or hides) the full run.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, fields
from typing import Any

from ..errors import LcevalError
from ..settings import as_budget

AXES = ("tasks", "selectors", "budgets", "seeds", "num_samples")


@dataclass
class Overrides:
    tasks: list[str] | None = None
    selectors: list[str] | None = None
    budgets: list[int | float] | None = None
    seeds: list[int] | None = None
    num_samples: int | None = None
    model: str | None = None  # a model type; its args are dropped unless keep_model_args
    model_args: dict[str, Any] | None = None  # added over the (kept or dropped) args
    keep_model_args: bool = False

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) not in (None, False) for f in fields(self))

    def apply(self, data: dict[str, Any]) -> dict[str, Any]:
        """The config mapping with these changes."""
        data = dict(data)
        for axis in AXES:
            if getattr(self, axis) is not None:
                data[axis] = getattr(self, axis)
        if self.model or self.model_args or self.keep_model_args:
            data["model"] = self._model(data.get("model"))
        return data

    def _model(self, configured) -> dict[str, Any]:
        """--model replaces the type and drops the args (kept with --keep-model-args); --model-args adds over them."""
        configured = {"type": configured} if isinstance(configured, str) else dict(configured or {})
        if self.model:
            args = dict(configured.get("args") or {}) if self.keep_model_args else {}
            configured = {"type": self.model}
        else:
            args = dict(configured.get("args") or {})
        args.update(self.model_args or {})
        return {**configured, "args": args} if args else configured

    def suffix(self) -> str:
        """What changed, as a folder-name suffix ('' when nothing did)."""
        parts = []
        if self.model:
            parts.append(self.model)
        if self.model_args or self.keep_model_args:
            digest = hashlib.sha256(json.dumps([self.model_args, self.keep_model_args], sort_keys=True).encode()).hexdigest()[:6]
            parts.append(f"args-{digest}")
        if self.num_samples is not None:
            parts.append(f"n{self.num_samples}")
        for axis, tag in (("seeds", "seed"), ("budgets", "b"), ("selectors", "s"), ("tasks", "t")):
            values = getattr(self, axis)
            if values is not None:
                parts.append(f"{tag}-" + "+".join(_short(str(v)) for v in values))
        text = "_".join(parts)
        if len(text) > 80:  # readable start, unique end
            text = text[:70] + "-" + hashlib.sha256(text.encode()).hexdigest()[:8]
        return text


def _short(value: str) -> str:
    value = value.removeprefix("lceval_")
    return re.sub(r"[^A-Za-z0-9_.+-]+", "-", value.rsplit("/", 1)[-1].removesuffix(".yaml")).strip("-") or "x"


def parse_list(text: str, kind: str) -> list:
    """A comma-separated command-line list: tasks/selectors as strings, budgets as numbers, seeds as ints."""
    items = [t.strip() for t in text.split(",") if t.strip()]
    if not items:
        raise LcevalError(f"--{kind} needs a comma-separated list, got {text!r}.")
    if kind == "budgets":
        return [as_budget(t, "--budgets") for t in items]
    if kind == "seeds":
        if not all(t.isdigit() for t in items):
            raise LcevalError(f"--seeds takes integers >= 0, e.g. --seeds 1,2; got {text!r}.")
        return [int(t) for t in items]
    return items


def parse_model_args(text: str) -> dict[str, Any]:
    """``k=v,k2=v2`` as lm-eval parses ``--model_args`` (numbers and booleans typed)."""
    from lm_eval.utils import simple_parse_args_string

    try:
        return simple_parse_args_string(text)
    except (ValueError, IndexError):
        raise LcevalError(f"--model-args takes key=value pairs separated by commas, got {text!r}.") from None
