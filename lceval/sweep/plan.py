"""The cells of a sweep: task x selector x budget x seed, with ``full`` once per (task, seed).

Each cell carries ``key``, a hash of everything that changes its result (see
``identity``); its folder name is a readable slug plus that key, so labels
are free text and a changed setting never reuses an old result.
"""

from __future__ import annotations

from typing import Any

from ..chunking import CHUNKING_VERSION
from ..engines import identity_args
from ..library_versions import library_versions
from ..runfolder import Cell
from .config import SweepConfig, file_digest
from .identity import digest, folder_identity, selector_identity


def shared_identity(cfg: SweepConfig) -> dict[str, Any]:
    """What every cell of this config shares: the model (with its files' content), tokenizer, lengths, generation,
    the installed libraries' versions."""
    tokenizer = cfg.tokenizer or cfg.model.args.get("tokenizer")
    model = {"type": cfg.model.type, "args": identity_args(cfg.model.type, cfg.model.args), "files": folder_identity(cfg.model.args.get("pretrained"))}
    if cfg.served is not None:  # an engine: what it serves, not where it is reached
        served = cfg.served
        model["served"] = {"id": served.id, "files": folder_identity(served.root), "tokenizer": folder_identity(served.tokenizer) or served.tokenizer}
    return {
        "model": model,
        "tokenizer": {"name": tokenizer, "files": folder_identity(tokenizer)} if tokenizer else None,
        "num_samples": cfg.num_samples,
        "chunk_tokens": cfg.chunk_tokens,
        "chunking": CHUNKING_VERSION,  # where cuts fall changes every chunk
        "max_seq_length": cfg.max_seq_length,
        "apply_chat_template": cfg.apply_chat_template,
        "gen_kwargs": cfg.gen_kwargs,
        "generators": _generator_versions(cfg.tasks),
        "libraries": library_versions(),  # an upgrade that changes tokens, numerics or metrics changes every cell
        **({"data_file": file_digest(cfg.data_file)} if cfg.data_file else {}),  # lceval_custom's samples, by content
    }


def _generator_versions(tasks: list[str]) -> dict[str, list]:
    """Generated families' versions and code: a generator that changes its bytes changes its cells."""
    import importlib

    from ..code_identity import code_digest
    from ..families import family
    from ..task_index import resolve

    names = sorted({resolve(t)[0] for t in tasks})
    sources = {name: family(name).source for name in names}
    return {name: [getattr(importlib.import_module(s), "GENERATOR_VERSION", 0), code_digest(s)] for name, s in sources.items()}


def plan(cfg: SweepConfig) -> list[Cell]:
    """Every cell, in run order: per seed and task, each selector at each budget (resolved selectors from the config)."""
    shared = digest(shared_identity(cfg))
    whole = {e.label: e.selector.ignores_budget for e in cfg.selectors}
    ids = {e.label: digest(selector_identity(e.selector)) for e in cfg.selectors}
    return [
        Cell(task, entry.label, budget, seed, digest([shared, ids[entry.label], task, budget, seed], 12))
        for seed in cfg.seeds
        for task in cfg.tasks
        for entry in cfg.selectors
        for budget in ([None] if whole[entry.label] else cfg.budgets)
    ]
