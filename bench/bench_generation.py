"""RULER generation time, cold vs cached: `python bench/bench_generation.py [--tokenizer PATH]`.

Generates the 13 tasks x 100 samples at 4K into a fresh temporary
$LCEVAL_CACHE_DIR, then reads them back from the cache in a new process (so
the cached time includes loading the tokenizer, as a real second run would).
Without --tokenizer a byte-level BPE is trained on the essays in a temporary
folder. Needs $LCEVAL_DATA_DIR (or internet) for the RULER data files.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.errors import ArgumentParser, run_entry_point


def time_tasks(tokenizer: str, num_samples: int, length: int) -> dict[str, float]:
    from lceval.sources import ruler
    from lceval.tokenization import tokenizer_identity

    start = time.perf_counter()
    tokenizer_identity(tokenizer)  # loads the tokenizer: a fixed cost per process, reported apart
    seconds = {LOAD: time.perf_counter() - start}
    for task in ruler.TASKS:
        start = time.perf_counter()
        ruler.generate(task, num_samples=num_samples, tokenizer=tokenizer, max_seq_length=length)
        seconds[task] = time.perf_counter() - start
    return seconds


LOAD = "(load tokenizer)"


def default_tokenizer(folder: Path) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from helpers_ruler import build_bpe, essay_lines

    from lceval.data import find_file

    data = find_file("ruler/PaulGrahamEssays.json").parents[1]
    return str(build_bpe(folder / "bpe", essay_lines(str(data))))


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__)
    parser.add_argument("--tokenizer", help="HF tokenizer name or folder (default: a BPE trained on the essays)")
    parser.add_argument("--num-samples", type=int, default=100)
    parser.add_argument("--length", type=int, default=4096)
    parser.add_argument("--cached-only", action="store_true", help=argparse.SUPPRESS)  # the second, cached process
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.cached_only:
        print(json.dumps(time_tasks(args.tokenizer, args.num_samples, args.length)))
        return
    with tempfile.TemporaryDirectory(prefix="lceval-bench-") as tmp:
        os.environ["LCEVAL_CACHE_DIR"] = str(Path(tmp) / "cache")
        tokenizer = args.tokenizer or default_tokenizer(Path(tmp))
        cold = time_tasks(tokenizer, args.num_samples, args.length)
        again = [sys.executable, __file__, "--cached-only", "--tokenizer", tokenizer, "--num-samples", str(args.num_samples), "--length", str(args.length)]
        cached = json.loads(subprocess.run(again, check=True, capture_output=True, text=True, env=os.environ).stdout.splitlines()[-1])
    table = Table(title=f"RULER generation, {args.num_samples} samples at {args.length} tokens ({tokenizer})")
    for column in ("task", "cold s", "cached s"):
        table.add_column(column, justify="left" if column == "task" else "right")
    for task in cold:
        table.add_row(task, f"{cold[task]:.2f}", f"{cached[task]:.3f}")
    total_cold, total_cached = sum(cold.values()) - cold[LOAD], sum(cached.values()) - cached[LOAD]
    table.add_row("total (without load)", f"{total_cold:.2f}", f"{total_cached:.3f}", style="bold")
    Console().print(table)
    print(f"cached / cold = {100 * total_cached / total_cold:.1f}% (goal <= 5%); "
          f"with the tokenizer load: {100 * sum(cached.values()) / sum(cold.values()):.1f}%")


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
