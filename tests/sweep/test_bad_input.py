"""Every user mistake ends in one line on stderr and exit code 2, writes nothing outside its output
and leaves no half-written file: a table of bad inputs across the lceval commands and the lm_eval task path.

Each case is an in-process ``lceval`` call on tiny inputs; none loads a model.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from lceval.cli import main

ESSAY = "ruler/PaulGrahamEssays.json"
LB = "longbench/multifieldqa_en.jsonl"
RECORD = {"input": "q?", "context": "Some context.", "answers": ["a"], "length": 3, "_id": "x", "all_classes": None}


def _data(root: Path, name: str, content: bytes) -> str:
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_bytes(content)
    return str(root)


def _sweep_config(root: Path, **changes) -> str:
    data = {
        "tasks": ["lceval_ruler_niah_single_1"], "selectors": ["full", "bm25"], "budgets": [128],
        "num_samples": 2, "max_seq_length": 1024, "model": {"type": "tiny-random"}, "output": "run",
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    (root / "sweep.yaml").write_text(yaml.safe_dump(data))
    return str(root / "sweep.yaml")


TINY: list[str] = []  # the tiny model's folder, set by the test


def _hf(path: str) -> dict:
    return {"type": "hf", "args": {"pretrained": path}}


def _model_folder(root: Path, weights: bytes | None) -> Path:
    """A model folder beside the config: the tiny model's config and tokenizer, with these weights."""
    import shutil

    shutil.copytree(TINY[0], root / "m", ignore=shutil.ignore_patterns("*.safetensors"))
    if weights is not None:
        (root / "m" / "model.safetensors").write_bytes(weights)
    return root


def _bm25(**params):
    return [{"name": "b", "selector": "bm25", "params": params}]


GEN = ["generate", "lceval_ruler_niah_single_2", "--num-samples", "1", "--max-seq-length", "1024"]
LB_GEN = ["generate", "lceval_longbench_multifieldqa_en", "--num-samples", "1"]

