"""``fusion``: reciprocal rank fusion of scoring selectors."""

from dataclasses import dataclass

import pytest

from lceval.sample import Chunk
from lceval.selection import ScoringSelector, build_selector
from lceval.selection.fusion import Fusion


@dataclass
class Fixed(ScoringSelector):
    scores: tuple = ()

    def score(self, question, chunks, evidence=()):
        return list(self.scores)


def _chunks(n):
    return [Chunk(i, 10 * i, 10 * i + 10, f"chunk {i} ", 10) for i in range(n)]


def test_scores_are_the_sum_of_reciprocal_ranks():
    fused = Fusion(members=[Fixed((3.0, 2.0, 1.0)), Fixed((0.1, 0.9, 0.5))], k=1)
    # ranks: member 1 -> 1, 2, 3; member 2 -> 3, 1, 2
    assert fused.score("q", _chunks(3)) == pytest.approx([1 / 2 + 1 / 4, 1 / 3 + 1 / 2, 1 / 4 + 1 / 3])
    assert fused.select("q", _chunks(3), 10) == [1]


def test_a_chunk_either_member_ranks_first_beats_one_both_rank_middling():
    lexical, dense = Fixed((9, 5, 0, 0, 0)), Fixed((0, 5, 9, 0, 0))
    assert Fusion(members=[lexical, dense]).select("q", _chunks(5), 20) == [0, 2]


def test_ties_rank_the_earlier_chunk_first():
    assert Fusion(members=[Fixed((1.0, 1.0, 1.0))], k=1).score("q", _chunks(3)) == pytest.approx([1 / 2, 1 / 3, 1 / 4])


def test_members_are_built_from_names_and_specs():
    fused = build_selector({"selector": "fusion", "params": {"members": ["bm25", {"selector": "bm25", "params": {"k1": 0.5}}]}})
    assert [type(m).__name__ for m in fused.members] == ["BM25", "BM25"] and fused.members[1].k1 == 0.5


@pytest.mark.parametrize("members, message", [([], "non-empty"), (["hybrid"], "score every chunk")])
def test_bad_members_are_refused(members, message):
    with pytest.raises(Exception, match=message):
        build_selector({"selector": "fusion", "params": {"members": members}})
