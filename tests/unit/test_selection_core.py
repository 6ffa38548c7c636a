import math

import pytest

from lceval.errors import LcevalError
from lceval.sample import Chunk, Evidence
from lceval.selection import build_selector, keep_within_budget, resolve_budget
from lceval.selection.bm25 import word_tokens

from helpers_chunks import make_chunks as _chunks


@pytest.mark.parametrize("budget,total,expected", [(512, 4000, 512), (0.25, 4000, 1000), (1.0, 333, 333), (None, 77, 77), (0.001, 10, 1)])
def test_resolve_budget(budget, total, expected):
    assert resolve_budget(budget, total) == expected


@pytest.mark.parametrize("bad", [0, -1, 0.0, 1.5, -0.2, math.nan, "512", True])
def test_bad_budget_is_a_clear_error(bad):
    with pytest.raises(LcevalError, match="budget"):
        resolve_budget(bad, 100)


def test_keep_within_budget_is_best_first_and_returns_original_order():
    chunks = _chunks(["a", "b", "c", "d"])
    assert keep_within_budget(chunks, [0.1, 0.9, 0.5, 0.7], 20) == [1, 3]
    assert keep_within_budget(chunks, [1, 1, 1, 1], 25) == [0, 1]  # ties: earlier first


def test_keep_within_budget_skips_a_chunk_that_does_not_fit():
    chunks = [Chunk(0, 0, 1, "a", 50), Chunk(1, 1, 2, "b", 10), Chunk(2, 2, 3, "c", 10)]
    assert keep_within_budget(chunks, [3, 2, 1], 25) == [1, 2]


def test_word_tokens_are_lowercased_words_not_characters():
    assert word_tokens("The magic-number for ALPHA, is: 12.") == ["the", "magic", "number", "for", "alpha", "is", "12"]


def test_bm25_ranks_the_chunk_sharing_the_question_words_first():
    chunks = _chunks(["The grass is green. ", "The special magic number for alpha is 7. ", "The sky is blue. "])
    selector = build_selector("bm25")
    assert selector.select("What is the special magic number for alpha?", chunks, 10) == [1]


def test_full_keeps_everything_whatever_the_budget():
    chunks = _chunks(["a ", "b ", "c "])
    assert build_selector("full").select("q", chunks, 1) == [0, 1, 2]


def test_oracle_keeps_evidence_first_then_fills_by_position():
    chunks = _chunks(["a ", "b ", "c ", "d "])
    evidence = [Evidence(chunks[2].start, chunks[2].end)]
    assert build_selector("oracle").select("q", chunks, 20, evidence) == [0, 2]


def test_unknown_selector_suggests_the_closest_name():
    with pytest.raises(LcevalError, match="Did you mean 'bm25'"):
        build_selector("bm52")


def test_preset_and_parameter_errors():
    assert build_selector("bm25-saturated").k1 == 0.9
    assert build_selector({"selector": "bm25", "params": {"k1": 2.0}}).k1 == 2.0
    with pytest.raises(LcevalError, match="no parameter 'k3'"):
        build_selector({"selector": "bm25", "params": {"k3": 1}})
