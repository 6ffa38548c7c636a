"""Engine overhead: `lceval sweep` through vLLM (in-process and behind its OpenAI server) vs vLLM's own
`LLM.generate` over the same unique prompts, and vs the hf backend; tokens/s for each.

    "$(scripts/engine_env.sh)"/bin/python bench/bench_engines.py [--base-url http://127.0.0.1:PORT/v1/completions]

Runs in the engine venv (scripts/engine_env.sh). The samples are generated
beforehand and the libraries imported, so every side starts equal. In-process
figures include the engine's start-up on both sides (the sweep loads vLLM once;
the bare side builds `LLM` once); the server figures exclude it (the server is
already up: pass --base-url, started with the same dtype). Greedy decoding,
the task's max tokens and stop strings on every side.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from lceval.errors import ArgumentParser, run_entry_point

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sweep import timed_sweep, warm_samples  # noqa: E402

READER = str(Path(__file__).resolve().parents[1] / "models" / "lceval-reader")
TASKS = ["lceval_ruler_niah_single_1", "lceval_ruler_niah_multikey_1"]


def unique_requests(computed: list) -> list:
    return list({(c, tuple(sorted((k, str(v)) for k, v in kw.items()))): (c, kw) for c, kw in computed}.values())


def bare_vllm(requests: list, llm=None) -> tuple[float, float, int, object]:
    """(wall s incl. engine start, wall s of generate alone, generated tokens, the LLM) with vLLM's own API."""
    from vllm import LLM, SamplingParams

    started = time.perf_counter()
    # no prefix cache: the second pass must compute the prompts again, as the sweep computes each prompt once
    llm = llm or LLM(model=READER, dtype="float32", enforce_eager=True, max_model_len=4608, seed=0, enable_prefix_caching=False)
    loaded = time.perf_counter()
    params = [SamplingParams(temperature=0, max_tokens=kw.get("max_gen_toks", 256), stop=kw.get("until")) for _, kw in requests]
    outs = llm.generate([c for c, _ in requests], params, use_tqdm=False)
    done = time.perf_counter()
    return done - started, done - loaded, sum(len(o.outputs[0].token_ids) for o in outs), llm


def sweep_prompts(base: dict, tmp: str) -> list:
    """The unique requests a sweep of ``base`` sends, found by running it on a stand-in model that answers instantly."""
    from lm_eval.api.model import LM

    from lceval.sweep import runner
    from lceval.sweep.config import parse_config

    class Echo(LM):
        def generate_until(self, requests, disable_tqdm=False):
            return ["" for _ in requests]

        loglikelihood = loglikelihood_rolling = generate_until

    cfg = parse_config({**base, "model": {"type": "hf", "args": {"pretrained": READER}}, "output": f"{tmp}/plan"}, base=Path.cwd())
    original = runner.load_model
    runner.load_model = lambda cfg, root: runner.LoadedModel(Echo(), "hf", {}, READER, original_max_length(cfg))
    try:
        _, computed, _ = timed_sweep(cfg)
    finally:
        runner.load_model = original
    return unique_requests(computed)


def original_max_length(cfg) -> int:
    from lceval.sweep.runner import longest_target

    return longest_target(cfg)


def prompt_tokens(requests: list) -> int:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(READER)
    return sum(len(tok(c).input_ids) for c, _ in requests)


def main(argv: list[str] | None = None) -> None:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--num-samples", type=int, default=4)
    parser.add_argument("--base-url", default=None, help="a running vLLM OpenAI server serving the reader (skipped if absent)")
    parser.add_argument("--skip-hf", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
    from lceval.sweep.config import parse_config

    base = {"tasks": TASKS, "selectors": ["full", "bm25"], "budgets": [512], "num_samples": args.num_samples}
    models = {"vllm in-process": {"type": "vllm", "args": {"pretrained": READER, "dtype": "float32", "enforce_eager": True}}}
    if args.base_url:
        models["vllm server"] = {"type": "local-completions", "args": {"model": READER, "base_url": args.base_url}}
    if not args.skip_hf:
        models["hf"] = {"type": "hf", "args": {"pretrained": READER, "dtype": "float32"}}
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-engines-") as tmp:
        warm_samples(parse_config({**base, "output": f"{tmp}/warm"}, base=Path.cwd()), READER)
        from lceval.engines import patch_vllm_version

        patch_vllm_version()  # imports are paid before any clock starts (vLLM's takes a minute on a busy CPU)
        import lm_eval.evaluator  # noqa: F401
        import lm_eval.models.openai_completions  # noqa: F401
        import lm_eval.models.vllm_causallms  # noqa: F401
        import vllm  # noqa: F401

        # vLLM's own API first, on the prompts a sweep sends (collected by a dry plan of the same cells): two
        # engines in one process share vLLM's global parallel state, and the sweep's engine tears it down when
        # it is collected, so the bare engine runs (and stays referenced) before any sweep
        requests = sweep_prompts(base, tmp)
        in_toks = prompt_tokens(requests)
        bare_wall, bare_gen, out_toks, llm = bare_vllm(requests)
        _, warm_gen, _, _ = bare_vllm(requests, llm)  # generate alone, engine warmed up: what a running server compares with
        runs = {}
        for name, model in models.items():
            cfg = parse_config({**base, "model": model, "output": f"{tmp}/{name.replace(' ', '-')}"}, base=Path.cwd())
            (wall, _), computed, stats = timed_sweep(cfg)
            runs[name] = (wall, unique_requests(computed), stats)
            assert sorted(map(repr, runs[name][1])) == sorted(map(repr, requests)), f"{name}: other prompts than planned"
        for name, (wall, reqs, stats) in runs.items():
            reference = bare_wall if name == "vllm in-process" else warm_gen
            ratio = f"{wall / reference:.2f}x" if name != "hf" else "-"
            rows.append((name, f"{wall:.1f}", f"{stats.calls.model_s:.1f}", str(len(reqs)), f"{(in_toks + out_toks) / wall:.0f}", ratio))
        rows.append(("LLM.generate, incl. engine start", f"{bare_wall:.1f}", f"{bare_gen:.1f}", str(len(requests)), f"{(in_toks + out_toks) / bare_wall:.0f}", "1.00x"))
        rows.append(("LLM.generate, engine warm", f"{warm_gen:.1f}", f"{warm_gen:.1f}", str(len(requests)), f"{(in_toks + out_toks) / warm_gen:.0f}", "1.00x (server ref.)"))
    table = Table(title=f"Sweep through engines vs LLM.generate ({len(TASKS)} tasks, {args.num_samples} samples; {in_toks} prompt + {out_toks} generated tokens)")
    for column in ("", "wall s", "model s", "unique prompts", "tokens/s", "vs LLM.generate (goal <= 1.10)"):
        table.add_column(column, justify="left" if not column else "right")
    for row in rows:
        table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    raise SystemExit(run_entry_point(main))
