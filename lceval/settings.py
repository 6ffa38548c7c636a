"""Task settings as they arrive through lm-eval ``--metadata`` (merged with ``model_args``), validated once."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .chunking import CHUNK_TOKENS
from .errors import LcevalError
from .families import family as family_spec

TRUNCATION_POLICIES = ("none", "middle", "skip")


@dataclass
class TaskSettings:
    """What one lm-eval task run needs besides the model.

    selector: a registered name, a preset from ``selectors/`` or a spec mapping.
    budget: kept-context budget — an int is tokens, a float in (0, 1] a fraction; None keeps all.
    max_seq_length: RULER/memlife target length (prompt + generated tokens); for LongBench
        the prompt budget that triggers ``truncation`` (upstream: 15,500 for 16K models).
    tokenizer: the tokenizer that measures lengths; defaults to the model's ``pretrained``.
    data_file: the JSONL of samples the ``custom`` family reads (``lceval.sources.custom``).
    length_fit: RULER's sizing, ``upstream`` (NVIDIA/RULER's) or ``tight`` (every sample filled).
    chat_template: false, true (the tokenizer's template) or a template string: lengths are
        fitted and counted on the prompt as lm-eval renders it with ``--apply_chat_template``.
    add_bos_token: the hf backend's ``add_bos_token`` (model_args), for counting what it encodes.
    model_max_length: the backend's ``max_length`` (model_args), else what lm-eval's hf backend
        would pick for ``pretrained``; a prompt that would be cut stops the run.
    """

    family: str
    task: str
    selector: Any = "full"
    budget: int | float | None = None
    chunk_tokens: int = CHUNK_TOKENS
    num_samples: int | None = 100
    seed: int = 42
    max_seq_length: int = 4096
    tokenizer: str | None = None
    data_dir: str | None = None
    data_file: str | None = None
    truncation: str = "none"
    model_max_length: int | None = None
    length_fit: str = "upstream"
    chat_template: Any = False
    add_bos_token: bool | None = None
    pretrained: str | None = None
    resolved_selector: Any = field(default=None, init=False, repr=False, compare=False)  # built from ``selector`` by validate()

    @classmethod
    def from_kwargs(cls, family: str, task: str, **kwargs) -> "TaskSettings":
        defaults = family_spec(family).defaults
        names = {f.name for f in dataclasses.fields(cls) if f.init} - {"family", "task"}
        values = {**defaults, **{k: v for k, v in kwargs.items() if k in names and v is not None}}
        if values.get("tokenizer") is None and kwargs.get("pretrained"):
            values["tokenizer"] = str(kwargs["pretrained"])
        if kwargs.get("max_length") is not None:  # the hf backend's own limit, from model_args
            values["model_max_length"] = _as_int("max_length", kwargs["max_length"])
        settings = cls(family=family, task=task, **values)
        settings.validate()
        return settings

    def validate(self) -> None:
        from .selection import build_selector, check_budget

        self.resolved_selector = build_selector(self.selector)  # unknown names and bad parameters fail before any work
        self.budget = as_budget(self.budget)
        if self.budget is not None:
            check_budget(self.budget)
        self.chunk_tokens = _as_int("chunk_tokens", self.chunk_tokens)
        self.seed = _as_int("seed", self.seed, minimum=0)
        if self.family == "longbench":  # a prompt budget: tokens or a preset named after upstream's models
            from .sources.longbench_budgets import prompt_budget

            self.max_seq_length = prompt_budget(self.max_seq_length)
        self.max_seq_length = _as_int("max_seq_length", self.max_seq_length)
        from .sources.ruler.fitting import check_length_fit

        check_length_fit(self.length_fit)
        self.add_bos_token = _as_bool("add_bos_token", self.add_bos_token)
        if self.num_samples is not None:
            self.num_samples = _as_int("num_samples", self.num_samples)
        if self.truncation not in TRUNCATION_POLICIES:
            raise LcevalError(f"truncation must be one of {', '.join(TRUNCATION_POLICIES)}, got {self.truncation!r}.")
        if not self.tokenizer:
            raise LcevalError("no tokenizer: set `tokenizer` (lm_eval --metadata, lceval --tokenizer) or give the model as `pretrained=`.")


def as_budget(value, what: str = "budget"):
    """Budgets may arrive as strings (`k=v` metadata, `--budgets`): '512' is tokens, '0.25' a fraction."""
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            try:
                return float(value)
            except ValueError:
                raise LcevalError(f"{what} takes token counts (256) or fractions in (0, 1] (0.25), got {value!r}.") from None
    return value


def _as_bool(name: str, value):
    """``true``/``false`` as they arrive from `k=v` metadata; None stays None."""
    if value is None or isinstance(value, bool):
        return value
    if str(value).strip().lower() in ("true", "false"):
        return str(value).strip().lower() == "true"
    raise LcevalError(f"{name} must be true or false, got {value!r}.")


def _as_int(name: str, value, minimum: int = 1) -> int:
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise LcevalError(f"{name} must be an integer >= {minimum}, got {value!r}.")
    return value
