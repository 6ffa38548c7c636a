"""The dense baseline: all-MiniLM-L6-v2 cosine only, registered beside bm25, cached per document."""

import pytest

from lceval.sample import Chunk
from lceval.selection import build_selector
from lceval.selection.dense import Dense
from lceval.selection.encoder import Encoder

TEXTS = [
    "The committee met on Tuesday to discuss the budget for next year. ",
    "Our dog loves running along the beach and chasing seagulls. ",
    "Quarterly revenue rose because more customers renewed their subscriptions. ",
    "The recipe needs two eggs, flour and a pinch of salt. ",
]


def _chunks(texts):
    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Chunk(i, start, start + len(text), text, 12))
        start += len(text)
    return out


@pytest.fixture
def encoder(monkeypatch):
    fresh = Encoder()
    monkeypatch.setattr("lceval.selection.dense.shared_encoder", lambda kind="minilm": fresh)
    return fresh


def test_dense_finds_a_paraphrase_bm25_cannot(encoder):
    """No word of the question occurs in the answer chunk: only meaning connects them."""
    question = "Which pet likes seaside walks?"
    chunks = _chunks(TEXTS)
    assert build_selector("bm25").score(question, chunks)[1] == 0.0
    scores = Dense().score(question, chunks)
    assert max(range(4), key=scores.__getitem__) == 1
    assert Dense().select(question, chunks, 12) == [1]


def test_a_document_is_encoded_once_across_budgets_and_poolings(encoder):
    chunks = _chunks(TEXTS)
    for budget in (12, 24, 36):
        Dense().select("How did sales do?", chunks, budget)
    Dense(pooling="mean").select("How did sales do?", chunks, 12)
    assert encoder.calls == 2  # the document once, the question once


def test_preset_and_bad_pooling():
    assert isinstance(build_selector("dense"), Dense)
    with pytest.raises(Exception, match="pooling"):
        build_selector({"selector": "dense", "params": {"pooling": "sum"}})


@pytest.mark.parametrize("kind", ["static", "minilm"])
def test_pooled_token_vectors_bound_every_token_and_keep_one_word_undiluted(kind):
    """``Encoder.pooled``: per text the max and min of its token vectors; a one-token text pools to that token."""
    import numpy as np

    encoder = Encoder(kind)
    dim = encoder.dim()
    pooled = encoder.pooled(["libretto", "the quiz in the libretto", "register"])
    assert pooled.shape == (3, 2 * dim) and encoder.pooled([]).shape == (0, 2 * dim)
    top, bottom = pooled[:, :dim], pooled[:, dim:]
    assert (top >= bottom).all()
    if kind == "static":  # one word, one row of the table: max and min are that row
        assert np.allclose(top[2], bottom[2])
    # every token of "libretto" sits inside the longer text's bounds (static: the same rows; minilm: context moves them)
    if kind == "static":
        assert (top[1] >= top[0] - 1e-6).all() and (bottom[1] <= bottom[0] + 1e-6).all()
