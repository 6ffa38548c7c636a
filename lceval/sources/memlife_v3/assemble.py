"""A plan's documents dropped into the essay haystack at random depths, the whole fitted to the token budget.

Everything random (dates, formats, wordings, depths, the essay offset) is
drawn here, before the length search (``essay_documents``).
"""

from __future__ import annotations

import datetime as dt
import random

from ...sample import LongSample
from ..essay_documents import documents_sample
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
    return documents_sample(
        _documents(plan, rng), rng, depths=(3, 97), template=TEMPLATE.replace("{question}", plan.question),
        answer_prefix=ANSWER_PREFIX, question=plan.question, answers=plan.answers, meta=plan.meta,
        tokenizer=tokenizer, max_seq_length=max_seq_length, max_new_tokens=MAX_NEW_TOKENS, data_dir=data_dir,
    )


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

