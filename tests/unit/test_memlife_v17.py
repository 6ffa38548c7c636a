"""What memlife_v17 promises of its own (the checks every held-out family shares are in test_memlife_heldout.py):
seven key kinds, some valued in words and some in codes; ten record formats, all reached; thirteen look-alikes,
each reachable, each naming the asked holder and its value on one line, none ever evidence; six genres of aside,
two wordings each, all reached in turn; several phrasings of every question."""

from __future__ import annotations

import random
import re
import string
from collections import Counter

from lceval.sources import memlife_v17
from lceval.sources.memlife_v17 import asides, documents, keys, kinds, lookalikes, wording

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v17")
FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS


def test_seven_kinds_some_valued_in_words_some_in_codes():
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7
    rng = random.Random(3)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+( [A-Za-z]+)+", k.value(rng)) for _ in range(20))}
    coded = {k.name for k in keys.KINDS if all(any(c.isdigit() for c in k.value(rng)) for _ in range(20))}
    assert worded == {"fermenter", "hive", "dye_lot"} and len(coded) == 4 and not worded & coded


def test_a_twin_differs_from_its_holder_in_one_digit():
    rng = random.Random(4)
    for kind in keys.KINDS:
        for _ in range(50):
            draw = keys.Draw(kind, rng)
            (a, b), = [(x, y) for x, y in zip(draw.key, draw.twin) if x != y]
            assert a.isdigit() and b.isdigit(), (draw.key, draw.twin)


def test_values_stay_clear_of_names_drawn_after_them():
    """A stranger drawn after the values (as ``with_a_stranger`` does) never holds one of them."""
    rng = random.Random(5)
    for kind in keys.KINDS:
        for _ in range(20):
            draw = keys.Draw(kind, rng)
            values = draw.values(8)
            others = [draw.other() for _ in range(6)]
            values += [v for _, v in others]
            assert not any(v in n or n in v for v in values for n, _ in others)


def test_every_record_format_is_reached_with_the_old_value_on_a_change():
    rng = random.Random(6)
    seen = Counter()
    for kind in keys.KINDS:
        for _ in range(60):
            draw = keys.Draw(kind, rng)
            event = documents.Event("change", kind, draw.key, "NEWVAL", old="OLDVAL", label="latest write")
            doc = documents.render(event, rng, [draw.other()])
            (start, end, label), = doc.spans
            assert label == "latest write" and "OLDVAL" in doc.text[start:end] and "NEWVAL" in doc.text[start:end]
            seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS) and len(FORMATS) == 10


def test_every_look_alike_is_reachable_and_names_holder_and_value_on_one_line_without_evidence():
    assert len(lookalikes.LOOKALIKES) >= 10
    rng = random.Random(7)
    used, formats = Counter(), set()
    for index in range(120):
        kind = keys.KINDS[index % len(keys.KINDS)]
        plan = kinds.distractor(keys.Draw(kind, rng), rng, index)
        used.update(plan.meta["lookalikes"])
        assert 3 <= len(plan.meta["lookalikes"]) <= 5 and [e.label for e in plan.events if e.label] == ["write"]
        for event in plan.events:
            doc = documents.render(event, rng, [])
            if event.role == "lookalike":
                formats.add(doc.fmt)
                assert not doc.spans and doc.fmt in FORMATS
                assert any(event.key in line and event.value in line for line in doc.text.split("\n")), doc.text
    assert set(used) == set(lookalikes.LOOKALIKES)
    assert len(formats) >= 8  # look-alikes come in most of the record formats, not one


def test_every_aside_wording_tells_holder_and_value_in_one_sentence():
    rng = random.Random(8)
    for kind in keys.KINDS:
        draw = keys.Draw(kind, rng)
        for genre, (_, wordings) in asides.ASIDES.items():
            assert len(wordings) == 2
            for variant in (0, 1):
                event = documents.Event("passing", kind, draw.key, "VAL", label="told in passing", template=genre, variant=variant)
                doc = documents.render(event, rng, [])
                (start, end, label), = doc.spans
                told = doc.text[start:end]
                assert doc.fmt == genre and label == "told in passing" and draw.key in told and "VAL" in told
                assert doc.text.count("VAL") == 1 and doc.text[start - 1] == " " and doc.text[end] == " "


def test_values_told_in_passing_come_in_every_genre(samples):
    assert len(asides.ASIDES) >= 5
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(asides.ASIDES)


def test_each_question_has_several_phrasings_all_used():
    tables = [wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE]
    assert all(len(set(t)) >= 4 for t in tables)
    fields = lambda t: {f for _, f, _, _ in string.Formatter().parse(t) if f}
    assert all(fields(t) <= {"thing", "role", "k", "ordinal"} and {"thing", "role"} <= fields(t) for table in tables for t in table)
    rng = random.Random(9)
    asked = Counter()
    for index in range(150):
        draw = keys.Draw(keys.KINDS[index % 7], rng)
        for task in memlife_v17.TASKS:
            asked[kinds.PLANS[task](draw, rng, index).question.replace(draw.kind.thing(draw.key), "{thing}")] += 1
    for table in tables:
        for template in table:
            filled = [q for q in asked if re.fullmatch(re.escape(template).replace(r"\{thing\}", ".*").replace(r"\{role\}", ".*")
                                                      .replace(r"\{ordinal\}", ".*").replace(r"\{k\}", ".*"), q)]
            assert filled, template


def test_samples_use_every_format_and_the_prompt_names_the_withdrawn_answer(samples):
    used = {f for rows in samples.values() for s in rows for f in s.meta["formats"]}
    assert set(FORMATS) <= used
    assert all(f'"{memlife_v17.NO_LONGER_VALID}"' in s.template for rows in samples.values() for s in rows)


def test_a_distractor_states_its_genuine_value_once(samples):
    for s in samples["distractor"]:
        assert s.context.count(s.answers[0]) == 1, s.index
        assert len(s.meta["lookalikes"]) == len(s.meta["lookalike_values"]) - 1
