"""Prompt truncation for prompts longer than the model's budget: LongBench's middle cut."""

from __future__ import annotations


def truncate_middle(prompt: str, tokenizer, max_tokens: int) -> tuple[str, bool]:
    """Cut the middle out of a prompt of more than ``max_tokens`` tokens, exactly as LongBench's pred.py.

    Like upstream, the prompt is tokenised with the tokenizer's special tokens
    (a Llama BOS counts towards the limit), the first and last
    ``int(max_tokens / 2)`` ids are kept and each half is decoded without
    special tokens; the two texts are joined with nothing between them.
    (Upstream's ``ids[-half:]`` would keep everything for ``max_tokens == 1``;
    here the tail is then empty.)

    Returns the (possibly) cut prompt and whether it was cut.
    """
    ids = tokenizer(prompt, truncation=False)["input_ids"]
    if len(ids) <= max_tokens:
        return prompt, False
    half = int(max_tokens / 2)
    head = tokenizer.decode(ids[:half], skip_special_tokens=True)
    tail = tokenizer.decode(ids[len(ids) - half :], skip_special_tokens=True)
    return head + tail, True
