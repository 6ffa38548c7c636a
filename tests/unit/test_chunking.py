import pytest

from lceval.chunking import chunk_context
from lceval.errors import LcevalError
from lceval.sample import Evidence
from lceval.tokenization import load_tokenizer

NEEDLE = "One of the special magic numbers for alpha is: 1234567."


@pytest.fixture(scope="module")
def tok(tiny_model):
    return load_tokenizer(str(tiny_model))


def _haystack_with_needle():
    context = "The grass is green. The sky is blue. " * 40 + NEEDLE + " " + "The sun is yellow. Here we go. " * 40
    start = context.index(NEEDLE)
    return context, Evidence(start, start + len(NEEDLE), "needle")


@pytest.mark.parametrize("chunk_tokens", [16, 64, 128])
def test_chunks_tile_the_context_and_respect_the_size(tok, chunk_tokens):
    context, needle = _haystack_with_needle()
    chunks = chunk_context(context, tok, chunk_tokens, [needle])
    assert "".join(c.text for c in chunks) == context
    assert [c.start for c in chunks[1:]] == [c.end for c in chunks[:-1]]
    assert all(c.text == context[c.start : c.end] for c in chunks)
    holding = [c for c in chunks if c.start < needle.end and needle.start < c.end]
    assert len(holding) == 1, "the needle must sit whole in one chunk"
    assert all(c.n_tokens <= chunk_tokens for c in chunks if c not in holding)


def test_cuts_fall_on_sentence_ends(tok):
    context, _ = _haystack_with_needle()
    for c in chunk_context(context, tok, 32)[:-1]:
        assert c.text.rstrip().endswith("."), c.text


def test_long_unit_is_cut_between_words(tok):
    context = "word " * 400
    chunks = chunk_context(context, tok, 50)
    assert "".join(c.text for c in chunks) == context
    assert all(c.n_tokens <= 50 for c in chunks)
    assert all(c.text.startswith(" word") for c in chunks[1:])  # cut before a space, not inside a word
    assert all(c.n_tokens == len(tok(c.text, add_special_tokens=False)["input_ids"]) for c in chunks)


def test_passages_start_their_own_chunk(tok):
    context = "".join(f"Passage {i}:\nA short passage number {i}. It ends here.\n\n" for i in range(1, 6))
    chunks = chunk_context(context, tok, 1000, style="passages")
    assert len(chunks) == 5 and all(c.text.startswith("Passage") for c in chunks)


def test_code_lines_style(tok):
    context = "".join(f"x{i} = f({i})\n" for i in range(40))
    chunks = chunk_context(context, tok, 30, style="lines")
    assert len(chunks) > 1
    assert "".join(c.text for c in chunks) == context
    assert all(c.text.endswith("\n") for c in chunks)


def test_empty_context_has_no_chunks(tok):
    assert chunk_context("", tok, 128) == []


@pytest.mark.parametrize("bad", [0, -5, 1.5, True, "128"])
def test_bad_chunk_tokens_is_a_clear_error(tok, bad):
    with pytest.raises(LcevalError, match="chunk_tokens"):
        chunk_context("Some text.", tok, bad)


@pytest.mark.parametrize("texts", [["The grass is green. ", "Ünïcödé  and\ttabs\n", "", "x" * 3000], ["12345 678 .,;!?"]])
def test_token_counts_match_the_transformers_call(tok, texts):
    """The Rust fast path counts exactly what tokenizer(texts, add_special_tokens=False) gives, without truncating."""
    from lceval.token_counts import TokenCounter

    assert TokenCounter(tok).count(texts) == [len(ids) for ids in tok(texts, add_special_tokens=False)["input_ids"]]


def test_unit_whose_last_token_starts_at_its_own_space(tok):
    """The memlife_overwrite crash (seed 31337, index 8): the last token ' the' is the one over the size."""
    context = "x" * 10 + " the"
    size = len(tok(context, add_special_tokens=False)["input_ids"]) - 1
    chunks = chunk_context(context, tok, size)
    assert "".join(c.text for c in chunks) == context and len(chunks) == 2
