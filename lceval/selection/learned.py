"""``learned``: a trained scoring head over dense (static MiniLM-distilled) similarity and cheap lexical cues."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..sample import Chunk
from .base import ScoringSelector, keep_within_budget
from .bm25 import BM25
from .encoder import check_encoder, shared_encoder
from .features import chunk_features
from .head import load_head
from .minilm import model_files
from .slot_models import SLOT_WEIGHTS
from .slot_reader import LearnedSlots

WEIGHTS = Path(__file__).resolve().parent / "weights"
# Features depend on the encoder, so each has its own head (``lceval train-selector --encoder``)
# and slot models (``SLOT_WEIGHTS``, ``lceval train-slots --encoder``).
HEADS = {"minilm": WEIGHTS / "learned_minilm.json", "static": WEIGHTS / "learned.json"}


@dataclass
class Learned(ScoringSelector):
    """Ranks chunks with a small MLP trained on lceval's own generated tasks.

    A cheap first stage picks candidates: BM25's best chunks worth
    ``candidate_factor`` x the budget in tokens (at least ``min_candidates``
    chunks). Only those are embedded — the encoder (sentence-transformers
    all-MiniLM-L6-v2, Reimers & Gurevych 2019) embeds the question and each
    candidate's sentences — so the encoding cost follows the budget, not the
    context length. ``lceval.selection.features`` turns similarity, BM25
    (Robertson & Zaragoza 2009), term overlap, position and value-likeness
    into per-chunk features; the head scores the candidates, which are kept by
    evidence belief per token (``per_token``) and rank above every other chunk
    (those keep BM25's order). Embeddings are cached per
    document and per sentence, so sweeping budgets encodes each sentence once.

    weights: a JSON head written by ``lceval train-selector``; empty = the committed one for ``encoder``.
    candidate_factor: candidate tokens per budget token; 0 embeds every chunk.
    min_candidates: the fewest chunks the head ranks.
    encoder: "static" (default) or "minilm", the sentence encoder of the dense and slot features.
    """

    weights: str = ""
    candidate_factor: float = 2.0
    min_candidates: int = 8
    encoder: str = "static"

    def __post_init__(self):
        check_encoder(self.encoder)
        if self.candidate_factor < 0 or self.min_candidates < 1:
            raise ValueError("candidate_factor must be >= 0 and min_candidates >= 1")
        if self.weights and not Path(self.weights).is_file():
            raise ValueError(f"no weights file at {self.weights!r} (train one with `lceval train-selector --out FILE`)")

    def content_files(self) -> list[Path]:
        """The weights and encoder files this selector reads: their content is part of a sweep cell's identity."""
        return [Path(self.weights) if self.weights else HEADS[self.encoder], SLOT_WEIGHTS[self.encoder], *model_files()]

    def select(self, question, chunks, budget, evidence=()):
        if not chunks:
            return []
        return keep_within_budget(chunks, self.candidate_scores(question, chunks, budget), budget)

    def score(self, question, chunks, evidence=()):
        """Head scores for every chunk."""
        return self.candidate_scores(question, chunks, None)

    def candidate_scores(self, question, chunks, budget: int | None):
        """Head scores for the candidates of ``budget`` (every chunk when None), BM25 order below them."""
        if not chunks:
            return []
        lexical = np.asarray(BM25().score(question, chunks), dtype=np.float64)
        slots = LearnedSlots(encoder=self.encoder).read(question, chunks).chunk_columns(len(chunks))
        subset = candidates(chunks, lexical, budget, self.candidate_factor, self.min_candidates, slot_candidates(slots))
        encoder = shared_encoder(self.encoder)
        embedding = encoder.document([chunks[i].text for i in subset])
        features = chunk_features(question, chunks, embedding, encoder.query(question), subset, lexical, slots)
        head = load_head(self.weights or str(HEADS[self.encoder]))(features)
        return below(len(chunks), subset, per_token(head, [chunks[i].n_tokens for i in subset]), lexical)


SLOT_CANDIDATE = 0.1  # a chunk the slot reader believes the question needs at least this much is always a candidate


def slot_candidates(slot_columns: Sequence[np.ndarray]) -> np.ndarray:
    """The chunks the slot reader believes the question needs (``SlotReading.chunk_columns``'s belief column)."""
    return np.flatnonzero(slot_columns[4] >= SLOT_CANDIDATE)


def candidates(chunks: Sequence[Chunk], bm25: np.ndarray, budget: int | None, factor: float, minimum: int,
               first: Sequence[int] = ()) -> list[int]:
    """``first``, then BM25's best chunks (ties: earlier first) until ``factor x budget`` tokens and ``minimum`` chunks are reached."""
    order = list(dict.fromkeys([*map(int, first), *sorted(range(len(chunks)), key=lambda i: (-bm25[i], i))]))
    if budget is None or factor == 0:
        return sorted(order)
    picked, tokens = [], 0
    for i in order:
        if len(picked) >= minimum and tokens >= factor * budget:
            break
        picked.append(i)
        tokens += chunks[i].n_tokens
    return sorted(picked)


def per_token(head: np.ndarray, n_tokens: Sequence[int]) -> np.ndarray:
    """log(p / tokens) with p the head's softmax over the candidates: evidence expected per token spent.

    The head is trained listwise, so its softmax is its belief that a chunk is
    evidence; filling the budget by belief per token (the greedy knapsack
    rule) keeps more of several near-certain evidence chunks than filling by
    belief alone, and changes nothing when one chunk clearly wins.
    """
    log_p = head - np.logaddexp.reduce(head)
    return log_p - np.log(np.maximum(np.asarray(n_tokens, dtype=np.float64), 1.0))


def below(n: int, subset: Sequence[int], head: np.ndarray, bm25: np.ndarray) -> list[float]:
    """Scores for all ``n`` chunks: the head's for ``subset``, and for the rest BM25's order under the lowest head score."""
    scores = np.empty(n)
    scores[list(subset)] = head
    rest = np.setdiff1d(np.arange(n), subset)
    if len(rest):
        lexical = bm25[rest]
        span = float(lexical.max() - lexical.min()) or 1.0
        scores[rest] = (float(head.min()) if len(head) else 0.0) - 1.0 - (lexical.max() - lexical) / span
    return scores.tolist()
