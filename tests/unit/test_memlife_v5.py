"""memlife_v5, the fifth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py): whole-line evidence, the values it records,
its twins, oracle recall at a 512-token budget and its lm-eval group."""

import random
from pathlib import Path

import pytest

from lceval.cli import DEFAULT_READER
from lceval.harness import select_docs
from lceval.settings import TaskSettings
from lceval.sources import memlife_v5
from lceval.sources.memlife_v5.keys import KINDS, distinct_values

READER = str(DEFAULT_READER)
TASKS_DIR = Path(__file__).resolve().parents[2] / "lceval" / "tasks"
PER_KIND, SEED = 8, 23  # as in test_memlife_heldout.py: one generation, cached, serves both


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v5.generate(task, num_samples=PER_KIND, seed=SEED, tokenizer=READER) for task in memlife_v5.TASKS}


def test_evidence_spans_are_whole_lines_or_whole_sentences(samples):
    for task, rows in samples.items():
        for s in rows:
            for e in s.evidence:
                text = s.context[e.start:e.end]
                assert "\n" not in text and s.context[e.start - 1] in "\n " and s.context[e.end] in "\n ", (task, s.index, text)


def test_answers_follow_from_the_recorded_values(samples):
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and all(v in s.context for v in s.meta["values"])
        assert s.meta["twin"] in s.context  # the twin's write is a near miss beside the chain
    for s in samples["discard"]:
        if not s.meta["withdrawn"]:  # the twin's value was the one withdrawn; the asked one stands
            assert s.meta["twin"] in s.context and s.answers[0] != s.meta["cancelled_value"]
    assert all(len(s.meta["lookalike_values"]) >= 5 for s in samples["distractor"])  # four look-alikes or more and the twin


def test_twins_never_contain_each_other_and_values_never_contain_each_other():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            subject, twin = kind.pairs(rng)
            assert subject != twin and subject not in twin and twin not in subject, (subject, twin)
            values = distinct_values(kind, rng, 6)
            assert all(a == b or a not in b for a in values for b in values), values


@pytest.mark.parametrize("task", memlife_v5.TASKS)
def test_oracle_keeps_all_evidence_at_a_512_token_budget(task, data_dir):
    settings = TaskSettings.from_kwargs("memlife_v5", task, tokenizer=READER, num_samples=3, seed=SEED, selector="oracle", budget=512)
    docs = select_docs(settings)
    assert len(docs) == 3 and all(d["evidence_recall"] == 1.0 for d in docs)


def test_lm_eval_loads_the_group_and_builds_its_documents(data_dir, tmp_path, monkeypatch):
    from lm_eval.tasks import TaskManager

    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path))
    manager = TaskManager(include_path=str(TASKS_DIR), include_defaults=False, metadata={"pretrained": READER, "num_samples": 2})
    loaded = manager.load(["lceval_memlife_v5"])["tasks"]
    assert {f"lceval_memlife_v5_{t}" for t in memlife_v5.TASKS} <= set(loaded)
    docs = list(loaded["lceval_memlife_v5_discard"].test_docs())
    assert len(docs) == 2 and docs[0]["target"] == memlife_v5.NO_LONGER_VALID
