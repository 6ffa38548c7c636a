"""memlife_v12, the eleventh (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, which checks its answers against its recorded
values, its twins, its look-alikes, its asides and its formats): what a discard records, its re-given places, the
number of look-alikes and every key kind in turn."""

from lceval.sources.memlife_v12.keys import KINDS

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v12")  # the samples test_memlife_heldout.py checks too


def test_a_discard_records_the_withdrawn_value(samples):
    for s in samples["discard"]:
        if s.meta["withdrawn"]:
            assert s.meta["cancelled_value"] == s.meta["values"][-1]
        elif s.index % 4 == 1:  # the twin's place was taken back; the asked holder's single one stands
            assert s.answers == s.meta["values"] and s.meta["cancelled_value"] == s.meta["twin_values"][-1]
        else:  # the asked holder's first place was taken back, then a new one given
            assert s.meta["values"] == [s.meta["cancelled_value"], s.answers[0]]


def test_a_re_given_place_follows_its_withdrawal_and_only_the_new_write_decides(samples):
    for s in (s for s in samples["discard"] if s.index % 4 == 3):
        old, new = s.meta["values"]
        assert s.context.index(old) < s.context.index(new)
        assert [e.label for e in s.evidence] == ["write"] and old not in s.evidence_texts()[0]


def test_a_distractor_has_three_to_five_look_alikes_and_the_twin(samples):
    for s in samples["distractor"]:
        *lookalikes, _ = s.meta["lookalike_values"]  # the last is the twin's
        assert 3 <= len(lookalikes) <= 5, s.index


def test_every_key_kind_comes_up_in_turn(samples):
    for rows in samples.values():
        assert {s.meta["key_kind"] for s in rows} == {k.name for k in KINDS}
