"""The held-out memory-lifecycle families (memlife_v2 to memlife_v14) are wired like every family: group, oracle, CLI, errors.

The independently written ones (memlife_v3 to memlife_v14) also share checks of their samples: determinism,
answers written in the context, evidence of what each kind promises, variety, the 4K fit, evidence that no
fixed word finds.
"""

import importlib
import json
from collections import Counter

import pytest

from lceval.cli import DEFAULT_READER, main
from lceval.errors import LcevalError
from lceval.harness import select_docs
from lceval.metrics import score
from lceval.settings import TaskSettings
from lceval.sources import memlife
from lceval.task_index import expand, resolve
from lceval.tokenization import count_tokens, load_tokenizer

READER = str(DEFAULT_READER)
HELD_OUT = ("memlife_v2", "memlife_v3", "memlife_v4", "memlife_v5", "memlife_v6", "memlife_v7", "memlife_v8", "memlife_v9", "memlife_v10", "memlife_v11", "memlife_v12", "memlife_v13", "memlife_v14")
SEEDS = {"memlife_v3": 11, "memlife_v4": 5, "memlife_v5": 23, "memlife_v6": 29, "memlife_v7": 31, "memlife_v8": 37, "memlife_v9": 37, "memlife_v10": 41, "memlife_v11": 43, "memlife_v12": 47, "memlife_v13": 53, "memlife_v14": 59}  # memlife_v4's to memlife_v14's test files use the same: their samples come from the cache
WITHDRAWN_LABELS = {"memlife_v3": ["cancelled write", "withdrawal"], "memlife_v4": ["withdrawn write", "withdrawal"],
                    "memlife_v5": ["withdrawn write", "withdrawal"], "memlife_v6": ["withdrawn write", "withdrawal"],
                    "memlife_v7": ["withdrawn write", "withdrawal"], "memlife_v8": ["withdrawn write", "withdrawal"], "memlife_v9": ["withdrawn write", "withdrawal"],
                    "memlife_v10": ["withdrawn write", "withdrawal"], "memlife_v11": ["withdrawn write", "withdrawal"],
                    "memlife_v12": ["withdrawn write", "withdrawal"], "memlife_v13": ["withdrawn write", "withdrawal"],
                    "memlife_v14": ["withdrawn write", "withdrawal"]}
PER_KIND = 8
# memlife_v3's version samples spread up to six writes over the haystack: their evidence can need more than 512 tokens.
WIDER_THAN_512 = {"memlife_v3": {"version"}}


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


@pytest.fixture(scope="module", params=sorted(SEEDS))
def written(request, data_dir):
    """(source module, seed, {task: samples}) of one independently written family."""
    source = importlib.import_module(f"lceval.sources.{request.param}")
    seed = SEEDS[request.param]
    return source, seed, {t: source.generate(t, num_samples=PER_KIND, seed=seed, tokenizer=READER) for t in source.TASKS}


def test_answers_follow_from_the_recorded_values(written):
    """From memlife_v6 on, a sample records its key's values in order: the answer is the one its kind asks for."""
    source, _, samples = written
    if "values" not in samples["discard"][0].meta:
        pytest.skip(f"{source.__name__} does not record every kind's values")
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
        assert s.meta["asked"] != "previous" or s.meta["k"] == s.meta["writes"] - 1
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["discard"]:
        if not s.meta["withdrawn"]:  # the twin's value was the one withdrawn; the asked one stands
            assert s.answers == s.meta["values"][-1:] and s.answers[0] != s.meta["cancelled_value"]
        else:
            assert s.answers == [memlife.NO_LONGER_VALID]
    for s in samples["distractor"] + samples["nowrite"]:
        assert s.answers == s.meta["values"]


def test_oracle_keeps_all_evidence_of_every_kind_at_a_512_token_budget(written):
    source, seed, _ = written
    family = source.__name__.rsplit(".", 1)[1]
    for task in set(source.TASKS) - WIDER_THAN_512.get(family, set()):
        settings = TaskSettings.from_kwargs(family, task, tokenizer=READER, num_samples=3, seed=seed, selector="oracle", budget=512)
        assert [d["evidence_recall"] for d in select_docs(settings)] == [1.0] * 3, task


def test_samples_are_deterministic_and_independent_of_the_sample_count(written):
    source, seed, samples = written
    tok = load_tokenizer(READER)
    for task in source.TASKS:
        assert source.sample(task, 5, seed=seed, tokenizer=tok).to_dict() == samples[task][5].to_dict()
    assert source.sample("version", 5, seed=seed + 1, tokenizer=tok).context != samples["version"][5].context


def test_answers_are_in_the_context_as_written_and_score_full_marks(written):
    source, _, samples = written
    for task, rows in samples.items():
        for s in rows:
            assert s.evidence, (task, s.index)
            if s.answers != [source.NO_LONGER_VALID]:
                assert s.answers[0] in s.context, (task, s.index)
            assert score("memlife_exact", f" {s.answers[0]}.\n", s.answers, s.meta) == 100.0


