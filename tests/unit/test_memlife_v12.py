"""memlife_v12, the eleventh (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with the
other independently written families (test_memlife_heldout.py): its recorded values, its twins, its look-alikes,
its re-given places and its formats."""

import random

import pytest

from lceval.cli import DEFAULT_READER
from lceval.sources import memlife_v12
from lceval.sources.memlife_v12.documents import RECORD_FORMATS, SENTENCE_FORMATS, Event, render
from lceval.sources.memlife_v12.keys import KINDS, Draw
from lceval.sources.memlife_v12.wording import ASIDES, LOOKALIKES

READER = str(DEFAULT_READER)
PER_KIND, SEED = 8, 47  # as in test_memlife_heldout.py: one generation, cached, serves both


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v12.generate(task, num_samples=PER_KIND, seed=SEED, tokenizer=READER) for task in memlife_v12.TASKS}


def test_answers_follow_from_the_recorded_values(samples):
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and all(v in s.context for v in s.meta["values"])
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


def test_the_twin_is_in_every_sample_and_no_deciding_line_names_it(samples):
    for task, rows in samples.items():
        for s in rows:
            assert s.meta["twin"] in s.context and all(v in s.context for v in s.meta["twin_values"]), (task, s.index)
            assert not any(s.meta["twin"] in t for t in s.evidence_texts()), (task, s.index)


def test_twins_are_one_or_two_characters_apart_and_nothing_contains_anything_else():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(40):
            draw = Draw(kind, rng)
            key, twin = draw.key, draw.twin
            assert len(key) == len(twin) and 1 <= sum(a != b for a, b in zip(key, twin)) <= 2, (key, twin)
            names = [key, twin, *(draw.other()[0] for _ in range(20))]  # as many as the longest sample lists
            assert len(set(names)) == len(names) and all(a == b or a not in b for a in names for b in names), names
            values = draw.values(8)
            assert all(a == b or a not in b for a in values for b in values) and not any(v in n for v in values for n in names)


def test_every_role_renders_its_holder_and_value_on_one_deciding_line_in_every_format():
    rng = random.Random(1)
    for kind in KINDS:
        seen = set()
        for role in ("give", "change", "take_back"):
            for _ in range(60):  # reaches every format
                draw = Draw(kind, rng)
                doc = render(Event(role, kind, draw.key, "V1", old="V0", label="x"), rng, [draw.other() for _ in range(rng.randint(0, 2))])
                (start, end, _), = doc.spans
                line = doc.text[start:end]
                assert "\n" not in line and draw.key in line and "V1" in line, (role, doc.fmt, doc.text)
                assert role != "change" or "V0" in line, (doc.fmt, line)
                assert doc.text[start - 1:start] in ("", "\n") and doc.text[end:end + 1] in ("", "\n"), (doc.fmt, doc.text)
                seen.add(doc.fmt)
        assert seen == set(SENTENCE_FORMATS + RECORD_FORMATS)


def test_look_alikes_and_asides_render_where_they_should():
    rng = random.Random(2)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for template in LOOKALIKES:
            doc = render(Event("lookalike", kind, draw.key, "V1", template=template), rng, [])
            assert draw.key in doc.text and "V1" in doc.text and not doc.spans and doc.fmt in SENTENCE_FORMATS
        for name, aside in ASIDES.items():
            for variant in range(len(aside.wordings)):
                doc = render(Event("passing", kind, draw.key, "V1", label="x", template=name, variant=variant), rng, [])
                (start, end, _), = doc.spans
                assert doc.fmt == name and draw.key in doc.text[start:end] and "V1" in doc.text[start:end]
                assert doc.text.count("V1") == 1 and doc.text[start - 1] in " \n" and doc.text[end] == " "


def test_look_alikes_name_the_asked_holder_and_the_twin_value_names_the_twin(samples):
    for s in samples["distractor"]:
        lines = s.context.split("\n")
        *lookalikes, twin_value = s.meta["lookalike_values"]
        assert 3 <= len(lookalikes) <= 5
        assert all(any(v in line and s.meta["key"] in line for line in lines) for v in lookalikes), s.index
        assert any(twin_value in line and s.meta["twin"] in line for line in lines), s.index


def test_values_told_in_passing_come_in_every_kind_of_aside(samples):
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(ASIDES)


def test_every_key_kind_comes_up_in_turn(samples):
    for rows in samples.values():
        assert {s.meta["key_kind"] for s in rows} == {k.name for k in KINDS}
