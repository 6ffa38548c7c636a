"""What memlife_v18 promises of its own (the checks every held-out family shares, and those of the families laid out as
memlife_v17, are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes; thirteen record formats, all reached, each deciding line
naming holder and value (and the old value on a change); fourteen look-alikes, each reachable, each naming the
asked holder and its value on one line with what kept it from taking effect, none ever evidence; six genres of
aside, two wordings each, all reached in turn; several phrasings of every question; statements that vary."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources.memlife_v18 import documents, keys, lookalikes, statements

from helpers_memlife import rendered_lookalikes


FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
# A word on each look-alike's naming line that says why it never took effect.
NOT_IN_FORCE = {"lost motion": "LOST", "dry run": '"committed": false', "slip of the pen": "crossed out",
                "canteen gossip": "rumour", "test fixture": "not a real", "what-if": "never happened",
                "backed out": "Backed out", "lapsed offer": "lapsed unaccepted", "simulation": "SIM",
                "refused request": "REFUSED", "drill": "disregard", "void bill": "void", "parked idea": "never approved",
                "torn-up draft": "unsent"}


def test_seven_registers_four_valued_in_words_three_in_codes():
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7
    rng = random.Random(3)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][\w']+( [A-Z][\w'-]+)+", k.value(rng)) for _ in range(30))}
    coded = {k.name for k in keys.KINDS if all(any(c.isdigit() for c in k.value(rng)) for _ in range(30))}
    assert worded == {"berth", "tram", "chair", "carpool"} and coded == {"accession", "station", "segment"}


def test_a_twin_differs_from_its_holder_in_one_character_of_the_same_class():
    rng = random.Random(4)
    for kind in keys.KINDS:
        for _ in range(50):
            draw = keys.Draw(kind, rng)
            (a, b), = [(x, y) for x, y in zip(draw.key, draw.twin) if x != y]
            assert a.isdigit() == b.isdigit() and a.isalpha() == b.isalpha(), (draw.key, draw.twin)


def test_every_record_format_is_reached_and_a_change_names_both_values():
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
                seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS) and len(FORMATS) == 13


def test_statements_vary_in_construction():
    for bank in (statements.GIVE, statements.CHANGE, statements.TAKE_BACK):
        assert len(set(bank)) >= 9
        assert sum(t.startswith("{V}") for t in bank) >= 2  # the value before the holder
        assert any(". It" in t or ". Its" in t for t in bank)  # the holder as a pronoun in a second sentence
    assert not any(re.search(r"\b(changed?|updated?|set)\b", t, re.I) for t in statements.CHANGE)


def test_every_look_alike_is_reachable_names_holder_and_value_on_one_line_and_says_why_not():
    assert len(lookalikes.LOOKALIKES) >= 12 and set(NOT_IN_FORCE) == set(lookalikes.LOOKALIKES)
    used, rendered = rendered_lookalikes("memlife_v18", 150)
    for event, doc, _ in rendered:
        assert doc.fmt in FORMATS and NOT_IN_FORCE[event.template] in doc.text, (event.template, doc.text)
    assert set(used) == set(lookalikes.LOOKALIKES)
    assert len({doc.fmt for _, doc, _ in rendered}) >= 10
