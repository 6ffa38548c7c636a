"""Generated documents dropped into the essay haystack at given depths, the prompt fitted to a token budget.

Shared by the memory-lifecycle families that write their own documents
(memlife_v2 to memlife_v10). The caller draws every random choice (documents,
depths, where in the essays the haystack starts) beforehand, so the length
search only varies the number of essay words around fixed documents.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Protocol, Sequence

from ..sample import Evidence, LongSample
from .ruler.common import Prompt, to_sample
from .ruler.fitting import Fitted, fit_size
from .ruler.haystack import Essay, load_essay, split_sentences


class Document(Protocol):
    fmt: str  # the document's format, recorded in the sample's meta
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label) within text


def documents_sample(
    documents: Sequence[Document], rng: random.Random, *, depths: tuple[float, float], template: str, answer_prefix: str,
    question: str, answers: list[str], meta: dict, tokenizer, max_seq_length: int, max_new_tokens: int, data_dir: str | None,
) -> LongSample:
    """A ``memlife_exact`` sample: the documents (in order) at random depths within ``depths`` percent of the essays."""
    at = sorted(rng.uniform(*depths) for _ in documents)
    essay = load_essay(data_dir)
    start = rng.randrange(len(essay.words))
    fitted = _fit(documents, at, essay, start, template, answer_prefix, tokenizer, max_seq_length - max_new_tokens)
    fitted.payload.meta.update(
        meta, formats=[d.fmt for d in documents], evidence_formats=[d.fmt for d in documents if d.spans], chunk_style="prose",
    )
    return to_sample(fitted.payload, tokenizer, task="", answers=answers, metric="memlife_exact",
                     max_new_tokens=max_new_tokens, prompt_tokens=fitted.tokens, question=question)


class Plan(Protocol):
    question: str
    answers: list[str]
    meta: dict


@dataclasses.dataclass(frozen=True)
class Layout:
    """How a family lays its documents out: the prompt ``template`` ({context} and {question}), the text before
    the answer, the range of depths (percent of the essays) and the answer's length in tokens."""

    template: str
    answer_prefix: str
    depths: tuple[float, float]
    max_new_tokens: int = 32

    def sample(self, documents: Sequence[Document], plan: Plan, rng: random.Random, *, task: str, index: int, seed: int,
               tokenizer, max_seq_length: int, data_dir: str | None) -> LongSample:
        """Sample ``index`` of ``task``: ``plan``'s documents in the essays, stamped with what identifies it."""
        built = documents_sample(
            documents, rng, depths=self.depths, template=self.template.replace("{question}", plan.question),
            answer_prefix=self.answer_prefix, question=plan.question, answers=plan.answers, meta=plan.meta, tokenizer=tokenizer,
            max_seq_length=max_seq_length, max_new_tokens=self.max_new_tokens, data_dir=data_dir,
        )
        return dataclasses.replace(built, task=task, index=index, meta={**built.meta, "seed": seed, "index": index})


def _fit(
    documents: Sequence[Document], depths: list[float], essay: Essay, start: int,
    template: str, answer_prefix: str, tokenizer, budget: int,
) -> Fitted[Prompt]:
    """The largest prompt within ``budget`` tokens: essay words from ``start`` on, the documents at ``depths`` (sorted)."""

    def build(num_words: int) -> Prompt:
        words = [essay.words[(start + i) % len(essay.words)] for i in range(num_words)]
        context, evidence = _place(split_sentences(" ".join(words)), documents, depths)
        return Prompt(template, context, answer_prefix, evidence, {"haystack_words": num_words})

    return fit_size(build, lambda p: p.tokens(tokenizer), budget, guess=max(budget // 2, 1))


def _place(sentences: list[str], documents: Sequence[Document], depths: list[float]) -> tuple[str, list[Evidence]]:
    """Essay paragraphs with each document before sentence ``int(len * depth / 100)``, blank lines around documents."""
    cuts = [int(len(sentences) * d / 100) for d in depths] + [len(sentences)]
    pieces: list[tuple[str, tuple]] = []
    previous = 0
    for cut, document in zip(cuts, [*documents, None]):
        if cut > previous:
            pieces.append((" ".join(sentences[previous:cut]), ()))
        if document is not None:
            pieces.append((document.text, document.spans))
        previous = max(previous, cut)
    parts, evidence, offset = [], [], 0
    for text, spans in pieces:
        evidence += [Evidence(offset + s, offset + e, label) for s, e, label in spans]
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), evidence
