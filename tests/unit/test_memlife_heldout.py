"""The held-out memory-lifecycle families (memlife_v2, memlife_v3) are wired like every family: group, oracle, CLI, errors."""

import importlib
import json

import pytest

from lceval.cli import DEFAULT_READER, main
from lceval.errors import LcevalError
from lceval.harness import select_docs
from lceval.settings import TaskSettings
from lceval.task_index import expand, resolve

READER = str(DEFAULT_READER)
HELD_OUT = ("memlife_v2", "memlife_v3")


@pytest.mark.parametrize("family", HELD_OUT)
def test_tasks_are_wired_as_a_family_with_a_group_and_oracle_keeps_the_evidence(family, data_dir):
    source = importlib.import_module(f"lceval.sources.{family}")
    assert [resolve(n) for n in expand([f"lceval_{family}"])] == [(family, t) for t in source.TASKS]
    for task in ("version", "discard"):  # several deciding spans; a withdrawal in one sample of two
        settings = TaskSettings.from_kwargs(family, task, tokenizer=READER, num_samples=2, seed=7, selector="oracle", budget=512)
        docs = select_docs(settings)
        assert len(docs) == 2 and all(d["evidence_recall"] == 1.0 and d["family"] == family for d in docs)


@pytest.mark.parametrize("family", HELD_OUT)
def test_generate_command_writes_the_samples(family, tmp_path, data_dir):
    out = tmp_path / "x.jsonl"
    assert main(["generate", f"lceval_{family}_version", "--num-samples", "3", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 3 and all(r["metric"] == "memlife_exact" and r["evidence"] for r in rows)


@pytest.mark.parametrize("family", HELD_OUT)
def test_unknown_task_names_the_known_ones(family):
    with pytest.raises(LcevalError, match="discard"):
        importlib.import_module(f"lceval.sources.{family}").generate("discrad", tokenizer=READER)
