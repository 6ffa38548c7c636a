"""From a plan (inserts in document order, question, answers) to a fitted LongSample.

Every random choice (dates, renderings, depths, where in the essays the
haystack starts) is drawn before the length search, so the search only
varies the number of essay words around fixed documents.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from ...sample import Evidence, LongSample
from ..ruler.common import Prompt, to_sample
from ..ruler.fitting import fit_size
from ..ruler.haystack import load_essay, split_sentences
from .formats import Block, Insert, render

NO_LONGER_VALID = "no longer valid"  # the memlife_exact answer for a withdrawn value
MAX_NEW_TOKENS = 32

TEMPLATE = (
    "The text below mixes essay prose with notes, logs, chats, emails, tables and settings files. "
    "Read all of it, then answer the question at the end.\n\n{context}\n\n"
    "Question: {question}\n"
    f"Reply with the value alone, exactly as written. If it was withdrawn and nothing replaced it, reply \"{NO_LONGER_VALID}\"."
)
ANSWER_PREFIX = "\nAnswer:"


@dataclass
class Plan:
    inserts: list[Insert]  # in document order
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)


def build_sample(plan: Plan, rng: random.Random, tokenizer, max_seq_length: int, data_dir: str | None) -> LongSample:
    blocks = _render_all(plan.inserts, rng)
    depths = sorted(rng.uniform(2, 98) for _ in blocks)
    essay = load_essay(data_dir)
    start = rng.randrange(len(essay.words))
    template = TEMPLATE.replace("{question}", plan.question)

    def build(num_words: int) -> Prompt:
        words = [essay.words[(start + i) % len(essay.words)] for i in range(num_words)]
        context, evidence = _place(split_sentences(" ".join(words)), blocks, depths)
        return Prompt(template, context, ANSWER_PREFIX, evidence, {"haystack_words": num_words})

    budget = max_seq_length - MAX_NEW_TOKENS
    fitted = fit_size(build, lambda p: p.tokens(tokenizer), budget, guess=max(budget // 2, 1))
    fitted.payload.meta.update(
        plan.meta, formats=[b.fmt for b in blocks], evidence_formats=[b.fmt for b in blocks if b.spans], chunk_style="prose",
    )
    return to_sample(fitted.payload, tokenizer, task="", answers=plan.answers, metric="memlife_exact",
                     max_new_tokens=MAX_NEW_TOKENS, prompt_tokens=fitted.tokens, question=plan.question)


def _render_all(inserts: list[Insert], rng: random.Random) -> list[Block]:
    """Blocks with dates that move forward through the document."""
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1000))
    blocks = []
    for insert in inserts:
        day += dt.timedelta(days=rng.randint(1, 12))
        blocks.append(render(insert, rng, day))
    return blocks


def _place(sentences: list[str], blocks: list[Block], depths: list[float]) -> tuple[str, list[Evidence]]:
    """Essay paragraphs with each block before sentence ``int(len * depth / 100)``, blank lines around blocks."""
    cuts = [int(len(sentences) * d / 100) for d in depths] + [len(sentences)]
    pieces: list[tuple[str, tuple]] = []
    previous = 0
    for cut, block in zip(cuts, [*blocks, None]):
        if cut > previous:
            pieces.append((" ".join(sentences[previous:cut]), ()))
        if block is not None:
            pieces.append((block.text, block.spans))
        previous = max(previous, cut)
    parts, evidence, offset = [], [], 0
    for text, spans in pieces:
        evidence += [Evidence(offset + s, offset + e, label) for s, e, label in spans]
        parts.append(text)
        offset += len(text) + 2
    return "\n\n".join(parts), evidence
