"""The report's statistics: bootstrap intervals, evidence kept vs lost, depth bins, partial NaN handling."""

from __future__ import annotations

import math

import pytest

from lceval.report.stats import bootstrap_ci, depth_bins, mean, split_by_evidence, summarize


def test_bootstrap_interval_brackets_the_mean_and_narrows_with_more_samples():
    small = [0, 100, 100, 0, 100]
    lo, hi = bootstrap_ci([small], iters=2000)
    assert lo < 60 < hi and 0 <= lo and hi <= 100
    lo_big, hi_big = bootstrap_ci([small * 20], iters=2000)
    assert hi_big - lo_big < hi - lo
    assert bootstrap_ci([small], iters=500) == bootstrap_ci([small], iters=500)  # seeded: reports are reproducible


def test_bootstrap_over_tasks_is_the_interval_of_the_mean_of_task_means():
    lo, hi = bootstrap_ci([[100.0] * 3, [0.0] * 30])
    assert lo == hi == 50.0  # each task weighs the same, whatever its size
    assert all(math.isnan(v) for v in bootstrap_ci([]))
    assert all(math.isnan(v) for v in bootstrap_ci([[1.0]], iters=0))


def test_accuracy_is_split_by_whether_all_evidence_was_kept():
    records = [
        {"score": 100.0, "evidence_recall": 1.0},
        {"score": 0.0, "evidence_recall": 0.5},
        {"score": 50.0, "evidence_recall": 0.0},
        {"score": 80.0, "evidence_recall": None},  # recall does not apply (cwe/fwe): in neither group
    ]
    assert split_by_evidence(records) == ([100.0], [0.0, 50.0])
    longbench = [{"score": 70.0, "evidence_recall": None, "answer_recall": 1.0}, {"score": 10.0, "answer_recall": 0.0}]
    assert split_by_evidence(longbench) == ([70.0], [10.0])  # no evidence spans: the answer recall decides
    row = summarize({"t": records}, iters=100)
    assert (row["acc_if_kept"], row["n_kept"], row["acc_if_lost"], row["n_lost"]) == (100.0, 1, 25.0, 2)
    assert row["evidence_recall"] == pytest.approx(0.5)
    assert math.isnan(mean([None, float("nan")]))


def test_depth_bins_count_each_needle_where_it_sits():
    records = [{"evidence_depths": [5.0, 95.0], "evidence_kept": [True, False], "score": 100.0},
               {"evidence_depths": [7.0], "evidence_kept": [False], "score": 0.0}]
    bins = depth_bins(records, "evidence", bins=10)
    assert bins[0] == (0.5, 2) and bins[9] == (0.0, 1) and math.isnan(bins[5][0]) and bins[5][1] == 0
    accuracy = depth_bins(records, "score", bins=10)  # a sample sits at its evidence's mean depth
    assert accuracy[0] == (0.0, 1) and accuracy[5] == (1.0, 1) and accuracy[9][1] == 0
