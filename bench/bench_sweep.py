"""Sweep overhead: `lceval sweep` wall time vs a bare `model.generate` loop over the same unique prompts.

    python bench/bench_sweep.py [--model PATH] [--num-samples 5] [--max-seq-length 2048] [--tasks ...]

Without --model a tiny random Llama is built in a temporary folder. The
samples are generated beforehand (a warm sample cache, as on any second run)
and the libraries imported, so both sides start equal. The sweep (full, bm25,
oracle x 2 budgets) runs into a fresh run folder and records every request the
model computes; then the model is loaded again with transformers and each of
those unique prompts is generated with `model.generate` (greedy, the task's
max_new_tokens, stopping at EOS). Both include loading the model; the two
alternate --repeats times and the best of each is kept (the machine is
shared; one torch thread by default, since spinning threads of a contended
CPU blur the figures). Prints the ratio (goal <= 1.10x) and model calls vs unique prompts.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.errors import ArgumentParser, run_entry_point

DEFAULT_TASKS = ["lceval_ruler_niah_single_1", "lceval_ruler_niah_single_2", "lceval_ruler_vt"]


def warm_samples(cfg, tokenizer: str) -> None:
    from lceval.settings import TaskSettings
    from lceval.sources import load_samples
    from lceval.task_index import resolve

    for task in cfg.tasks:
        family, name = resolve(task)
        settings = TaskSettings.from_kwargs(
            family, name, tokenizer=tokenizer, num_samples=cfg.num_samples, seed=cfg.seeds[0], max_seq_length=cfg.max_seq_length
        )
        load_samples(settings)


def timed_sweep(cfg) -> tuple[tuple[float, float], list, object]:
    """Sweep (wall s, CPU s), the requests the model computed, and the sweep's call counts."""
    from lceval.sweep import runner
    from lceval.sweep.responses import CachedLM

    computed, original = [], CachedLM._compute

    def recording(self, kind, requests, *rest):
        computed.extend(r.args for r in requests)
        return original(self, kind, requests, *rest)

    CachedLM._compute = recording
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        stats = runner.sweep(cfg, Console(stderr=True, quiet=True))
        return (time.perf_counter() - wall, time.process_time() - cpu), computed, stats
    finally:
        CachedLM._compute = original


def timed_generate_loop(model_path: str, requests: list) -> tuple[float, float, float]:
    """(wall s, CPU s) to load the model and generate every request, and the wall s of loading alone."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    wall, cpu = time.perf_counter(), time.process_time()
    tokenizer = AutoTokenizer.from_pretrained(model_path)
    model = AutoModelForCausalLM.from_pretrained(model_path, dtype=torch.float32).eval()
    load = time.perf_counter() - wall
    with torch.inference_mode():
        for context, gen_kwargs in requests:
            inputs = tokenizer(context, return_tensors="pt")
            model.generate(**inputs, max_new_tokens=gen_kwargs.get("max_gen_toks", 256), do_sample=False,
                           pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id)
    return time.perf_counter() - wall, time.process_time() - cpu, load


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="an HF model folder (default: a tiny random Llama)")
    parser.add_argument("--tasks", nargs="+", default=DEFAULT_TASKS)
    parser.add_argument("--num-samples", type=int, default=5)
    parser.add_argument("--max-seq-length", type=int, default=2048)
    parser.add_argument("--budgets", nargs="+", type=int, default=[256, 1024])
    parser.add_argument("--repeats", type=int, default=2, help="alternating runs of each; the best is shown")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for both (1: steadiest on a shared machine)")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    torch.set_num_threads(args.threads)

    from lceval.sweep.config import parse_config
    from lceval.tiny_model import build_tiny_model

    with tempfile.TemporaryDirectory(prefix="bench-sweep-") as tmp:
        os.environ.setdefault("LCEVAL_CACHE_DIR", str(Path(tmp) / "cache"))
        model_path = args.model or str(build_tiny_model(Path(tmp) / "tiny-model"))
        config = {
            "model": {"type": "hf", "args": {"pretrained": model_path, "dtype": "float32"}},
            "tasks": args.tasks, "selectors": ["full", "bm25", "oracle"], "budgets": args.budgets,
            "num_samples": args.num_samples, "max_seq_length": args.max_seq_length,
        }
        cfg = parse_config({**config, "output": str(Path(tmp) / "warm")}, base=Path.cwd())
        warm_samples(cfg, model_path)
        import datasets  # noqa: F401  imports are paid before either clock starts
        import lm_eval.evaluator  # noqa: F401
        import lm_eval.models.huggingface  # noqa: F401

        sweeps, loops = [], []
        for repeat in range(args.repeats):  # alternate, keep the best of each: the machine is shared
            cfg = parse_config({**config, "output": str(Path(tmp) / f"run{repeat}")}, base=Path.cwd())
            sweep_s, computed, stats = timed_sweep(cfg)
            unique = {(context, tuple(sorted((k, str(v)) for k, v in kw.items()))): (context, kw) for context, kw in computed}
            sweeps.append((sweep_s, stats))
            loops.append(timed_generate_loop(model_path, list(unique.values())))
        (sweep_s, stats), loop_s = min(sweeps, key=lambda run: run[0][0]), min(loops)

    table = Table(title=f"Sweep vs bare generate loop ({Path(model_path).name}, {len(cfg.tasks)} tasks, {args.num_samples} samples)")
    for column in ("", "value"):
        table.add_column(column, justify="left" if not column else "right")
    rows = [
        ("cells", str(stats.cells_total)),
        ("requests (samples x cells)", str(stats.calls.requests)),
        ("model calls", str(stats.calls.model_calls)),
        ("unique prompts", str(len(unique))),
        ("cache hits", str(stats.calls.cache_hits)),
        ("sweep s, wall / CPU (incl. model load)", _pair(sweep_s)),
        ("  inside lm-eval's generate_until (hf backend), wall", f"{stats.calls.model_s:.1f}"),
        ("  outside it (model load, tasks, selection, storing), wall", f"{sweep_s[0] - stats.calls.model_s:.1f}"),
        ("bare generate loop s, wall / CPU (incl. model load)", _pair(loop_s)),
        ("  of which model load, wall", f"{loop_s[2]:.1f}"),
        ("lm-eval generate_until / bare generate, same prompts", f"{stats.calls.model_s / (loop_s[0] - loop_s[2]):.2f}x"),
        ("ratio sweep / bare, wall / CPU (goal <= 1.10)", f"{sweep_s[0] / loop_s[0]:.2f}x / {sweep_s[1] / loop_s[1]:.2f}x"),
    ]
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def _pair(seconds: tuple[float, ...]) -> str:
    return f"{seconds[0]:.1f} / {seconds[1]:.1f}"


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
