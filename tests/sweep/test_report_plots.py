"""What the report draws and says, read from the figures and files (content, not pixels)."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from lceval.report import build_report, write_report
from lceval.report.markdown import header_lines
from lceval.report.plots import figures


@pytest.fixture(autouse=True)
def close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.fixture(scope="module")
def report(baseline):
    return build_report(baseline[1], iters=200)


def _panel_lines(ax):
    return {line.get_label() for line in ax.get_lines()}


def test_score_plot_has_a_band_and_a_line_per_selector_and_the_full_reference(report):
    figs = figures(report)
    assert {"score_vs_budget.png", "score_vs_fraction.png", "evidence_recall_vs_budget.png", "niah_depth_accuracy.png",
            "niah_depth_recall.png", "kept_vs_lost.png"} <= set(figs)
    panels = [ax for ax in figs["score_vs_budget.png"].axes if ax.get_title()]
    assert len(panels) == 1 + len(report.tasks)
    for ax in panels:
        assert {"bm25", "full (whole context)"} <= _panel_lines(ax)
        bands = [c for c in ax.collections if c.get_label() == "_band bm25"]
        assert bands, "every selector's line has its CI band"
        assert ax.get_xscale() == "log"
        assert ("n=8/point" if ax.get_title().startswith("overall") else "n=4/point") in ax.get_title()
    ax = [a for a in figs["score_vs_fraction.png"].axes if a.get_title()][0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["100%"]  # fractions on their own axis


def test_depth_heatmap_has_the_whole_context_row(report):
    figs = figures(report)
    for name in ("niah_depth_accuracy.png", "niah_depth_recall.png"):
        ax = [a for a in figs[name].axes if a.get_title() == "bm25"][0]
        assert [t.get_text() for t in ax.get_yticklabels()] == ["full", "128", "100%"]
        assert ax.get_images()[0].get_array().shape == (3, 10)


def test_kept_vs_lost_is_per_task_with_intervals_in_summary_and_csv(baseline):
    run = baseline[1]
    write_report(run, bootstrap_iters=200, plots=False)
    summary = json.loads((run / "summary.json").read_text())
    rows = [r for r in summary["tasks"] if r["budget"] == 128]
    assert rows and all(len(r["acc_if_kept_ci"]) == 2 and len(r["acc_if_lost_ci"]) == 2 for r in rows)
    assert all(r["full_score"] == 0.0 for r in rows)  # the whole-context score of each task sits beside kept-vs-lost
    lost = [r for r in rows if r["n_lost"]]
    assert lost and all(r["acc_if_lost_ci"][0] <= r["acc_if_lost"] <= r["acc_if_lost_ci"][1] for r in lost)
    with open(run / "summary.csv", newline="") as f:
        table = list(csv.DictReader(f))
    assert list(table[0]) == list(summary["cells"][0]) and len(table) == len(summary["cells"])
    assert [r["selector"] for r in table] == [c["selector"] for c in summary["cells"]]
    text = (run / "report.md").read_text()
    assert "full (whole context): " in text and "accuracy if kept [95% CI] (n) / lost [95% CI] (n)" in text
    assert "even with the whole context" in text  # the tiny model scores ~0 with full context: say so


def test_identical_selections_and_a_missing_full_are_flagged(baseline, tmp_path):
    run = tmp_path / "run"
    shutil.copytree(baseline[1], run, ignore=shutil.ignore_patterns("tiny-model", "*.png", "responses.sqlite"))
    for folder in list((run / "cells").iterdir()):
        if "__full__" in folder.name:
            shutil.rmtree(folder)
        elif "__bm25__" in folder.name:  # a second selector that chose exactly what bm25 chose
            twin = run / "cells" / folder.name.replace("__bm25__", "__twin__")
            shutil.copytree(folder, twin)
            result = json.loads((twin / "result.json").read_text())
            result["cell"]["selector"] = "twin"
            (twin / "result.json").write_text(json.dumps(result))
    (run / "plan.json").write_text("[]")
    report = build_report(run, iters=50)
    assert {tuple(e["selectors"]) for e in report.identical} == {("bm25", "twin")}
    lines = header_lines(report)
    assert any(line.startswith("NOTE: bm25 and twin kept identical chunks on every sample of lceval_ruler_niah_single_1 at 128, 100% "
                               "(8 samples); lceval_ruler_vt at 128, 100% (8 samples)") for line in lines)
    assert any("no whole-context selector (`full`)" in line for line in lines)
    ax = [a for a in figures(report)["score_vs_budget.png"].axes if a.get_title()][0]
    assert {"bm25", "twin"} <= _panel_lines(ax)
    xs = {line.get_label(): line.get_xdata()[0] for line in ax.get_lines()}
    assert xs["bm25"] != xs["twin"]  # nudged apart, so both stay visible
    write_report(run, bootstrap_iters=50, plots=False)
    text = (run / "report.md").read_text()
    assert "[95% bootstrap CI])" in text and "CI], gap to full" not in text and "score [95% CI] gap to full" not in text


def test_the_terminal_report_fits_100_columns_without_wrapped_rows(report):
    import io
    import re

    from rich.console import Console

    from lceval.report import show

    console = Console(width=100, record=True, file=io.StringIO(), color_system=None)
    show(report, console)
    lines = console.export_text().splitlines()
    assert max(map(len, lines)) <= 100
    assert not [line for line in lines if re.match(r"^│\s+│", line)], "a table row wrapped onto a second line"
    assert any(re.match(r"^│ bm25\s+│ .*±", line) for line in lines)
