"""`lceval report A B`: two runs side by side, each selector against its own run's full."""

from __future__ import annotations

import csv
import json
import shutil

from helpers_sweep import baseline  # noqa: F401  (a fixture)
from lceval.cli import main


def _second_run(baseline, tmp_path):
    """A copy of the baseline run standing for another model: its bm25 scores all 100 (a different reader)."""
    other = tmp_path / "other-model" / "run"
    shutil.copytree(baseline[1], other, ignore=shutil.ignore_patterns("tiny-model", "*.png", "responses.sqlite"))
    run_json = json.loads((other / "run.json").read_text())
    run_json["fingerprint"]["max_seq_length"] = 2048
    (other / "run.json").write_text(json.dumps(run_json))
    for samples in (other / "cells").glob("*__bm25__*/samples.jsonl"):
        lines = [json.loads(line) for line in samples.read_text().splitlines()]
        samples.write_text("".join(json.dumps({**r, "score": 100.0}) + "\n" for r in lines))
    return other


def test_report_of_two_runs_side_by_side(baseline, tmp_path, capsys):
    first = baseline[1]
    second = _second_run(baseline, tmp_path)
    out = tmp_path / "both"
    assert main(["report", str(first), str(second), "--output", str(out), "--bootstrap", "100"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert [r["name"] for r in summary["runs"]] == ["sweep-baseline0-run", "other-model-run"]
    overall = {(r["selector"], r["budget"]): r for r in summary["overall"]}
    assert overall[("other-model-run/bm25", 128)]["score"] == 100.0
    assert overall[("sweep-baseline0-run/bm25", 128)]["score"] == overall[("sweep-baseline0-run/full", None)]["score"]
    # each run's gap is measured against its own full
    assert overall[("other-model-run/bm25", 128)]["gap_to_full"] == 100.0 - overall[("other-model-run/full", None)]["score"]
    with open(out / "summary.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(summary["cells"][0]) and {r["run"] for r in rows} == {"sweep-baseline0-run", "other-model-run"}
    text = (out / "report.md").read_text()
    assert "Comparing 2 runs" in text and "max_seq_length = 1024 / 2048" in text
    assert "| other-model-run/bm25 |" in text and (out / "score_vs_budget.png").is_file()


def test_report_refuses_a_run_given_twice_and_a_non_run(baseline, tmp_path, capsys):
    assert main(["report", str(baseline[1]), str(baseline[1]), "--output", str(tmp_path / "x")]) == 2
    assert "given twice" in capsys.readouterr().err
    assert main(["report", str(baseline[1]), str(tmp_path)]) == 2
    assert "not a sweep run folder" in capsys.readouterr().err
