"""What memlife_v19 promises of its own (the checks every held-out family shares, and those of the families laid out as
memlife_v17, are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes; thirteen formats, all reached, each deciding line naming
holder and value (and the old value on a change); fifteen look-alikes, each reachable, each naming the asked holder
and its value on one line and saying in its document why it never took effect, none ever evidence; six genres of
aside, two wordings each, all reached in turn; several phrasings of every question; statements that vary."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources.memlife_v19 import documents, keys, lookalikes, statements

from helpers_memlife import rendered_lookalikes


FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
# Words in each look-alike's document that say why it never took effect.
NOT_IN_FORCE = {"quotation": "without being accepted", "forecast": "not a booking", "survey suggestion": "none adopted",
                "rejected write": "rejected:", "joke": "Only joking", "mis-sent message": "by mistake",
                "staging preview": "never published", "placeholder": "not real", "would have been": "would have gone",
                "cancelled job": "CANCELLED", "losing bid": "Outbid", "advice column": "not a decision",
                "training call": "TRAINING EXERCISE", "rejected patch": "not merged", "unsigned draft": "never came into force"}


def test_seven_registers_four_valued_in_words_three_in_codes():
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7
    rng = random.Random(3)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+( [A-Z][a-z]+)+", k.value(rng)) for _ in range(30))}
    coded = {k.name for k in keys.KINDS if all(any(c.isdigit() for c in k.value(rng)) for _ in range(30))}
    assert worded == {"plot", "crate", "hut", "bus"} and coded == {"can", "pump", "row"}


def test_a_twin_differs_from_its_holder_in_one_digit():
    rng = random.Random(4)
    for kind in keys.KINDS:
        for _ in range(50):
            draw = keys.Draw(kind, rng)
            (a, b), = [(x, y) for x, y in zip(draw.key, draw.twin) if x != y]
            assert a.isdigit() and b.isdigit(), (draw.key, draw.twin)


def test_every_format_is_reached_and_a_change_names_both_values():
    rng = random.Random(6)
    seen = Counter()
    for kind in keys.KINDS:
        for role in ("give", "change", "take_back"):
            for _ in range(40):
                draw = keys.Draw(kind, rng)
                event = documents.Event(role, kind, draw.key, "NEWVAL", old="OLDVAL", label="latest write")
                doc = documents.render(event, rng, [draw.other()])
                (start, end, label), = doc.spans
                line = doc.text[start:end]
                assert label == "latest write" and draw.key in line and "NEWVAL" in line and "\n" not in line
                assert ("OLDVAL" in line) == (role == "change"), (doc.fmt, line)
                assert doc.text.count("NEWVAL") == 1, doc.text
                seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS) and len(FORMATS) == 13


def test_statements_vary_in_construction():
    for bank in (statements.GIVE, statements.CHANGE, statements.TAKE_BACK):
        assert len(set(bank)) >= 10
        assert sum(t.startswith("{V}") for t in bank) >= 2  # the value before the holder
        assert any(re.search(r"\. (It|Its) ", t) for t in bank)  # the holder as a pronoun in a second sentence
    assert any(re.search(r"\b(is|has been) (entered|allotted|withdrawn|replaced)\b", t) for t in statements.GIVE + statements.CHANGE + statements.TAKE_BACK)
    assert not any(re.search(r"\b(changed?|updated?|set|moved)\b", t, re.I) for t in statements.CHANGE)


def test_every_look_alike_is_reachable_names_holder_and_value_on_one_line_and_says_why_not():
    assert len(lookalikes.LOOKALIKES) >= 12 and set(NOT_IN_FORCE) == set(lookalikes.LOOKALIKES)
    used, rendered = rendered_lookalikes("memlife_v19", 150)
    for event, doc, _ in rendered:
        assert doc.fmt in FORMATS and NOT_IN_FORCE[event.template] in doc.text, (event.template, doc.text)
    assert set(used) == set(lookalikes.LOOKALIKES)
    assert len({doc.fmt for _, doc, _ in rendered}) >= 10
