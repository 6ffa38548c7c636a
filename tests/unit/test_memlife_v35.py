"""What memlife_v35 promises beyond the checks every held-out family shares (those, and the ones of the families laid
out as memlife_v17 and memlife_v24, live in test_memlife_heldout.py): seven registers, four valued in two words and
three in codes, all described in the prompt, each holder a fixed prefix and a drawn tail; seven records that read as
the format they claim (Prometheus samples with their labels, N-Quads with four terms, Prolog clauses that close,
a digraph that opens and closes, CSS rules whose braces balance, todo.txt items with dates, a BASIC listing numbered
in steps of ten) and six prose genres; statement banks built several ways, changes that sometimes leave the old
value out, emptyings mostly without the office's verbs, a few real entries through a negation; fifteen look-alikes
with reasons of their own, few negated, the reason reaching every place in records and prose and never evidence;
the formats' own text free of negation; six aside genres that share no long word within a wording."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v35
from lceval.sources.memlife_v35 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
IN_WORDS = {"topiary_frame", "scarecrow_post", "mosaic_panel", "ghost_train_car"}
IN_CODES = {"tannery_vat", "telegraph_pole", "salt_pan"}
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}
OFFICE_VERBS = re.compile(r"withdr|cancel|revok|rescind|remov|delet", re.I)


def test_registers_four_in_words_three_in_codes_every_one_described_in_the_prompt():
    assert len({k.name for k in keys.KINDS}) == len({k.noun for k in keys.KINDS}) == len(keys.KINDS) == 7
    rng = random.Random(35)
    words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(60))}
    codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)*", k.value(rng)) for _ in range(60))}
    assert (words, codes) == (IN_WORDS, IN_CODES)
    for kind in keys.KINDS:
        holders = {kind.make(rng) for _ in range(60)}
        assert len({h[:kind.prefix] for h in holders}) == 1 and len({len(h) for h in holders}) == 1, kind.name
        assert all(re.fullmatch(r"[0-9BCDFGHJKLMNPQRSTVWXZ./-]+", h[kind.prefix:]) for h in holders), kind.name
        assert kind.plural in memlife_v35.TEMPLATE and kind.role in memlife_v35.TEMPLATE, kind.name
    assert f'"{memlife_v35.NO_LONGER_VALID}"' in memlife_v35.TEMPLATE


def test_each_bank_is_built_several_ways():
    for role, bank in BANKS.items():
        assert len(set(bank)) >= 12, role
        assert all(t.count("{thing}") + t.count("{Thing}") == 1 and t.count("{value}") == 1 for t in bank), role
        assert all(t[-1] in ".!" and '"' not in t and "\n" not in t and not t.startswith("{thing}") for t in bank), role
        assert any(t.startswith(("{value}", "{old}")) for t in bank), role
        assert any(". Its " in t for t in bank), role
        assert any(re.search(r"\b(has been|was|were|is) \w+(ed|en)\b", t) for t in bank), role
        assert any(re.match(r"[A-Z][a-z]+(ing|tion|ment)\b", t) for t in bank), role
        assert any(re.match(r"(From|Since|As of|After|Once)\b", t) for t in bank), role
    with_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(with_old) >= 8 and len(statements.CHANGE) - len(with_old) >= 3
    assert not any("{old}" in t for bank in (statements.GIVE, statements.TAKE_BACK, statements.BESIDE) for t in bank)
    assert sum(bool(OFFICE_VERBS.search(t)) for t in statements.TAKE_BACK) <= 2
    negated = [t for bank in BANKS.values() for t in bank if NEGATION.search(t)]
    assert 2 <= len(negated) <= 5 and any("no longer" in t and " but " in t for t in negated), negated
    assert len({t.split()[0] for bank in BANKS.values() for t in bank}) >= 20
    assert len(set(statements.BESIDE)) >= 5 and all(t.count("{value}") == 1 for t in statements.BESIDE)


def test_record_entries_name_the_replaced_value_only_where_they_replace_it():
    for name, record in documents.RECORDS.items():
        assert len(record.give) >= 2 and len(record.change_old) >= 2 and record.change_new and len(record.take_back) >= 2
        for t in (*record.give, *record.change_old, *record.change_new, *record.take_back, record.column):
            assert t.count("{h}") >= 1 and t.count("{v}") == 1 and "\n" not in t, (name, t)
        assert all(t.count("{o}") == 1 for t in record.change_old), name
        assert not any("{o}" in t for t in (*record.give, *record.change_new, *record.take_back, record.column)), name
        assert record.comment.count("{text}") == 1 and ("{tag}" in record.column) != ("{slug}" in record.column), name


def test_fill_replaces_only_the_fields_it_is_given():
    assert documents.fill('m{{n}="{h}"} 1', n="pan", h="P-1") == 'm{pan="P-1"} 1'
    assert documents.fill("{a} { --x: {b}; }", a="A") == "A { --x: {b}; }"


def _documents():
    docs = [doc for _, doc, _, _ in rendered_decisions("memlife_v35", 25)]
    return docs + [doc for _, doc, _ in rendered_lookalikes("memlife_v35", 150)[1]]


def _code(lines, comment):
    return [l for l in lines if not l.lstrip().startswith(comment)]


def test_records_read_as_the_format_they_claim():
    seen = Counter()
    for doc in _documents():
        lines = doc.text.split("\n")
        if doc.fmt == "prometheus":
            for l in _code(lines, "#"):
                assert re.fullmatch(r'[a-z_]+\{[a-z_]+="[^"]+"(,[a-z_]+="[^"]+")*\} [01]', l), doc.text
        elif doc.fmt == "nquads":
            for l in _code(lines, "#"):
                assert re.fullmatch(r'<urn:[^>\s]+> <urn:[^>\s]+> "[^"]+" <urn:[^>\s]+> \.( # .+)?', l), doc.text
        elif doc.fmt == "prolog":
            for l in _code(lines, "%"):
                clause = l.split("%", 1)[0].rstrip()
                assert clause.endswith(".") and clause.count("(") == clause.count(")") and clause.count("'") % 2 == 0, doc.text
        elif doc.fmt == "graphviz":
            body = _code(lines, "//")
            assert body[0].startswith("digraph ") and body[0].endswith("{") and body[-1] == "}", doc.text
            assert all(l.endswith(";") for l in body[1:-1]), doc.text
        elif doc.fmt == "css":
            depth = 0
            for l in lines:
                text = re.sub(r"/\*.*?\*/", "", l)
                depth += text.count("{") - text.count("}")
                assert depth == 0 and (not text.strip() or text.endswith(("}", ";"))), doc.text
        elif doc.fmt == "todo_txt":
            assert all(re.match(r"(x |\([A-Z]\) )?\d{4}-\d\d-\d\d ", l) for l in lines), doc.text
        elif doc.fmt == "basic":
            numbers = [int(l.split(" ", 1)[0]) for l in lines]
            assert numbers == list(range(10, 10 * len(lines) + 1, 10)) and lines[-1].endswith(" END"), doc.text
        else:
            assert doc.fmt in documents.SENTENCE_FORMATS and "\n\n" in doc.text, doc.text
        seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS)


def _place(doc, event, look) -> str:
    """Where a look-alike's document gives its reason (it gives it once)."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    prose = doc.fmt in documents.SENTENCE_FORMATS
    plain = documents.fill(look.plain, thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key), value=event.value)
    said = doc.text.lower()
    assert said.count(look.reason) + (" " in look.reason and said.count(look.reason.replace(" ", "-"))) == 1, doc.text
    if look.note in lines[0]:
        assert at > 0, doc.text
        return "heading"
    if prose:
        if f"{look.tag}: {plain}" in line:
            return "label"
        if f"{plain[:-1]} ({look.note[:1].lower()}{look.note[1:-1]})." in line:
            return "paren"
        if f"{look.note} {plain}" in line:
            return "before"
        if f"{plain} {look.note}" in line:
            return "after"
        assert any(documents.fill(s, thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key), value=event.value) in line
                   for s in look.said), doc.text
        return "sentence"
    if look.tag in line or look.slug in line:
        return "column"
    (note_at,), = [[i for i, l in enumerate(lines) if look.note in l]]
    assert abs(note_at - at) == 1, doc.text
    return "before" if note_at < at else "after"


