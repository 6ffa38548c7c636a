"""Selection time per 4K sample, per selector (median, p95): `python bench/bench_selection.py --tokenizer PATH`.

Chunking is timed separately from selection; budgets and tasks are options.
"""

from __future__ import annotations

import argparse
import statistics
import time

from rich.console import Console
from rich.table import Table

from lceval.context import chunk_sample
from lceval.selection import build_selector, resolve_budget
from lceval.settings import TaskSettings
from lceval.sources import load_samples
from lceval.tokenization import load_tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--selectors", default="bm25,oracle")
    parser.add_argument("--tasks", default="ruler/niah_single_2,ruler/niah_multikey_1,ruler/vt,ruler/qa_1")
    parser.add_argument("--budget", type=int, default=512)
    parser.add_argument("--num-samples", type=int, default=100)
    args = parser.parse_args()
    tokenizer = load_tokenizer(args.tokenizer)
    table = Table(title=f"selection time per sample, budget {args.budget} tokens, {args.num_samples} samples per task")
    for column in ("selector", "task", "chunking ms (median)", "selection ms (median)", "selection ms (p95)"):
        table.add_column(column, no_wrap=True)
    for name in args.selectors.split(","):
        selector = build_selector(name)
        for spec in args.tasks.split(","):
            family, task = spec.split("/")
            settings = TaskSettings.from_kwargs(family, task, tokenizer=args.tokenizer, num_samples=args.num_samples)
            chunk_ms, select_ms = [], []
            for sample in load_samples(settings):
                t0 = time.perf_counter()
                chunks = chunk_sample(sample, tokenizer)
                t1 = time.perf_counter()
                selector.select(sample.question, chunks, resolve_budget(args.budget, 0), sample.evidence)
                t2 = time.perf_counter()
                chunk_ms.append((t1 - t0) * 1000)
                select_ms.append((t2 - t1) * 1000)
            p95 = statistics.quantiles(select_ms, n=20)[-1]
            table.add_row(name, spec, f"{statistics.median(chunk_ms):.1f}", f"{statistics.median(select_ms):.2f}", f"{p95:.2f}")
    Console().print(table)


if __name__ == "__main__":
    main()
