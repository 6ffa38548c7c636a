"""RULER metrics against the upstream formulas, restated here from NVIDIA/RULER scripts/eval."""

from __future__ import annotations

import re

import pytest

from lceval.metrics import ruler, score


def upstream_postprocess(text: str) -> str:
    return re.compile(r"[\x00-\x1f]").sub("\n", text.strip()).strip()


def upstream_all(preds, refs):
    return round(sum(sum(1.0 if r.lower() in p.lower() else 0.0 for r in ref) / len(ref) for p, ref in zip(preds, refs)) / len(preds) * 100, 2)


def upstream_part(preds, refs):
    return round(sum(max(1.0 if r.lower() in p.lower() else 0.0 for r in ref) for p, ref in zip(preds, refs)) / len(preds) * 100, 2)


CASES = [
    # (raw prediction, references, expected score_all, expected score_part)
    ("1234567", ["1234567"], 100.0, 100.0),
    (" The number is 1234567.\n", ["1234567"], 100.0, 100.0),
    ("", ["1234567"], 0.0, 0.0),
    ("   \n\t ", ["x"], 0.0, 0.0),
    ("7654321 and 1111111", ["7654321", "2222222", "1111111", "3333333"], 50.0, 100.0),
    ("FOO, bar", ["foo", "Bar", "baz"], 200 / 3, 100.0),
    ("Paris", ["paris", "Paris", "the city of Paris"], 200 / 3, 100.0),  # SQuAD-style repeated answers
    ("ab\x00cd", ["ab\ncd"], 100.0, 100.0),  # control characters become newlines
    ("ab\x1fcd", ["abcd"], 0.0, 0.0),
    ("\x07 XVRTL BBILY\x1b", ["BBILY", "XVRTL"], 100.0, 100.0),
    ("ab\x7fcd", ["ab\x7fcd"], 100.0, 100.0),  # DEL is not in [\x00-\x1f]
]


@pytest.mark.parametrize("prediction, refs, want_all, want_part", CASES)
def test_per_sample_scores(prediction, refs, want_all, want_part):
    assert ruler.score_all(prediction, refs) == pytest.approx(want_all)
    assert ruler.score_part(prediction, refs) == pytest.approx(want_part)
    pred = upstream_postprocess(prediction)
    assert ruler.postprocess(prediction) == pred
    assert ruler.score_all(prediction, refs) == pytest.approx(upstream_all([pred], [refs]), abs=0.005)
    assert ruler.score_part(prediction, refs) == pytest.approx(upstream_part([pred], [refs]))


def test_aggregates_match_upstream_and_the_mean_of_sample_scores():
    preds = [upstream_postprocess(p) for p, *_ in CASES]
    refs = [r for _, r, *_ in CASES]
    assert ruler.string_match_all(preds, refs) == upstream_all(preds, refs)
    assert ruler.string_match_part(preds, refs) == upstream_part(preds, refs)
    mean_all = sum(ruler.score_all(p, r) for p, r, *_ in CASES) / len(CASES)
    assert round(mean_all, 2) == ruler.string_match_all(preds, refs)


def test_part_is_any_reference_not_the_fraction():
    # lm-eval's port would give 1/3 here; upstream RULER gives full credit.
    assert ruler.score_part("the answer is Denver", ["Denver", "Denver Broncos", "the Broncos"]) == 100.0


def test_registered_under_the_upstream_names():
    assert score("string_match_all", "a b", ["A", "c"]) == 50.0
    assert score("string_match_part", "a b", ["A", "c"]) == 100.0
