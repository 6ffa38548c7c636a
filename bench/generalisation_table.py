"""Side-by-side evidence recall of the memory-lifecycle families from ``bench_memlife_recall.py --out`` files.

    python bench/generalisation_table.py own=memlife.json dev=memlife_v2.json held-out=memlife_v3.json --budget 256

One row per kind (and the mean), one column per family and selector; the
labels say which family is which (own phrasings, development, held out).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from lceval.errors import ArgumentParser, run_entry_point

KINDS = ["overwrite", "version", "distractor", "nowrite", "discard"]


def table(runs: dict[str, dict], budget: int, selectors: list[str]) -> str:
    head = ["kind", *(f"{label} {s}" for label in runs for s in selectors)]
    rows = []
    for kind in KINDS:
        rows.append([kind, *(_cell(run, kind, s, budget) for run in runs.values() for s in selectors)])
    means = ["**mean**"]
    for run in runs.values():
        for s in selectors:
            values = [_value(run, k, s, budget) for k in KINDS]
            means.append(f"**{statistics.mean(values):.2f}**" if None not in values else "n/a")
    rows.append(means)
    align = ["---", *(["---:"] * (len(head) - 1))]
    return "\n".join("| " + " | ".join(r) + " |" for r in [head, align, *rows])


def _value(run: dict, kind: str, selector: str, budget: int) -> float | None:
    for key, value in run["recall"].items():
        spec, name, b = key.split("|")
        if spec.split("/")[1] == kind and name == selector and int(b) == budget:
            return value
    return None


def _cell(run, kind, selector, budget) -> str:
    value = _value(run, kind, selector, budget)
    return "n/a" if value is None else f"{value:.2f}"


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", help="label=file.json, in column order")
    parser.add_argument("--budget", type=int, default=256)
    parser.add_argument("--selectors", default="bm25,dense,learned,hybrid,oracle")
    args = parser.parse_args(argv)
    runs = {}
    for item in args.runs:
        label, _, file = item.partition("=")
        runs[label] = json.loads(Path(file).read_text())
    print(table(runs, args.budget, args.selectors.split(",")))


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
