"""A plan's documents dropped into the essay haystack at random depths, the whole fitted to the token budget.

Everything random (dates, formats, wordings, depths, the essay offset) is
drawn before the length search, which then only changes how many essay words
surround the fixed documents.
"""

from __future__ import annotations

import datetime as dt
import random

from ...sample import Evidence, LongSample
from ..ruler.common import Prompt, to_sample
from ..ruler.fitting import fit_size
from ..ruler.haystack import load_essay, split_sentences
from .documents import Block, render
from .keys import Values
from .kinds import NO_LONGER_VALID, Plan

MAX_NEW_TOKENS = 32
TEMPLATE = (
    "Essay text below is interleaved with assorted records: ticket threads, release notes, spreadsheets, "
    "messages, contract amendments, notebooks and more. Use all of it to answer the question after it.\n\n"
    "{context}\n\nQuestion: {question}\n"
    f"Give only the value, copied exactly as it appears. If the value was cancelled and nothing took its place, "
    f"answer \"{NO_LONGER_VALID}\"."
)
ANSWER_PREFIX = "\nAnswer:"


def assemble(plan: Plan, rng: random.Random, tokenizer, max_seq_length: int, data_dir: str | None) -> LongSample:
    blocks = _documents(plan, rng)
    depths = sorted(rng.uniform(3, 97) for _ in blocks)
    essay = load_essay(data_dir)
    offset = rng.randrange(len(essay.words))
    template = TEMPLATE.replace("{question}", plan.question)

    def build(num_words: int) -> Prompt:
        words = [essay.words[(offset + i) % len(essay.words)] for i in range(num_words)]
        context, evidence = _interleave(split_sentences(" ".join(words)), blocks, depths)
        return Prompt(template, context, ANSWER_PREFIX, evidence, {"haystack_words": num_words})

    budget = max_seq_length - MAX_NEW_TOKENS
    fitted = fit_size(build, lambda p: p.tokens(tokenizer), budget, guess=max(budget // 2, 1))
    fitted.payload.meta.update(
        plan.meta, formats=[b.fmt for b in blocks], evidence_formats=[b.fmt for b in blocks if b.spans], chunk_style="prose",
    )
    return to_sample(fitted.payload, tokenizer, task="", answers=plan.answers, metric="memlife_exact",
                     max_new_tokens=MAX_NEW_TOKENS, prompt_tokens=fitted.tokens, question=plan.question)


def _documents(plan: Plan, rng: random.Random) -> list[Block]:
    """One document per event, dated a few days after the one before."""
    day = dt.date(2022, 6, 1) + dt.timedelta(days=rng.randrange(900))
    values = Values(rng)
    values.used = {e.value for e in plan.events} | {e.old for e in plan.events if e.old}
    blocks = []
    for event in plan.events:
        day += dt.timedelta(days=rng.randint(2, 9))
        blocks.append(render(event, rng, day, values, avoid=plan.meta["key_kind"]))
    return blocks


def _interleave(sentences: list[str], blocks: list[Block], depths: list[float]) -> tuple[str, list[Evidence]]:
    """Essay paragraphs with block ``i`` before sentence ``len * depths[i] / 100``, separated by blank lines."""
    cuts = [int(len(sentences) * d / 100) for d in depths]
    pieces: list[tuple[str, tuple]] = []
    done = 0
    for cut, block in zip(cuts, blocks):
        if cut > done:
            pieces.append((" ".join(sentences[done:cut]), ()))
            done = cut
        pieces.append((block.text, block.spans))
    if done < len(sentences):
        pieces.append((" ".join(sentences[done:]), ()))
    text, evidence, at = [], [], 0
    for piece, spans in pieces:
        evidence += [Evidence(at + start, at + end, label) for start, end, label in spans]
        text.append(piece)
        at += len(piece) + 2
    return "\n\n".join(text), evidence
