"""LongBench's two averages: the mean over datasets and the leaderboard's mean of category means."""

from __future__ import annotations

import math

import pytest

from lceval.metrics.longbench import CATEGORIES, category_average, dataset_mean, leaderboard_weight

# Category means by hand: 20, 50, 30, 60, 50, 60 -> leaderboard average 270 / 6 = 45.0;
# dataset sum 60 + 150 + 90 + 180 + 100 + 120 = 700 -> dataset mean 700 / 16 = 43.75.
SCORES = {
    "narrativeqa": 10.0, "qasper": 20.0, "multifieldqa_en": 30.0,
    "hotpotqa": 40.0, "2wikimqa": 50.0, "musique": 60.0,
    "gov_report": 30.0, "qmsum": 30.0, "multi_news": 30.0,
    "trec": 60.0, "triviaqa": 90.0, "samsum": 30.0,
    "passage_count": 0.0, "passage_retrieval_en": 100.0,
    "lcc": 70.0, "repobench-p": 50.0,
}  # fmt: skip


def test_the_two_averages_by_hand():
    assert sorted(SCORES) == sorted(d for members in CATEGORIES.values() for d in members)
    assert dataset_mean(SCORES) == pytest.approx(43.75)
    assert category_average(SCORES) == pytest.approx(45.0)


def test_lm_eval_group_mean_of_weighted_scores_is_the_leaderboard_average():
    """The group metric lm-eval computes (unweighted mean over its datasets) of score x weight."""
    from lm_eval.api.metrics import aggregate_subtask_metrics

    sizes = [200 - 7 * i for i in range(len(SCORES))]  # dataset sizes must not matter
    weighted = [SCORES[d] * leaderboard_weight(d) for d in SCORES]
    assert aggregate_subtask_metrics(weighted, sizes, False) == pytest.approx(45.0)
    assert aggregate_subtask_metrics(list(SCORES.values()), sizes, False) == pytest.approx(43.75)


def test_longbench_e_weights_and_chinese_datasets():
    e_scores = {d: s for d, s in SCORES.items() if d not in ("narrativeqa", "musique", "qmsum")}
    weighted = [e_scores[d] * leaderboard_weight(d, e_variant=True) for d in e_scores]
    assert sum(weighted) / len(weighted) == pytest.approx(category_average(e_scores))
    assert math.isnan(leaderboard_weight("dureader")) and math.isnan(leaderboard_weight("narrativeqa", e_variant=True))


def test_llama2_7b_chat_published_scores_give_the_published_average():
    """THUDM/LongBench README (@2e00731): Llama2-7B-chat-4k per-dataset scores, leaderboard "Avg" 31.0."""
    published = {
        "narrativeqa": 18.7, "qasper": 19.2, "multifieldqa_en": 36.8,
        "hotpotqa": 25.4, "2wikimqa": 32.8, "musique": 9.4,
        "gov_report": 27.3, "qmsum": 20.8, "multi_news": 25.8,
        "trec": 61.5, "triviaqa": 77.8, "samsum": 40.7,
        "passage_count": 2.1, "passage_retrieval_en": 9.8,
        "lcc": 52.4, "repobench-p": 43.8,
    }  # fmt: skip
    assert round(category_average(published), 1) == 31.0
    assert round(dataset_mean(published), 1) == 31.5


@pytest.mark.parametrize("dataset, e_variant, weight", [("hotpotqa", False, 16 / 18), ("lcc", False, 16 / 12), ("hotpotqa", True, 13 / 12), ("trec", True, 13 / 18)])
def test_each_record_reports_its_weighted_score(dataset, e_variant, weight):
    """category_score = score x 16 / (6 x datasets in its category) (LongBench-E: 13 / (6 x ...))."""
    import json

    from lceval.harness import process_results, process_results_e

    doc = {
        "family": "longbench", "metric": "longbench_qa_f1", "answers": ["Paris"], "meta": json.dumps({"dataset": dataset, "length": 5000}),
        "evidence_recall": math.nan, "answer_recall": 1.0, "skipped_records": 0,
        "kept_tokens": 10, "kept_fraction": 1.0, "selection_ms": 0.1, "truncated": False,
    }  # fmt: skip
    metrics = (process_results_e if e_variant else process_results)(doc, ["Paris"])
    assert metrics["category_score"] == pytest.approx(100.0 * weight)
