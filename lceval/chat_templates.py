"""A Llama-3-style chat template for testing and benchmarking lengths on a chat-formatted prompt.

It has what makes real templates awkward for length fitting: a BOS token
written by the template itself, header and end-of-turn special tokens, and
message contents trimmed of surrounding spaces.
"""

from __future__ import annotations

from pathlib import Path

SPECIAL_TOKENS = ("<|begin_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>")

LLAMA3_STYLE = (
    "{% for message in messages %}"
    "{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' %}"
    "{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
    "{{ content }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}"
)


def add_chat_template(source: str | Path, target: str | Path, template: str = LLAMA3_STYLE) -> Path:
    """Copy a tokenizer folder with the template, its special tokens and ``<|begin_of_text|>`` as BOS."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(source))
    tok.add_special_tokens({"bos_token": "<|begin_of_text|>", "additional_special_tokens": list(SPECIAL_TOKENS[1:])})
    tok.chat_template = template
    tok.save_pretrained(str(target))
    return Path(target)
