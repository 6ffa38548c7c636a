"""Real-engine check: vLLM behind its OpenAI server and vLLM in-process answer exactly as lm-eval's hf backend.

    "$(scripts/engine_env.sh)"/bin/python scripts/engine_check.py [--work DIR] [--num-samples 4]

Runs one small sweep (the built-in reader; RULER cells with the whole context
and with bm25 at 512 tokens) four ways, each through `lceval sweep`: the hf
backend; `local-completions` against `python -m vllm.entrypoints.openai.api_server`
on 127.0.0.1, as two shards merged by `lceval report`; and `vllm` in-process.
Every response and score must equal the hf run's. Prints wall times; exit 1
on any difference. Needs vLLM (the CPU build: scripts/engine_env.sh).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
READER = REPO / "models" / "lceval-reader"
SWEEP = {
    "tasks": ["lceval_ruler_niah_single_1", "lceval_ruler_niah_multikey_1"],
    "selectors": ["full", "bm25"],
    "budgets": [512],
    "seeds": [42],
}
MAX_MODEL_LEN = 4608  # RULER 4K prompt + answer, with room
# A 24 GB CPU machine: a 1 GiB KV cache (vLLM's default asks for most of memory); one process for in-process runs.
ENGINE_ENV = {"VLLM_CPU_KVCACHE_SPACE": "1", "VLLM_ENABLE_V1_MULTIPROCESSING": "0"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(work: Path, name: str, model: dict, num_samples: int) -> Path:
    path = work / f"{name}.yaml"
    path.write_text(yaml.safe_dump({"name": name, "model": model, **SWEEP, "num_samples": num_samples, "output": str(work / name)}))
    return path


def lceval(*args: str, env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lceval", *args], check=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - started


def start_server(port: int, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", str(READER), "--host", "127.0.0.1",
           "--port", str(port), "--dtype", "float32", "--max-model-len", str(MAX_MODEL_LEN)]
    env = {**os.environ, "VLLM_CPU_KVCACHE_SPACE": ENGINE_ENV["VLLM_CPU_KVCACHE_SPACE"]}
    return subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, env=env, start_new_session=True)


def wait_healthy(server: subprocess.Popen, port: int, log: Path, timeout_s: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if server.poll() is not None:
            sys.exit(f"engine_check: the vLLM server exited ({server.returncode}); see {log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as r:
                if r.status == 200:
                    return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(3)
    sys.exit(f"engine_check: the vLLM server was not healthy after {timeout_s:.0f} s; see {log}")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def answers(run: Path) -> dict[str, list]:
    """Per cell (task, selector, budget, seed; of one run folder or of its shard folders): (doc id, prediction, score)."""
    out = {}
    for cell in sorted(run.glob("cells/*")) + sorted(run.glob("shard-*/cells/*")):
        c = json.loads((cell / "result.json").read_text())["cell"]
        lines = [json.loads(line) for line in (cell / "samples.jsonl").read_text().splitlines()]
        out[f"{c['task']}/{c['selector']}/{c['budget']}/{c['seed']}"] = sorted((r["doc_id"], r["prediction"], r["score"]) for r in lines)
    return out


def overall(run: Path) -> list:
    summary = json.loads((run / "summary.json").read_text())
    return sorted(json.dumps({k: r[k] for k in ("selector", "budget", "score", "n")}) for r in summary["overall"])


def compare(name: str, run: Path, reference: dict, ref_overall: list) -> bool:
    got = answers(run)
    same = got == reference and overall(run) == ref_overall
    differing = [c for c in reference if got.get(c) != reference[c]]
    print(f"engine_check: {name}: {'identical to hf' if same else 'DIFFERENT from hf in ' + ', '.join(differing) or 'summary'}"
          f" ({sum(map(len, got.values()))} responses, {len(got)} cells)")
    return same


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=REPO / ".cache" / "engine-check")
    parser.add_argument("--num-samples", type=int, default=4)
    parser.add_argument("--server-timeout", type=float, default=1200)
    args = parser.parse_args()
    work = args.work.resolve()
    if work.exists():
        import shutil

        shutil.rmtree(work)
    work.mkdir(parents=True)
    times = {}

    hf = write_config(work, "hf", {"type": "hf", "args": {"pretrained": str(READER), "dtype": "float32"}}, args.num_samples)
    times["hf sweep"] = lceval("sweep", str(hf), "--no-report")
    lceval("report", str(work / "hf"), "--no-plots", "--bootstrap", "100")
    reference, ref_overall = answers(work / "hf"), overall(work / "hf")

    port, log = free_port(), work / "server.log"
    server = start_server(port, log)
    try:
        times["vLLM server start-up (healthy)"] = wait_healthy(server, port, log, args.server_timeout)
        served = {"type": "local-completions", "args": {"model": str(READER), "base_url": f"http://127.0.0.1:{port}/v1/completions"}}
        api = write_config(work, "server", served, args.num_samples)
        for shard in ("1/2", "2/2"):  # one server, two shards, merged by the report
            times[f"local-completions sweep, shard {shard}"] = lceval("sweep", str(api), "--shard", shard, "--no-report")
    finally:
        stop(server)
    lceval("report", str(work / "server"), "--no-plots", "--bootstrap", "100")

    inproc = {"type": "vllm", "args": {"pretrained": str(READER), "dtype": "float32", "enforce_eager": True}}
    vllm = write_config(work, "vllm", inproc, args.num_samples)
    times["vllm in-process sweep (incl. engine start-up)"] = lceval("sweep", str(vllm), "--no-report", env=ENGINE_ENV)
    lceval("report", str(work / "vllm"), "--no-plots", "--bootstrap", "100")

    ok = all([compare("local-completions (2 shards merged)", work / "server", reference, ref_overall),
              compare("vllm in-process", work / "vllm", reference, ref_overall)])
    for name, seconds in times.items():
        print(f"engine_check: {name}: {seconds:.0f} s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
