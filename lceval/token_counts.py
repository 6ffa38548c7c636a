"""Exact token counts for chunking, counted once per sentence.

A chunk's count must equal ``len(tokenizer(chunk_text, add_special_tokens=False).input_ids)``.
Encoding every unit (sentence) and then every chunk costs two tokenizer passes
over the context. For most tokenizers one pass is enough: byte-level BPE with
a GPT-2 style split regex and WordPiece give a text the sum of its pieces'
counts when every cut is *settled* (``settle``): right after a newline, or
just before the last space of a run of spaces (the space that the regex would
glue to the next word). ``TokenCounter.additive`` checks this once per
tokenizer on a probe of joints (sentence ends, runs of spaces, tabs and
newlines, digits, quotes, brackets, non-Latin text); a tokenizer that fails it
(SentencePiece's Metaspace, which marks a text's first word) is recounted
chunk by chunk, as before. Unit counts are memoised per text, because
generated haystacks repeat the same sentences from sample to sample.

The same rule makes a new sentence cheap: cut at every settled joint between
words, it is the sum of its words' counts, and words recur across documents
far more than sentences do. So an additive counter encodes only the words it
has not met before (``_count_by_words``). A process's first documents pay
for learning their words; later ones skip most of the encoding. New words are
encoded joined at settled joints rather than one by one (one long text costs
a fraction of hundreds of short ones), and each word gets the tokens whose
offsets fall inside it; a joined text where a token crosses a joint is
counted word by word instead, so counts stay exact.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import OrderedDict
from typing import Sequence

_LEFTS = ("word.", "end!", "x?", 'said."', "(a)", "42.", "é.", "日本。", "🙂", "abc", "the", "a,")
_RUNS = (" ", "  ", "   ", "\t", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\n\t", " \n\n", "\r\n", "\u00a0 ")
_RIGHTS = ("The", "the", "5 cats", "42", "(x)", '"Q', "é", "日本", "🙂", "-1", "'s", "Passage 1:", "x", "\u00a0x", "  y", "\tz")
_MEMO_SIZE = 200_000
_WORD_MEMO_SIZE = 500_000
# Cuts between words where a run is one space or one newline between two non-space characters: the plainest
# settled joints (see ``settle``). Longer or rarer runs (two spaces, a no-break space before digits) stay inside
# a word, where no tokenizer's quirk about them can split a count.
_WORD_CUT = re.compile(r"(?<=\S)(?= \S)|(?<=\S\n)(?=\S)")


def settle(text: str, cut: int) -> int | None:
    """Where a cut at or after whitespace goes so that counts add up; None when only whitespace follows.

    The whitespace run around ``cut`` ends with a newline: cut after the run.
    Otherwise cut before the run's last character, which BPE regexes join to
    the next word (" word"). A cut with no whitespace before it stays.
    """
    end = cut
    while end < len(text) and text[end].isspace():
        end += 1
    if end == len(text):
        return None
    if end == 0 or not text[end - 1].isspace():
        return cut
    return end if text[end - 1] == "\n" else end - 1


class TokenCounter:
    """Counts tokens of texts as ``tokenizer(texts, add_special_tokens=False)`` does, for one tokenizer.

    A fast (Rust) tokenizer is called directly, without offsets, truncation or
    padding: the same ids as the transformers call, at a fraction of its cost.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer  # held so that its id is not reused while this counter lives
        self._backend = _bare_backend(tokenizer)
        self._memo: OrderedDict[str, int] = OrderedDict()
        self._words: dict[str, int] = {}
        self._additive: bool | None = None
        self._joinable: bool | None = None

    def count(self, texts: Sequence[str]) -> list[int]:
        """Token counts, computed now."""
        if not texts:
            return []
        if self._backend is not None:
            return [len(e) for e in self._backend.encode_batch_fast(list(texts), add_special_tokens=False)]
        return [len(ids) for ids in self.tokenizer(list(texts), add_special_tokens=False)["input_ids"]]

    def count_memoised(self, texts: Sequence[str]) -> list[int]:
        """Token counts, each distinct text counted once while it stays among the last ``_MEMO_SIZE``."""
        missing = [t for t in dict.fromkeys(texts) if t not in self._memo]
        if missing:
            self._memo.update(zip(missing, self._count_by_words(missing) if self.additive else self.count(missing)))
        while len(self._memo) > _MEMO_SIZE:
            self._memo.popitem(last=False)
        return [self._memo[t] for t in texts]

    def _count_by_words(self, texts: list[str]) -> list[int]:
        """Counts as sums of word counts (valid when ``additive``); words not met before are encoded now.

        A process's first document costs more than encoding its sentences
        would (most of its words are new, and many short texts encode slower
        than few long ones); every later one costs far less.
        """
        if len(self._words) > _WORD_MEMO_SIZE:
            self._words.clear()
        pieces = [_WORD_CUT.split(t) for t in texts]
        new = list({p for words in pieces for p in words if p not in self._words})
        self._words.update(zip(new, self._count_words(new)))
        return [sum(map(self._words.__getitem__, words)) for words in pieces]

    def _count_words(self, words: list[str]) -> list[int]:
        """Counts of words, encoded as a few joined texts where the tokenizer allows it."""
        if not words or not self.joinable:
            return self.count(words)
        runs = _joined_runs(words)
        encodings = self._backend.encode_batch(["".join(run) for run in runs], add_special_tokens=False)
        counts: list[int] = []
        for run, encoding in zip(runs, encodings):
            split = _tokens_per_word(run, encoding.offsets)
            counts += split if split is not None else self.count(run)
        return counts

    def forget(self, words: bool = False) -> None:
        """Empty the sentence memo, and the word memo with ``words`` (benchmarks measure cold costs with them)."""
        self._memo.clear()
        if words:
            self._words.clear()

    @property
    def additive(self) -> bool:
        """Whether counts add up at settled cuts for this tokenizer, checked once on the probe joints."""
        if self._additive is None:
            lefts, rights = _probe()
            a, b, ab = self.count(lefts), self.count(rights), self.count([x + y for x, y in zip(lefts, rights)])
            self._additive = all(x + y == z for x, y, z in zip(a, b, ab))
        return self._additive

    @property
    def joinable(self) -> bool:
        """Whether texts joined at settled joints keep each part's own tokens, offsets telling them apart (checked on the probe)."""
        if self._joinable is None:
            self._joinable = self._backend is not None and self.additive
            if self._joinable:
                lefts, rights = _probe()
                encodings = self._backend.encode_batch([x + y for x, y in zip(lefts, rights)], add_special_tokens=False)
                alone = zip(self.count(lefts), self.count(rights))
                self._joinable = all(_tokens_per_word([x, y], e.offsets) == list(n) for x, y, e, n in zip(lefts, rights, encodings, alone))
        return self._joinable


