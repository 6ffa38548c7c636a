"""What memlife_v21 promises of its own (the checks every held-out family shares, and those of the families laid out as
memlife_v17, are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes, each twin one character of its own class apart past the
register's capitals; thirteen formats, seven of records and six of prose, all reached, each deciding line or sentence
naming holder and value (and the old value on a replacement only); fifteen look-alikes, each reachable, naming the
asked holder and its value on one line, their reason never a negation and given sometimes on that line, sometimes on
a note line of the same document, never evidence; six genres of aside whose wordings share no word between any two
genres; several phrasings of every question, none shared between questions; statements that vary in construction."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v21
from lceval.sources.memlife_v21 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor)\b|n't", re.I)


def test_seven_registers_four_valued_in_words_three_in_codes():
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7
    rng = random.Random(3)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(40))}
    coded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z]+[-/][0-9A-Z/]+", k.value(rng)) and re.search(r"\d", k.value(rng))
                                               for _ in range(40))}
    assert worded == {"bell", "lock", "organ", "dome"} and coded == {"yacht", "blast", "keycard"}
    assert all(k.noun in memlife_v21.TEMPLATE for k in keys.KINDS)


def test_a_twin_differs_in_one_character_of_its_class_past_the_register_capitals():
    rng = random.Random(4)
    for kind in keys.KINDS:
        classes = set()
        for _ in range(60):
            draw = keys.Draw(kind, rng)
            (at, a, b), = [(i, x, y) for i, (x, y) in enumerate(zip(draw.key, draw.twin)) if x != y]
            assert a in kind.swaps and b in kind.swaps and at >= len(re.match(r"[A-Z]*", draw.key).group()), (draw.key, draw.twin)
            classes.add(a.isdigit())
        assert classes == {kind.swaps == keys.DIGITS}
    assert {k.name for k in keys.KINDS if k.swaps == keys.LETTERS} == {"bell", "organ"}


def test_every_format_is_reached_and_only_a_replacement_names_the_old_value():
    rng = random.Random(6)
    seen = Counter()
    for kind in keys.KINDS:
        for role in ("give", "change", "take_back"):
            for _ in range(60):
                draw = keys.Draw(kind, rng)
                event = documents.Event(role, kind, draw.key, "NEWVAL", old="OLDVAL", label="latest write")
                others = [draw.other() for _ in range(rng.randint(0, 2))]
                doc = documents.render(event, rng, others)
                (start, end, label), = doc.spans
                line = doc.text[start:end]
                assert label == "latest write" and draw.key in line and "NEWVAL" in line and "\n" not in line
                assert ("OLDVAL" in line) == (role == "change") and doc.text.count("NEWVAL") == 1, (doc.fmt, doc.text)
                assert doc.text[start - 1] in " \n" and doc.text[end] in " \n", (doc.fmt, doc.text)
                assert all(h in doc.text and v in doc.text and h not in line for h, v in others), (doc.fmt, doc.text)
                if doc.fmt in documents.RECORD_FORMATS:  # a record is a whole line
                    assert doc.text[start - 1] == "\n" and doc.text[end] == "\n", (doc.fmt, doc.text)
                seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS) and len(documents.RECORD_FORMATS) == 7 and len(documents.SENTENCE_FORMATS) == 6


def test_statements_vary_in_construction():
    banks = (statements.GIVE, statements.CHANGE, statements.TAKE_BACK)
    for bank in banks:
        assert len(set(bank)) >= 12
        assert sum(t.startswith("{value}") or t.startswith("{old}") for t in bank) >= 2  # a value before the holder
        assert any(re.search(r"\. Its ", t) for t in bank)  # the holder only as "its" in a second sentence
        assert all("{thing}" in t or "{Thing}" in t for t in bank) and all(t.count("{value}") == 1 for t in bank)
    assert all("{old}" in t for t in statements.CHANGE)
    assert not any("{old}" in t for t in statements.GIVE + statements.TAKE_BACK + statements.BESIDE)
    assert len({t.split()[0] for t in statements.GIVE + statements.CHANGE + statements.TAKE_BACK}) >= 20


def test_look_alikes_reason_without_a_negation_on_their_line_or_a_note_line_and_all_are_reached():
    assert len(lookalikes.LOOKALIKES) == 15
    for name, (marker, wordings, note) in lookalikes.LOOKALIKES.items():
        assert len(set(wordings)) == 2 and all(marker.lower() in w.lower() for w in (*wordings, note)), name
        assert not any(NEGATION.search(w) for w in (*wordings, note)), name
        assert all(w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and "\n" not in w for w in wordings)
    used, rendered = rendered_lookalikes("memlife_v21", 240)
    places = Counter()
    for event, doc, line in rendered:
        marker = lookalikes.LOOKALIKES[event.template].marker.lower()
        if marker in line.lower():
            places["own line"] += 1
        else:  # a note line of the same document, naming neither holder nor value
            note, = [l for l in doc.text.split("\n") if marker in l.lower()]
            assert doc.fmt in documents.RECORD_FORMATS and event.key not in note, (event.template, doc.text)
            places["note line"] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and {doc.fmt for _, doc, _ in rendered} == set(FORMATS)
    assert places["own line"] > 50 and places["note line"] > 50


def test_asides_share_no_word_between_any_two_genres_within_a_wording():
    assert len(asides.ASIDES) == 6
    for variant in (0, 1):
        words = [set(re.findall(r"[a-z'-]+", wordings[variant].lower().replace("{thing}", "").replace("{role}", "")
                                .replace("{value}", ""))) for _, wordings in asides.ASIDES.values()]
        shared = Counter(w for bag in words for w in bag)
        assert max(shared.values()) == 1, (variant, [w for w, n in shared.items() if n > 1])
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame
        assert all(not NEGATION.search(w) and w.count("{value}") == 1 for w in wordings)


def test_questions_are_phrased_several_ways_and_no_phrasing_serves_two_questions():
    tables = [wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE]
    every = [t for table in tables for t in table]
    assert all(len(set(t)) >= 4 for t in tables) and len(set(every)) == len(every)
    assert sum("{ordinal}" in t for t in wording.KTH) >= 2 and sum("{k}" in t and "{ordinal}" not in t for t in wording.KTH) >= 2
    assert all(len(set(t)) >= 5 for t in (wording.FIRST, wording.PREVIOUS, wording.GENUINE, wording.CURRENT))
