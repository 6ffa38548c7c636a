"""Split a context into token-sized chunks that tile it exactly.

Cuts fall on natural boundaries (sentence ends, newlines, passage markers or
code lines, by ``style``) and never inside a protected span (a needle) when
the span fits in a chunk. A single unit longer than ``chunk_tokens`` is cut
between words. Because chunks tile the context, joining every chunk gives the
context back byte for byte: the ``full`` selector reproduces the upstream prompt.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Iterable, Sequence

from .errors import LcevalError
from .sample import Chunk, Evidence
from .token_counts import TokenCounter, counter_for, settle

STYLES = ("prose", "passages", "lines")
CHUNK_TOKENS = 128  # the default chunk size, in tokens of the model's tokenizer
CHUNKING_VERSION = 2  # bump when cuts move: sweep cells and cached features follow it (2: settled cuts)

# A sentence ends after . ! ? (optionally closed by quotes/brackets) followed by whitespace.
# Each match takes its whole whitespace run, so its settled cut (``settle``) is known from the run's last character.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+|\n\s*")
# Multi-document contexts (LongBench, RULER qa) mark each passage at a line start;
# few-shot contexts (triviaqa, samsum, trec) start each example with its field name.
_PASSAGE_START = re.compile(r"(?m)^(?=(?:Passage|Paragraph|Document)\s+\d+\s*[:.]|Title:|Passage:|Dialogue:|Question:)")
_LINE_END = re.compile(r"\n")


def chunk_context(
    context: str,
    tokenizer,
    chunk_tokens: int = CHUNK_TOKENS,
    protected: Iterable[Evidence] = (),
    style: str = "prose",
) -> list[Chunk]:
    """Chunks of about ``chunk_tokens`` tokens (model tokenizer) tiling ``context``."""
    if not isinstance(chunk_tokens, int) or isinstance(chunk_tokens, bool) or chunk_tokens <= 0:
        raise LcevalError(f"chunk_tokens must be a positive integer, got {chunk_tokens!r}.")
    if style not in STYLES:
        raise LcevalError(f"unknown chunk style {style!r}; use one of {', '.join(STYLES)}.")
    if not context:
        return []
    protected = [p for p in protected if p.end <= len(context)]
    counter = counter_for(tokenizer)
    soft, hard = _boundaries(context, style)
    soft -= _inside_any(sorted(soft), protected)
    units = _spans(sorted(soft | hard), len(context))
    counts = counter.count_memoised([context[s:e] for s, e in units])
    pieces: list[tuple[int, int, int]] = []
    unsettled: set[int] = set()  # cuts inside a word, where counts do not add up
    for (start, end), n in zip(units, counts):
        if n > chunk_tokens and not any(p.start < end and start < p.end for p in protected):
            split, cuts = _split_long(context, start, end, counter, chunk_tokens)
            pieces.extend(split)
            unsettled |= cuts
        else:
            pieces.append((start, end, n))
    spans = _pack(pieces, hard, chunk_tokens)
    return [Chunk(i, s, e, context[s:e], n) for i, ((s, e), n) in enumerate(zip(spans, _chunk_counts(context, spans, pieces, unsettled, counter)))]


def _chunk_counts(context: str, spans, pieces, unsettled: set[int], counter: TokenCounter) -> list[int]:
    """Each chunk's count: the sum of its pieces' where counts add up at its cuts, else counted again."""
    starts = [p[0] for p in pieces]
    cumulative = [0, *itertools.accumulate(p[2] for p in pieces)]
    counts, recount = [], []
    for i, (s, e) in enumerate(spans):
        first, last = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        counts.append(cumulative[last] - cumulative[first])
        if not counter.additive or (unsettled and any(starts[j] in unsettled for j in range(first + 1, last))):
            recount.append(i)
    for i, n in zip(recount, counter.count([context[s:e] for s, e in (spans[i] for i in recount)])):
        counts[i] = n
    return counts


def _boundaries(context: str, style: str) -> tuple[set[int], set[int]]:
    """Soft cut positions (may be merged across) and hard ones (a chunk always starts there)."""
    hard: set[int] = set()
    if style == "passages":
        hard = {m.start() for m in _PASSAGE_START.finditer(context)}
    if style == "lines":
        soft = {settle(context, m.end()) for m in _LINE_END.finditer(context)}
    else:  # settle() of a whole run's end: after it if it ends in a newline, else before its last space
        soft = {e if context[e - 1] == "\n" else e - 1 for e in (m.end() for m in _SENTENCE_END.finditer(context)) if e < len(context)}
    return {b for b in soft if b is not None and 0 < b < len(context)}, {b for b in hard if 0 < b < len(context)}


def _inside_any(positions: list[int], spans: Sequence[Evidence]) -> set[int]:
    """The sorted ``positions`` strictly inside any span."""
    return {b for s in spans for b in positions[bisect.bisect_right(positions, s.start) : bisect.bisect_left(positions, s.end)]}


def _spans(cuts: list[int], length: int) -> list[tuple[int, int]]:
    edges = [0, *cuts, length]
    return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]


def _split_long(context: str, start: int, end: int, counter: TokenCounter, chunk_tokens: int):
    """Cut an over-long unit every ``chunk_tokens`` tokens, moved back to the last settled whitespace cut.

    A cut never passes the start of token ``chunk_tokens`` of its piece and every
    piece is non-empty, so the loop always advances and the pieces tile the unit.
    Returns the pieces (start, end, tokens) and the cuts made inside a word.
    """
    text = context[start:end]
    offsets = counter.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
    token_starts = sorted({a for a, _ in offsets if 0 < a < len(text)})  # byte-level tokens may share a start
    pieces, inside_words, begin = [], set(), 0
    while True:
        first_later = bisect.bisect_right(token_starts, begin)
        if len(token_starts) - first_later < chunk_tokens:  # what is left fits
            break
        limit = token_starts[first_later + chunk_tokens - 1]  # where token ``chunk_tokens`` of this piece starts
        space = max(text.rfind(" ", begin, limit), text.rfind("\n", begin, limit))
        cut = settle(text, space + 1) if space >= begin else None
        if cut is None or not begin < cut <= limit:
            cut = limit
            inside_words.add(start + cut)
        pieces.append((start + begin, start + cut))
        begin = cut
    pieces.append((start + begin, end))
    counts = counter.count([context[a:b] for a, b in pieces])
    return [(a, b, n) for (a, b), n in zip(pieces, counts) if b > a], inside_words


def _pack(pieces: list[tuple[int, int, int]], hard: set[int], chunk_tokens: int) -> list[tuple[int, int]]:
    """Greedily merge consecutive pieces while the chunk stays within ``chunk_tokens``."""
    spans: list[tuple[int, int]] = []
    current_start, current_tokens = None, 0
    for start, end, n in pieces:
        if current_start is not None and (start in hard or current_tokens + n > chunk_tokens):
            spans.append((current_start, start))
            current_start, current_tokens = None, 0
        if current_start is None:
            current_start = start
        current_tokens += n
    if current_start is not None:
        spans.append((current_start, pieces[-1][1]))
    return spans
