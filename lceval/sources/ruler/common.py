"""What every RULER task shares: counting a filled prompt and packing the result into a LongSample."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ...rendering import as_render
from ...sample import Evidence, LongSample
from ...tokenization import count_tokens


def sample_rng(seed: int, index: int) -> random.Random:
    """Sample ``index``'s own generator: the same first samples whatever the sample count."""
    return random.Random(f"{seed}-{index}")


@dataclass
class Prompt:
    """A prompt in parts: ``template`` holds the literal ``{context}``; the generation follows ``answer_prefix``."""

    template: str
    context: str
    answer_prefix: str
    evidence: list[Evidence] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def text(self) -> str:
        return self.template.replace("{context}", self.context) + self.answer_prefix

    def tokens(self, render) -> int:
        """Tokens the model receives for this prompt (``render``: a tokenizer or a ``PromptRender``)."""
        return as_render(render).count(self.template.replace("{context}", self.context), self.answer_prefix)


def to_sample(
    prompt: Prompt,
    tokenizer,
    *,
    task: str,
    answers: list[str],
    metric: str,
    max_new_tokens: int,
    prompt_tokens: int,
    aggregation: bool = False,
    question: str | None = None,
) -> LongSample:
    """``question`` defaults to the template's text after the context (the task's question, minus a "Question: " label)."""
    if question is None:
        question = prompt.template.split("{context}")[1].strip().removeprefix("Question: ")
    meta = {
        **prompt.meta,
        "context_tokens": count_tokens(as_render(tokenizer).tokenizer, prompt.context),
        "prompt_tokens": prompt_tokens,
        "chunk_style": prompt.meta.get("chunk_style", "prose"),
    }
    return LongSample(
        task=task,
        index=0,
        template=prompt.template,
        context=prompt.context,
        question=question,
        answers=answers,
        answer_prefix=prompt.answer_prefix,
        evidence=prompt.evidence,
        aggregation=aggregation,
        metric=metric,
        max_new_tokens=max_new_tokens,
        meta=meta,
    )
