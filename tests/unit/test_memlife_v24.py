"""What memlife_v24 promises of its own (the checks every held-out family shares, and those of the families laid out
as memlife_v17 and as memlife_v24 (twins, deciding entries, question tables), are in test_memlife_heldout.py):
seven registers, four valued in words and three in codes, all named in the prompt, each twin one character of its
register's class apart within the drawn tail; thirteen formats, seven records (the deciding entry a whole line, never
the first) and six prose (one statement with a sentence on each side), all reached by every role, the deciding entry
naming holder and value, the old value on most replacements and never elsewhere, other holders on lines or in
sentences of their own; statements varied in construction, with replacements that leave the old value out and
take-offs mostly without the obvious verbs; fifteen look-alikes with distinct reasons and no negation word, whose
reason sits in the same sentence, in the first line, just before, just after or in a comment on the same line, every
place reached in records and in prose and never evidence; six genres of aside, no two sharing a word of four letters
or more within a wording; several phrasings of every question, none shared, the previous and first values each asked
six ways without a word common to all."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v24
from lceval.sources.memlife_v24 import asides, documents, keys, lookalikes, statements

from helpers_memlife import rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
IN_WORDS = {"hive", "display_case", "kennel", "bench"}
IN_CODES = {"freezer", "hotel_room", "turbine"}


def test_seven_registers_four_in_words_three_in_codes_all_named_in_the_prompt():
    assert len({k.name for k in keys.KINDS}) == len({k.noun for k in keys.KINDS}) == len(keys.KINDS) == 7
    rng = random.Random(3)
    words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(60))}
    codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z]{2,3}[-:0-9A-Z]*[0-9][-:0-9A-Z]*", k.value(rng)) for _ in range(60))}
    assert words == IN_WORDS and codes == IN_CODES
    assert all(k.noun in memlife_v24.TEMPLATE for k in keys.KINDS)
    assert f'"{memlife_v24.NO_LONGER_VALID}"' in memlife_v24.TEMPLATE






def test_statements_vary_in_construction():
    for bank in (statements.GIVE, statements.CHANGE, statements.TAKE_BACK):
        assert len(set(bank)) >= 12
        assert all(("{thing}" in t) + ("{Thing}" in t) == 1 and t.count("{value}") == 1 and t[-1] in ".!" for t in bank)
        assert all('"' not in t for t in bank)  # a statement can stand inside a quoted record field
        assert sum(t.startswith(("{value}", "{old}")) for t in bank) >= 2  # a value before the holder
        assert any(re.search(r"\. Its ", t) for t in bank)  # the holder only as "Its" in a second sentence
        assert any(re.search(r"\b(has been|was|is)\b \w+(ed|en)\b", t) for t in bank)  # a passive
        assert any(re.match(r"[A-Z][a-z]+(tion|al|ment|ing)\b", t) for t in bank)  # a noun or gerund doing the verb's work
    with_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(with_old) >= 8 and len(statements.CHANGE) - len(with_old) >= 3
    assert all(t.count("{old}") == 1 for t in with_old)
    assert not any("{old}" in t for t in statements.GIVE + statements.TAKE_BACK + statements.BESIDE)
    assert sum(not re.search(r"withdr|cancel|revok|rescind|remov", t, re.I) for t in statements.TAKE_BACK) >= 10
    assert len({t.split()[0] for t in statements.GIVE + statements.CHANGE + statements.TAKE_BACK}) >= 20
    assert len(set(statements.BESIDE)) >= 5 and all(t.count("{value}") == 1 for t in statements.BESIDE)


def _place(doc, event, look) -> str:
    """Where a look-alike's document gives its reason."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    if look.note not in doc.text:  # a wording: holder, value and reason in one sentence
        assert look.reason.lower() in line.lower(), doc.text
        return "sentence"
    fields = {"thing": event.kind.thing(event.key), "Thing": event.kind.Thing(event.key), "value": event.value,
              "role": event.kind.role}
    plain = look.plain.format(**fields)
    assert plain in line and doc.text.count(look.note) == 1, doc.text
    if lines[0] == look.note:
        return "heading"
    if doc.fmt in documents.RECORD_FORMATS:
        if look.note in line:
            return "comment"
        (note_at,) = [i for i, l in enumerate(lines) if look.note in l]
        assert abs(note_at - at) == 1, doc.text
        return "before" if note_at < at else "after"
    if f"{plain} ({look.note})" in line:
        return "comment"
    if f"{look.note} {plain}" in line:
        return "before"
    assert f"{plain} {look.note}" in line, doc.text
    return "after"


def test_look_alikes_give_their_reason_without_a_negation_and_every_place_is_reached():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.reason.lower() for l in lookalikes.LOOKALIKES.values()}) == 15
    for name, look in lookalikes.LOOKALIKES.items():
        reason = look.reason.lower()
        assert len(set(look.wordings)) == 2 and all(reason in w.lower() for w in (*look.wordings, look.note)), name
        assert reason not in look.plain.lower() and "{" not in look.note and look.note[-1] == ".", name
        assert not any(NEGATION.search(w) for w in (*look.wordings, look.plain, look.note)), name
        for w in (*look.wordings, look.plain):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and "\n" not in w, (name, w)
            assert '"' not in w and w[-1] == ".", (name, w)
    used, rendered = rendered_lookalikes("memlife_v24", 280)
    places, formats = Counter(), set()
    for event, doc, line in rendered:
        formats.add(doc.fmt)
        shape = "record" if doc.fmt in documents.RECORD_FORMATS else "prose"
        places[shape, _place(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and formats == set(FORMATS)
    assert set(places) == {(shape, p) for shape in ("record", "prose") for p in documents.PLACES}
    assert min(places.values()) > 20, places


def test_nothing_around_a_look_alike_carries_a_negation():
    """A look-alike's document is its sentence, its note and the format's own text: none of that says 'not'."""
    texts = [t for record in documents.RECORDS.values()
             for t in (*record.headers, *record.fillers, record.say, record.remark, *[e for es in record.entries.values() for e in es])]
    texts += [t for prose in documents.PROSE.values()
              for t in (*prose.headers, *prose.leads, *prose.opening, *prose.closing, *prose.footers)]
    assert not [t for t in texts if NEGATION.search(t)]


def test_asides_share_no_long_word_between_genres_within_a_wording_and_tell_the_value_once():
    assert len(asides.ASIDES) == 6
    for variant in (0, 1):
        bags = [{w for w in re.findall(r"[a-z'-]+", re.sub(r"\{\w+\}", " ", wordings[variant].lower())) if len(w) >= 4}
                for _, wordings in asides.ASIDES.values()]
        shared = Counter(w for bag in bags for w in bag)
        assert max(shared.values()) == 1, (variant, [w for w, n in shared.items() if n > 1])
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame and frame.count("{") == 1
        assert not NEGATION.search(frame)
        assert all(not NEGATION.search(w) and w.count("{value}") == 1 and "{role}" in w for w in wordings)
        assert all(w.count("{thing}") + w.count("{Thing}") == 1 for w in wordings)
