"""memlife_v15, the fourteenth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py, which checks its answers against its recorded values,
its twins, its look-alikes beside the asked holder, its key kinds in turn and its formats): the three discard
stories, twins one character apart, look-alikes that mostly wear a genuine record's format and still render holder
and value, asides of every genre, and records that decide nothing.

The samples are those test_memlife_heldout.py reads (helpers_memlife.SEEDS); the direct render checks draw from
seed 59."""

import random

from lceval.sources import memlife_v15
from lceval.sources.memlife_v15.documents import RECORD_FORMATS, SENTENCE_FORMATS, Event, render
from lceval.sources.memlife_v15.keys import KINDS, Draw
from lceval.sources.memlife_v15.records import RECORDS
from lceval.sources.memlife_v15.wording import LOOKALIKES, PASSING

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v15")  # the samples test_memlife_heldout.py checks too
SEED = 59


def test_answers_follow_from_the_values_each_kind_records(samples):
    for s in samples["overwrite"]:
        assert s.answers == s.meta["values"][-1:] and s.evidence[0].label == "latest write"
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]]
        assert s.meta["k"] == {"first": 1, "previous": s.meta["writes"] - 1}.get(s.meta["asked"], s.meta["k"])
    for s in samples["distractor"] + samples["nowrite"]:
        assert s.answers == s.meta["values"] and len(s.evidence) == 1


def test_a_discard_records_the_withdrawn_value_in_all_three_stories(samples):
    stories = set()
    for s in samples["discard"]:
        stories.add((s.meta["withdrawn"], s.meta["regiven"]))
        if s.meta["withdrawn"]:
            assert s.meta["cancelled_value"] == s.meta["values"][-1] and s.answers == [memlife_v15.NO_LONGER_VALID]
            assert [e.label for e in s.evidence] == ["withdrawn write", "withdrawal"]
        elif s.meta["regiven"]:  # withdrawn first, given again later: only the later allocation decides
            (evidence,) = s.evidence
            assert evidence.label == "re-given write" and s.answers == s.meta["values"][1:]
            assert s.context.index(s.meta["cancelled_value"]) < evidence.start
        else:  # only the twin's value was withdrawn; the asked holder's stands
            assert s.answers == s.meta["values"] and s.meta["cancelled_value"] == s.meta["twin_values"][-1]
    assert stories == {(True, False), (False, False), (False, True)}


def test_twins_are_one_character_from_the_holder_and_never_inside_it():
    rng = random.Random(SEED)
    for kind in KINDS:
        for _ in range(40):
            draw = Draw(kind, rng)
            assert len(draw.key) == len(draw.twin) and sum(a != b for a, b in zip(draw.key, draw.twin)) == 1
            assert draw.key not in draw.twin and draw.twin not in draw.key


def test_a_draw_has_room_for_every_stranger_the_longest_sample_lists():
    rng = random.Random(SEED)
    for kind in KINDS:
        for _ in range(5):
            draw = Draw(kind, rng)
            assert len({draw.other()[0] for _ in range(25)}) == 25


def test_samples_use_both_prose_and_code_like_formats(samples):
    used = {f for rows in samples.values() for s in rows for f in s.meta["formats"]}
    assert set(SENTENCE_FORMATS) <= used and set(RECORD_FORMATS) <= used
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(PASSING)


def test_most_look_alikes_wear_the_format_of_a_genuine_record():
    in_record_formats = [fmt for _, fmt, _ in LOOKALIKES if fmt in RECORD_FORMATS]
    assert len(in_record_formats) * 2 >= len(LOOKALIKES) and set(in_record_formats) == set(RECORD_FORMATS)


def test_look_alikes_render_holder_and_value_on_one_line_and_decide_nothing():
    rng = random.Random(SEED)
    for kind in KINDS:
        draw = Draw(kind, rng)
        value = draw.value()
        for name, fmt, _ in LOOKALIKES:
            doc = render(Event("lookalike", kind, draw.key, value, template=name), rng, [])
            assert doc.fmt == fmt and not doc.spans, name
            assert any(draw.key in line and value in line for line in doc.text.split("\n")), (name, doc.text)


def test_a_code_like_look_alike_repeats_the_genuine_line_up_to_the_value():
    """The genuine give in the same format reads the same up to and including the value: only the hedge tells."""
    for kind in KINDS:
        draw = Draw(kind, random.Random(SEED))
        for name, fmt, _ in LOOKALIKES:
            if fmt in RECORD_FORMATS:
                fake = render(Event("lookalike", kind, draw.key, "V9", template=name), random.Random(1), [])
                real = RECORDS[fmt](Event("give", kind, draw.key, "V9", label="write"), random.Random(1), [], None)
                (start, end, _), = real.spans
                line = real.text[start:end]
                assert line[:line.index("V9") + 2] in fake.text and fake.text != real.text, (name, line)


def test_asides_tell_the_value_in_one_whole_sentence_of_every_genre():
    rng = random.Random(SEED)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for genre in PASSING:
            for variant in (0, 1):
                doc = render(Event("passing", kind, draw.key, "V1", label="told", template=genre, variant=variant), rng, [])
                (start, end, label), = doc.spans
                told = doc.text[start:end]
                assert doc.fmt == genre and label == "told" and draw.key in told and "V1" in told
                assert doc.text[start - 1] == " " and doc.text[end] == " " and told.endswith(".")


def test_records_without_a_label_decide_nothing():
    rng = random.Random(SEED)
    for kind in KINDS:
        for role in ("give", "change", "take_back"):
            for _ in range(30):
                draw = Draw(kind, rng)
                assert not render(Event(role, kind, draw.twin, "V1", old="V0"), rng, [draw.other()]).spans
