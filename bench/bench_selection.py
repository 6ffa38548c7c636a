"""Chunking and selection time per 4K sample against the built-in reader's full-context prefill.

    python bench/bench_selection.py [--selectors bm25,dense,learned,hybrid] [--num-samples 20] [--repeats 3]

Chunking (128-token chunks) is timed three ways, each sample once: as a new
document (the tokenizer's sentence memo emptied; its word memo knows the
words of the samples before, not this one's), as in a sweep (one pass over
all samples from empty memos: each sample finds what the ones before left)
and as a process's first document (both memos emptied, every repeat). Per
sample and repeat, then each
selector at the first budget from cold encoder caches (a fresh encoder per sample: nothing
this document or its sentences left behind is reused), then one forward pass
of the built-in reader (``models/lceval-reader``) over the full prompt
(prefill only, no generation). Prints min / median / p95 in ms and each
selector's median as a share of the prefill's median, with the issue-14
targets (met / MISSED): chunking <= 5 ms, learned <= 25 ms median and
<= 60 ms p95 and <= 10% of the prefill. Timings on a shared machine vary: the load average is
printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.context import chunk_sample
from lceval.errors import ArgumentParser, run_entry_point
from lceval.selection import build_selector
from lceval.selection.encoder import ENCODERS, shared_encoder
from lceval.settings import TaskSettings
from lceval.sources import load_samples
from lceval.token_counts import counter_for
from lceval.tokenization import load_tokenizer

READER = Path(__file__).resolve().parents[1] / "models" / "lceval-reader"


def _stats(ms: list[float]) -> dict[str, float]:
    p95 = statistics.quantiles(ms, n=20)[-1] if len(ms) > 1 else ms[0]
    return {"min": min(ms), "median": statistics.median(ms), "p95": p95}


def _timed(step, *args) -> float:
    started = time.perf_counter()
    step(*args)
    return (time.perf_counter() - started) * 1000


def _prefill(model, tokenizer, prompt: str) -> float:
    import torch

    ids = tokenizer(prompt, return_tensors="pt")["input_ids"]
    started = time.perf_counter()
    with torch.no_grad():
        model(ids)
    return (time.perf_counter() - started) * 1000


def _target(name: str, s: dict[str, float], prefill: float) -> str:
    """The issue-14 target of a step, and whether this run met it."""
    checks = {
        "chunking": [("median <= 5", s["median"] <= 5)],
        "learned": [("median <= 25", s["median"] <= 25), ("p95 <= 60", s["p95"] <= 60), ("<= 10% of prefill", s["median"] <= 0.1 * prefill)],
    }.get(name.split(" (")[0], [])
    return ", ".join(f"{label} {'met' if ok else 'MISSED'}" for label, ok in checks)


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokenizer", default=str(READER), help="tokenizer measuring chunks (default: the reader's)")
    parser.add_argument("--selectors", default="bm25,dense,learned,hybrid")
    parser.add_argument("--tasks", default="ruler/niah_single_2,ruler/niah_multikey_1,memlife/overwrite,memlife/nowrite")
    parser.add_argument("--budget", type=int, default=256, help="the first budget of a sweep")
    parser.add_argument("--num-samples", type=int, default=10, help="samples per task")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=777_777)
    args = parser.parse_args(argv)
    from transformers import AutoModelForCausalLM

    tokenizer = load_tokenizer(args.tokenizer)
    reader = AutoModelForCausalLM.from_pretrained(str(READER)).eval()
    reader_tokenizer = load_tokenizer(str(READER))
    selectors = {name: build_selector(name) for name in args.selectors.split(",")}
    times: dict[str, list[float]] = {"chunking (new document)": [], "chunking (in a sweep)": [], "chunking (first document)": [], "reader prefill": [], **{n: [] for n in selectors}}
    samples = []
    for spec in args.tasks.split(","):
        family, task = spec.split("/")
        samples += load_samples(TaskSettings.from_kwargs(family, task, tokenizer=args.tokenizer, num_samples=args.num_samples, seed=args.seed))
    counter = counter_for(tokenizer)
    for sample in samples:
        for repeat in range(args.repeats):
            if repeat == 0:  # later repeats would find this sample's words in the memo
                counter.forget()
                times["chunking (new document)"].append(_timed(chunk_sample, sample, tokenizer))
            chunks = chunk_sample(sample, tokenizer)
            for name, selector in selectors.items():
                shared_encoder.cache_clear()  # cold: fresh encoders, empty document and sentence caches
                for kind in ENCODERS:
                    shared_encoder(kind).encode(["warm up the model, not the caches"])
                times[name].append(_timed(selector.select, sample.question, chunks, args.budget))
            times["reader prefill"].append(_prefill(reader, reader_tokenizer, sample.prompt()))
    # Last, as emptying the word memo would make every later document a first one.
    counter.forget(words=True)
    times["chunking (in a sweep)"] = [_timed(chunk_sample, sample, tokenizer) for sample in samples]
    for sample in samples:
        for repeat in range(args.repeats):
            counter.forget(words=True)
            times["chunking (first document)"].append(_timed(chunk_sample, sample, tokenizer))
    prefill = statistics.median(times["reader prefill"])
    table = Table(title=f"ms per 4K sample, budget {args.budget}, {args.num_samples} samples x {len(args.tasks.split(','))} tasks "
                        f"x {args.repeats} repeats; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for column in ("step", "min", "median", "p95", "median / reader prefill", "target"):
        table.add_column(column, justify="right")
    for name, ms in times.items():
        s = _stats(ms)
        table.add_row(name, f"{s['min']:.1f}", f"{s['median']:.1f}", f"{s['p95']:.1f}", f"{s['median'] / prefill:.0%}", _target(name, s, prefill))
    Console(width=160).print(table)


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
