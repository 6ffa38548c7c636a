"""memlife_v14, the thirteenth (fresh held-out) memory-lifecycle family: what it adds to the checks it shares with
the other independently written families (test_memlife_heldout.py): answers from its recorded values, its three
discard stories, its twins, its record formats, look-alikes that carry their hedge beside the holder and the
value, and values told in passing in every genre of aside."""

import random

import pytest

from lceval.cli import DEFAULT_READER
from lceval.sources import memlife_v14
from lceval.sources.memlife_v14.documents import ASIDE_FORMATS, CODE_FORMATS, PROSE_FORMATS, WRITERS, Event, render
from lceval.sources.memlife_v14.keys import KINDS, Draw
from lceval.sources.memlife_v14.wording import LOOKALIKES

READER = str(DEFAULT_READER)
PER_KIND, SEED = 8, 59  # as in test_memlife_heldout.py: one generation, cached, serves both
GENUINE_FORMATS = CODE_FORMATS + PROSE_FORMATS


@pytest.fixture(scope="module")
def samples(data_dir):
    return {task: memlife_v14.generate(task, num_samples=PER_KIND, seed=SEED, tokenizer=READER) for task in memlife_v14.TASKS}


def _line_with(text: str, *parts: str) -> str | None:
    return next((line for line in text.split("\n") if all(p in line for p in parts)), None)


def test_answers_follow_from_the_recorded_values(samples):
    for s in samples["version"]:
        assert s.answers == [s.meta["values"][s.meta["k"] - 1]] and all(v in s.context for v in s.meta["values"])
        assert s.meta["k"] <= 3 or s.meta["asked"] == "previous"
    for s in samples["overwrite"]:
        assert s.answers == [s.meta["values"][-1]] and 2 <= s.meta["writes"] <= 6
    for s in samples["distractor"] + samples["nowrite"]:
        assert s.answers == s.meta["values"] and len(s.meta["values"]) == 1
    for s in samples["discard"]:
        if s.meta["withdrawn"]:
            assert s.meta["cancelled_value"] == s.meta["values"][-1] and s.answers == [memlife_v14.NO_LONGER_VALID]
        elif s.meta["regiven"]:
            assert s.meta["cancelled_value"] == s.meta["values"][0] and s.answers == s.meta["values"][1:]
        else:  # the twin lost its value; the asked holder's stands
            assert s.answers == s.meta["values"] and s.meta["cancelled_value"] == s.meta["twin_values"][-1]


def test_discard_tells_all_three_stories_and_a_regrant_follows_its_withdrawal(samples):
    stories = {(s.meta["withdrawn"], s.meta["regiven"]) for s in samples["discard"]}
    assert stories == {(True, False), (False, False), (False, True)}
    for s in samples["discard"]:
        if s.meta["regiven"]:
            (evidence,) = s.evidence
            assert evidence.label == "re-given write"
            assert s.context.index(s.meta["cancelled_value"]) < evidence.start


def test_every_sample_has_the_twin_and_nothing_deciding_names_it(samples):
    for task, rows in samples.items():
        for s in rows:
            twin, key = s.meta["twin"], s.meta["key"]
            assert len(twin) == len(key) and sum(a != b for a, b in zip(twin, key)) == 1, (task, s.index)
            assert twin in s.context and all(v in s.context for v in s.meta["twin_values"]), (task, s.index)
            assert not any(twin in t for t in s.evidence_texts()), (task, s.index)


def test_twins_are_the_only_near_names_and_values_never_nest():
    rng = random.Random(0)
    for kind in KINDS:
        for _ in range(30):
            draw = Draw(kind, rng)
            assert len(draw.key) == len(draw.twin) and sum(a != b for a, b in zip(draw.key, draw.twin)) == 1
            others = [draw.other()[0] for _ in range(5)]
            names = [draw.key, draw.twin, *others]
            assert all(a == b or a not in b for a in names for b in names), names
            assert all(len(o) != len(n) or sum(a != b for a, b in zip(o, n)) >= 3 for o in others for n in names if o != n)
            values = draw.values(10)
            assert len(set(values)) == 10 and all(a == b or a not in b for a in values for b in values), values


