"""memlife_v4, the fresh held-out memory-lifecycle family: its evidence, kinds, variety and lm-eval wiring.

Determinism, answers in context, the 4K fit and word-free evidence are checked with memlife_v3's in test_memlife_heldout.py.
"""

from collections import Counter
from pathlib import Path

import pytest

from lceval.cli import DEFAULT_READER
from lceval.sources import memlife, memlife_v4
from lceval.sources.memlife_v4.keys import KINDS

READER = str(DEFAULT_READER)
TASKS_DIR = Path(__file__).resolve().parents[2] / "lceval" / "tasks"
PER_KIND = 8  # seed and count as in test_memlife_heldout.py: one generation, cached, serves both


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v4.generate(task, num_samples=PER_KIND, seed=5, tokenizer=READER) for task in memlife_v4.TASKS}


def test_evidence_is_the_deciding_lines_of_the_asked_subject(samples):
    for task, rows in samples.items():
        for s in rows:
            texts = s.evidence_texts()
            assert all(s.meta["key"] in t and "\n" not in t for t in texts), (task, s.index, texts)  # whole single lines
            assert all(s.context[e.start - 1] == "\n" or s.context[e.start - 1] == " " for e in s.evidence)
            if s.answers == [memlife_v4.NO_LONGER_VALID]:
                assert [e.label for e in s.evidence] == ["withdrawn write", "withdrawal"]
                assert s.meta["cancelled_value"] in texts[0]
            elif task == "version":
                assert s.answers[0] in texts[0 if s.meta["asked"] == "previous" else -1]
            else:
                assert len(texts) == 1 and s.answers[0] in texts[0], (task, s.index, texts)


def test_each_kind_asks_what_it_promises(samples):
    assert {s.meta["asked"] for s in samples["version"]} == {"first", "kth", "previous"}
    for s in samples["version"]:
        assert len(s.evidence) == {"first": 1, "previous": 2, "kth": s.meta["k"]}[s.meta["asked"]]
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]]
    assert Counter(s.meta["withdrawn"] for s in samples["discard"]) == {True: PER_KIND // 2, False: PER_KIND // 2}
    for s in samples["discard"]:
        assert s.meta["cancelled_value"] in s.context
        if not s.meta["withdrawn"]:  # the twin's value was the one withdrawn
            assert s.meta["twin"] in s.context and s.answers[0] != s.meta["cancelled_value"]
    for s in samples["distractor"]:  # look-alikes are in the text, never in the evidence
        assert len(s.meta["lookalike_values"]) >= 5
        assert all(v in s.context and not any(v in t for t in s.evidence_texts()) for v in s.meta["lookalike_values"])
    for s in samples["overwrite"]:
        assert 2 <= s.meta["writes"] <= 6 and s.answers == [s.meta["values"][-1]]
        assert all(v in s.context for v in s.meta["values"])


def test_every_kind_varies_its_formats_keys_and_questions(samples):
    for task, rows in samples.items():
        if task != "nowrite":  # nowrite's evidence is always a prose sentence
            assert len({f for s in rows for f in s.meta["evidence_formats"]}) >= 3, task
        assert len({f for s in rows for f in s.meta["formats"]}) >= 6, task
        assert len({s.meta["key_kind"] for s in rows}) >= 4, task
        assert len({s.question for s in rows}) == len(rows), task


def test_twins_never_contain_each_other():
    import random

    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            subject, twin = kind.pairs(rng)
            assert subject not in twin and twin not in subject, (subject, twin)


def test_withdrawn_answer_is_the_memlife_convention():
    assert memlife_v4.NO_LONGER_VALID == memlife.NO_LONGER_VALID


def test_lm_eval_loads_the_group_and_builds_its_documents(data_dir, tmp_path, monkeypatch):
    from lm_eval.tasks import TaskManager

    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path))
    manager = TaskManager(include_path=str(TASKS_DIR), include_defaults=False, metadata={"pretrained": READER, "num_samples": 2})
    loaded = manager.load(["lceval_memlife_v4"])["tasks"]
    names = {f"lceval_memlife_v4_{t}" for t in memlife_v4.TASKS}
    assert names <= set(loaded)
    docs = list(loaded["lceval_memlife_v4_discard"].test_docs())
    assert len(docs) == 2 and docs[0]["target"] == memlife_v4.NO_LONGER_VALID
