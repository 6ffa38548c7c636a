"""memlife_v3, the second held-out memory-lifecycle family: determinism, evidence, answers, lengths, variety, wiring."""

from collections import Counter

import pytest

from lceval.cli import DEFAULT_READER
from lceval.metrics import score
from lceval.sources import memlife, memlife_v3
from lceval.tokenization import count_tokens, load_tokenizer

READER = str(DEFAULT_READER)
PER_KIND = 8


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v3.generate(task, num_samples=PER_KIND, seed=11, tokenizer=READER) for task in memlife_v3.TASKS}


def test_samples_are_deterministic_and_independent_of_the_sample_count(samples):
    tok = load_tokenizer(READER)
    for task in memlife_v3.TASKS:
        assert memlife_v3.sample(task, 5, seed=11, tokenizer=tok).to_dict() == samples[task][5].to_dict()
    assert memlife_v3.sample("version", 5, seed=12, tokenizer=tok).context != samples["version"][5].context


def test_answers_are_in_the_context_as_written_and_score_full_marks(samples):
    for task, rows in samples.items():
        for s in rows:
            assert s.evidence, (task, s.index)
            if s.answers != [memlife_v3.NO_LONGER_VALID]:
                assert s.answers[0] in s.context, (task, s.index)
            assert score("memlife_exact", f" {s.answers[0]}.\n", s.answers, s.meta) == 100.0


def test_evidence_holds_the_answer_or_the_withdrawal_and_the_cancelled_write(samples):
    for task, rows in samples.items():
        for s in rows:
            texts = s.evidence_texts()
            assert all(s.meta["key"] in t for t in texts), (task, s.index, texts)  # every deciding line names the asked key
            if s.answers == [memlife_v3.NO_LONGER_VALID]:
                assert [e.label for e in s.evidence] == ["cancelled write", "withdrawal"]
                assert s.meta["cancelled_value"] in texts[0]
            elif task == "version":
                assert s.answers[0] in texts[0 if s.meta["asked"] == "previous" else -1]
            else:
                assert len(texts) == 1 and s.answers[0] in texts[0], (task, s.index, texts)


def test_each_kind_asks_what_it_promises(samples):
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


def test_prompts_plus_the_answer_fill_the_4k_budget_of_the_reader_tokenizer(samples):
    tok = load_tokenizer(READER)
    every = [s for rows in samples.values() for s in rows]
    counted = [count_tokens(tok, s.prompt() + s.answer_prefix) for s in every]
    assert counted == [s.meta["prompt_tokens"] for s in every]
    assert {s.max_new_tokens for s in every} == {32}
    assert 4096 * 0.98 <= min(counted) + 32 and max(counted) + 32 <= 4096


def test_every_kind_uses_several_formats_and_key_kinds(samples):
    for task, rows in samples.items():
        evidence_formats = {f for s in rows for f in s.meta["evidence_formats"]}
        assert len(evidence_formats) >= 3 and len({f for s in rows for f in s.meta["formats"]}) >= 6, (task, evidence_formats)
        assert len({s.meta["key_kind"] for s in rows}) >= 4
        assert len({s.question for s in rows}) == len(rows)


def test_no_word_is_shared_by_every_deciding_statement_of_a_kind(samples):
    """No fixed word finds the evidence: the deciding statements of a kind share no word."""
    for task, rows in samples.items():
        words = [set(t.lower().replace(",", " ").split()) for s in rows for t in s.evidence_texts()]
        assert not set.intersection(*words), (task, set.intersection(*words))


def test_withdrawn_answer_is_the_memlife_convention():
    assert memlife_v3.NO_LONGER_VALID == memlife.NO_LONGER_VALID