# (id, argv builder taking the case folder, words the message must contain)
CASES = [
    # generate: bad data files
    ("essay-empty-text", lambda d: [*GEN, "--data-dir", _data(d, ESSAY, b'{"text": ""}')], "non-empty"),
    ("essay-blank-text", lambda d: [*GEN, "--data-dir", _data(d, ESSAY, b'{"text": "  \\n "}')], "non-empty"),
    ("essay-truncated", lambda d: [*GEN, "--data-dir", _data(d, ESSAY, b'{"text": "An essay')], "not valid JSON"),
    ("essay-no-text", lambda d: [*GEN, "--data-dir", _data(d, ESSAY, b'{"words": "x"}')], "text"),
    ("essay-not-utf8", lambda d: [*GEN, "--data-dir", _data(d, ESSAY, b'{"text": "caf\xe9 au lait"}')], "UTF-8"),
    ("essay-json-list", lambda d: [*GEN, "--data-dir", _data(d, ESSAY, b'["a", "b"]')], "JSON list"),
    ("essay-missing", lambda d: [*GEN, "--data-dir", str(d)], "missing ruler/PaulGrahamEssays.json"),
    ("data-dir-missing", lambda d: [*GEN, "--data-dir", str(d / "nowhere")], "not a directory"),
    ("longbench-not-utf8", lambda d: [*LB_GEN, "--data-dir", _data(d, LB, json.dumps(RECORD).encode()[:-2] + b'\xff"}\n')], "UTF-8"),
    ("longbench-context-null", lambda d: [*LB_GEN, "--data-dir", _data(d, LB, json.dumps({**RECORD, "context": None}).encode())], "context"),
    ("longbench-empty", lambda d: [*LB_GEN, "--data-dir", _data(d, LB, b"")], "no LongBench records"),
    ("longbench-bad-line", lambda d: [*LB_GEN, "--data-dir", _data(d, LB, b"{not json}\n")], "not valid JSON"),
    ("longbench-answers-str", lambda d: [*LB_GEN, "--data-dir", _data(d, LB, json.dumps({**RECORD, "answers": "a"}).encode())], "answers"),
    # generate: bad options and outputs
    ("generate-unknown-task", lambda d: ["generate", "lceval_ruler_niah_singel_1"], "Did you mean"),
    ("generate-zero-samples", lambda d: [*GEN, "--num-samples", "0"], "num_samples"),
    ("generate-out-folder", lambda d: [*GEN, "--out", str(d)], "is a folder"),
    ("generate-out-no-folder", lambda d: [*GEN, "--out", str(d / "no" / "x.jsonl")], "does not exist"),
    ("generate-out-too-long", lambda d: [*GEN, "--out", str(d / ("x" * 4200))], "too long"),
    ("generate-seed-negative", lambda d: [*GEN, "--seed", "-1"], "seed"),
    ("generate-seed-not-int", lambda d: [*GEN, "--seed", "abc"], "invalid int"),
    # select
    ("select-index-past-end", lambda d: ["select", "lceval_longbench_multifieldqa_en", "--index", "50"], "--index must be 0 to 5"),
    ("select-index-negative", lambda d: ["select", "lceval_ruler_vt", "--index", "-1"], "--index"),
    ("select-unknown-selector", lambda d: ["select", "lceval_ruler_vt", "--selector", "bm52"], "Did you mean 'bm25'"),
    ("select-budget-text", lambda d: ["select", "lceval_ruler_vt", "--budget", "abc"], "budget"),
    ("select-budget-fraction", lambda d: ["select", "lceval_ruler_vt", "--budget", "1.5"], "fractional budget"),
    ("select-chunk-zero", lambda d: ["select", "lceval_ruler_vt", "--chunk-tokens", "0"], "chunk_tokens"),
    ("unknown-command", lambda d: ["selekt"], "invalid choice"),
    ("unknown-option", lambda d: ["select", "lceval_ruler_vt", "--budjet", "5"], "unrecognized arguments"),
    # selectors: bad presets
    ("preset-malformed-yaml", lambda d: ["selectors"], "bad.yaml"),
    # sweep: config mistakes caught before any model loads
    ("sweep-params-misspelt", lambda d: ["sweep", _sweep_config(d, selectors=[{"selector": "bm25", "parms": {"k1": 0.1}}])], "Did you mean 'params'"),
    ("sweep-param-not-number", lambda d: ["sweep", _sweep_config(d, selectors=_bm25(k1="abc"))], "'k1' must be a number"),
    ("sweep-param-out-of-range", lambda d: ["sweep", _sweep_config(d, selectors=_bm25(k1=-3, b=7))], "k1 must be >= 0"),
    ("sweep-param-unknown", lambda d: ["sweep", _sweep_config(d, selectors=_bm25(k2=1))], "no parameter 'k2'"),
    ("sweep-params-not-mapping", lambda d: ["sweep", _sweep_config(d, selectors=[{"selector": "bm25", "params": [1]}])], "mapping"),
    ("sweep-hybrid-memory-type", lambda d: ["sweep", _sweep_config(d, selectors=[{"selector": "hybrid", "params": {"memory": {"max_key_words": "ten"}}}])], "max_key_words"),
    ("sweep-learned-no-weights", lambda d: ["sweep", _sweep_config(d, selectors=[{"selector": "learned", "params": {"weights": "/no/such.json"}}])], "no weights file"),
    ("sweep-unknown-key", lambda d: ["sweep", _sweep_config(d, budgtes=[1])], "Did you mean 'budgets'"),
    ("sweep-no-tasks", lambda d: ["sweep", _sweep_config(d, tasks=None)], "no 'tasks'"),
    ("sweep-unknown-task", lambda d: ["sweep", _sweep_config(d, tasks=["lceval_ruler_nia"])], "unknown task"),
    ("sweep-budget-zero", lambda d: ["sweep", _sweep_config(d, budgets=[0])], "budget"),
    ("sweep-budgets-flag-text", lambda d: ["sweep", _sweep_config(d), "--budgets", "abc"], "--budgets takes token counts"),
    ("sweep-seed-negative", lambda d: ["sweep", _sweep_config(d, seeds=[-1])], "seeds"),
    ("sweep-model-type", lambda d: ["sweep", _sweep_config(d, model={"type": "hff"})], "Did you mean 'hf'"),
    ("sweep-model-folder", lambda d: ["sweep", _sweep_config(d, model={"type": "hf", "args": {"pretrained": "./nope"}})], "does not exist"),
    ("sweep-model-no-weights", lambda d: ["sweep", _sweep_config(_model_folder(d, weights=None), model=_hf("./m"))], "has no weights"),
    ("sweep-model-truncated", lambda d: ["sweep", _sweep_config(_model_folder(d, weights=b"\x10\x00\x00"), model=_hf("./m"))], "truncated"),
    ("sweep-no-chat-template", lambda d: ["sweep", _sweep_config(d, model=_hf(TINY[0]), apply_chat_template=True)], "no chat template"),
    ("sweep-length-too-small", lambda d: ["sweep", _sweep_config(d, max_seq_length=10)], "max_seq_length 10"),
    ("sweep-gen-kwargs-type", lambda d: ["sweep", _sweep_config(d, gen_kwargs={"temperature": "abc"})], "temperature"),
    ("sweep-gen-kwargs-until", lambda d: ["sweep", _sweep_config(d, gen_kwargs={"until": 5})], "until"),
    ("sweep-backend-missing", lambda d: ["sweep", _sweep_config(d, model={"type": "vllm", "args": {"pretrained": "org/x"}})], "pip install vllm"),
    ("report-run-json-truncated", lambda d: ["report", _data(d, "run.json", b'{"fingerprint": {"mo')], "damaged"),
    ("sweep-data-dir-missing", lambda d: ["sweep", _sweep_config(d, data_dir="nowhere")], "not a directory"),
    ("sweep-output-too-long", lambda d: ["sweep", _sweep_config(d, output="o" * 300)], "too long"),
    ("sweep-not-yaml", lambda d: ["sweep", _data(d, "bad.yaml", b"tasks: [a\n") + "/bad.yaml"], "not valid YAML"),
    ("sweep-not-mapping", lambda d: ["sweep", _data(d, "list.yaml", b"- a\n") + "/list.yaml"], "mapping"),
    ("sweep-no-config", lambda d: ["sweep", str(d / "none.yaml")], "no sweep config"),
    # report
    ("report-not-a-run", lambda d: ["report", str(d)], "not a sweep run folder"),
    ("report-bootstrap-negative", lambda d: ["report", str(d), "--bootstrap", "-5"], "--bootstrap"),
    # train-*
    ("train-reader-unknown-option", lambda d: ["train-reader", "--stepz", "3"], "unrecognized arguments"),
    ("train-reader-shipped", lambda d: ["train-reader"], "--overwrite"),
    ("train-reader-out-file", lambda d: ["train-reader", "--out", _data(d, "f.txt", b"x") + "/f.txt"], "is a file"),
    ("train-reader-low-seed", lambda d: ["train-reader", "--smoke", "--out", str(d / "r"), "--seed", "5"], "seed"),
    ("train-selector-shipped", lambda d: ["train-selector"], "--overwrite"),
    ("train-selector-out-folder", lambda d: ["train-selector", "--out", str(d)], "is a folder"),
    ("train-selector-zero-steps", lambda d: ["train-selector", "--out", str(d / "h.json"), "--steps", "0"], "--steps"),
    ("train-selector-low-seed", lambda d: ["train-selector", "--out", str(d / "h.json"), "--seed", "3"], "seeds"),
    ("train-selector-task-form", lambda d: ["train-selector", "--out", str(d / "h.json"), "--tasks", "niah"], "family/task"),
]


