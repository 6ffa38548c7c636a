"""Property test: whatever the text, tokenizer and chunk size, chunks tile the context exactly.

Texts mix words, spaces, newlines, sentence ends, multi-byte characters and
long runs without whitespace (units just over the chunk size); protected spans
may touch or straddle any boundary.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lceval.chunking import STYLES, chunk_context
from lceval.sample import Evidence
from lceval.tokenization import load_tokenizer

READER = Path(__file__).resolve().parents[2] / "models" / "lceval-reader"

PIECES = st.sampled_from(
    ["the", " the", "word", " ", "  ", "\n", "\n\n", ". ", "! ", "? ", '." ', "é", "日本", "🙂", "x" * 30,
     "Passage 1:\n", "Title: ", "42", "-", "\t", " ", "naïve", "abc" * 12]
)


@st.composite
def cases(draw):
    text = "".join(draw(st.lists(PIECES, min_size=0, max_size=120)))
    spans = []
    for _ in range(draw(st.integers(0, 3))) if text else ():
        start = draw(st.integers(0, len(text) - 1))
        spans.append(Evidence(start, draw(st.integers(start + 1, len(text))), "needle"))
    return text, spans, draw(st.integers(1, 40)), draw(st.sampled_from(STYLES))


def _tokenizers(tiny_model):
    yield load_tokenizer(str(tiny_model))
    if READER.is_dir():
        yield load_tokenizer(str(READER))


@pytest.fixture(scope="module")
def tokenizers(tiny_model):
    return list(_tokenizers(tiny_model))


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
        if style != "passages":  # passage markers are hard cuts, even inside a span
            for span in spans:
                assert sum(c.overlaps(span) for c in chunks) == 1, (span, [(c.start, c.end) for c in chunks])
