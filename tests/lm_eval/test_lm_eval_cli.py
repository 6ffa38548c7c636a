"""A real `lm_eval` CLI run of the RULER plugins on a tiny random model (accuracy ~0 by design:
what is checked is task loading, the metadata flow, the metrics and the logged diagnostics)."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TASKS = "lceval_ruler_niah_single_1,lceval_ruler_vt"


def _run_lm_eval(tiny_model, tmp_path, metadata):
    out = tmp_path / "out"
    cmd = [
        sys.executable, "-m", "lm_eval", "--model", "hf",
        "--model_args", f"pretrained={tiny_model},max_length=1024,dtype=float32",
        "--include_path", str(REPO / "tasks"), "--tasks", TASKS,
        "--metadata", json.dumps({"num_samples": 3, "max_seq_length": 1024, **metadata}),
        "--log_samples", "--output_path", str(out), "--batch_size", "1",
    ]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(next(out.rglob("results_*.json")).read_text())
    samples = {t: [json.loads(line) for line in next(out.rglob(f"samples_{t}_*.jsonl")).read_text().splitlines()] for t in TASKS.split(",")}
    return results, samples


@pytest.mark.parametrize("selector,budget", [("full", None), ("bm25", 256), ("oracle", 256)])
def test_lm_eval_cli_runs_the_ruler_plugins(tiny_model, tmp_path, selector, budget):
    metadata = {"selector": selector} | ({"budget": budget} if budget else {})
    results, samples = _run_lm_eval(tiny_model, tmp_path, metadata)
    for task in TASKS.split(","):
        metrics = results["results"][task]
        assert 0.0 <= metrics["score,none"] <= 100.0
        docs = [s["doc"] for s in samples[task]]
        assert len(docs) == 3
        for doc in docs:
            assert selector in doc["selector"].lower()
            assert doc["kept_chunks"] and doc["evidence_chunks"]
            if budget:
                assert doc["kept_tokens"] <= budget
            else:
                assert doc["kept_fraction"] == 1.0
        if selector == "full" or (selector == "oracle" and "niah" in task):  # one needle always fits 256 tokens
            assert metrics["evidence_recall,none"] == 1.0
        assert metrics["kept_tokens,none"] == pytest.approx(sum(d["kept_tokens"] for d in docs) / 3)
        assert not math.isnan(metrics["selection_ms,none"])
        for record in samples[task]:
            assert record["evidence_recall"] == record["doc"]["evidence_recall"]
