"""What memlife_v28 promises of its own (the checks every held-out family shares, and those of the families laid out
as memlife_v17 and as memlife_v24 (twins, deciding entries, question tables), are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes, all named in the prompt, each holder a fixed prefix and a
drawn tail; thirteen formats, seven records and six prose, the deciding entry naming holder and value, the old value
only where a record replaces it; records that read as what they claim to be (JSON lines that parse, a fixed-width
report whose columns line up, a clock that runs forward down a text thread); statements varied in construction
(value first, fronted time, passive, a noun or gerund for the verb, "Its" in a second sentence), replacements that
sometimes leave the old value out, emptyings mostly without the office verbs, a few real entries said with a
negation; fifteen look-alikes with distinct reasons, few of them negated, whose reason sits in the same sentence, in
the first line, just before, just after or on the same line, every place reached in records and in prose and never
evidence; the formats' own text free of negations; six genres of aside sharing no word of four letters or more
within a wording."""

from __future__ import annotations

import json
import random
import re
from collections import Counter

from lceval.sources import memlife_v28
from lceval.sources.memlife_v28 import asides, documents, keys, lookalikes, statements

from helpers_memlife import rendered_decisions, rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
IN_WORDS = {"dressing_room", "allotment_plot", "display_case", "aquarium_tank"}
IN_CODES = {"carrel", "aircraft_stand", "turbine"}
BANKS = (statements.GIVE, statements.CHANGE, statements.TAKE_BACK)


def test_seven_registers_four_in_words_three_in_codes_all_named_in_the_prompt():
    assert len({k.name for k in keys.KINDS}) == len({k.noun for k in keys.KINDS}) == len(keys.KINDS) == 7
    rng = random.Random(3)
    words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(60))}
    codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)*", k.value(rng)) for _ in range(60))}
    assert words == IN_WORDS and codes == IN_CODES
    for kind in keys.KINDS:  # a fixed prefix, then a tail of digits and consonants only
        holders = [kind.make(rng) for _ in range(40)]
        assert len({h[:kind.prefix] for h in holders}) == 1 and len({len(h) for h in holders}) == 1, kind.name
        assert all(re.fullmatch(r"[0-9BCDFGHJKLMNPQRSTVWXZ/.-]+", h[kind.prefix:]) for h in holders), kind.name
    assert all(k.noun in memlife_v28.TEMPLATE for k in keys.KINDS)
    assert f'"{memlife_v28.NO_LONGER_VALID}"' in memlife_v28.TEMPLATE


def test_statements_vary_in_construction():
    for bank in BANKS:
        assert len(set(bank)) >= 12
        assert all(("{thing}" in t) + ("{Thing}" in t) == 1 and t.count("{value}") == 1 and t[-1] in ".!" for t in bank)
        assert all('"' not in t and "\n" not in t for t in bank)
        assert sum(t.startswith(("{value}", "{old}")) for t in bank) >= 1  # a value before the holder
        assert any(re.search(r"\. Its ", t) for t in bank)  # the holder only as "Its" in a second sentence
        assert any(re.search(r"\b(has been|had been|was|is)\b \w+(ed|en)\b", t) for t in bank)  # a passive
        assert any(re.match(r"[A-Z][a-z]+(tion|al|ment|ing|ance)\b", t) for t in bank)  # a noun or gerund doing the verb's work
        assert any(re.match(r"(As of|From|Since|After|By)\b", t) for t in bank)  # a fronted time phrase
    with_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(with_old) >= 8 and len(statements.CHANGE) - len(with_old) >= 3
    assert all(t.count("{old}") == 1 for t in with_old)
    assert not any("{old}" in t for t in statements.GIVE + statements.TAKE_BACK + statements.BESIDE)
    assert sum(not re.search(r"withdr|cancel|revok|rescind|remov|delet", t, re.I) for t in statements.TAKE_BACK) >= 10
    assert 2 <= sum(bool(NEGATION.search(t)) for bank in BANKS for t in bank) <= 6  # a few real entries said with a negation
    assert len({t.split()[0] for bank in BANKS for t in bank}) >= 20
    assert len(set(statements.BESIDE)) >= 5 and all(t.count("{value}") == 1 for t in statements.BESIDE)


def test_record_entries_name_the_old_value_only_where_they_replace_it():
    for record in documents.RECORDS.values():
        assert len(record.give) >= 2 and len(record.change_old) >= 2 and record.change_new and len(record.take_back) >= 2
        for t in (*record.give, *record.change_old, *record.change_new, *record.take_back):
            assert t.count("{h") == 1 and t.count("{v") == 1 and "\n" not in t, t
        assert all(t.count("{o}") == 1 for t in record.change_old)
        assert not any("{o}" in t for t in (*record.give, *record.change_new, *record.take_back))
        assert record.remark.count("{text}") == record.trail.count("{text}") == 1


def test_fill_keeps_the_braces_of_the_formats_themselves():
    assert documents.fill("  - {{n}: {h}, {f}: {v}}", n="plot", h="P1", f="crop", v="Kale") == "  - {plot: P1, crop: Kale}"
    assert documents.fill('{"{n}": "{h}", "rows": {count}}', n="a", h="b", count=2) == '{"a": "b", "rows": 2}'
    assert documents.fill("{h:<6}|{unknown}", h="AB") == "AB    |{unknown}"