def test_a_draw_has_room_for_the_most_bystanders_a_sample_lists():
    rng = random.Random(4)
    for kind in KINDS:
        for _ in range(5):
            draw = Draw(kind, rng)
            assert len({draw.other()[0] for _ in range(25)}) == 25  # twelve records listing two each, and one more


@pytest.mark.parametrize("fmt", GENUINE_FORMATS)
def test_each_format_puts_holder_and_value_on_one_deciding_line_for_every_role(fmt):
    rng = random.Random(fmt)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for role in ("give", "change", "take_back"):
            beside = [draw.other() for _ in range(rng.randint(0, 2))]
            doc = WRITERS[fmt](Event(role, kind, draw.key, "V1", old="V0", label="x"), rng, beside, None)
            ((start, end, label),) = doc.spans
            line = doc.text[start:end]
            assert label == "x" and doc.fmt == fmt and "\n" not in line, (role, doc.text)
            # A removal by path (JSON Patch) names only the holder; every other deciding line names the value too.
            assert draw.key in line and ("V1" in line or (fmt, role) == ("json_patch", "take_back")), (role, doc.text)
            assert role != "change" or "V0" in line, (fmt, line)
            assert all(h in doc.text and v in doc.text for h, v in beside), doc.text


def test_records_without_a_label_decide_nothing():
    rng = random.Random(3)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for fmt in GENUINE_FORMATS:
            for role in ("give", "change", "take_back"):
                assert not WRITERS[fmt](Event(role, kind, draw.twin, "V1", old="V0"), rng, [draw.other()], None).spans


def test_look_alikes_share_the_genuine_formats_and_carry_the_hedge_beside_holder_and_value():
    rng = random.Random(2)
    assert sum(fmt in CODE_FORMATS for fmt, _ in LOOKALIKES.values()) * 2 >= len(LOOKALIKES)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for name, (fmt, hedge) in LOOKALIKES.items():
            doc = render(Event("lookalike", kind, draw.key, "V1", template=name), rng, [])
            assert doc.fmt == fmt and fmt in GENUINE_FORMATS and not doc.spans
            line = _line_with(doc.text, draw.key, "V1")
            assert line is not None, (name, doc.text)
            if fmt in CODE_FORMATS:
                assert hedge in line, (name, line)
            else:  # a prose hedge is the whole sentence, filled in
                assert hedge.split("{")[0] in line, (name, line)


def test_asides_tell_the_value_in_one_line_of_every_genre():
    rng = random.Random(5)
    for kind in KINDS:
        draw = Draw(kind, rng)
        for genre in ASIDE_FORMATS:
            for variant in (0, 1):
                doc = render(Event("passing", kind, draw.key, "V1", label="told", template=genre, variant=variant), rng, [])
                ((start, end, _),) = doc.spans
                assert doc.fmt == genre and draw.key in doc.text[start:end] and "V1" in doc.text[start:end]
                assert doc.text[start - 1] == "\n" and doc.text[end:end + 1] in ("\n", "")


def test_look_alikes_in_samples_name_the_asked_holder_and_the_twin_value_names_the_twin(samples):
    for s in samples["distractor"]:
        *fakes, twin_value = s.meta["lookalike_values"]
        assert len(fakes) == len(s.meta["lookalikes"]) and 3 <= len(fakes) <= 5
        assert all(_line_with(s.context, s.meta["key"], v) for v in fakes), s.index
        assert _line_with(s.context, s.meta["twin"], twin_value), s.index


def test_samples_mix_code_and_prose_records_and_every_aside_genre(samples):
    formats = {f for rows in samples.values() for s in rows for f in s.meta["formats"]}
    assert set(GENUINE_FORMATS) <= formats
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(ASIDE_FORMATS)


def test_questions_are_filled_and_kth_ones_say_which_write(samples):
    for task, rows in samples.items():
        for s in rows:
            assert "{" not in s.question and s.meta["key"] in s.question, (task, s.question)
    for s in samples["version"]:
        if s.meta["asked"] == "kth":
            assert str(s.meta["k"]) in s.question or {2: "second", 3: "third"}[s.meta["k"]] in s.question
