"""Checks on a sweep's model backend that must pass before a run folder is written.

For lm-eval's own backends there is nothing to check here (their models load
when the first cell runs). An engine's import is checked now, and a server is
asked what it serves: the named model must be there, its context must hold
the longest task, and lceval needs its tokenizer to measure lengths.
"""

from __future__ import annotations

from typing import Callable

from ..engines import SERVER_TYPES, check_backend, is_engine, served_model_of
from ..errors import LcevalError
from .config import SweepConfig, tokenizer_for


def prepare_backend(cfg: SweepConfig, longest: Callable[[SweepConfig, str], int]) -> None:
    """Import the engine, ask the server, and record what answers in ``cfg.served``."""
    kind = cfg.model.type
    if not is_engine(kind):
        return
    check_backend(kind)
    cfg.served = served_model_of(kind, cfg.model.args)
    if kind not in SERVER_TYPES:
        return
    if not (cfg.tokenizer or cfg.served.tokenizer):
        raise LcevalError(
            f"the server's model {cfg.served.id!r} is not a folder on this machine, so lceval cannot measure "
            "lengths with its tokenizer: set model args `tokenizer` (a local folder or a hub name)."
        )
    need, limit = longest(cfg, tokenizer_for(cfg)), cfg.served.max_model_len  # with the chat template, if on
    if limit and limit < need:
        raise LcevalError(
            f"the server's max_model_len is {limit} tokens, the longest task needs {need} (prompt + answer); "
            f"restart it with --max-model-len {need} or lower max_seq_length."
        )
