"""Task lceval_custom: a file written by `lceval generate` scores and diagnoses exactly like the
built-in task it came from; malformed lines are one-line errors naming the file, line and field."""

from __future__ import annotations

import json

import pytest

from lceval.cli import main
from lceval.errors import LcevalError
from lceval.harness import process_results, select_docs
from lceval.settings import TaskSettings
from lceval.sources.custom import read_samples

VALID = {"template": "Read.\n{context}\nQ: who?", "context": "Ada signed it. Bob did not.", "question": "who?", "answers": ["Ada"]}


def _generate(tiny_model, path, task="lceval_ruler_vt", n=3):
    args = ["generate", task, "--tokenizer", str(tiny_model), "--num-samples", str(n), "--max-seq-length", "1024", "--out", str(path)]
    assert main(args) == 0
    return path


@pytest.mark.parametrize("task,family,source", [("lceval_ruler_vt", "ruler", "vt"), ("lceval_ruler_niah_multikey_1", "ruler", "niah_multikey_1")])
def test_custom_docs_equal_the_built_in_task(tiny_model, tmp_path, task, family, source):
    data = _generate(tiny_model, tmp_path / "samples.jsonl", task)
    common = {"tokenizer": str(tiny_model), "max_seq_length": 1024, "selector": "bm25", "budget": 256, "chunk_tokens": 64}
    built_in = select_docs(TaskSettings.from_kwargs(family, source, num_samples=3, **common))
    custom = select_docs(TaskSettings.from_kwargs("custom", "custom", data_file=str(data), **common))
    assert len(custom) == len(built_in) == 3
    timing = {"selection_ms", "family"}
    for mine, theirs in zip(custom, built_in):
        assert {k: v for k, v in mine.items() if k not in timing} == {k: v for k, v in theirs.items() if k not in timing}
        for prediction in (theirs["answers"][0], "nothing useful"):
            a, b = process_results(mine, [prediction]), process_results(theirs, [prediction])
            assert a["score"] == b["score"] and a["evidence_recall"] == b["evidence_recall"]
    assert all(d["kept_fraction"] < 1 for d in custom)  # a real selection, not the whole context


def test_custom_task_in_a_sweep_matches_the_built_in_cells(tiny_model, tmp_path):
    from helpers_sweep import write_config

    from lceval.report import write_report
    from lceval.sweep import load_config, sweep

    data = _generate(tiny_model, tmp_path / "vt.jsonl", n=2)
    config = write_config(tmp_path, tasks=["lceval_ruler_vt", "lceval_custom"], selectors=["bm25"], budgets=[128],
                          num_samples=2, data_file="vt.jsonl")
    cfg = load_config(config)
    stats = sweep(cfg)
    assert stats.cells_run == 2 and stats.calls.model_calls <= 2  # the custom cell's prompts are the built-in's
    report = write_report(cfg.output, bootstrap_iters=100, plots=False)
    rows = {c["task"]: c for c in report.cells}
    for key in ("score", "evidence_recall", "acc_if_kept", "n_kept", "n_lost", "kept_tokens"):
        assert repr(rows["lceval_custom"][key]) == repr(rows["lceval_ruler_vt"][key]), key  # nan too


@pytest.mark.parametrize(
    "line,message",
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (json.dumps({**VALID, "anwsers": ["x"]}), "unknown field 'anwsers'"),
        (json.dumps({k: v for k, v in VALID.items() if k != "question"}), "missing field 'question'"),
        (json.dumps({**VALID, "answers": "Ada"}), "field 'answers' must be a non-empty list of strings"),
        (json.dumps({**VALID, "template": "no placeholder"}), "field 'template' must be a string holding the placeholder {context}"),
        (json.dumps({**VALID, "evidence": [{"start": 5, "end": 500}]}), "field 'evidence' must hold character spans"),
        (json.dumps({**VALID, "metric": "f1"}), "field 'metric' must be one of"),
        (json.dumps({**VALID, "max_new_tokens": 0}), "field 'max_new_tokens' must be an integer >= 1"),
    ],
)
def test_a_malformed_line_is_a_one_line_error_naming_the_line(tmp_path, capsys, tiny_model, line, message):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps(VALID) + "\n\n" + line + "\n")
    with pytest.raises(LcevalError, match="mine.jsonl:3: ") as info:
        read_samples(path)
    assert message in str(info.value) and "\n" not in str(info.value)
    args = ["select", "lceval_custom", "--data-file", str(path), "--tokenizer", str(tiny_model)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "mine.jsonl:3:" in err and "\n" not in err


def test_a_minimal_sample_gets_defaults_and_needs_a_data_file(tmp_path, tiny_model):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps(VALID) + "\n")
    [sample] = read_samples(path)
    assert (sample.task, sample.index, sample.metric, sample.evidence) == ("custom", 0, "string_match_all", [])
    with pytest.raises(LcevalError, match="needs a data_file"):
        select_docs(TaskSettings.from_kwargs("custom", "custom", tokenizer=str(tiny_model)))


def test_the_readme_example_is_a_valid_sample():
    import re
    from pathlib import Path

    from lceval.sources.custom import parse_line

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme[readme.index("### Bring your own data"):]
    block = re.search(r"```json\n(.*?)```", section, re.S).group(1)
    sample = parse_line(" ".join(block.splitlines()), "README.md")
    assert sample.evidence_texts() == ["Later, Dana Reyes approved the budget on Monday."]
    assert sample.prompt("KEPT").startswith("Read the memo.\n\nKEPT")
