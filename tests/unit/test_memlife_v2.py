"""memlife_v2, the independently written memory-lifecycle family: determinism, evidence, lengths, variety, wiring."""

from collections import Counter

import pytest

from lceval.cli import DEFAULT_READER
from lceval.metrics import score
from lceval.sources import memlife, memlife_v2
from lceval.tokenization import count_tokens, load_tokenizer

READER = str(DEFAULT_READER)
PER_KIND = 12


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v2.generate(task, num_samples=PER_KIND, seed=7, tokenizer=READER) for task in memlife_v2.TASKS}


def test_samples_are_deterministic_and_independent_of_the_sample_count(samples, data_dir):
    tok = load_tokenizer(READER)
    for task in memlife_v2.TASKS:
        again = memlife_v2.sample(task, 3, seed=7, tokenizer=tok)
        assert again.to_dict() == samples[task][3].to_dict()
    other_seed = memlife_v2.sample("overwrite", 3, seed=8, tokenizer=tok)
    assert other_seed.context != samples["overwrite"][3].context


def test_evidence_holds_the_answer_or_the_withdrawal(samples):
    for task, rows in samples.items():
        for s in rows:
            texts = s.evidence_texts()
            assert texts, (task, s.index)
            if s.answers == [memlife_v2.NO_LONGER_VALID]:
                assert [e.label for e in s.evidence] == ["withdrawal"]
                owner = s.meta["key"].split()[0].lower()
                assert owner in texts[0].lower(), texts[0]
            else:
                assert any(s.answers[0] in t for t in texts), (task, s.index, s.answers, texts)
            assert score("memlife_exact", f" {s.answers[0]}.", s.answers, s.meta) == 100.0


def test_each_kind_asks_what_it_promises(samples):
    assert {s.meta["asked"] for s in samples["version"]} == {"first", "kth", "previous"}
    for s in samples["version"]:
        assert len(s.evidence) == {"first": 1, "previous": 2, "kth": s.meta["k"]}[s.meta["asked"]]
    withdrawn = Counter(s.meta["withdrawn"] for s in samples["discard"])
    assert withdrawn[True] >= 3 and withdrawn[False] >= 3
    for s in samples["distractor"]:  # the look-alike values are in the text, never in the evidence
        assert all(v in s.context and not any(v in t for t in s.evidence_texts()) for v in s.meta["lookalike_values"])
    for s in samples["overwrite"]:
        assert s.context.count(s.answers[0]) >= 1 and len(s.evidence) == 1


def test_lengths_fill_the_4k_budget_of_the_reader_tokenizer(samples):
    tok = load_tokenizer(READER)
    for rows in samples.values():
        for s in rows:
            tokens = count_tokens(tok, s.prompt() + s.answer_prefix) + s.max_new_tokens
            assert tokens == s.meta["prompt_tokens"] + s.max_new_tokens
            assert 4096 * 0.98 <= tokens <= 4096


def test_every_kind_uses_several_document_formats(samples):
    for task, rows in samples.items():
        evidence_formats = {f for s in rows for f in s.meta["evidence_formats"]}
        all_formats = {f for s in rows for f in s.meta["formats"]}
        assert len(evidence_formats) >= 3 and len(all_formats) >= 4, (task, evidence_formats, all_formats)
        assert len({s.question for s in rows}) == len(rows)


def test_withdrawn_answer_is_the_memlife_convention():
    assert memlife_v2.NO_LONGER_VALID == memlife.NO_LONGER_VALID


def test_no_word_is_shared_by_every_deciding_statement_of_a_kind(samples):
    """A fixed word list cannot find the evidence: the deciding statements share no word across samples."""
    for task, rows in samples.items():
        words = [set(t.lower().replace(",", " ").split()) for s in rows for t in s.evidence_texts()]
        assert not set.intersection(*words), (task, set.intersection(*words))
