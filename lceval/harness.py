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
from .length_guard import backend_max_length, refuse_cut_prompts, too_long
from .metadata_keys import check_metadata_keys, end_in_one_line
from .metrics import score
from .metrics.longbench import LENGTH_BUCKETS, leaderboard_weight, length_bucket
from .rendering import PromptRender, resolve_chat_template
from .sample import LongSample
from .settings import TaskSettings
from .sources import load_samples
from .tokenization import load_tokenizer

__all__ = ["build_docs", "nanmean", "process_results", "process_results_e", "select_docs", "select_one"]  # nanmean: the YAMLs' aggregation


def build_docs(family: str, task: str, **kwargs) -> dict[str, Any]:
    """``custom_dataset`` for every lceval task: ``{"test": Dataset}`` of selected prompts."""
    import datasets

    end_in_one_line()
    check_metadata_keys(kwargs)
    settings = TaskSettings.from_kwargs(family, task, **kwargs)
    docs = select_docs(settings)
    if not docs:
        raise ValueError(f"{family}/{task}: every record was skipped by truncation={settings.truncation}.")
    return {"test": datasets.Dataset.from_list(docs)}


def select_docs(settings: TaskSettings) -> list[dict[str, Any]]:
    """Documents (plain dicts) for one task under one selector and budget.

    A prompt the backend would cut (prompt + tokens to generate over its
    ``max_length``) stops the run here, before any generation.
    """
    tokenizer = load_tokenizer(settings.tokenizer)
    samples = load_samples(settings)
    renders = _renders(settings, tokenizer)
    docs = [select_one(s, settings, settings.resolved_selector, tokenizer, renders) for s in samples]
    kept = [d for d in docs if d is not None]
    _guard_lengths(kept, settings, renders)
    skipped = len(docs) - len(kept)
    if skipped:
        logging.getLogger(__name__).warning(
            "%s/%s: truncation=skip dropped %d of %d records longer than %d tokens",
            settings.family, settings.task, skipped, len(docs), settings.max_seq_length,
        )
    for doc in kept:  # the same count on every document: its mean is the task's count
        doc["skipped_records"] = skipped
    return kept


def _renders(settings: TaskSettings, tokenizer) -> dict[str, PromptRender]:
    """How lm-eval will render prompts (``declared``) and, when no template is declared but the tokenizer
    has one, how they would look under ``--apply_chat_template`` (``undeclared``)."""
    template = resolve_chat_template(settings.chat_template, tokenizer)
    renders = {"declared": PromptRender(tokenizer, template, settings.add_bos_token)}
    own = getattr(tokenizer, "chat_template", None)
    if template is None and isinstance(own, str) and own:
        renders["undeclared"] = PromptRender(tokenizer, own, settings.add_bos_token)
    return renders


def model_max_length(settings: TaskSettings, tokenizer) -> int | None:
    """The backend's max_length: model_args' ``max_length``, else what lm-eval's hf backend picks for ``pretrained``."""
    return settings.model_max_length or backend_max_length(settings.pretrained, tokenizer)


def _guard_lengths(docs: list[dict[str, Any]], settings: TaskSettings, renders: dict[str, PromptRender]) -> None:
    max_length = model_max_length(settings, renders["declared"].tokenizer)
    where = f"{settings.family}/{settings.task}"
    fix = "raise max_length in model_args" + (" or lower max_seq_length" if settings.family != "longbench" else " or keep truncation=middle")
    refuse_cut_prompts(docs, max_length, where, fix)
    over = too_long(docs, max_length, "chat_prompt_tokens") if "undeclared" in renders else []
    if over:
        logging.getLogger(__name__).warning(
            "%s: %d of %d prompts exceed max_length=%d once wrapped in the tokenizer's chat template: "
            "if you run with --apply_chat_template, set chat_template=true in --metadata",
            where, len(over), len(docs), max_length,
        )


def select_one(sample: LongSample, settings: TaskSettings, selector, tokenizer, renders: dict[str, PromptRender] | None = None) -> dict[str, Any] | None:
    """Select the context of one sample and build its prompt: its document, with its diagnostics.

    ``prompt_tokens`` counts what the model receives: the prompt as lm-eval renders it
    (chat template if declared, answer prefix, BOS as the backend adds it).
    """
    renders = renders or _renders(settings, tokenizer)
    selection = select_context(sample, selector, settings.budget, tokenizer, settings.chunk_tokens)
    chunks, kept = selection.chunks, selection.kept
    prompt, truncated = build_prompt(sample, selection.kept_text, tokenizer, settings.truncation, settings.max_seq_length)
    if truncated and settings.truncation == "skip":
        return None
    context_tokens, kept_tokens = selection.context_tokens, selection.kept_tokens
    prompt_tokens = renders["declared"].count(prompt, sample.answer_prefix)
    # Without a declared template, what --apply_chat_template would send (the tokenizer's own template).
    chat_tokens = renders["undeclared"].count(prompt, sample.answer_prefix) if "undeclared" in renders else prompt_tokens
    max_length = model_max_length(settings, tokenizer)
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
        "chat_prompt_tokens": chat_tokens,
        "max_new_tokens": sample.max_new_tokens,
        "truncated": truncated,
        "exceeds_model_max_length": bool(max_length and max(prompt_tokens, chat_tokens) + sample.max_new_tokens > max_length),
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
    if "category_score" in family(doc["family"]).weighted_scores:  # group mean: LongBench's leaderboard average
        metrics["category_score"] = metrics["score"] * leaderboard_weight(json.loads(doc["meta"]).get("dataset", ""))
    return metrics


def process_results_e(doc: dict[str, Any], results: list[str]) -> dict[str, float]:
    """LongBench-E: ``process_results`` plus ``score_<bucket>``, the score in this record's length bucket, NaN in the others.

    With ``nanmean`` aggregation each bucket then averages exactly its own records,
    as eval.py's ``scorer_e`` does (a bucket without records reports NaN).
    """
    metrics = process_results(doc, results)
    meta = json.loads(doc["meta"])
    metrics["category_score"] = metrics["score"] * leaderboard_weight(meta.get("dataset", ""), e_variant=True)  # LongBench-E's 13 datasets
    bucket = length_bucket(int(meta["length"]))
    for name in LENGTH_BUCKETS:
        metrics[f"score_{name}"] = metrics["score"] if name == bucket else math.nan
    return metrics
