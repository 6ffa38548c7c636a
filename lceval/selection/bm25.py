"""``bm25``: lexical relevance with Okapi BM25 (Robertson & Zaragoza, 2009) over word tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .base import ScoringSelector

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


def word_tokens(text: str) -> list[str]:
    """Lower-cased words split on punctuation and whitespace (not characters, unlike LongBench's baseline).

    Memoised: the learned selector's features tokenize the chunks BM25 just tokenized, and sweeps repeat documents."""
    return list(_tokens(text))


@dataclass
class BM25(ScoringSelector):
    """Scores each chunk with rank-bm25's BM25Okapi against the question.

    k1, b: the usual term-saturation and length-normalisation parameters.
    """

    k1: float = 1.5
    b: float = 0.75

    def __post_init__(self):
        if not (self.k1 >= 0 and 0 <= self.b <= 1):
            raise ValueError(f"k1 must be >= 0 and b in [0, 1], got k1={self.k1}, b={self.b}")

    def score(self, question, chunks, evidence=()):
        from rank_bm25 import BM25Okapi

        corpus = [word_tokens(c.text) or ["\0"] for c in chunks]
        return list(BM25Okapi(corpus, k1=self.k1, b=self.b).get_scores(word_tokens(question)))
