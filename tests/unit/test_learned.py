"""The learned selector: deterministic features, committed weights, per-document cache, trainer, budget."""

import json
import math

import numpy as np
import pytest

from lceval.errors import LcevalError
from lceval.selection import build_selector
from lceval.selection.encoder import DocumentEmbedding, Encoder, pieces
from lceval.selection.features import FEATURES, chunk_features
from lceval.selection.head import DEFAULT_WEIGHTS, Head, load_head

from helpers_chunks import make_chunks

HAYSTACK = [
    "The grass is green and the sky is blue. ",
    "Paul wrote about startups and the way founders think about hiring. ",
    "One of the special magic numbers for brave-otter is: 4821937. ",
    "Cities grow when people can reach each other cheaply. ",
    "The sun is yellow. Here we go. There and back again. ",
    "An essay should answer a question the writer actually has. ",
]
QUESTION = "What is the special magic number for brave-otter mentioned in the provided text?"


def _chunks(texts, tokens=(12, 14, 13, 11, 12, 12)):
    return make_chunks(texts, tokens)


def _fake_embedding(chunks, dim=384, seed=0):  # all-MiniLM-L6-v2's width: the slot models read it
    rng = np.random.default_rng(seed)
    owner = np.array([i for i, c in enumerate(chunks) for _ in pieces(c.text)])
    vectors = rng.normal(size=(len(owner), dim))
    return DocumentEmbedding(vectors / np.linalg.norm(vectors, axis=1, keepdims=True), owner)


@pytest.fixture
def encoder(monkeypatch):
    """A fresh process-wide static encoder (the learned selector's default), so call counts start at zero."""
    fresh = Encoder("static")
    monkeypatch.setattr("lceval.selection.learned.shared_encoder", lambda kind: fresh)
    return fresh


def test_features_are_deterministic_and_named():
    chunks = _chunks(HAYSTACK)
    embedding = _fake_embedding(chunks)
    query = embedding.vectors[3]
    first = chunk_features(QUESTION, chunks, embedding, query)
    again = chunk_features(QUESTION, chunks, _fake_embedding(chunks), query.copy())
    assert first.shape == (len(chunks), len(FEATURES))
    assert np.array_equal(first, again)
    assert np.isfinite(first).all()
    column = dict(zip(FEATURES, first.T))
    assert column["bm25_norm"].argmax() == 2 and column["bm25_norm"].max() == 1.0
    assert column["value_log"][2] > 0 and column["value_log"][0] == 0  # 4821937 is value-like, prose is not
    assert list(column["position"]) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_question_cue_features():
    chunks = _chunks(HAYSTACK)
    embedding = _fake_embedding(chunks)
    latest = dict(zip(FEATURES, chunk_features("What is the current code of the vault?", chunks, embedding, embedding.vectors[0]).T))
    first = dict(zip(FEATURES, chunk_features("What was the first code of the vault?", chunks, embedding, embedding.vectors[0]).T))
    assert latest["q_latest"][0] == 1 and latest["q_earlier"][0] == 0
    assert first["q_latest"][0] == 0 and first["q_earlier"][0] == 1


def test_committed_weights_load_and_rank_the_needle_first(encoder):
    head = load_head()
    assert tuple(head.features) == FEATURES
    assert head.meta["seed"] >= 10_000_000  # trained on seeds disjoint from evaluation
    scores = build_selector("learned").score(QUESTION, _chunks(HAYSTACK))
    assert len(scores) == len(HAYSTACK) and all(math.isfinite(s) for s in scores)
    assert max(range(len(scores)), key=scores.__getitem__) == 2


def test_a_document_is_encoded_once_across_budgets(encoder):
    selector = build_selector("learned")
    chunks = _chunks(HAYSTACK)
    first = selector.select(QUESTION, chunks, 30)
    calls = encoder.calls
    assert calls == 2  # the document's pieces in one batch call, the question in another
    assert build_selector("learned").select(QUESTION, chunks, 60) != first  # a new selector, another budget
    assert selector.select(QUESTION, chunks, 30) == first
    assert encoder.calls == calls
    other = [t.replace("The", "A") for t in HAYSTACK]
    selector.select(QUESTION, _chunks(other), 30)  # another document (new sentences) is encoded
    assert encoder.calls == calls + 1


@pytest.mark.parametrize("budget", [1, 11, 25, 40, 1000])
def test_selection_respects_the_budget(encoder, budget):
    chunks = _chunks(HAYSTACK)
    kept = build_selector("learned").select(QUESTION, chunks, budget)
    assert kept == sorted(set(kept))
    assert sum(chunks[i].n_tokens for i in kept) <= budget
    if budget >= sum(c.n_tokens for c in chunks):
        assert kept == list(range(len(chunks)))


def test_only_the_candidates_of_a_budget_are_embedded_and_they_rank_first(encoder):
    from lceval.selection.learned import Learned

    chunks = _chunks(HAYSTACK)
    bm25 = build_selector("bm25").score(QUESTION, chunks)
    top = sorted(range(len(chunks)), key=lambda i: (-bm25[i], i))
    candidates, rest = top[:2], top[2:]  # 13 tokens reach the budget, but at least 2 chunks
    scores = Learned(candidate_factor=1.0, min_candidates=2).candidate_scores(QUESTION, chunks, 13)
    assert set(encoder._memo) == {QUESTION, *(p for i in candidates for p in pieces(chunks[i].text))}
    assert min(scores[i] for i in candidates) > max(scores[i] for i in rest)
    assert sorted(rest, key=lambda i: (-scores[i], i)) == rest  # the others keep BM25's order
    assert len(Learned(candidate_factor=0).candidate_scores(QUESTION, chunks, 13)) == len(chunks)