def test_each_look_alike_has_a_reason_of_its_own_mostly_said_without_a_negation():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.reason for l in lookalikes.LOOKALIKES.values()}) == 15
    negated = set()
    for name, look in lookalikes.LOOKALIKES.items():
        assert look.reason == look.reason.lower() and look.reason not in look.plain.lower(), name
        assert all(look.reason in t.lower() for t in (*look.said, look.note, look.tag)), name
        assert len(set(look.said)) == 2 and "{" not in look.note + look.tag and look.note[-1] == ".", name
        for w in (*look.said, look.plain):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and w[-1] == ".", (name, w)
        assert not NEGATION.search(look.plain + look.tag) and "'" not in look.tag + look.slug, name
        if any(NEGATION.search(t) for t in (*look.said, look.note)):
            negated.add(name)
    assert 1 <= len(negated) <= 3, negated


def test_look_alikes_reach_every_place_of_records_and_prose_and_are_never_evidence():
    used, rendered = rendered_lookalikes("memlife_v35", 300)
    places, formats = Counter(), set()
    for event, doc, _ in rendered:
        assert not doc.spans
        formats.add(doc.fmt)
        shape = "prose" if doc.fmt in documents.SENTENCE_FORMATS else "record"
        places[shape, _place(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and formats == set(FORMATS)
    assert set(places) == {(shape, p) for shape, ps in documents.PLACES.items() for p in ps}, places
    assert min(places.values()) >= 15, places


def test_the_formats_own_text_has_no_negation():
    texts = [t for r in documents.RECORDS.values()
             for t in (*[h for hs in r.headers for h in hs], *[f for fs in r.footers for f in fs], r.comment, r.column,
                       *r.give, *r.change_old, *r.change_new, *r.take_back)]
    texts += [t for p in documents.PROSE.values() for t in (*p.headers, *p.leads, *p.closings, *p.footers)]
    texts += [frame for frame, _ in asides.ASIDES.values()] + list(statements.BESIDE)
    assert not [t for t in texts if NEGATION.search(t)]
    for prose in documents.PROSE.values():
        assert len(prose.leads) >= 2 and all(t[-1] in ".!?" for t in (*prose.leads, *prose.closings))


def test_prose_decides_mid_paragraph_and_records_below_their_first_line():
    for _, doc, start, end in rendered_decisions("memlife_v35", 20):
        if doc.fmt in documents.SENTENCE_FORMATS:
            paragraph = doc.text[doc.text.rfind("\n", 0, start) + 1:doc.text.find("\n", end) % (len(doc.text) + 1)]
            assert paragraph.index(doc.text[start:end]) > 0 and not paragraph.endswith(doc.text[start:end]), doc.text
        else:
            assert doc.text.count("\n", 0, start) >= 1, doc.text


def test_asides_differ_in_their_long_words_and_tell_the_value_once():
    assert len(asides.ASIDES) == 6 and not set(asides.ASIDES) & set(FORMATS)
    for variant in (0, 1):
        texts = [re.sub(r"\{\w+\}", " ", wordings[variant].lower()) for _, wordings in asides.ASIDES.values()]
        shared = Counter(w for t in texts for w in {w for w in re.findall(r"[a-z'-]+", t) if len(w) >= 5})
        assert max(shared.values()) == 1, [w for w, n in shared.items() if n > 1]
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{") == 1 and " {told} " in frame
        for w in wordings:
            assert w.count("{value}") == 1 and w.count("{role}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1
            assert not NEGATION.search(w) and w[-1] == "."


def test_genuine_questions_often_warn_and_kth_questions_say_which_entry():
    warn = re.compile(r"really|genuinely|actually|true|real thing|official|setting aside|ignoring", re.I)
    assert sum(bool(warn.search(t)) for t in wording.GENUINE) >= 5
    assert all("{k}" in t or "{ordinal}" in t for t in wording.KTH)
    assert [wording.ORDINALS[k] for k in (1, 2, 3)] == ["first", "second", "third"]
