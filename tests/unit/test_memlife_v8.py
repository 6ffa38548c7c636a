"""memlife_v8, the eighth memory-lifecycle family (held out): checks of its own beside the shared ones in
test_memlife_heldout.py (the twin, the look-alikes and the key kinds in turn among them) — recorded values against
answers, a new key kind per sample, twins and look-alikes, records holding several events."""

import random

import pytest

from lceval.sources import memlife_v8
from lceval.sources.memlife_v8.documents import PROSE, RECORDS, Event, render
from lceval.sources.memlife_v8.keys import KINDS, distinct_values, other_holders
from lceval.sources.memlife_v8.wording import LOOKALIKES

from helpers_memlife import samples_fixture

by_task = samples_fixture("memlife_v8")  # the samples test_memlife_heldout.py checks too


def _lines_with(s, *parts):
    return [line for line in s.context.split("\n") if all(p in line for p in parts)]


def test_the_answer_is_the_recorded_value_each_kind_asks_for(by_task):
    for s in by_task["overwrite"] + by_task["version"]:
        values = s.meta["values"]
        assert all(v in s.context for v in values) and len(values) == s.meta["writes"]
        wanted = values[-1] if s.task == "overwrite" else values[s.meta["k"] - 1]
        assert s.answers == [wanted], (s.task, s.index)
        assert s.meta.get("asked") != "previous" or s.meta["k"] == s.meta["writes"] - 1
    for s in by_task["discard"]:
        standing = not s.meta["withdrawn"]
        assert (s.answers == s.meta["values"] != [s.meta["cancelled_value"]]) if standing else s.answers == [memlife_v8.NO_LONGER_VALID]


def test_a_withdrawal_comes_after_the_write_it_ends(by_task):
    for s in by_task["discard"]:
        holder = s.meta["twin"] if not s.meta["withdrawn"] else s.meta["key"]
        write, withdrawal = _lines_with(s, s.meta["cancelled_value"], holder)
        assert s.context.index(write) < s.context.index(withdrawal), s.index


def test_each_task_visits_a_new_key_kind_per_sample(by_task):
    for task, rows in by_task.items():
        assert len({s.meta["key_kind"] for s in rows}) == len(rows), task


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_holders_differ_from_their_twins_by_one_character_and_values_stay_apart(kind):
    rng = random.Random(kind.name)
    for _ in range(25):
        key, twin = kind.pairs(rng)
        assert len(key) == len(twin) and [a == b for a, b in zip(key, twin)].count(False) == 1
        names = [key, twin, *other_holders(kind, rng, (key, twin), 3)]
        values = distinct_values(kind, rng, 40)
        assert len(set(values)) == 40 and not any(a != b and a in b for a in values for b in values)
        assert not any(v in n for v in values for n in names), (names, values)


def test_each_role_is_one_line_of_a_record_or_one_sentence_of_a_paragraph():
    rng = random.Random(3)
    around = (("Other-1", "W1"), ("Other-2", "W2"))
    for kind in KINDS:
        key = kind.key(rng)
        for fmt in RECORDS:
            for role in ("give", "change", "withdraw", "give", "change", "withdraw"):
                doc = render([Event(role, kind, key, "V1", "x", around)], rng, fmt)
                [(start, end, _)] = doc.spans
                line = doc.text[start:end]
                assert doc.text.split("\n").count(line) == 1 and doc.text[start - 1] == "\n" and doc.text[end:end + 1] in ("", "\n")
                assert key in line and "V1" in line and "W1" not in line, (fmt, role, line)
        for fmt in PROSE:
            doc = render([Event("passing", kind, key, "V1", "x")], rng, fmt)
            [(start, end, _)] = doc.spans
            assert doc.text[start - 1] == " " and doc.text[end:end + 1] in ("", " ") and "V1" in doc.text[start:end]
        for framing in LOOKALIKES:  # a look-alike decides nothing: no span
            doc = render([Event("lookalike", kind, key, "V1", template=framing)], rng, "choir_list")
            assert not doc.spans and key in doc.text and "V1" in doc.text


def test_a_record_keeps_its_events_in_order_each_with_its_own_span():
    rng = random.Random(2)
    for fmt in RECORDS:
        events = [Event("give", KINDS[0], "K-1", "V1", "first", (("Other-1", "W1"),)), Event("change", KINDS[0], "K-1", "V2", "second", joined=True)]
        (s1, e1, l1), (s2, e2, l2) = render(events, rng, fmt).spans
        assert (l1, l2) == ("first", "second") and e1 < s2, fmt


def test_a_third_value_asked_for_has_its_first_two_in_one_record(by_task):
    for s in by_task["version"]:
        if s.meta["asked"] == "kth" and s.meta["k"] == 3:
            first, second, third = s.evidence
            assert "\n\n" not in s.context[first.start:second.end] and "\n\n" in s.context[second.end:third.start], s.index


def test_look_alikes_give_values_the_asked_holder_never_had(by_task):
    for s in by_task["distractor"]:  # that they stand beside the asked holder is checked in test_memlife_heldout.py
        assert s.answers[0] not in s.meta["lookalike_values"], s.index