def test_weights_trained_on_other_features_are_refused(tmp_path):
    data = json.loads(DEFAULT_WEIGHTS.read_text())
    data["features"] = data["features"][:-1]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data))
    with pytest.raises(LcevalError, match="other features"):
        load_head(str(path))
    with pytest.raises(LcevalError, match="train-selector"):
        load_head(str(tmp_path / "missing.json"))


def test_head_round_trips_through_json(tmp_path):
    rng = np.random.default_rng(1)
    n = len(FEATURES)
    head = Head(list(FEATURES), rng.normal(size=n), rng.random(n) + 0.5, [(rng.normal(size=(n, 4)), rng.normal(size=4)), (rng.normal(size=(4, 1)), rng.normal(size=1))])
    head.save(tmp_path / "h.json")
    x = rng.normal(size=(5, n))
    assert np.allclose(load_head(str(tmp_path / "h.json"))(x), head(x))


def test_training_refuses_evaluation_seeds(tmp_path):
    from lceval.training.selector import main

    with pytest.raises(LcevalError, match="10,000,000"):
        main(["--seed", "42", "--out", str(tmp_path / "w.json")])


def test_a_tiny_training_run_writes_weights_that_load(tmp_path, monkeypatch, data_dir, encoder):
    from lceval.training import selector as train_selector

    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(train_selector, "shared_encoder", lambda kind: encoder)
    out = tmp_path / "weights.json"
    args = ["--tasks", "ruler/niah_single_1", "--samples-per-task", "3", "--lengths", "1024", "--steps", "30",
            "--validation", "0", "--data-dir", data_dir, "--out", str(out)]
    assert train_selector.main(args) == 0
    head = load_head(str(out))
    assert head.meta["trained_on"] == ["ruler/niah_single_1"]
    assert head.meta["documents"] == 3 * 3  # 3 samples x 3 budgets' candidate sets (a 1K context: every chunk)
    scores = build_selector("learned", weights=str(out)).score(QUESTION, _chunks(HAYSTACK))
    assert len(scores) == len(HAYSTACK)
    calls = encoder.calls
    assert train_selector.main(args) == 0  # features come from the on-disk cache: nothing re-encoded
    assert encoder.calls == calls


def test_lceval_train_selector_passes_its_options_through(capsys):
    from lceval.cli import main

    assert main(["train-selector", "--seed", "5"]) == 2
    assert "10,000,000" in capsys.readouterr().err


@pytest.mark.parametrize("task", ["ruler/qa_1", "ruler/qa_2", "longbench/multifieldqa_en"])
def test_training_refuses_evaluation_records(tmp_path, task):
    from lceval.training.selector import main

    with pytest.raises(LcevalError, match="evaluation data"):
        main(["--tasks", task, "--out", str(tmp_path / "w.json")])


def test_inverse_cloze_documents_come_from_the_essays_with_their_evidence(data_dir):
    from lceval.training.texts import generate

    from lceval.selection.encoder import model_path

    for sample in generate("ict", 4, 10_000_001, str(model_path()), max_seq_length=1024, data_dir=data_dir):
        (evidence,) = sample.evidence
        assert 0 <= evidence.start < evidence.end <= len(sample.context)
        words = sample.question.split()
        assert words and set(words) <= set(sample.answers[0].split())  # the query is the sentence, a third of it dropped
        if evidence.label == "ict sentence":
            assert sample.context[evidence.start : evidence.end] == sample.answers[0]
        else:
            assert sample.answers[0] not in sample.context


def test_the_encoder_is_a_named_parameter_of_the_cell():
    from dataclasses import asdict

    from lceval.selection.learned import HEADS, SLOT_WEIGHTS

    assert asdict(build_selector("learned"))["encoder"] == "static"
    minilm = build_selector({"selector": "learned", "params": {"encoder": "minilm"}})
    assert minilm.content_files()[:2] == [HEADS["minilm"], SLOT_WEIGHTS["minilm"]]  # each encoder has its own head and slot models
    assert load_head(str(HEADS["static"])).meta["encoder"] == "static"
    with pytest.raises(Exception, match="encoder"):
        build_selector({"selector": "learned", "params": {"encoder": "bert"}})


def test_the_minilm_encoder_with_its_own_head_ranks_the_needle_first():
    scores = build_selector({"selector": "learned", "params": {"encoder": "minilm"}}).score(QUESTION, _chunks(HAYSTACK))
    assert max(range(len(scores)), key=scores.__getitem__) == 2


def test_the_head_never_trains_on_the_newest_memlife_family():
    """The newest independently written family is the held-out one: neither the default training tasks nor the
    committed head's may include it (older families, read as development sets, may be trained on)."""
    from lceval.families import FAMILIES
    from lceval.training.selector import DEFAULT_TASKS

    newest = max((name for name in FAMILIES if name.startswith("memlife_v")), key=lambda name: int(name.rpartition("v")[2]))
    trained = json.loads(DEFAULT_WEIGHTS.read_text())["meta"]["trained_on"]
    for tasks in (DEFAULT_TASKS, trained):
        assert not [t for t in tasks if t.startswith(f"{newest}/")]
    assert any(t.startswith("memlife_v2/") for t in trained)
