"""The loud guard: a prompt the backend would cut is an error before running, never a silent cut.

lm-eval's hf backend left-cuts a ``generate_until`` context to
``max_length - max_gen_toks`` tokens. Documents carry the token count of the
prompt as the model will receive it (``lceval.rendering``); this module knows
the backend's ``max_length`` and says, in one line, which setting to change.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from .errors import LcevalError


@lru_cache(maxsize=8)
def backend_max_length(pretrained: str | None, tokenizer) -> int | None:
    """The ``max_length`` lm-eval's hf backend picks when none is given (model config, tokenizer, 2048)."""
    if not pretrained:
        return None
    try:
        from lm_eval.models.utils import resolve_max_length
        from transformers import AutoConfig

        config = AutoConfig.from_pretrained(str(pretrained))
    except Exception:  # not a loadable model folder (an API model, a tokenizer only): nothing to check against
        return None
    return resolve_max_length(config, tokenizer)


def too_long(docs: Iterable[dict[str, Any]], max_length: int | None, field: str = "prompt_tokens") -> list[dict[str, Any]]:
    """Documents whose prompt plus tokens to generate exceed ``max_length``."""
    if not max_length:
        return []
    return [d for d in docs if d[field] + d["max_new_tokens"] > max_length]


def refuse_cut_prompts(docs: list[dict[str, Any]], max_length: int | None, where: str, hint: str) -> None:
    """One-line error when any prompt would be cut by the backend."""
    cut = too_long(docs, max_length)
    if cut:
        worst = max(d["prompt_tokens"] + d["max_new_tokens"] for d in cut)
        raise LcevalError(
            f"{where}: {len(cut)} of {len(docs)} prompts need up to {worst} tokens (prompt + tokens to generate) "
            f"but the model's max_length is {max_length}, so lm-eval would cut them: {hint}."
        )
