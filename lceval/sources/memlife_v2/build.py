"""From a plan (inserts in document order, question, answers) to a fitted LongSample.

Every random choice (dates, renderings, depths, where in the essays the
haystack starts) is drawn before the length search, so the search only
varies the number of essay words around fixed documents.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from ...sample import LongSample
from ..essay_documents import documents_sample
from ..memlife_common.sampling import ANSWER_PREFIX, MAX_NEW_TOKENS
from .formats import Block, Insert, render

NO_LONGER_VALID = "no longer valid"  # the memlife_exact answer for a withdrawn value

TEMPLATE = (
    "The text below mixes essay prose with notes, logs, chats, emails, tables and settings files. "
    "Read all of it, then answer the question at the end.\n\n{context}\n\n"
    "Question: {question}\n"
    f"Reply with the value alone, exactly as written. If it was withdrawn and nothing replaced it, reply \"{NO_LONGER_VALID}\"."
)


@dataclass
class Plan:
    inserts: list[Insert]  # in document order
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)


def build_sample(plan: Plan, rng: random.Random, tokenizer, max_seq_length: int, data_dir: str | None) -> LongSample:
    return documents_sample(
        _render_all(plan.inserts, rng), rng, depths=(2, 98), template=TEMPLATE.replace("{question}", plan.question),
        answer_prefix=ANSWER_PREFIX, question=plan.question, answers=plan.answers, meta=plan.meta,
        tokenizer=tokenizer, max_seq_length=max_seq_length, max_new_tokens=MAX_NEW_TOKENS, data_dir=data_dir,
    )


def _render_all(inserts: list[Insert], rng: random.Random) -> list[Block]:
    """Blocks with dates that move forward through the document."""
    day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1000))
    blocks = []
    for insert in inserts:
        day += dt.timedelta(days=rng.randint(1, 12))
        blocks.append(render(insert, rng, day))
    return blocks

