"""The LongBench plugins end to end: a real `lm_eval` CLI run over the shared records with a tiny random
model (scores ~0 by design), for `full` and `bm25`; and truncation=skip counted in the documents."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from transformers import AutoTokenizer

from lceval.harness import select_docs
from lceval.settings import TaskSettings
from lceval.sources.longbench import prompts
from lceval.truncation import truncate_middle

REPO = Path(__file__).resolve().parents[2]
DATASETS = ("multifieldqa_en", "2wikimqa_e")  # two tasks keep the runs short; the E variant also checks buckets
LIMIT = 4000


@pytest.fixture(scope="module")
def records_dir(data_dir, tmp_path_factory) -> Path:
    """Shared records, with 2wikimqa also as a LongBench-E file (the shared data has no `_e` file)."""
    root = tmp_path_factory.mktemp("longbench-data")
    (root / "longbench").mkdir()
    for name in ("multifieldqa_en", "2wikimqa", "samsum"):
        (root / "longbench" / f"{name}.jsonl").symlink_to(Path(data_dir) / "longbench" / f"{name}.jsonl")
    (root / "longbench" / "2wikimqa_e.jsonl").symlink_to(Path(data_dir) / "longbench" / "2wikimqa.jsonl")
    return root


def _records(root: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (root / "longbench" / f"{name}.jsonl").read_text().splitlines()]


def _run_lm_eval(tiny_model, tmp_path, records_dir, metadata):
    out = tmp_path / "out"
    tasks = ",".join(f"lceval_longbench_{d}" for d in DATASETS)
    cmd = [
        sys.executable, "-m", "lm_eval", "--model", "hf",
        "--model_args", f"pretrained={tiny_model},max_length=16384,dtype=float32",
        "--include_path", str(REPO / "tasks"), "--tasks", tasks,
        "--metadata", json.dumps({"data_dir": str(records_dir), **metadata}),
        "--log_samples", "--output_path", str(out), "--batch_size", "1",
        "--gen_kwargs", "max_gen_toks=8",  # a random model's words are not worth upstream's 32-512 tokens here
    ]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(next(out.rglob("results_*.json")).read_text())["results"]
    samples = {
        d: [json.loads(line) for line in next(out.rglob(f"samples_lceval_longbench_{d}_2*.jsonl")).read_text().splitlines()]
        for d in DATASETS
    }
    return results, samples


@pytest.mark.parametrize("selector,budget", [("full", None), ("bm25", 256)])
def test_lm_eval_cli_runs_the_longbench_plugins(tiny_model, tmp_path, records_dir, selector, budget):
    # a 4000-token prompt budget keeps the run fast and cuts some full prompts (15500 is the default)
    metadata = {"selector": selector, "max_seq_length": LIMIT} | ({"budget": budget} if budget else {})
    results, samples = _run_lm_eval(tiny_model, tmp_path, records_dir, metadata)
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    for dataset in DATASETS:
        metrics = results[f"lceval_longbench_{dataset}"]
        rows = _records(records_dir, dataset)
        docs = [s["doc"] for s in samples[dataset]]
        assert len(docs) == len(rows)
        assert 0.0 <= metrics["score,none"] <= 100.0
        assert metrics["skipped_records,none"] == 0.0
        upstream = [prompts()[dataset.removesuffix("_e")].format(**row) for row in rows]
        over = [len(tokenizer(p)["input_ids"]) > LIMIT for p in upstream]
        assert metrics["truncated,none"] == pytest.approx(0.0 if budget else sum(over) / len(over))
        for doc, prompt, cut in zip(sorted(docs, key=lambda d: d["index"]), upstream, over):
            assert selector in doc["selector"].lower()
            if budget:
                assert doc["kept_tokens"] <= budget and doc["kept_fraction"] < 1.0
            else:  # full context: upstream's prompt character for character, or its middle cut
                assert doc["kept_fraction"] == 1.0 and doc["truncated"] == cut
                assert doc["prompt"] == (truncate_middle(prompt, tokenizer, LIMIT)[0] if cut else prompt)
        assert metrics["kept_tokens,none"] == pytest.approx(sum(d["kept_tokens"] for d in docs) / len(docs))
        assert math.isnan(metrics["evidence_recall,none"])  # no gold spans in these datasets
    # one 2wikimqa record has its answer in the passages; full context keeps it
    if selector == "full":
        assert results["lceval_longbench_2wikimqa_e"]["answer_recall,none"] == 1.0
    assert math.isnan(results["lceval_longbench_multifieldqa_en"]["answer_recall,none"])
    buckets = results["lceval_longbench_2wikimqa_e"]  # all four records are under 4000 words
    assert buckets["score_0-4k,none"] == buckets["score,none"]
    assert math.isnan(buckets["score_4-8k,none"]) and math.isnan(buckets["score_8k+,none"])


def test_skip_drops_over_length_records_and_counts_them(tiny_model, records_dir):
    def run(truncation):
        settings = TaskSettings.from_kwargs(
            "longbench", "multifieldqa_en", pretrained=str(tiny_model), data_dir=str(records_dir),
            truncation=truncation, max_seq_length=LIMIT,
        )
        return select_docs(settings)

    middle, skipped = run("middle"), run("skip")
    n_cut = sum(d["truncated"] for d in middle)
    assert 0 < n_cut < len(middle)  # the threshold splits the six records
    assert len(skipped) == len(middle) - n_cut
    assert all(d["skipped_records"] == n_cut and not d["truncated"] for d in skipped)
    # upstream's cut decodes two halves and joins the texts: re-tokenised, the seam can cost a few tokens
    assert all(d["prompt_tokens"] <= 4005 for d in middle)
