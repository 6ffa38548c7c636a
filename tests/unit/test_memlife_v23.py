"""What memlife_v23 promises of its own (the checks every held-out family shares, and those of the families laid out
as memlife_v17, are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes, all named in the prompt, each twin one character of its
register's class apart within the drawn tail; thirteen formats, seven records (the deciding entry a whole line) and
six prose (one statement with words on both sides), all reached, the deciding entry naming holder and value, the old
value on some replacements and never elsewhere, with strangers on lines or in sentences of their own; statements
varied in construction, with replacements that leave the old value out and take-backs without the usual words;
fifteen look-alikes, none with a negation word, whose reason comes in the same sentence, in the first line, or just
before or just after, every place reached and never evidence; six genres of aside, no two sharing a word within a
wording; several phrasings of every question, none shared, the previous and first values each asked six ways."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v23
from lceval.sources.memlife_v23 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
WORDED = {"stall", "mooring", "plot", "seminar_room"}
CODED = {"parking_bay", "buoy", "van"}


def test_seven_registers_four_in_words_three_in_codes_all_named_in_the_prompt():
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7 and len({k.noun for k in keys.KINDS}) == 7
    rng = random.Random(3)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(60))}
    coded = {k.name for k in keys.KINDS
             if all(re.fullmatch(r"[A-Z]+[0-9A-Z]*[-/][0-9]+(/[0-9]+)?", v) for v in (k.value(rng) for _ in range(60)))}
    assert worded == WORDED and coded == CODED
    assert all(k.noun in memlife_v23.TEMPLATE for k in keys.KINDS)
    assert f'"{memlife_v23.NO_LONGER_VALID}"' in memlife_v23.TEMPLATE


def test_a_twin_is_one_character_of_its_class_away_within_the_tail():
    rng = random.Random(4)
    for kind in keys.KINDS:
        for _ in range(80):
            draw = keys.Draw(kind, rng)
            (at, a, b), = [(i, x, y) for i, (x, y) in enumerate(zip(draw.key, draw.twin)) if x != y]
            assert a in kind.swaps and b in kind.swaps and at >= kind.prefix, (draw.key, draw.twin)
            assert draw.key[:kind.prefix] == draw.twin[:kind.prefix]
    assert {k.name for k in keys.KINDS if k.swaps == keys.LETTERS} == {"mooring", "seminar_room"}


def test_every_format_decides_with_one_entry_naming_holder_and_value_and_the_old_value_on_some_changes_only():
    seen, old_named = Counter(), Counter()
    for role, doc, start, end in rendered_decisions("memlife_v23", 70):
        line = doc.text[start:end]
        if doc.fmt in documents.RECORD_FORMATS:  # a whole line, never the first
            assert start > 0 and doc.text[start - 1] == "\n" and doc.text[end:end + 1] in ("", "\n"), (doc.fmt, doc.text)
        else:  # one statement of a paragraph, with words before and after it
            assert doc.text[start - 1] == " " and doc.text[end] == " " and line[-1] in ".!", (doc.fmt, doc.text)
        seen[doc.fmt] += 1
        if role == "change":
            old_named["OLDVAL" in line] += 1
    assert set(seen) == set(FORMATS) and len(documents.RECORD_FORMATS) == 7 and len(documents.SENTENCE_FORMATS) == 6
    assert old_named[True] > 2 * old_named[False] > 0, old_named  # most replacements name the old value, some leave it out


def test_statements_vary_in_construction():
    for bank in (statements.GIVE, statements.CHANGE, statements.TAKE_BACK):
        assert len(set(bank)) >= 12
        assert all(("{thing}" in t) + ("{Thing}" in t) == 1 and t.count("{value}") == 1 and t[-1] in ".!" for t in bank)
        assert sum(t.startswith(("{value}", "{old}")) for t in bank) >= 2  # a value before the holder
        assert any(re.search(r"\. Its ", t) for t in bank)  # the holder only as "Its" in a second sentence
        assert any(re.search(r"\b(has been|was|is)\b \w+(ed|en)\b", t) for t in bank)  # a passive
        assert any(re.match(r"[A-Z][a-z]+(tion|al|ment|ing)\b", t) for t in bank)  # a noun or gerund doing the verb's work
    with_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(with_old) >= 8 and len(statements.CHANGE) - len(with_old) >= 3
    assert all(t.count("{old}") == 1 for t in with_old)
    assert not any("{old}" in t for t in statements.GIVE + statements.TAKE_BACK + statements.BESIDE)
    assert sum(not re.search(r"withdr|cancel|revok|rescind", t, re.I) for t in statements.TAKE_BACK) >= 9
    assert len({t.split()[0] for t in statements.GIVE + statements.CHANGE + statements.TAKE_BACK}) >= 20
    assert len(set(statements.BESIDE)) >= 5 and all(t.count("{value}") == 1 for t in statements.BESIDE)


def _place(doc, event, look) -> str:
    """Where a look-alike document gives its reason: inline, heading, before or after the line naming the value."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    reason = look.reason.lower()
    if look.note not in doc.text:  # a wording: holder, value and reason in one sentence
        assert reason in line.lower(), doc.text
        return "inline"
    if lines[0] == look.note:
        return "heading"
    if doc.fmt in documents.RECORD_FORMATS:
        assert reason not in line.lower(), doc.text
        (note_at,) = [i for i, l in enumerate(lines) if look.note in l]
        assert abs(note_at - at) == 1, doc.text
        return "before" if note_at < at else "after"
    fields = {"thing": event.kind.thing(event.key), "Thing": event.kind.Thing(event.key), "value": event.value,
              "role": event.kind.role}
    plain, note = line.index(look.plain.format(**fields)), line.index(look.note)
    assert abs(plain - note) <= max(len(look.note), len(look.plain.format(**fields))) + 1, line  # side by side
    return "before" if note < plain else "after"


