"""Upstream's adjective-noun keys, drawn exactly as ``random.choice`` over its sorted list of 6 million pairs.

Upstream builds ``sorted(set(f"{adj}-{noun}"))`` for every wonderwords
adjective and noun and draws with ``random.choice``. The list is never built
here: strings ``adj-noun`` sort by adjective blocks (all pairs of one
adjective share the prefix ``adj-``), except where an adjective continues
another one after a hyphen ("blue" and "blue-eyed"), whose pairs interleave;
those few clusters are merged explicitly. ``pair(i)`` is then the ``i``-th
string of upstream's list, and ``choice(rng)`` consumes ``rng`` exactly as
``rng.choice(that_list)`` does.
"""

from __future__ import annotations

import bisect
import random
from functools import lru_cache


class SortedPairs:
    def __init__(self, adjectives: list[str], nouns: list[str]):
        self.nouns = sorted(set(nouns))
        roots: dict[str, list[str]] = {}
        for adjective in sorted(set(adjectives), key=len):  # shorter first: a root precedes its continuations
            root = next((r for r in roots if adjective.startswith(r + "-")), adjective)
            roots.setdefault(root, []).append(adjective)
        self.blocks: list[tuple[str, list[str] | None]] = []  # (adjective, None) or (root, merged strings)
        for root in sorted(roots, key=lambda r: r + "-"):
            members = roots[root]
            merged = None if len(members) == 1 else sorted({f"{a}-{n}" for a in members for n in self.nouns})
            self.blocks.append((root, merged))
        self.starts: list[int] = []
        total = 0
        for root, merged in self.blocks:
            self.starts.append(total)
            total += len(self.nouns) if merged is None else len(merged)
        self.size = total

    def pair(self, index: int) -> str:
        block = bisect.bisect_right(self.starts, index) - 1
        root, merged = self.blocks[block]
        offset = index - self.starts[block]
        return f"{root}-{self.nouns[offset]}" if merged is None else merged[offset]

    def choice(self, rng: random.Random) -> str:
        return self.pair(rng._randbelow(self.size))  # what rng.choice(list) consumes and picks


@lru_cache(maxsize=1)
def upstream_pairs() -> SortedPairs:
    from wonderwords.random_word import _get_words_from_text_file

    return SortedPairs(_get_words_from_text_file("adjectivelist.txt"), _get_words_from_text_file("nounlist.txt"))
