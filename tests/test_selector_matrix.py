"""Every registered selector, with its defaults, against the same contract (new selectors join automatically)."""

import pytest

from lceval.sample import Evidence
from lceval.selection import REGISTRY, build_selector

from helpers_chunks import make_chunks

NAMES = sorted(REGISTRY)

TEXTS = [
    "Most startups fail because they make something nobody wants. ",
    "The vault code for the Cedar Hill depot is AB-1234. ",
    "Investors look for growth more than for revenue in the early days. ",
    "Someone guessed that the vault code for the Cedar Hill depot might be ZZ-0000. ",
    "Update: the vault code for the Cedar Hill depot was changed to CD-5678. ",
    "A good essay starts with a question and ends somewhere unexpected. ",
    "On the morning of the regatta, Greta Moreau walked to the clinic. ",
    "Nobody remembers the details of a meeting a week later. ",
]
TOKENS = [12, 11, 13, 16, 14, 12, 13, 11]
QUESTION = "What is the current vault code for the Cedar Hill depot?"


def _chunks(texts=TEXTS, tokens=TOKENS):
    return make_chunks(texts, tokens)


@pytest.fixture(scope="module", params=NAMES)
def selector(request):
    return request.param, build_selector(request.param)


@pytest.mark.parametrize("budget", [1, 11, 25, 40, 60])
def test_budget_is_respected_and_chunk_order_is_preserved(selector, budget):
    _, sel = selector
    chunks = _chunks()
    kept = sel.select(QUESTION, chunks, budget)
    assert kept == sorted(set(kept)) and all(0 <= i < len(chunks) for i in kept)
    if sel.ignores_budget:
        assert kept == list(range(len(chunks)))
    else:
        assert sum(chunks[i].n_tokens for i in kept) <= budget
        assert budget < min(TOKENS) or kept, "a budget that fits a chunk keeps at least one"


def test_selection_is_deterministic(selector):
    _, sel = selector
    assert sel.select(QUESTION, _chunks(), 30) == sel.select(QUESTION, _chunks(), 30) == build_selector(selector[0]).select(QUESTION, _chunks(), 30)


def test_empty_and_one_chunk_contexts(selector):
    _, sel = selector
    assert sel.select(QUESTION, [], 100) == []
    one = _chunks(TEXTS[:1], TOKENS[:1])
    assert sel.select(QUESTION, one, 100) == [0]
    assert sel.select(QUESTION, one, 5) == ([0] if sel.ignores_budget else [])


def test_a_budget_larger_than_the_context_keeps_everything(selector):
    _, sel = selector
    assert sel.select(QUESTION, _chunks(), 10 * sum(TOKENS)) == list(range(len(TEXTS)))


def test_only_the_oracle_reads_the_evidence(selector):
    _, sel = selector
    chunks = _chunks()
    evidence = [Evidence(chunks[6].start, chunks[6].end, "gold")]
    with_evidence, without = sel.select(QUESTION, chunks, 25, evidence), sel.select(QUESTION, chunks, 25)
    if sel.reads_evidence:
        assert 6 in with_evidence
    else:
        assert with_evidence == without


def test_the_built_in_traits():
    assert {n for n in NAMES if build_selector(n).ignores_budget} == {"full"}
    assert {n for n in NAMES if build_selector(n).reads_evidence} == {"oracle"}


def test_a_preset_named_after_a_selector_restates_exactly_its_defaults():
    """selectors/<name>.yaml documents the defaults of selector <name>: the two must not drift apart."""
    from lceval.selection import presets, selector_class

    named = [n for n in presets() if n in REGISTRY]
    assert {"bm25", "hybrid", "learned"} <= set(named)
    for name in named:
        assert repr(build_selector(name)) == repr(selector_class(name)()), name
