"""memlife_v11, the tenth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, which checks its answers against its recorded
values, its twins, its look-alikes, its asides and its formats): what a discard records."""

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v11")  # the samples test_memlife_heldout.py checks too


def test_a_discard_records_the_withdrawn_value(samples):
    for s in samples["discard"]:
        if s.meta["withdrawn"]:
            assert s.meta["cancelled_value"] == s.meta["values"][-1]
        else:  # the twin's value was the one taken back; the asked one stands
            assert s.answers == s.meta["values"] and s.meta["cancelled_value"] == s.meta["twin_values"][-1]
