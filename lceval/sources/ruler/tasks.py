"""The 13 RULER tasks of upstream ``scripts/synthetic.yaml``: a generator and its arguments each."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from . import common_words, freq_words, qa, variable_tracking
from .common import sample_rng
from .fitting import search_once, upstream_upper_bound
from .niah import TOKENS_TO_GENERATE, niah_sample


def _niah_prepare(tokenizer, max_seq_length: int, seed: int, data_dir: str | None = None, length_fit: str = "upstream", **args) -> Callable:
    if length_fit == "upstream":
        return _niah_upstream(tokenizer, max_seq_length, seed, data_dir, **args)
    # A probe sample's haystack size starts every sample's length search (speed only).
    probe = niah_sample(random.Random(f"{seed}-probe"), tokenizer, max_seq_length, data_dir=data_dir, shuffle_seed=seed, **args)
    hint = probe.meta["haystack_size"]

    def sample(index: int):
        return niah_sample(sample_rng(seed, index), tokenizer, max_seq_length, data_dir=data_dir, shuffle_seed=seed, size_hint=hint, **args)

    return sample


def niah_step(type_haystack: str, max_seq_length: int) -> int:
    """Upstream's unit of change: 500 essay words, 25 noise or needle lines (5 below 4K)."""
    if type_haystack == "essay":
        return 500
    return 5 if max_seq_length < 4096 else 25


def _niah_upstream(tokenizer, max_seq_length: int, seed: int, data_dir: str | None, **args) -> Callable:
    """Upstream's sizing: one binary search on fresh examples, then a step down per overflowing sample."""
    step = niah_step(args["type_haystack"], max_seq_length)
    stream = random.Random(seed)  # every probe draws a new example from one stream, as upstream's

    def count_at(units: int) -> int:
        return niah_sample(stream, tokenizer, max_seq_length, data_dir=data_dir, shuffle_seed=seed, size=units, upstream_draws=True, **args).meta["prompt_tokens"]

    upper = upstream_upper_bound(count_at(step), step, max_seq_length)
    size = search_once(count_at, max_seq_length - TOKENS_TO_GENERATE, step, upper) or step

    def sample(index: int):
        built = niah_sample(
            sample_rng(seed, index), tokenizer, max_seq_length, data_dir=data_dir, shuffle_seed=seed, size=size, step=step, upstream_draws=True, **args
        )
        built.meta["task_haystack_size"] = size
        return built

    return sample


@dataclass(frozen=True)
class TaskConfig:
    prepare: Callable  # (tokenizer, max_seq_length, seed, data_dir, length_fit=, **args) -> (index -> LongSample)
    args: dict = field(default_factory=dict)


def _niah(haystack: str, k: str, v: str, num_k: int = 1, num_v: int = 1, num_q: int = 1) -> TaskConfig:
    return TaskConfig(
        _niah_prepare,
        dict(type_haystack=haystack, type_needle_k=k, type_needle_v=v, num_needle_k=num_k, num_needle_v=num_v, num_needle_q=num_q),
    )


CONFIGS: dict[str, TaskConfig] = {
    "niah_single_1": _niah("noise", "words", "numbers"),
    "niah_single_2": _niah("essay", "words", "numbers"),
    "niah_single_3": _niah("essay", "words", "uuids"),
    "niah_multikey_1": _niah("essay", "words", "numbers", num_k=4),
    "niah_multikey_2": _niah("needle", "words", "numbers"),
    "niah_multikey_3": _niah("needle", "uuids", "uuids"),
    "niah_multivalue": _niah("essay", "words", "numbers", num_v=4),
    "niah_multiquery": _niah("essay", "words", "numbers", num_q=4),
    "vt": TaskConfig(variable_tracking.prepare, dict(num_chains=1, num_hops=4)),
    "cwe": TaskConfig(common_words.prepare, dict(freq_cw=30, freq_ucw=3, num_cw=10)),
    "fwe": TaskConfig(freq_words.prepare, dict(alpha=2.0)),
    "qa_1": TaskConfig(qa.prepare, dict(dataset="squad", task="qa_1")),
    "qa_2": TaskConfig(qa.prepare, dict(dataset="hotpotqa", task="qa_2")),
}
