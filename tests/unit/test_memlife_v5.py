"""memlife_v5, the fifth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, oracle recall at a 512-token budget among them):
the values it records and its twins."""

import random

import pytest

from lceval.sources.memlife_v5.keys import KINDS, distinct_values

from helpers_memlife import family_samples


@pytest.fixture(scope="module")
def samples(data_dir):
    return family_samples("memlife_v5")  # the samples test_memlife_heldout.py checks too


def test_answers_follow_from_the_recorded_values(samples):
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and all(v in s.context for v in s.meta["values"])
        assert s.meta["twin"] in s.context  # the twin's write is a near miss beside the chain
    for s in samples["discard"]:
        if not s.meta["withdrawn"]:  # the twin's value was the one withdrawn; the asked one stands
            assert s.meta["twin"] in s.context and s.answers[0] != s.meta["cancelled_value"]
    assert all(len(s.meta["lookalike_values"]) >= 5 for s in samples["distractor"])  # four look-alikes or more and the twin


def test_twins_never_contain_each_other_and_values_never_contain_each_other():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            subject, twin = kind.pairs(rng)
            assert subject != twin and subject not in twin and twin not in subject, (subject, twin)
            values = distinct_values(kind, rng, 6)
            assert all(a == b or a not in b for a in values for b in values), values
