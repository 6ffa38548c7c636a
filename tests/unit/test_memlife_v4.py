"""memlife_v4, the fresh held-out memory-lifecycle family: what it adds to the checks it shares with memlife_v3
(test_memlife_heldout.py): the values it records and its twins."""

import random

import pytest

from lceval.sources.memlife_v4.keys import KINDS

from helpers_memlife import family_samples


@pytest.fixture(scope="module")
def samples(data_dir):
    return family_samples("memlife_v4")  # the samples test_memlife_heldout.py checks too


def test_answers_follow_from_the_recorded_values(samples):
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]]
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["discard"]:
        if not s.meta["withdrawn"]:  # the twin's value was the one withdrawn; the asked one stands
            assert s.meta["twin"] in s.context and s.answers[0] != s.meta["cancelled_value"]
    assert all(len(s.meta["lookalike_values"]) >= 5 for s in samples["distractor"])  # four fictions or more and the twin


def test_twins_never_contain_each_other():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            subject, twin = kind.pairs(rng)
            assert subject not in twin and twin not in subject, (subject, twin)
