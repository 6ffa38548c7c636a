"""`lceval report A B`: two runs side by side, each selector against its own run's full."""

from __future__ import annotations

import csv
import json
import shutil

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


def test_a_length_axis_runs_one_folder_per_length_and_plots_score_against_length(tmp_path):
    import yaml

    from helpers_sweep import write_config
    from lceval.report.build import build_comparison
    from lceval.report.plots import figures

    config = write_config(tmp_path, tasks=["lceval_ruler_vt"], selectors=["full", "bm25"], budgets=[128], num_samples=2)
    data = yaml.safe_load(config.read_text())
    del data["max_seq_length"]
    config.write_text(yaml.safe_dump({**data, "max_seq_lengths": [1024, 1536]}))
    assert main(["sweep", str(config), "--plan"]) == 0
    assert main(["sweep", str(config)]) == 0
    run = tmp_path / "run"
    assert sorted(p.name for p in run.glob("len*")) == ["len1024", "len1536"]
    summary = json.loads((run / "summary.json").read_text())
    assert [r["fingerprint"]["max_seq_length"] for r in summary["runs"]] == [1024, 1536]
    assert (run / "score_vs_length.png").is_file()
    fig = figures(build_comparison([run / "len1024", run / "len1536"], run, iters=50))["score_vs_length.png"]
    ax = [a for a in fig.axes if a.get_title() == "budget 128"][0]
    assert [line.get_label() for line in ax.get_lines()] == ["bm25"] and list(ax.get_lines()[0].get_xdata()) == [1024, 1536]
    contexts = {r["run"]: r["context_tokens"] for r in summary["cells"] if r["selector"].endswith("/full")}
    assert contexts["len1024"] < contexts["len1536"]