def _tree(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize("case,build,words", CASES, ids=[c[0] for c in CASES])
def test_a_user_mistake_is_one_line_and_exit_code_2(case, build, words, tiny_model, tmp_path, monkeypatch, capsys):
    inputs, cwd = tmp_path / "in", tmp_path / "cwd"
    inputs.mkdir()
    cwd.mkdir()
    TINY[:] = [str(tiny_model)]
    monkeypatch.chdir(cwd)
    if case.startswith("preset"):
        (inputs / "bad.yaml").write_text("selector: bm25\nparams: {k1: [\n")
        monkeypatch.setenv("LCEVAL_SELECTORS_DIR", str(inputs))
    argv = build(inputs)
    if argv[0] in ("generate", "select") and "--tokenizer" not in argv:
        argv += ["--tokenizer", str(tiny_model)]
    before = _tree(inputs)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err, err
    assert words in err, err
    assert _tree(cwd) == {}, "nothing written in the working folder"
    assert _tree(inputs) == before, "inputs untouched, no half-written output"


def test_the_table_covers_forty_cases():
    assert len(CASES) >= 40


def test_lm_eval_metadata_typo_is_an_error_with_a_suggestion(tiny_model):
    from lceval.errors import LcevalError
    from lceval.harness import build_docs

    common = {"tokenizer": str(tiny_model), "num_samples": 1, "max_seq_length": 1024, "version": 1.0, "config_source": "x.yaml"}
    for key, hint in (("budjet", "'budget'"), ("selecter", "'selector'"), ("chunk_token", "'chunk_tokens'")):
        with pytest.raises(LcevalError, match=f"unknown lceval setting '{key}'.*Did you mean {hint}"):
            build_docs("ruler", "niah_single_1", **common, **{key: 1})
    assert len(build_docs("ruler", "niah_single_1", **common, pretrained=str(tiny_model), max_length=2048)["test"]) == 1


def test_lm_eval_cli_ends_a_metadata_typo_in_one_line_with_exit_code_2(tmp_path):
    """The real lm_eval command (its dummy model: nothing loads) stops at build_docs with one line, not a traceback."""
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    cmd = [
        sys.executable, "-m", "lm_eval", "--model", "dummy", "--include_path", str(repo / "tasks"),
        "--tasks", "lceval_ruler_niah_single_1", "--metadata", json.dumps({"budjet": 512, "num_samples": 1}),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=600, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.returncode == 2, proc.stderr[-2000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("error: unknown lceval setting 'budjet'") and "Did you mean 'budget'" in last
    assert "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []
