"""Learned vs BM25 (vs oracle): evidence recall, answer recall and selection time, through the harness.

    python bench/bench_learned.py --tokenizer PATH [--seed 777777] [--num-samples 100] [--out results.json]

For each generated task (RULER NIAH and memlife by default) and budget, runs
``lceval.harness.select_docs`` per selector and averages ``evidence_recall``;
for the LongBench records in ``$LCEVAL_DATA_DIR`` it averages ``answer_recall``
at ``--longbench-budget``. Budgets run in order on one process, so the learned
selector's first budget pays for encoding and the others hit its per-document
cache: the table shows selection time at the first budget (cold), the later
ones (warm), and the encoding cost amortised over all budgets.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import time
from collections import defaultdict

from rich.console import Console
from rich.table import Table

from lceval.errors import ArgumentParser, run_entry_point
from lceval.harness import nanmean, select_docs
from lceval.settings import TaskSettings

NIAH = ["niah_single_1", "niah_single_2", "niah_single_3", "niah_multikey_1", "niah_multikey_2", "niah_multikey_3", "niah_multivalue", "niah_multiquery"]
MEMLIFE = ["overwrite", "version", "distractor", "nowrite", "discard"]
DEFAULT_TASKS = [f"ruler/{t}" for t in NIAH] + [f"memlife/{t}" for t in MEMLIFE]


def main(argv: list[str] | None = None) -> None:
    p = ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tokenizer", required=True)
    p.add_argument("--selectors", default="bm25,learned,oracle")
    p.add_argument("--tasks", default=",".join(DEFAULT_TASKS))
    p.add_argument("--budgets", default="256,512,1024")
    p.add_argument("--num-samples", type=int, default=100)
    p.add_argument("--seed", type=int, default=777_777, help="an evaluation seed (< 1,000,000) not used while developing")
    p.add_argument("--longbench", default="multifieldqa_en,2wikimqa", help="LongBench datasets for answer recall ('' to skip)")
    p.add_argument("--longbench-budget", type=int, default=2048)
    p.add_argument("--cold-samples", type=int, default=20, help="documents timed with empty encoder caches (0: skip)")
    p.add_argument("--cold-task", default="memlife/nowrite")
    p.add_argument("--out", default=None, help="also write every figure as JSON")
    args = p.parse_args(argv)
    selectors, budgets = args.selectors.split(","), [int(b) for b in args.budgets.split(",")]
    results = {"seed": args.seed, "num_samples": args.num_samples, "tokenizer": args.tokenizer, "recall": {}, "ms": {}}
    console = Console()
    for spec in filter(None, args.tasks.split(",")):
        family, _, task = spec.partition("/")
        if not task:
            p.error(f"--tasks takes FAMILY/TASK items (e.g. ruler/niah_single_1), not {spec!r}")
        for budget in budgets:
            for name in selectors:
                docs = _docs(family, task, name, budget, args, num_samples=args.num_samples, seed=args.seed)
                results["recall"][f"{spec}|{name}|{budget}"] = nanmean([d["evidence_recall"] for d in docs])
                results["ms"][f"{spec}|{name}|{budget}"] = [d["selection_ms"] for d in docs]
        console.print(f"{spec}: " + "  ".join(f"{n}@{b}={results['recall'][f'{spec}|{n}|{b}']:.3f}" for b in budgets for n in selectors))
    for dataset in filter(None, args.longbench.split(",")):
        for name in selectors:
            docs = _docs("longbench", dataset, name, args.longbench_budget, args, num_samples=None)
            values = [d["answer_recall"] for d in docs if not math.isnan(d["answer_recall"])]
            results["recall"][f"longbench/{dataset}|{name}|{args.longbench_budget}"] = nanmean(values)
            results.setdefault("longbench_records", {})[dataset] = len(values)
            words = _answer_word_recall(dataset, docs, args)
            results["recall"][f"longbench/{dataset} (answer words)|{name}|{args.longbench_budget}"] = nanmean(words)
            results["ms"][f"longbench/{dataset}|{name}|{args.longbench_budget}"] = [d["selection_ms"] for d in docs]
    if args.cold_samples:
        results["cold"] = _cold_timing(args, budgets)
        console.print(_cold_table(results["cold"], budgets))
    console.print(_recall_table(results, selectors, budgets, args))
    console.print(_time_table(results, selectors, budgets))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=1)


def _docs(family, task, selector, budget, args, **extra):
    settings = TaskSettings.from_kwargs(family, task, selector=selector, budget=budget, tokenizer=args.tokenizer, **extra)
    return select_docs(settings)


def _answer_word_recall(dataset, docs, args) -> list[float]:
    """Per record: the best share of a reference answer's normalised words found in the kept text.

    A softer, bench-only figure: the harness's answer recall needs the whole
    answer verbatim, which few of the shared LongBench records allow.
    """
    from lceval.context import chunk_sample
    from lceval.metrics.longbench import normalize_answer
    from lceval.sources import load_samples
    from lceval.tokenization import load_tokenizer

    settings = TaskSettings.from_kwargs("longbench", dataset, tokenizer=args.tokenizer, num_samples=None)
    samples, tokenizer, values = {s.index: s for s in load_samples(settings)}, load_tokenizer(args.tokenizer), []
    for doc in docs:
        sample = samples[doc["index"]]
        chunks = chunk_sample(sample, tokenizer, settings.chunk_tokens)
        kept = set(normalize_answer("".join(chunks[i].text for i in doc["kept_chunks"])).split())
        shares = [len(set(w) & kept) / len(set(w)) for a in sample.answers if (w := normalize_answer(a).split())]
        values.append(max(shares) if shares else math.nan)
    return values


def _recall_table(results, selectors, budgets, args) -> Table:
    table = Table(title=f"recall (evidence; LongBench: answer) — seed {args.seed}, {args.num_samples} samples per generated task")
    table.add_column("task")
    table.add_column("budget")
    for name in selectors:
        table.add_column(name, justify="right")
    rows = defaultdict(dict)
    for key, value in results["recall"].items():
        spec, name, budget = key.split("|")
        rows[(spec, int(budget))][name] = value
    for (spec, budget), values in rows.items():
        best = max((v for n, v in values.items() if n != "oracle" and not math.isnan(v)), default=math.nan)
        cells = [f"[bold]{values[n]:.3f}[/]" if values[n] == best and n != "oracle" else f"{values[n]:.3f}" for n in selectors]
        table.add_row(spec, str(budget), *cells)
    return table


def _time_table(results, selectors, budgets) -> Table:
    """Median / p95 selection ms per sample on the generated tasks: first budget (cold) vs the others (warm)."""
    table = Table(title="selection time per sample, ms (generated tasks)")
    for column in ("selector", "first budget median", "first budget p95", "later budgets median", "later budgets p95", "amortised mean"):
        table.add_column(column, justify="right")
    for name in selectors:
        cold, warm = [], []
        for key, values in results["ms"].items():
            spec, n, budget = key.split("|")
            if n == name and not spec.startswith("longbench/"):
                (cold if int(budget) == budgets[0] else warm).extend(values)
        if not cold:
            continue
        everything = cold + warm
        results.setdefault("timing", {})[name] = {
            "cold_median": statistics.median(cold), "cold_p95": _p95(cold),
            "warm_median": statistics.median(warm) if warm else math.nan, "warm_p95": _p95(warm),
            "amortised_mean": statistics.fmean(everything),
        }
        t = results["timing"][name]
        table.add_row(name, *(f"{t[k]:.1f}" for k in ("cold_median", "cold_p95", "warm_median", "warm_p95", "amortised_mean")))
    return table


def _cold_timing(args, budgets) -> dict:
    """Learned selection ms per document from empty caches: budgets in sequence (as a sweep runs them), and embedding every chunk."""
    from lceval.context import chunk_sample
    from lceval.selection.encoder import shared_encoder
    from lceval.selection.learned import Learned
    from lceval.sources import load_samples
    from lceval.tokenization import load_tokenizer

    family, task = args.cold_task.split("/")
    settings = TaskSettings.from_kwargs(family, task, tokenizer=args.tokenizer, num_samples=args.cold_samples, seed=args.seed)
    tokenizer, timings = load_tokenizer(args.tokenizer), defaultdict(list)
    for sample in load_samples(settings):
        chunks = chunk_sample(sample, tokenizer)
        for label, selector, sequence in (("budgets in sequence", Learned(), budgets), ("every chunk embedded", Learned(candidate_factor=0), budgets[:1])):
            shared_encoder.cache_clear()
            for budget in sequence:
                started = time.perf_counter()
                selector.select(sample.question, chunks, budget)
                timings[f"{label}|{budget}"].append((time.perf_counter() - started) * 1000)
    shared_encoder.cache_clear()
    return {key: {"median": statistics.median(v), "p95": _p95(v), "mean": statistics.fmean(v)} for key, v in timings.items()}


def _cold_table(cold: dict, budgets) -> Table:
    table = Table(title="learned selector from empty caches, ms per document (encoding included)")
    for column in ("mode", "budget", "median", "p95", "mean"):
        table.add_column(column, justify="right")
    for key, t in cold.items():
        mode, budget = key.split("|")
        table.add_row(mode, budget, f"{t['median']:.0f}", f"{t['p95']:.0f}", f"{t['mean']:.0f}")
    sequence = [cold[f"budgets in sequence|{b}"]["mean"] for b in budgets if f"budgets in sequence|{b}" in cold]
    table.caption = f"amortised over budgets {budgets}: {sum(sequence) / max(len(sequence), 1):.0f} ms per document per budget"
    return table


def _p95(values) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else (values[0] if values else math.nan)


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