def _probe() -> tuple[list[str], list[str]]:
    """The two sides of every probe joint, cut where ``settle`` puts it."""
    lefts, rights = [], []
    for left, run, right in itertools.product(_LEFTS, _RUNS, _RIGHTS):
        whole = left + run + right
        cut = settle(whole, len(left) + len(run))
        lefts.append(whole[:cut])
        rights.append(whole[cut:])
    return lefts, rights


def _joined_runs(words: list[str]) -> list[list[str]]:
    """Words grouped into runs whose every joint is one ``_WORD_CUT`` cuts at (a settled joint)."""
    runs: list[list[str]] = []
    for word in words:
        if runs and _WORD_CUT.match(runs[-1][-1][-2:] + word[:2], len(runs[-1][-1][-2:])):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _tokens_per_word(run: list[str], offsets) -> list[int] | None:
    """How many tokens start in each part of a joined run; None when a token is empty or crosses a joint."""
    ends = list(itertools.accumulate(map(len, run)))
    counts = [0] * len(run)
    for start, end in offsets:
        i = bisect.bisect_right(ends, start)
        if end <= start or i == len(run) or end > ends[i]:
            return None
        counts[i] += 1
    return counts


def _bare_backend(tokenizer):
    """A copy of a fast tokenizer's Rust backend with truncation and padding off (None for a slow tokenizer)."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None or not hasattr(backend, "encode_batch_fast"):
        return None
    from tokenizers import Tokenizer

    bare = Tokenizer.from_str(backend.to_str())
    bare.no_truncation()
    bare.no_padding()
    return bare


_COUNTERS: dict[int, TokenCounter] = {}


def counter_for(tokenizer) -> TokenCounter:
    """The process-wide counter of a tokenizer (its memo outlives one context)."""
    key = id(tokenizer)
    if key not in _COUNTERS:
        _COUNTERS[key] = TokenCounter(tokenizer)
    return _COUNTERS[key]