def test_evidence_holds_the_answer_or_the_withdrawal_and_the_withdrawn_write(written):
    source, _, samples = written
    for task, rows in samples.items():
        for s in rows:
            texts = s.evidence_texts()
            assert all(s.meta["key"] in t for t in texts), (task, s.index, texts)  # every deciding line names the asked key
            if s.answers == [source.NO_LONGER_VALID]:
                assert [e.label for e in s.evidence] == WITHDRAWN_LABELS[source.__name__.rsplit(".", 1)[1]]
                assert s.meta["cancelled_value"] in texts[0]
            elif task == "version":
                assert s.answers[0] in texts[0 if s.meta["asked"] == "previous" else -1]
            else:
                assert len(texts) == 1 and s.answers[0] in texts[0], (task, s.index, texts)


def test_each_kind_asks_what_it_promises(written):
    samples = written[2]
    assert {s.meta["asked"] for s in samples["version"]} == {"first", "kth", "previous"}
    for s in samples["version"]:
        assert len(s.evidence) == {"first": 1, "previous": 2, "kth": s.meta["k"]}[s.meta["asked"]]
    assert Counter(s.meta["withdrawn"] for s in samples["discard"]) == {True: PER_KIND // 2, False: PER_KIND // 2}
    for s in samples["discard"]:
        assert s.meta["cancelled_value"] in s.context
    for s in samples["distractor"]:  # look-alikes are in the text, never in the evidence
        assert len(s.meta["lookalike_values"]) >= 4
        assert all(v in s.context and not any(v in t for t in s.evidence_texts()) for v in s.meta["lookalike_values"])
    for s in samples["overwrite"]:
        assert 2 <= s.meta["writes"] <= 6 and len(s.evidence) == 1


def test_every_kind_uses_several_formats_and_key_kinds(written):
    for task, rows in written[2].items():
        evidence_formats = {f for s in rows for f in s.meta["evidence_formats"]}
        assert len(evidence_formats) >= 3 and len({f for s in rows for f in s.meta["formats"]}) >= 6, (task, evidence_formats)
        assert len({s.meta["key_kind"] for s in rows}) >= 4
        assert len({s.question for s in rows}) == len(rows)


@pytest.mark.parametrize("family", sorted(SEEDS))
def test_withdrawn_answer_is_the_memlife_convention(family):
    assert importlib.import_module(f"lceval.sources.{family}").NO_LONGER_VALID == memlife.NO_LONGER_VALID


def test_prompts_plus_the_answer_fill_the_4k_budget_of_the_reader_tokenizer(written):
    tok = load_tokenizer(READER)
    every = [s for rows in written[2].values() for s in rows]
    counted = [count_tokens(tok, s.prompt() + s.answer_prefix) for s in every]
    assert counted == [s.meta["prompt_tokens"] for s in every]
    assert {s.max_new_tokens for s in every} == {32}
    assert 4096 * 0.98 <= min(counted) + 32 and max(counted) + 32 <= 4096


def test_no_word_is_shared_by_every_deciding_statement_of_a_kind(written):
    """No fixed word finds the evidence: the deciding statements of a kind share no word."""
    for task, rows in written[2].items():
        words = [set(t.lower().replace(",", " ").split()) for s in rows for t in s.evidence_texts()]
        assert not set.intersection(*words), (task, set.intersection(*words))


def test_evidence_spans_are_whole_lines_or_whole_sentences(written):
    source, _, samples = written
    if source.__name__.endswith("memlife_v3"):
        pytest.skip("memlife_v3's evidence may be a sentence inside a line of its record")
    for task, rows in samples.items():
        for s in rows:
            for e in s.evidence:
                text = s.context[e.start:e.end]
                assert "\n" not in text and s.context[e.start - 1] in "\n " and s.context[e.end] in "\n ", (source.__name__, task, s.index, text)


@pytest.mark.parametrize("family", sorted(SEEDS))
def test_lm_eval_loads_the_group_and_builds_its_documents(family, data_dir, tmp_path, monkeypatch):
    from pathlib import Path

    from lm_eval.tasks import TaskManager

    source = importlib.import_module(f"lceval.sources.{family}")
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path))
    tasks_dir = Path(__file__).resolve().parents[2] / "lceval" / "tasks"
    manager = TaskManager(include_path=str(tasks_dir), include_defaults=False, metadata={"pretrained": READER, "num_samples": 2})
    loaded = manager.load([f"lceval_{family}"])["tasks"]
    assert {f"lceval_{family}_{t}" for t in source.TASKS} <= set(loaded)
    docs = list(loaded[f"lceval_{family}_discard"].test_docs())
    assert len(docs) == 2 and docs[0]["target"] == source.NO_LONGER_VALID
