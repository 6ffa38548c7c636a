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
import time
from functools import lru_cache
from typing import Any

from .chunking import chunk_context
from .diagnostics import answer_recall, covered_evidence
from .metrics import score
from .sample import LongSample
from .selection import build_selector, resolve_budget
from .settings import TaskSettings
from .sources import load_samples
from .tokenization import count_tokens, load_tokenizer
from .truncation import truncate_middle


# Which recall diagnostic a family's task YAMLs declare (lm-eval needs exactly the declared metrics).
FAMILY_DIAGNOSTICS = {
    "ruler": ("evidence_recall",),
    "memlife": ("evidence_recall",),
    "longbench": ("evidence_recall", "answer_recall", "skipped_records"),
    "custom": ("evidence_recall", "answer_recall"),
}


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
    selector = build_selector(settings.selector)
    samples = load_samples(settings)
    docs = [select_one(s, settings, selector, tokenizer) for s in samples]
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
    """Chunk, select and build the prompt of one sample, with its diagnostics."""
    chunks = list(_chunks(sample.context, tokenizer, settings.chunk_tokens, tuple(sample.evidence), sample.meta.get("chunk_style", "prose")))
    context_tokens = sum(c.n_tokens for c in chunks)
    budget = resolve_budget(settings.budget, context_tokens)
    started = time.perf_counter()
    kept = selector.select(sample.question, chunks, budget, sample.evidence)
    selection_ms = (time.perf_counter() - started) * 1000
    kept_text = "".join(chunks[i].text for i in kept)
    prompt, truncated = sample.prompt(kept_text), False
    if settings.truncation != "none":
        prompt, truncated = truncate_middle(prompt, tokenizer, settings.max_seq_length)
        if truncated and settings.truncation == "skip":
            return None
    kept_tokens = sum(chunks[i].n_tokens for i in kept)
    prompt_tokens = count_tokens(tokenizer, prompt + sample.answer_prefix)
    covered = covered_evidence(sample, chunks, kept)
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
        "budget": budget,
        "n_chunks": len(chunks),
        "kept_chunks": kept,
        "evidence_chunks": sorted({c.index for c in chunks for e in sample.evidence if c.overlaps(e)}),
        "evidence_depths": [round(100 * e.start / max(len(sample.context), 1), 2) for e in sample.evidence],
        "evidence_kept": covered,
        "evidence_recall": _recall(covered, sample),
        "answer_recall": answer_recall(sample, kept_text),
        "context_tokens": context_tokens,
        "kept_tokens": kept_tokens,
        "kept_fraction": kept_tokens / context_tokens if context_tokens else 1.0,
        "selection_ms": selection_ms,
        "prompt_tokens": prompt_tokens,
        "truncated": truncated,
        "exceeds_model_max_length": bool(settings.model_max_length and prompt_tokens + sample.max_new_tokens > settings.model_max_length),
        "meta": json.dumps(sample.meta, sort_keys=True, default=str),
    }


@lru_cache(maxsize=512)
def _chunks(context: str, tokenizer, chunk_tokens: int, evidence: tuple, style: str) -> tuple:
    """Chunks do not depend on the selector or budget: a sweep cuts each context once, not once per cell."""
    return tuple(chunk_context(context, tokenizer, chunk_tokens, protected=list(evidence), style=style))


def _recall(covered: list[bool], sample: LongSample) -> float:
    if sample.aggregation or not sample.evidence:
        return math.nan  # evidence spread over the whole context: recall does not apply
    return sum(covered) / len(covered)


def process_results(doc: dict[str, Any], results: list[str]) -> dict[str, float]:
    """Upstream score of the generation plus the selection diagnostics of its document."""
    prediction = results[0] if results else ""
    metrics = {"score": score(doc["metric"], prediction, doc["answers"], json.loads(doc["meta"]))}
    metrics.update({name: doc[name] for name in FAMILY_DIAGNOSTICS[doc["family"]]})
    metrics.update(kept_tokens=doc["kept_tokens"], kept_fraction=doc["kept_fraction"], selection_ms=doc["selection_ms"])
    metrics["truncated"] = float(doc["truncated"])
    return metrics


def nanmean(values: list[float]) -> float:
    """Mean over the samples where a diagnostic applies; NaN when it applies to none."""
    kept = [v for v in values if v is not None and not math.isnan(v)]
    return sum(kept) / len(kept) if kept else math.nan
