"""What memlife_v22 promises of its own (the checks every held-out family shares, and those of the families laid out as
memlife_v17, are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes, each twin one character of its own class apart past the
register's capitals; thirteen formats, seven of records (the deciding entry a whole line) and six of prose (one
sentence), all reached, the deciding entry naming holder and value, and the old value on a replacement only, with
strangers on lines or in sentences of their own; fifteen look-alikes, none with a negation word, whose reason is
given in the same line, in a heading, or in the line or sentence just before or just after, all four reached and
never evidence; six genres of aside sharing no word within a wording; several phrasings of every question, none
shared; statements that vary in construction, some withdrawals without the obvious words."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v22
from lceval.sources.memlife_v22 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without)\b|n't", re.I)


def test_seven_registers_four_in_words_three_in_codes_all_named_in_the_prompt():
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7 and len({k.noun for k in keys.KINDS}) == 7
    rng = random.Random(3)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(50))}
    coded = {k.name for k in keys.KINDS
             if all(re.fullmatch(r"[A-Z]+[-/][0-9A-Z]+", v) and re.search(r"\d", v) for v in (k.value(rng) for _ in range(50)))}
    assert worded == {"tree", "dressing_room", "archive_box", "kiln"} and coded == {"container", "fridge", "bike_dock"}
    assert all(k.noun in memlife_v22.TEMPLATE for k in keys.KINDS)
    assert f'"{memlife_v22.NO_LONGER_VALID}"' in memlife_v22.TEMPLATE


def test_a_twin_is_one_character_of_its_class_away_past_the_leading_capitals():
    rng = random.Random(4)
    for kind in keys.KINDS:
        for _ in range(80):
            draw = keys.Draw(kind, rng)
            (at, a, b), = [(i, x, y) for i, (x, y) in enumerate(zip(draw.key, draw.twin)) if x != y]
            assert a in kind.swaps and b in kind.swaps and at >= len(re.match(r"[A-Z]*", draw.key).group()), (draw.key, draw.twin)
    assert {k.name for k in keys.KINDS if k.swaps == keys.LETTERS} == {"tree", "kiln"}
    assert {k.name for k in keys.KINDS if k.swaps == keys.DIGITS} == {"dressing_room", "archive_box", "container", "fridge", "bike_dock"}


def test_every_format_decides_with_one_entry_naming_holder_and_value_and_the_old_value_on_a_change_only():
    seen = Counter()
    for role, doc, start, end in rendered_decisions("memlife_v22", 70):
        line = doc.text[start:end]
        assert ("OLDVAL" in line) == (role == "change"), (doc.fmt, doc.text)  # every change names the old value
        if doc.fmt in documents.RECORD_FORMATS:  # a whole line
            assert doc.text[start - 1] == "\n" and doc.text[end:end + 1] in ("", "\n"), (doc.fmt, doc.text)
        else:  # one sentence of a paragraph, with words before and after it
            assert doc.text[start - 1] == " " and doc.text[end] == " " and line[-1] in ".!", (doc.fmt, doc.text)
        seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS) and len(documents.RECORD_FORMATS) == 7 and len(documents.SENTENCE_FORMATS) == 6


def test_statements_vary_in_construction():
    banks = (statements.GIVE, statements.CHANGE, statements.TAKE_BACK)
    for bank in banks:
        assert len(set(bank)) >= 12
        assert all(("{thing}" in t) + ("{Thing}" in t) == 1 and t.count("{value}") == 1 for t in bank)
        assert sum(t.startswith("{value}") or t.startswith("{old}") for t in bank) >= 2  # a value before the holder
        assert any(re.search(r"\. Its ", t) for t in bank)  # the holder only as "its" in a second sentence
        assert any(re.search(r"\b(has been|was|is)\b \w+ed\b", t) for t in bank)  # a passive
        assert any(re.match(r"[A-Z][a-z]+(ment|tion|al|ing|se)\b", t) for t in bank)  # a noun or gerund doing the verb's work
    assert all("{old}" in t for t in statements.CHANGE)
    assert not any("{old}" in t for t in statements.GIVE + statements.TAKE_BACK + statements.BESIDE)
    assert sum(not re.search(r"withdr|cancel|revok|rescind", t, re.I) for t in statements.TAKE_BACK) >= 8
    assert len({t.split()[0] for t in statements.GIVE + statements.CHANGE + statements.TAKE_BACK}) >= 20


def _where(doc, event, look) -> str:
    """Where a look-alike document gives its reason: inline, heading, before or after the line naming the value."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    marker = look.marker.lower()
    if look.note not in doc.text:  # a wording: holder, value and reason in one sentence
        assert marker in line.lower()
        return "inline"
    assert event.key not in look.note and event.value not in look.note and marker not in look.bare.lower()
    if lines[0] == look.note:
        return "heading"
    if doc.fmt in documents.RECORD_FORMATS:
        (note_at,) = [i for i, l in enumerate(lines) if look.note in l]
        assert abs(note_at - at) == 1, doc.text
        return "before" if note_at < at else "after"
    bare = line.index(look.bare.format(thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key), value=event.value))
    note = line.index(look.note)
    return "before" if note < bare else "after"


def test_look_alikes_give_their_reason_without_a_negation_in_each_of_four_places_and_all_are_reached():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.marker for l in lookalikes.LOOKALIKES.values()}) == 15
    for name, look in lookalikes.LOOKALIKES.items():
        assert len(set(look.wordings)) == 2 and all(look.marker.lower() in w.lower() for w in (*look.wordings, look.note)), name
        assert look.marker.lower() not in look.bare.lower() and "{" not in look.note, name
        assert not any(NEGATION.search(w) for w in (*look.wordings, look.bare, look.note)), name
        for w in (*look.wordings, look.bare):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and "\n" not in w, (name, w)
    used, rendered = rendered_lookalikes("memlife_v22", 280)
    places = Counter(_where(doc, event, lookalikes.LOOKALIKES[event.template]) for event, doc, _ in rendered)
    assert set(used) == set(lookalikes.LOOKALIKES) and {doc.fmt for _, doc, _ in rendered} == set(FORMATS)
    assert set(places) == set(documents.PLACES) and min(places.values()) > 40, places


def test_asides_share_no_word_between_genres_within_a_wording_and_tell_the_value_once():
    assert len(asides.ASIDES) == 6
    for variant in (0, 1):
        words = [set(re.findall(r"[a-z'-]+", wordings[variant].lower().replace("{thing}", "").replace("{role}", "")
                                .replace("{value}", ""))) for _, wordings in asides.ASIDES.values()]
        shared = Counter(w for bag in words for w in bag)
        assert max(shared.values()) == 1, (variant, [w for w, n in shared.items() if n > 1])
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame and frame.count("{") == 1
        assert all(not NEGATION.search(w) and w.count("{value}") == 1 for w in wordings)
        assert all(w.count("{thing}") + w.count("{Thing}") == 1 and "{role}" in w for w in wordings)


def test_questions_are_phrased_several_ways_and_no_phrasing_serves_two_questions():
    tables = [wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE]
    every = [t for table in tables for t in table]
    assert all(len(set(t)) >= 5 for t in tables) and len(set(every)) == len(every)
    assert sum("{ordinal}" in t for t in wording.KTH) >= 2 and sum("{k}" in t and "{ordinal}" not in t for t in wording.KTH) >= 2
    assert all(len(set(t)) >= 6 for t in (wording.FIRST, wording.PREVIOUS, wording.GENUINE, wording.CURRENT))