def test_look_alikes_give_their_reason_without_a_negation_and_every_place_is_reached():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.reason.lower() for l in lookalikes.LOOKALIKES.values()}) == 15
    for name, look in lookalikes.LOOKALIKES.items():
        reason = look.reason.lower()
        assert len(set(look.wordings)) == 2 and all(reason in w.lower() for w in (*look.wordings, look.note)), name
        assert reason not in look.plain.lower() and "{" not in look.note, name
        assert not any(NEGATION.search(w) for w in (*look.wordings, look.plain, look.note)), name
        for w in (*look.wordings, look.plain):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and "\n" not in w, (name, w)
    used, rendered = rendered_lookalikes("memlife_v23", 280)
    places, formats = Counter(), set()
    for event, doc, line in rendered:
        assert doc.fmt in FORMATS
        formats.add(doc.fmt)
        places[_place(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and formats == set(FORMATS)
    assert set(places) == set(documents.PLACES) and min(places.values()) > 40, places


def test_no_filler_of_a_look_alike_document_carries_a_negation():
    """A look-alike's document is all reason and filler: none of it says 'not' for the reader."""
    fillers = [f for record in documents.RECORDS.values() for f in record.fillers]
    sentences = [s for prose in documents.PROSE.values() for s in (*prose.opening, *prose.closing)]
    assert not any(NEGATION.search(t) for t in fillers + sentences)


def test_asides_share_no_word_between_genres_within_a_wording_and_tell_the_value_once():
    assert len(asides.ASIDES) == 6
    for variant in (0, 1):
        bags = [set(re.findall(r"[a-z'-]+", re.sub(r"\{\w+\}", " ", wordings[variant].lower())))
                for _, wordings in asides.ASIDES.values()]
        shared = Counter(w for bag in bags for w in bag)
        assert max(shared.values()) == 1, (variant, [w for w, n in shared.items() if n > 1])
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame and frame.count("{") == 1
        assert not NEGATION.search(frame)
        assert all(not NEGATION.search(w) and w.count("{value}") == 1 and "{role}" in w for w in wordings)
        assert all(w.count("{thing}") + w.count("{Thing}") == 1 for w in wordings)


def test_questions_are_phrased_several_ways_and_no_phrasing_serves_two_questions():
    tables = [wording.CURRENT, wording.FIRST, wording.KTH, wording.PREVIOUS, wording.IN_PASSING, wording.GENUINE]
    every = [t for table in tables for t in table]
    assert all(len(set(t)) >= 6 for t in tables) and len(set(every)) == len(every)
    assert sum("{ordinal}" in t for t in wording.KTH) >= 3 and sum("{k}" in t and "{ordinal}" not in t for t in wording.KTH) >= 3
    assert all(wording.ORDINALS[k] for k in (2, 3))
    # the previous value and the first value are each asked without a fixed word
    for table in (wording.PREVIOUS, wording.FIRST):
        assert not set.intersection(*(set(re.findall(r"[a-z-]+", re.sub(r"\{\w+\}", " ", t.lower()))) for t in table))
