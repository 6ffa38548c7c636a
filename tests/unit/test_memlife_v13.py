"""memlife_v13, the twelfth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py): its recorded values, its twins, its re-given
places, its look-alikes and its formats."""

import random

import pytest

from lceval.cli import DEFAULT_READER
from lceval.sources import memlife_v13
from lceval.sources.memlife_v13.documents import RECORD_FORMATS, SENTENCE_FORMATS, Event, render
from lceval.sources.memlife_v13.keys import KINDS, Draw
from lceval.sources.memlife_v13.wording import LOOKALIKES, PASSING

READER = str(DEFAULT_READER)
PER_KIND, SEED = 8, 53  # as in test_memlife_heldout.py: one generation, cached, serves both


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v13.generate(task, num_samples=PER_KIND, seed=SEED, tokenizer=READER) for task in memlife_v13.TASKS}


def test_answers_follow_from_the_recorded_values(samples):
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and 2 <= s.meta["writes"] <= 6
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


def test_the_twin_is_in_every_sample_and_no_deciding_line_names_it(samples):
    for task, rows in samples.items():
        for s in rows:
            assert s.meta["twin"] in s.context and all(v in s.context for v in s.meta["twin_values"]), (task, s.index)
            assert not any(s.meta["twin"] in t for t in s.evidence_texts()), (task, s.index)


def test_twins_are_one_character_apart_and_names_and_values_never_contain_each_other():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            draw = Draw(kind, rng)
            key, twin = draw.key, draw.twin
            assert len(key) == len(twin) and sum(a != b for a, b in zip(key, twin)) == 1, (key, twin)
            others = [draw.other()[0] for _ in range(4)]
            names = [key, twin, *others]
            assert all(a == b or a not in b for a in names for b in names), names
            assert all(len(o) != len(n) or sum(a != b for a, b in zip(o, n)) > 2 for o in others for n in names if o != n), names
            values = draw.values(8)
            assert len(set(values)) == 8 and all(a == b or a not in b for a in values for b in values), values


def test_a_draw_has_room_for_every_other_holder_the_longest_sample_lists():
    rng = random.Random(4)
    for kind in KINDS:
        for _ in range(5):
            draw = Draw(kind, rng)
            assert len({draw.other()[0] for _ in range(25)}) == 25  # ten events listing two others each, and one


def test_every_role_renders_holder_and_value_on_one_deciding_line_in_every_format():
    rng = random.Random(1)
    for kind in KINDS:
        seen = set()
        for role in ("give", "change", "take_back"):
            for _ in range(80):  # reaches every format
                draw = Draw(kind, rng)
                doc = render(Event(role, kind, draw.key, "V1", old="V0", label="x"), rng, [draw.other() for _ in range(rng.randint(0, 2))])
                (start, end, _), = doc.spans
                line = doc.text[start:end]
                assert "\n" not in line and draw.key in line and "V1" in line, (role, doc.fmt, doc.text)
                assert role != "change" or "V0" in line, (doc.fmt, line)
                seen.add(doc.fmt)
        assert seen == set(SENTENCE_FORMATS + RECORD_FORMATS)


def test_look_alikes_and_asides_render_as_promised():
    rng = random.Random(2)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for template in LOOKALIKES:
            doc = render(Event("lookalike", kind, draw.key, "V1", template=template), rng, [])
            assert draw.key in doc.text and "V1" in doc.text and not doc.spans and doc.fmt in SENTENCE_FORMATS
        for aside, (_, wordings, _) in PASSING.items():
            for variant in range(len(wordings)):
                doc = render(Event("passing", kind, draw.key, "V1", label="x", template=aside, variant=variant), rng, [])
                (start, end, _), = doc.spans
                assert doc.fmt == aside and draw.key in doc.text[start:end] and "V1" in doc.text[start:end]


def test_records_without_a_label_decide_nothing():
    rng = random.Random(3)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for role in ("give", "change", "take_back"):
            assert not render(Event(role, kind, draw.twin, "V1", old="V0"), rng, [draw.other()]).spans


def test_look_alikes_name_the_asked_holder_and_the_twin_value_names_the_twin(samples):
    for s in samples["distractor"]:
        lines = s.context.split("\n")
        *lookalikes, twin_value = s.meta["lookalike_values"]
        assert all(any(v in line and s.meta["key"] in line for line in lines) for v in lookalikes), s.index
        assert any(twin_value in line and s.meta["twin"] in line for line in lines), s.index


def test_values_told_in_passing_come_in_every_kind_of_aside(samples):
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(PASSING)
