"""The lm-eval glue: build documents from ``--metadata``, score generations.

lm-eval passes ``--metadata`` merged with ``model_args`` only to a task's
``custom_dataset`` function, so selection happens here, when documents are
built: each document carries its finished prompt and its selection
diagnostics, and every lm-eval model backend works unchanged.
"""

from __future__ import annotations

import json
import logging
import math
from typing import Any

from .context import build_prompt, select_context
from .diagnostics import nanmean, selection_diagnostics
from .families import family
from .metrics import score
from .metrics.longbench import LENGTH_BUCKETS, length_bucket
from .sample import LongSample
from .settings import TaskSettings
from .sources import load_samples
from .tokenization import count_tokens, load_tokenizer

__all__ = ["build_docs", "nanmean", "process_results", "process_results_e", "select_docs", "select_one"]  # nanmean: the YAMLs' aggregation


def build_docs(family: str, task: str, **kwargs) -> dict[str, Any]:
    """``custom_dataset`` for every lceval task: ``{"test": Dataset}`` of selected prompts."""
    import datasets

    settings = TaskSettings.from_kwargs(family, task, **kwargs)
    docs = select_docs(settings)
    if not docs:
        raise ValueError(f"{family}/{task}: every record was skipped by truncation={settings.truncation}.")
    return {"test": datasets.Dataset.from_list(docs)}


def select_docs(settings: TaskSettings) -> list[dict[str, Any]]:
    """Documents (plain dicts) for one task under one selector and budget."""
    tokenizer = load_tokenizer(settings.tokenizer)
    samples = load_samples(settings)
    docs = [select_one(s, settings, settings.resolved_selector, tokenizer) for s in samples]
    kept = [d for d in docs if d is not None]
    skipped = len(docs) - len(kept)
    if skipped:
        logging.getLogger(__name__).warning(
            "%s/%s: truncation=skip dropped %d of %d records longer than %d tokens",
            settings.family, settings.task, skipped, len(docs), settings.max_seq_length,
        )
    for doc in kept:  # the same count on every document: its mean is the task's count
        doc["skipped_records"] = skipped
    return kept


def select_one(sample: LongSample, settings: TaskSettings, selector, tokenizer) -> dict[str, Any] | None:
    """Select the context of one sample and build its prompt: its document, with its diagnostics."""
    selection = select_context(sample, selector, settings.budget, tokenizer, settings.chunk_tokens)
    chunks, kept = selection.chunks, selection.kept
    prompt, truncated = build_prompt(sample, selection.kept_text, tokenizer, settings.truncation, settings.max_seq_length)
    if truncated and settings.truncation == "skip":
        return None
    context_tokens, kept_tokens = selection.context_tokens, selection.kept_tokens
    prompt_tokens = count_tokens(tokenizer, prompt + sample.answer_prefix)
    return {
        "family": settings.family,
        "task": sample.task,
        "index": sample.index,
        "prompt": prompt,
        "answer_prefix": sample.answer_prefix,
        "answers": list(sample.answers),
        "target": " | ".join(sample.answers),
        "metric": sample.metric,
        "selector": repr(selector),
        "budget": selection.budget,
        "n_chunks": len(chunks),
        "kept_chunks": kept,
        **selection_diagnostics(sample, chunks, kept, selection.kept_text),
        "context_tokens": context_tokens,
        "kept_tokens": kept_tokens,
        "kept_fraction": kept_tokens / context_tokens if context_tokens else 1.0,
        "selection_ms": selection.selection_ms,
        "prompt_tokens": prompt_tokens,
        "truncated": truncated,
        "exceeds_model_max_length": bool(settings.model_max_length and prompt_tokens + sample.max_new_tokens > settings.model_max_length),
        "meta": json.dumps(sample.meta, sort_keys=True, default=str),
    }


def process_results(doc: dict[str, Any], results: list[str]) -> dict[str, float]:
    """Upstream score of the generation plus the selection diagnostics of its document."""
    prediction = results[0] if results else ""
    metrics = {"score": score(doc["metric"], prediction, doc["answers"], json.loads(doc["meta"]))}
    # lm-eval needs exactly the metrics a task YAML declares: the family's diagnostics.
    metrics.update({name: doc[name] for name in family(doc["family"]).diagnostics})
    metrics.update(kept_tokens=doc["kept_tokens"], kept_fraction=doc["kept_fraction"], selection_ms=doc["selection_ms"])
    metrics["truncated"] = float(doc["truncated"])
    return metrics


def process_results_e(doc: dict[str, Any], results: list[str]) -> dict[str, float]:
    """LongBench-E: ``process_results`` plus ``score_<bucket>``, the score in this record's length bucket, NaN in the others.

    With ``nanmean`` aggregation each bucket then averages exactly its own records,
    as eval.py's ``scorer_e`` does (a bucket without records reports NaN).
    """
    metrics = process_results(doc, results)
    bucket = length_bucket(int(json.loads(doc["meta"])["length"]))
    for name in LENGTH_BUCKETS:
        metrics[f"score_{name}"] = metrics["score"] if name == bucket else math.nan
    return metrics