def test_records_read_as_what_they_claim_to_be():
    """JSON lines parse, a fixed-width report's value column lines up, a text thread's clock runs forward, a SQL
    script commits: for real entries and look-alikes alike."""
    docs = [doc for _, doc, _, _ in rendered_decisions("memlife_v28", 30)]
    docs += [doc for _, doc, _ in rendered_lookalikes("memlife_v28", 120)[1]]
    seen = Counter()
    for doc in docs:
        lines = doc.text.split("\n")
        if doc.fmt == "jsonl_export":
            body = [l for l in lines if l.startswith("{")]
            assert all(isinstance(json.loads(l), dict) for l in body) and len(body) >= len(lines) - 1, doc.text
        elif doc.fmt == "fixed_width":
            rows = [l for l in lines if re.match(r"[A-Z]{2,4}[0-9/-]", l)]
            assert all(l[14] == " " and l[15] != " " for l in rows) and (rows or "** " in doc.text), doc.text
        elif doc.fmt == "sms_thread":
            clock = [l[:5] for l in lines if re.match(r"\d\d:\d\d ", l)]
            assert clock == sorted(clock) and all("07:00" <= c < "23:00" for c in clock), doc.text
        elif doc.fmt == "sql_script":
            assert lines[-1] == "COMMIT;" and "BEGIN;" in lines, doc.text
        seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS)


def _place(doc, event, look) -> str:
    """Where a look-alike's document gives its reason."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    if look.note[:-1] not in doc.text:  # a wording: holder, value and reason in one sentence
        assert look.reason in line.lower(), doc.text
        return "sentence"
    assert doc.text.count(look.note[:-1]) == 1, doc.text
    if lines[0] == look.note:
        return "heading"
    if doc.fmt in documents.RECORD_FORMATS:
        if look.note in line:
            return "comment"
        (note_at,) = [i for i, l in enumerate(lines) if look.note in l]
        assert abs(note_at - at) == 1, doc.text
        return "before" if note_at < at else "after"
    plain = documents.fill(look.plain, thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key),
                           value=event.value, role=event.kind.role)
    if f"{plain[:-1]} ({look.note[:-1]})." in line:
        return "comment"
    if f"{look.note} {plain}" in line:
        return "before"
    assert f"{plain} {look.note}" in line, doc.text
    return "after"


def test_look_alikes_give_their_reason_and_every_place_is_reached_in_records_and_prose():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.reason for l in lookalikes.LOOKALIKES.values()}) == 15
    negated = set()
    for name, look in lookalikes.LOOKALIKES.items():
        assert look.reason == look.reason.lower()
        assert len(set(look.wordings)) == 2 and all(look.reason in w.lower() for w in (*look.wordings, look.note)), name
        assert look.reason not in look.plain.lower() and "{" not in look.note and look.note[-1] == ".", name
        for w in (*look.wordings, look.plain):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and "\n" not in w, (name, w)
            assert '"' not in w and w[-1] == ".", (name, w)
        assert not NEGATION.search(look.plain), name
        if any(NEGATION.search(w) for w in (*look.wordings, look.note)):
            negated.add(name)
    assert 2 <= len(negated) <= 4, negated  # most give their reason with no negation word at all
    used, rendered = rendered_lookalikes("memlife_v28", 300)
    places, formats = Counter(), set()
    for event, doc, line in rendered:
        formats.add(doc.fmt)
        shape = "record" if doc.fmt in documents.RECORD_FORMATS else "prose"
        places[shape, _place(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and formats == set(FORMATS)
    assert set(places) == {(shape, p) for shape in ("record", "prose") for p in documents.PLACES}
    assert min(places.values()) > 20, places


def test_the_formats_own_text_carries_no_negation():
    """A look-alike's document is its sentence, its note and the format's own text: only a few notes negate."""
    texts = [t for record in documents.RECORDS.values()
             for t in (*[h for hs in record.headers for h in hs], *record.fillers, *record.footers, record.remark, record.trail,
                       *record.give, *record.change_old, *record.change_new, *record.take_back)]
    texts += [t for prose in documents.PROSE.values() for t in (*prose.headers, *prose.leads, *prose.closings, *prose.footers)]
    texts += [frame for frame, _ in asides.ASIDES.values()]
    assert not [t for t in texts if NEGATION.search(t)]
    for prose in documents.PROSE.values():  # so the deciding statement always has a sentence on each side
        assert all(t[-1] in ".!?" for t in (*prose.leads, *prose.closings))


def test_asides_share_no_long_word_between_genres_within_a_wording_and_tell_the_value_once():
    assert len(asides.ASIDES) == 6
    for variant in (0, 1):
        texts = [re.sub(r"\{\w+\}", " ", wordings[variant].lower()) for _, wordings in asides.ASIDES.values()]
        bags = [{w for w in re.findall(r"[a-z'-]+", t) if len(w) >= 4} for t in texts]
        shared = Counter(w for bag in bags for w in bag)
        assert max(shared.values()) == 1, (variant, [w for w, n in shared.items() if n > 1])
        assert not set.intersection(*(set(t.replace(",", " ").split()) for t in texts))  # no word common to them all
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame and frame.count("{") == 1
        assert all(not NEGATION.search(w) and w.count("{value}") == 1 and "{role}" in w for w in wordings)
        assert all(w.count("{thing}") + w.count("{Thing}") == 1 and w[-1] == "." for w in wordings)
