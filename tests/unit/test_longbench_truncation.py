"""Middle truncation as LongBench's pred.py: exact token counts at the boundary, with and without a BOS token."""

import pytest

from lceval.truncation import truncate_middle

TEXT = " ".join(f"word{i} alpha bravo, charlie." for i in range(60))


@pytest.fixture(scope="module", params=["plain", "bos"])
def tokenizer(request, tiny_model):
    """The tiny byte-level BPE as is, and the same with a BOS prepended like Llama's (it counts towards the limit)."""
    from tokenizers.processors import TemplateProcessing
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model)
    if request.param == "bos":
        tok._tokenizer.post_processor = TemplateProcessing(single="<s> $A", special_tokens=[("<s>", tok.bos_token_id)])
        assert tok("word")["input_ids"][0] == tok.bos_token_id
    return tok


def _encoded(tokenizer, text):
    enc = tokenizer(text, return_offsets_mapping=True)
    return enc["input_ids"], enc["offset_mapping"]


def test_prompt_at_the_limit_is_kept_whole(tokenizer):
    n = len(tokenizer(TEXT)["input_ids"])  # special tokens included, as upstream counts
    assert truncate_middle(TEXT, tokenizer, n) == (TEXT, False)


@pytest.mark.parametrize("over", [1, 2, 101])
def test_longer_prompt_keeps_first_and_last_half_of_the_limit(tokenizer, over):
    ids, offsets = _encoded(tokenizer, TEXT)
    limit = len(ids) - over
    half = limit // 2
    cut, truncated = truncate_middle(TEXT, tokenizer, limit)
    assert truncated
    # the head is the text of ids[:half] (a BOS among them decodes to nothing), the tail that of ids[-half:]
    assert cut == TEXT[: offsets[half - 1][1]] + TEXT[offsets[len(ids) - half][0] :]
    content = len(tokenizer(TEXT, add_special_tokens=False)["input_ids"])
    has_bos = len(ids) > content
    assert len(tokenizer(TEXT[: offsets[half - 1][1]], add_special_tokens=False)["input_ids"]) == half - has_bos


def test_bos_counts_towards_the_limit(tokenizer):
    content = len(tokenizer(TEXT, add_special_tokens=False)["input_ids"])
    with_specials = len(tokenizer(TEXT)["input_ids"])
    _, truncated = truncate_middle(TEXT, tokenizer, content)
    assert truncated == (with_specials > content)
