"""memlife_v16's own promises (the checks every held-out family shares are in test_memlife_heldout.py): its eight
key kinds, its ten record formats, its thirteen kinds of look-alike and its six asides, each reachable and each
written as promised."""

import random
import re
import string
from collections import Counter

from lceval.sources.memlife_common.plans import Plan
from lceval.sources.memlife_v16 import kinds as plans
from lceval.sources.memlife_v16 import wording
from lceval.sources.memlife_v16.documents import RECORD_FORMATS, SENTENCE_FORMATS, Event, render
from lceval.sources.memlife_v16.keys import KINDS, Draw
from lceval.sources.memlife_v16.lookalikes import LOOKALIKES

from helpers_memlife import samples_fixture

samples = samples_fixture("memlife_v16")


def test_eight_key_kinds_give_words_to_some_and_codes_or_numbers_to_others():
    rng = random.Random(0)
    worded, coded = set(), set()
    for kind in KINDS:
        values = [Draw(kind, rng).value() for _ in range(40)]
        if all(" " in v and re.fullmatch(r"[A-Za-z -]+", v) for v in values):
            worded.add(kind.name)
        if all(any(c in string.digits for c in v) for v in values):
            coded.add(kind.name)
    assert len(KINDS) == 8 and len({k.name for k in KINDS}) == 8
    assert len(worded) == 5 and len(coded) == 3 and not worded & coded


def test_every_kind_words_each_role_with_its_value_and_a_change_with_the_old_one():
    for kind in KINDS:
        assert all("{value}" in p for p in (*kind.gives, *kind.changes, *kind.takes, kind.shall))
        assert all("{old}" in p for p in kind.changes) and len(kind.gives) == len(kind.changes) == len(kind.takes) == 2


def test_ten_record_formats_half_code_like_and_a_record_is_one_paragraph():
    assert len(RECORD_FORMATS) == 5 and len(SENTENCE_FORMATS) == 5 and not set(RECORD_FORMATS) & set(SENTENCE_FORMATS)
    rng = random.Random(4)
    for kind in KINDS:
        for _ in range(40):
            draw = Draw(kind, rng)
            doc = render(Event(rng.choice(("give", "change", "take_back")), kind, draw.key, "V1", old="V0", label="x"), rng,
                         [draw.other() for _ in range(2)])
            assert "\n\n" not in doc.text and doc.text == doc.text.strip()


def test_every_look_alike_names_holder_and_value_on_one_line_without_evidence():
    assert len(LOOKALIKES) >= 10
    rng = random.Random(2)
    formats = set()
    for kind in KINDS:
        draw = Draw(kind, rng)
        value = draw.value()
        for name in LOOKALIKES:
            doc = render(Event("lookalike", kind, draw.key, value, template=name), rng, [])
            assert not doc.spans and "\n\n" not in doc.text, (name, doc.text)
            assert any(draw.key in line and value in line for line in doc.text.split("\n")), (name, doc.text)
            formats.add(doc.fmt)
    assert len(formats) >= 9  # the look-alikes come in most record formats and a few of their own
    assert {"git_stash", "python_test", "wish_list"} <= formats


def test_every_look_alike_kind_is_reached_by_the_distractor_plans():
    rng = random.Random(3)
    seen = Counter()
    for i in range(60):
        plan = plans.PLANS["distractor"](Draw(KINDS[i % len(KINDS)], rng), rng, i)
        assert isinstance(plan, Plan) and 3 <= len(plan.meta["lookalikes"]) <= 5
        assert len(set(plan.meta["lookalikes"])) == len(plan.meta["lookalikes"])
        assert sum(e.label == "write" for e in plan.events) == 1
        seen.update(plan.meta["lookalikes"])
    assert set(seen) == set(LOOKALIKES)


def test_every_aside_and_each_of_its_two_wordings_tell_the_value_once_in_its_deciding_piece():
    assert len(wording.PASSING) >= 5
    rng = random.Random(5)
    for kind in KINDS:
        draw = Draw(kind, rng)
        value = draw.value()
        for name, (_, wordings) in wording.PASSING.items():
            assert len(wordings) == 2
            for variant in (0, 1):
                doc = render(Event("passing", kind, draw.key, value, label="told in passing", template=name, variant=variant), rng, [])
                (start, end, label), = doc.spans
                assert doc.fmt == name and label == "told in passing" and doc.text.count(value) == 1
                assert draw.key in doc.text[start:end] and value in doc.text[start:end]
                assert doc.fmt not in RECORD_FORMATS + SENTENCE_FORMATS


def test_several_phrasings_of_each_question_fill_in_cleanly():
    rng = random.Random(6)
    for templates in (wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE):
        assert len(templates) >= 4 and len(set(templates)) == len(templates)
        for kind in KINDS:
            draw = Draw(kind, rng)
            for template in templates:
                question = plans._ask((template,), draw, rng, k=2, ordinal=wording.ORDINALS[2])
                assert "{" not in question and draw.key in question and question[0].isupper() and question.endswith(("?", "."))


def test_the_samples_use_every_aside_and_many_record_formats(samples):
    assert {f for s in samples["nowrite"] for f in s.meta["evidence_formats"]} == set(wording.PASSING)
    every = {f for rows in samples.values() for s in rows for f in s.meta["evidence_formats"]}
    assert len(every & set(RECORD_FORMATS + SENTENCE_FORMATS)) >= 8
    for s in samples["distractor"]:
        assert set(s.meta["lookalikes"]) <= set(LOOKALIKES) and s.meta["evidence_formats"][0] in RECORD_FORMATS + SENTENCE_FORMATS


def test_a_withdrawal_is_followed_by_nothing_of_the_asked_holder(samples):
    for s in samples["discard"]:
        if s.meta["withdrawn"]:
            withdrawal = s.evidence[-1]
            assert s.meta["key"] not in s.context[withdrawal.end:], s.index
