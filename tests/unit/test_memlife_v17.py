"""What memlife_v17 promises of its own (the checks every held-out family shares, and those of the families laid out as
memlife_v17, are in test_memlife_heldout.py):
seven key kinds, some valued in words and some in codes; ten record formats, all reached; thirteen look-alikes,
each reachable, each naming the asked holder and its value on one line, none ever evidence; six genres of aside,
two wordings each, all reached in turn; several phrasings of every question."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources.memlife_v17 import documents, keys, kinds, lookalikes


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
