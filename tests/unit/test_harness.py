import json
import math

import pytest

from lceval.data import find_file
from lceval.errors import LcevalError
from lceval.harness import nanmean, process_results, select_one
from lceval.sample import Evidence, LongSample
from lceval.selection import build_selector
from lceval.settings import TaskSettings
from lceval.tokenization import load_tokenizer

NEEDLE = "One of the special magic numbers for alpha is: 1234567."


def _sample() -> LongSample:
    context = "The grass is green. The sky is blue. " * 60 + NEEDLE + " " + "The sun is yellow. Here we go. " * 60
    start = context.index(NEEDLE)
    return LongSample(
        task="niah_single_1", index=0, context=context,
        template="Some special magic numbers are hidden.\n{context}\nWhat are all the special magic numbers for alpha?",
        question="What are all the special magic numbers for alpha?", answers=["1234567"],
        answer_prefix=" The special magic numbers for alpha mentioned in the provided text are",
        evidence=[Evidence(start, start + len(NEEDLE), "needle")],
    )


def _doc(tiny_model, selector, budget):
    settings = TaskSettings.from_kwargs("ruler", "niah_single_1", pretrained=str(tiny_model), selector=selector, budget=budget, chunk_tokens=32)
    return select_one(_sample(), settings, build_selector(selector), load_tokenizer(settings.tokenizer))


def test_full_reproduces_the_upstream_prompt_byte_for_byte(tiny_model):
    doc = _doc(tiny_model, "full", None)
    assert doc["prompt"] == _sample().prompt()
    assert doc["evidence_recall"] == 1.0 and doc["kept_fraction"] == 1.0


def test_bm25_at_a_small_budget_keeps_the_needle_and_respects_the_budget(tiny_model):
    doc = _doc(tiny_model, "bm25", 64)
    assert NEEDLE in doc["prompt"]
    assert doc["kept_tokens"] <= 64 and doc["evidence_recall"] == 1.0
    assert doc["kept_chunks"] == sorted(doc["kept_chunks"])
    assert doc["evidence_depths"] == [pytest.approx(54.0, abs=1)]


def test_a_budget_that_loses_the_needle_reports_zero_recall(tiny_model):
    settings = TaskSettings.from_kwargs("ruler", "niah_single_1", pretrained=str(tiny_model), budget=64, chunk_tokens=32)
    doc = select_one(_sample(), settings, build_selector("full").__class__(), load_tokenizer(settings.tokenizer))
    assert doc["evidence_recall"] == 1.0  # full ignores the budget
    first_chunks_only = _doc(tiny_model, "oracle", 64)
    assert first_chunks_only["evidence_recall"] == 1.0
    from lceval.selection.base import ScoringSelector

    class FirstChunks(ScoringSelector):
        def score(self, question, chunks, evidence=()):
            return [-c.index for c in chunks]

    lost = select_one(_sample(), settings, FirstChunks(), load_tokenizer(settings.tokenizer))
    assert lost["evidence_recall"] == 0.0 and NEEDLE not in lost["prompt"]


def test_process_results_scores_with_the_upstream_metric(tiny_model):
    doc = _doc(tiny_model, "bm25", 64)
    assert process_results(doc, [" 1234567."])["score"] == 100.0
    result = process_results(doc, ["no idea"])
    assert result["score"] == 0.0 and set(result) == {"score", "evidence_recall", "kept_tokens", "kept_fraction", "selection_ms", "truncated"}
    assert json.loads(doc["meta"]) == {}


def test_nanmean_skips_not_applicable_samples():
    assert nanmean([1.0, math.nan, 0.0]) == 0.5
    assert math.isnan(nanmean([math.nan]))


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"budget": 1.5}, "fractional budget"),
        ({"budget": -3}, "budget"),
        ({"budget": "lots"}, "budget"),
        ({"chunk_tokens": 0}, "chunk_tokens"),
        ({"truncation": "left"}, "truncation"),
        ({"num_samples": 0}, "num_samples"),
    ],
)
def test_bad_settings_are_clear_errors(tiny_model, kwargs, message):
    with pytest.raises(LcevalError, match=message):
        TaskSettings.from_kwargs("ruler", "vt", pretrained=str(tiny_model), **kwargs)


def test_missing_tokenizer_is_a_clear_error():
    with pytest.raises(LcevalError, match="no tokenizer"):
        TaskSettings.from_kwargs("ruler", "vt")


def test_missing_data_file_names_the_file_and_the_fix(tmp_path):
    with pytest.raises(LcevalError, match="missing ruler/PaulGrahamEssays.json in data_dir"):
        find_file("ruler/PaulGrahamEssays.json", str(tmp_path))
    with pytest.raises(LcevalError, match="is not a directory"):
        find_file("ruler/PaulGrahamEssays.json", str(tmp_path / "nope"))
