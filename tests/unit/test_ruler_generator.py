"""RULER generator: lengths with two tokenizers, determinism, evidence spans, data errors."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from collections import Counter

import pytest

from helpers_ruler import build_bpe, build_wordlevel, essay_lines
from lceval.errors import LcevalError
from lceval.sources import ruler
from lceval.sources.ruler import haystack, qa
from lceval.sources.ruler.fitting import fit_size
from lceval.tokenization import count_tokens, load_tokenizer

NIAH = [t for t in ruler.TASKS if t.startswith("niah")]


@pytest.fixture(scope="session")
def tokenizers(tmp_path_factory, data_dir) -> dict[str, tuple[str, int]]:
    """Two tokenizers and the length each is tested at: a byte-level BPE at 4K, a word-level one at 2K."""
    lines = essay_lines(data_dir)
    root = tmp_path_factory.mktemp("ruler-tokenizers")
    return {
        "bpe": (str(build_bpe(root / "bpe", lines)), 4096),
        "wordlevel": (str(build_wordlevel(root / "wordlevel", lines)), 2048),
    }


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))


def test_task_names_follow_synthetic_yaml():
    assert ruler.TASKS == (
        "niah_single_1", "niah_single_2", "niah_single_3", "niah_multikey_1", "niah_multikey_2", "niah_multikey_3",
        "niah_multivalue", "niah_multiquery", "vt", "cwe", "fwe", "qa_1", "qa_2",
    )  # fmt: skip


@pytest.mark.parametrize("which", ["bpe", "wordlevel"])
@pytest.mark.parametrize("task", ruler.TASKS)
def test_lengths_evidence_and_answers(task, which, tokenizers, data_dir):
    """length_fit=tight: every prompt fills 95-100% of the target (QA: documents are coarse units)."""
    path, length = tokenizers[which]
    tok = load_tokenizer(path)
    samples = ruler.generate(task, num_samples=3, tokenizer=path, max_seq_length=length, length_fit="tight")
    assert [s.index for s in samples] == [0, 1, 2]
    for s in samples:
        prompt_tokens = count_tokens(tok, s.prompt() + s.answer_prefix)
        assert s.meta["prompt_tokens"] == prompt_tokens
        assert s.meta["context_tokens"] == count_tokens(tok, s.context)
        assert prompt_tokens + s.max_new_tokens <= length
        # Documents are the unit of the QA haystack, so a QA prompt can fall a document short.
        assert prompt_tokens + s.max_new_tokens >= (0.75 if task.startswith("qa") else 0.95) * length
        assert s.template.count("{context}") == 1 and s.question and s.question in s.prompt()
        assert s.meta["seed"] == 42 and s.meta["chunk_style"] == ("passages" if task.startswith("qa") else "prose")
        _check_evidence(task, s, length)


def _check_evidence(task, s, length):
    texts = s.evidence_texts()
    if task.startswith("niah"):
        assert s.metric == "string_match_all" and s.max_new_tokens == 128
        assert all(t.startswith("One of the special magic") and t.endswith(".") for t in texts)
        assert sorted(a for a in s.answers for t in texts if f"is: {a}." in t) == sorted(s.answers)
        assert len(texts) == len(s.answers) and len(s.meta["depths"]) >= len(texts)
        assert all(a in s.context for a in s.answers)
    elif task == "vt":
        assert s.max_new_tokens == 30 and len(s.answers) == 5
        assert [t.split()[1] for t in texts] == s.answers  # the chain's assignments, in order
        assert texts[0].endswith(s.question.split("value ")[1].split()[0])
    elif task == "cwe":
        assert s.aggregation and not s.evidence and len(s.answers) == 10
        counts = Counter(re.findall(r"\d+\. (\S+)", s.context))
        common, rare = (30, 3) if length >= 4096 else (6, 1)  # upstream's frequencies below 4K
        assert {counts[a] for a in s.answers} == {common} and set(counts.values()) <= {common, rare}
        assert s.template.count("\nQuestion: What are the 10 most common words") == 2  # one solved example first
    elif task == "fwe":
        assert s.aggregation and not s.evidence
        assert [w for w, _ in Counter(s.context.split()).most_common(4)] == ["...", *s.answers]
    else:
        assert s.metric == "string_match_part" and s.max_new_tokens == 32 and s.answer_prefix == " Answer:"
        assert texts and all(t.startswith("Document ") for t in texts)
        if task == "qa_1":
            assert any(a in texts[0] for a in s.answers)


@pytest.mark.parametrize("task", ruler.TASKS)
def test_upstream_fit_sizes_every_sample_from_the_task_size(task, tokenizers):
    """length_fit=upstream (default): one size per task, whole steps down where a sample overflows."""
    path, length = tokenizers["bpe"]
    samples = ruler.generate(task, num_samples=3, tokenizer=path, max_seq_length=length)
    step = UPSTREAM_STEPS[task]
    for s in samples:
        size, used = s.meta["task_haystack_size"], s.meta["haystack_size"]
        assert s.meta["prompt_tokens"] + s.max_new_tokens <= length
        assert (size - used) % step == 0 and used <= size or used < step  # below one step: tightly fitted
        _check_evidence(task, s, length)


UPSTREAM_STEPS = {
    **{t: 500 if ruler.tasks.CONFIGS[t].args["type_haystack"] == "essay" else 25 for t in NIAH},
    "vt": 10, "cwe": 10, "fwe": (4096 - 50) // 32, "qa_1": 10, "qa_2": 10,
}  # fmt: skip


@pytest.mark.parametrize("task", ruler.TASKS)
def test_same_seed_same_bytes_and_stable_prefix(task, tokenizers, tmp_path, monkeypatch):
    path, length = tokenizers["bpe"]
    first = ruler.generate(task, num_samples=2, tokenizer=path, max_seq_length=length)
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "other-cache"))
    again = ruler.generate(task, num_samples=3, tokenizer=path, max_seq_length=length)
    assert [json.dumps(s.to_dict()) for s in first] == [json.dumps(s.to_dict()) for s in again[:2]]
    assert again[2].context != again[1].context


def test_seed_changes_samples_and_cache_is_reused(tokenizers, tmp_path):
    path, length = tokenizers["wordlevel"]
    a = ruler.generate("niah_single_2", num_samples=2, tokenizer=path, max_seq_length=length)
    b = ruler.generate("niah_single_2", num_samples=2, seed=7, tokenizer=path, max_seq_length=length)
    assert a[0].answers != b[0].answers
    assert len(list((tmp_path / "cache" / "samples").glob("niah_single_2-*.jsonl"))) == 2
    assert ruler.generate("niah_single_2", num_samples=2, tokenizer=path, max_seq_length=length) == a


def test_unknown_task_suggests_a_name(tokenizers):
    with pytest.raises(LcevalError, match="niah_single_1"):
        ruler.generate("niah_single1", tokenizer=tokenizers["bpe"][0])


@pytest.mark.parametrize(
    "task, missing",
    [("niah_single_2", "ruler/PaulGrahamEssays.json"), ("qa_1", "ruler/squad_dev_v2_subset.json"), ("qa_2", "ruler/hotpotqa_dev_distractor_500.jsonl")],
)
def test_missing_data_file_is_named(task, missing, tokenizers, tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(LcevalError, match=missing):
        ruler.generate(task, num_samples=1, tokenizer=tokenizers["bpe"][0], data_dir=str(tmp_path / "empty"))


@pytest.mark.parametrize("type_haystack", ["essay", "noise", "needle"])
def test_niah_sample_fixed_depth_and_settings(type_haystack, tokenizers, data_dir):
    path, _ = tokenizers["bpe"]
    rng = random.Random(3)
    s = ruler.niah_sample(rng, load_tokenizer(path), 1024, type_haystack=type_haystack, num_needle_v=2, depth=0, tokens_to_generate=16)
    assert s.meta["prompt_tokens"] + 16 <= 1024
    assert len(s.evidence) == 2 and not s.context[: s.evidence[0].start].strip()  # depth 0: needles open the context
    assert "Some special magic numbers" in s.template
    following = ruler.niah_sample(rng, load_tokenizer(path), 1024, type_haystack=type_haystack, tokens_to_generate=16)
    assert following.answers != s.answers and "A special magic number is" in following.template


@pytest.mark.parametrize(
    "settings, message",
    [
        (dict(type_haystack="noisy"), "Did you mean 'noise'"),
        (dict(type_needle_v="number"), "Did you mean 'numbers'"),
        (dict(tokens_to_generate=200), "no room for a prompt"),
        (dict(type_haystack="noise", num_needle_q=4, tokens_to_generate=120), "smallest haystack does not fit"),
    ],
)
def test_niah_sample_rejects_bad_settings(settings, message, tokenizers):
    with pytest.raises(LcevalError, match=message):
        ruler.niah_sample(random.Random(0), load_tokenizer(tokenizers["bpe"][0]), 200, **settings)


def test_sentence_splitter_round_trips_and_splits_at_sentence_ends():
    text = 'He left. "Why?" she asked. It cost $3.50 in 2014. (Really.) Then e.g. ok. Done'
    sentences = haystack.split_sentences(text)
    assert " ".join(sentences) == text
    assert sentences == ["He left.", '"Why?" she asked.', "It cost $3.50 in 2014.", "(Really.)", "Then e.g. ok.", "Done"]


def test_depths_match_numpy_linspace():
    np = pytest.importorskip("numpy")
    assert list(haystack.DEPTHS) == [int(d) for d in np.round(np.linspace(0, 100, num=40, endpoint=True))]


@pytest.mark.parametrize("guess", [1, 37, 500, 5000])
def test_fit_size_finds_the_largest_fitting_size(guess):
    count = lambda n: 60 + 3 * n + (n % 7)  # noqa: E731 - roughly linear, not exactly
    fitted = fit_size(lambda n: n, count, 1000, guess, tolerance=0)
    assert count(fitted.size) <= 1000 < min(count(fitted.size + 1), count(fitted.size + 2))


def test_fit_size_says_when_nothing_fits():
    with pytest.raises(LcevalError, match="max_seq_length"):
        fit_size(lambda n: n, lambda n: 100 + n, 50, 10)


def test_long_word_lists_need_the_english_word_file(tmp_path):
    from lceval.sources.ruler import common_words

    pool = len(common_words.word_pool(42))
    with pytest.raises(LcevalError, match="ruler/english_words.json"):
        common_words.word_list(random.Random(0), 42, pool + 1, 30, 3, 10, str(tmp_path))


def test_hotpotqa_reads_json_lines_and_json_array(data_dir):
    lines = (qa.find_file("ruler/hotpotqa_dev_distractor_500.jsonl", data_dir)).read_text(encoding="utf-8").splitlines()[:5]
    as_lines = qa.read_hotpotqa("\n".join(lines))
    as_array = qa.read_hotpotqa("[" + ",".join(lines) + "]")
    assert as_lines == as_array and len(as_lines.questions) == 5
    assert all(len(q.support) <= 2 and set(q.support) <= set(q.gold) for q in as_lines.questions)
    # Evidence is the supporting paragraphs present in the record (this copy lacks some).
    first = as_lines.questions[0]
    assert [as_lines.documents[d].split("\n")[0] for d in first.support] == ["University of Kansas"]


def test_cwe_redraws_a_sample_whose_words_overflow_4k(monkeypatch, tmp_path):
    """With the reader's digit-per-token tokenizer, sample 8's first draw of long words cannot fit 4K."""
    from lceval.sources.ruler import common_words

    reader = Path(__file__).resolve().parents[2] / "models" / "lceval-reader"
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path))
    samples = ruler.generate("cwe", num_samples=9, tokenizer=str(reader), max_seq_length=4096, length_fit="tight")
    assert all(s.meta["prompt_tokens"] + s.max_new_tokens <= 4096 for s in samples)
    monkeypatch.setattr(common_words, "MAX_REDRAWS", 1)
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "again"))
    with pytest.raises(LcevalError, match="does not fit"):
        ruler.generate("cwe", num_samples=9, tokenizer=str(reader), max_seq_length=4096, length_fit="tight")


def test_a_line_haystack_shorter_than_its_needle_count_still_places_every_needle():
    """The length search probes sizes below the needle count; that must not crash (upstream's sample() would)."""
    from lceval.sources.ruler import niah

    needles = [(f"One of the special magic numbers for k{i} is: {i}.", f"k{i}") for i in range(4)]
    drawn = niah._line_context(random.Random(0), "noise", 2, needles, None, "words", "numbers")
    assert len(drawn.evidence) == 4
    assert all(drawn.context[e.start : e.end].startswith("One of the special magic") for e in drawn.evidence)
