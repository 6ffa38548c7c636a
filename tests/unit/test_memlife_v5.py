"""memlife_v5, the fifth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, oracle recall at a 512-token budget and names and
values that never contain each other among them): the values it records and its twins in the samples."""

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v5")  # the samples test_memlife_heldout.py checks too


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
