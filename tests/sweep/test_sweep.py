"""A small sweep on a tiny random model: cells, summary.json, report files, cache, resume without model work."""

from __future__ import annotations

import json
import shutil

import pytest

from helpers_sweep import cell_records
from lceval.cli import main
from lceval.report import write_report

REQUIRED = {"task", "selector", "budget", "seed", "n", "score", "score_ci", "evidence_recall", "acc_if_kept",
            "acc_if_lost", "kept_tokens", "selection_ms", "model_s"}


def test_sweep_runs_every_cell_once_with_full_once_per_task(baseline):
    cfg, run, stats = baseline
    cells = sorted(p.name for p in (run / "cells").iterdir())
    assert stats.cells_run == len(cells) == 6  # 2 tasks x (full once + bm25 x 2 budgets)
    assert sum("__full__all__" in c for c in cells) == 2
    for cell in cells:
        files = {p.name for p in (run / "cells" / cell).iterdir()}
        assert files == {"result.json", "samples.jsonl", "config.json"}
    config = json.loads(next((run / "cells").glob("lceval_ruler_vt__bm25__128__s42-*/config.json")).read_text())
    assert config["selector"]["repr"].startswith("BM25(")
    assert config["metadata"]["budget"] == 128 and config["metadata"]["tokenizer"].endswith("tiny-model")
    assert config["model"]["args"]["max_length"] == 1024  # set from the longest task, so nothing is cut


def test_identical_prompts_reach_the_model_once(baseline):
    _, run, stats = baseline
    records = cell_records(run)
    unique = {r["prompt_sha256"] for rs in records.values() for r in rs}
    assert stats.calls.requests == sum(map(len, records.values())) == 24
    assert stats.calls.model_calls == len(unique) < 24
    assert stats.calls.cache_hits >= 8  # bm25 at 100% of the context asks what full asked


def test_summary_json_and_report_files(baseline):
    _, run, _ = baseline
    write_report(run, bootstrap_iters=200)
    summary = json.loads((run / "summary.json").read_text())
    assert summary["complete"] and summary["missing"] == [] and len(summary["cells"]) == 6
    for cell in summary["cells"]:
        assert REQUIRED <= set(cell)
        assert cell["n"] == 4 and 0 <= cell["score"] <= 100
        lo, hi = cell["score_ci"]
        assert lo <= cell["score"] <= hi
    full = [c for c in summary["cells"] if c["selector"] == "full"]
    assert all(c["budget"] is None and c["evidence_recall"] == 1.0 and c["n_lost"] == 0 for c in full)
    small = [c for c in summary["cells"] if c["budget"] == 128]
    assert all(c["kept_tokens"] <= 128 and c["n_kept"] + c["n_lost"] == 4 for c in small)
    assert any(c["n_lost"] > 0 for c in small)  # a 128-token budget loses evidence somewhere
    for name in ("report.md", "summary.csv", "score_vs_budget.png", "evidence_recall_vs_budget.png", "niah_depth_accuracy.png"):
        assert (run / name).stat().st_size > 0
    text = (run / "report.md").read_text()
    assert "tiny-random" in text and "scores are ~0 by design" in text
    assert "run once per task and seed" in text


def test_rerun_skips_finished_cells_without_loading_the_model(baseline, monkeypatch):
    from lceval.sweep import runner

    cfg, run, _ = baseline
    before = {p.name: p.stat().st_mtime_ns for p in (run / "cells").iterdir()}
    monkeypatch.setattr(runner, "load_model", lambda *a: pytest.fail("the model was loaded"))
    stats = runner.sweep(cfg)
    assert (stats.cells_run, stats.cells_skipped, stats.calls.model_calls) == (0, 6, 0)
    assert before == {p.name: p.stat().st_mtime_ns for p in (run / "cells").iterdir()}
    last = json.loads((run / "sessions.jsonl").read_text().splitlines()[-1])
    assert last["cells_run"] == 0 and last["calls"]["model_calls"] == 0


def test_report_of_a_partial_run_says_what_is_missing(baseline, tmp_path, capsys):
    _, run, _ = baseline
    partial = tmp_path / "partial"
    shutil.copytree(run, partial, ignore=shutil.ignore_patterns("tiny-model", "*.png"))
    gone = next((partial / "cells").glob("lceval_ruler_vt__bm25__1.0__s42-*"))
    shutil.rmtree(gone)
    assert main(["report", str(partial), "--bootstrap", "100"]) == 0
    summary = json.loads((partial / "summary.json").read_text())
    assert not summary["complete"] and summary["missing"] == [gone.name]
    assert len(summary["cells"]) == 5
    assert gone.name in (partial / "report.md").read_text()
    assert "5 of 6 planned finished" in capsys.readouterr().out


def test_report_of_a_folder_that_is_not_a_run_is_a_one_line_error(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "not a sweep run folder" in err and err.count("\n") == 1
