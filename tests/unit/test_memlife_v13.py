"""memlife_v13, the twelfth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, which checks its answers against its recorded
values, its twins, its look-alikes, its asides and its formats): what a discard records, its three discard stories,
room for other holders in a draw and records that decide nothing."""

import random

from lceval.sources import memlife_v13
from lceval.sources.memlife_v13.documents import Event, render
from lceval.sources.memlife_v13.keys import KINDS, Draw

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v13")  # the samples test_memlife_heldout.py checks too


def test_a_discard_records_the_withdrawn_value(samples):
    for s in samples["discard"]:
        if s.meta["withdrawn"]:
            assert s.meta["cancelled_value"] == s.meta["values"][-1] and s.answers == [memlife_v13.NO_LONGER_VALID]
        elif s.meta["regiven"]:  # the asked holder's first place was withdrawn, then a new one given
            assert s.meta["cancelled_value"] == s.meta["values"][0] and s.answers == s.meta["values"][1:]
        else:  # the twin's place was the one withdrawn; the asked one stands
            assert s.answers == s.meta["values"] and s.meta["cancelled_value"] == s.meta["twin_values"][-1]


def test_discard_samples_cover_all_three_stories(samples):
    stories = {(s.meta["withdrawn"], s.meta["regiven"]) for s in samples["discard"]}
    assert stories == {(True, False), (False, False), (False, True)}
    for s in samples["discard"]:
        if s.meta["regiven"]:  # the withdrawal comes before the new allocation, which alone decides
            (evidence,) = s.evidence
            assert evidence.label == "re-given write"
            assert s.context.index(s.meta["cancelled_value"]) < evidence.start


def test_a_draw_has_room_for_every_other_holder_the_longest_sample_lists():
    rng = random.Random(4)
    for kind in KINDS:
        for _ in range(5):
            draw = Draw(kind, rng)
            assert len({draw.other()[0] for _ in range(25)}) == 25  # ten events listing two others each, and one


def test_records_without_a_label_decide_nothing():
    rng = random.Random(3)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for role in ("give", "change", "take_back"):
            assert not render(Event(role, kind, draw.twin, "V1", old="V0"), rng, [draw.other()]).spans
