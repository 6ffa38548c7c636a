"""Prompt truncation policies for prompts longer than the model's budget (LongBench)."""

from __future__ import annotations


def truncate_middle(prompt: str, tokenizer, max_tokens: int) -> tuple[str, bool]:
    """Keep the first and last ``max_tokens // 2`` tokens, as LongBench's pred.py does.

    Returns the (possibly) cut prompt and whether it was cut.
    """
    ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    if len(ids) <= max_tokens:
        return prompt, False
    half = max_tokens // 2
    head = tokenizer.decode(ids[:half], skip_special_tokens=True)
    tail = tokenizer.decode(ids[len(ids) - half :], skip_special_tokens=True)
    return head + tail, True
