"""What memlife_v29 promises of its own (the checks every held-out family shares, and those of the families laid out
as memlife_v17 and as memlife_v24, are in test_memlife_heldout.py): seven registers, four valued in words and three
in codes, all named in the prompt, each holder a fixed prefix and a drawn tail; thirteen formats, seven records and
six prose, where a record reads as the format it claims to be (a TOML manifest that parses, logfmt whose clock runs
forward, balanced S-expressions, a calendar that opens and closes, header lines that are headers, cron lines with five
schedule fields, table rows with their cells); statements built several ways, replacements that sometimes leave the
old value out, emptyings mostly said without the office's verbs, a few real entries with a negation; fifteen
look-alikes, each with a reason of its own, few of them negated, the reason reached in every place of records and of
prose and never evidence; the formats' own text free of negation; six aside genres sharing no long word within a
wording."""

from __future__ import annotations

import random
import re
import tomllib
from collections import Counter

from lceval.sources import memlife_v29
from lceval.sources.memlife_v29 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
WORD_VALUED = {"ski_locker", "canal_mooring", "observatory_dome", "film_vault"}
CODE_VALUED = {"hospital_bed", "bike_dock", "lab_freezer"}
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}


def test_seven_registers_four_valued_in_words_three_in_codes_each_named_in_the_prompt():
    assert len(keys.KINDS) == len({k.name for k in keys.KINDS}) == len({k.noun for k in keys.KINDS}) == 7
    rng = random.Random(11)
    in_words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(50))}
    in_codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z0-9]+(-[A-Z0-9]+)*", k.value(rng)) for _ in range(50))}
    assert in_words == WORD_VALUED and in_codes == CODE_VALUED
    for kind in keys.KINDS:
        holders = {kind.make(rng) for _ in range(50)}
        assert len({h[:kind.prefix] for h in holders}) == 1 and len({len(h) for h in holders}) == 1, kind.name
        assert all(re.fullmatch(r"[0-9BCDFGHJKLMNPQRSTVWXZ./-]+", h[kind.prefix:]) for h in holders), kind.name
        assert kind.plural in memlife_v29.TEMPLATE and kind.role in memlife_v29.TEMPLATE, kind.name
    assert f'"{memlife_v29.NO_LONGER_VALID}"' in memlife_v29.TEMPLATE


def test_statements_are_built_several_ways():
    for role, bank in BANKS.items():
        assert len(set(bank)) >= 12, role
        assert all(t.count("{thing}") + t.count("{Thing}") == 1 and t.count("{value}") == 1 for t in bank), role
        assert all(t[-1] in ".!" and '"' not in t and "\n" not in t for t in bank), role
        assert any(t.startswith(("{value}", "{old}")) for t in bank), role  # a value before the holder
        assert any(". Its " in t for t in bank), role  # the holder carried into a second sentence by "Its"
        assert any(re.search(r"\b(has been|was|were|is) \w+(ed|en)\b", t) for t in bank), role  # a passive
        assert any(re.match(r"[A-Z][a-z]+(ing|tion|ment)\b", t) for t in bank), role  # a gerund or noun for the verb
        assert any(re.match(r"(From|Since|As of|After)\b", t) for t in bank), role  # a time or circumstance up front
    naming_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(naming_old) >= 8 and len(statements.CHANGE) - len(naming_old) >= 3
    assert not any("{old}" in t for bank in (statements.GIVE, statements.TAKE_BACK, statements.BESIDE) for t in bank)
    assert sum(bool(re.search(r"withdr|cancel|revok|rescind|remov|delet", t, re.I)) for t in statements.TAKE_BACK) <= 2
    assert 2 <= sum(bool(NEGATION.search(t)) for bank in BANKS.values() for t in bank) <= 5
    assert len({t.split()[0] for bank in BANKS.values() for t in bank}) >= 20
    assert len(set(statements.BESIDE)) >= 5 and all(t.count("{value}") == 1 and "{old}" not in t for t in statements.BESIDE)


def test_record_entries_name_the_replaced_value_only_where_they_replace_it():
    for name, record in documents.RECORDS.items():
        assert len(record.give) >= 2 and len(record.change_old) >= 2 and record.change_new and len(record.take_back) >= 2
        for t in (*record.give, *record.change_old, *record.change_new, *record.take_back):
            assert t.count("{h}") == 1 and t.count("{v}") == 1 and "\n" not in t, (name, t)
        assert all(t.count("{o}") == 1 for t in record.change_old), name
        assert not any("{o}" in t for t in (*record.give, *record.change_new, *record.take_back)), name
        assert record.comment.count("{text}") == 1 and record.trail.count("{text}") == record.trail.count("{entry}") == 1


def test_fill_leaves_braces_it_was_not_given():
    assert documents.fill('"{h}" = { {f} = "{v}" }', h="A1", f="title", v="Velvet Tempest") == '"A1" = { title = "Velvet Tempest" }'
    assert documents.fill("{cm:02d} {who} {h}", cm=5, h="X") == "05 {who} X"


def _documents():
    docs = [doc for _, doc, _, _ in rendered_decisions("memlife_v29", 25)]
    return docs + [doc for _, doc, _ in rendered_lookalikes("memlife_v29", 150)[1]]


def _sexpr_balanced(text: str) -> bool:
    depth = 0
    for line in text.split("\n"):
        code = re.sub(r'"[^"]*"', '""', line).split(";", 1)[0]
        for c in code:
            depth += {"(": 1, ")": -1}.get(c, 0)
            if depth < 0:
                return False
    return depth == 0


def test_records_read_as_the_format_they_claim():
    seen = Counter()
    for doc in _documents():
        lines = doc.text.split("\n")
        if doc.fmt == "toml_manifest":
            assert isinstance(tomllib.loads(doc.text), dict), doc.text
        elif doc.fmt == "logfmt":
            body = [l for l in lines if not l.startswith("#")]
            assert all(re.fullmatch(r'(\w+=("[^"]*"|\S+))( \w+=("[^"]*"|\S+))*', l) for l in body), doc.text
            stamps = [re.match(r"time=(\S+)", l).group(1) for l in body]
            assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps), doc.text
        elif doc.fmt == "s_expression":
            assert _sexpr_balanced(doc.text), doc.text
        elif doc.fmt == "icalendar":
            body = [l for l in lines if not l.startswith("COMMENT:")] if lines[0].startswith("COMMENT:") else lines
            assert body[0] == "BEGIN:VCALENDAR" and body[-2:] == ["END:VEVENT", "END:VCALENDAR"], doc.text
            assert all(re.match(r"[A-Z-]+[:;]", l) for l in lines), doc.text
        elif doc.fmt == "mail_headers":
            assert all(re.match(r"[A-Z][A-Za-z-]*: \S", l) for l in lines), doc.text
        elif doc.fmt == "crontab":
            jobs = [l for l in lines if not l.startswith("#") and "=" not in l.split(" ", 1)[0]]  # a sheet may hold only comments
            assert all(re.match(r"(\d+|\*) (\d+|\*) (\d+|\*) \* (\d+|\*) /opt/", l) for l in jobs), doc.text
        elif doc.fmt == "markdown_table":
            rows = [l for l in lines if l.startswith("|")]
            assert rows and all(l.endswith("|") and l.count("|") >= 5 for l in rows), doc.text
        seen[doc.fmt] += 1
    assert set(seen) == set(FORMATS)


def _place(doc, event, look) -> str:
    """Where a look-alike's document gives its reason (and that it gives it exactly once)."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    prose = doc.fmt in documents.SENTENCE_FORMATS
    quiet = f"{look.note[0].lower()}{look.note[1:-1]}"
    if look.note in lines[0]:
        assert at > 0 and doc.text.count(look.note) == 1, doc.text
        return "heading"
    if prose and f"({quiet})." in line:
        return "paren"
    if f"{look.label}: " in line:
        return "label"
    if look.note[:-1] in line:
        if not prose:
            return "column"
        plain = documents.fill(look.plain, thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key), value=event.value)
        return "before" if f"{look.note} {plain}" in line else "after" if f"{plain} {look.note}" in line else "?"
    if look.note[:-1] in doc.text:  # a comment line of its own beside the record's line
        (note_at,), = [[i for i, l in enumerate(lines) if look.note[:-1] in l]]
        assert abs(note_at - at) == 1, doc.text
        return "before" if note_at < at else "after"
    assert look.reason in line.lower() and look.label not in doc.text, doc.text
    return "sentence"


def test_every_look_alike_carries_its_own_reason_mostly_without_a_negation():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.reason for l in lookalikes.LOOKALIKES.values()}) == 15
    negated = set()
    for name, look in lookalikes.LOOKALIKES.items():
        assert look.reason == look.reason.lower() and look.reason not in look.plain.lower(), name
        assert all(look.reason in t.lower() for t in (*look.wordings, look.note, look.label)), name
        assert len(set(look.wordings)) == 2 and "{" not in look.note + look.label and look.note[-1] == ".", name
        for w in (*look.wordings, look.plain):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1, (name, w)
            assert w[-1] == "." and '"' not in w and "\n" not in w, (name, w)
        assert not NEGATION.search(look.plain + look.label), name
        if any(NEGATION.search(t) for t in (*look.wordings, look.note)):
            negated.add(name)
    assert 1 <= len(negated) <= 3, negated


def test_look_alikes_reach_every_place_in_records_and_in_prose_and_are_never_evidence():
    used, rendered = rendered_lookalikes("memlife_v29", 300)
    places, formats = Counter(), set()
    for event, doc, line in rendered:
        assert not doc.spans
        formats.add(doc.fmt)
        shape = "prose" if doc.fmt in documents.SENTENCE_FORMATS else "record"
        places[shape, _place(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and formats == set(FORMATS)
    assert set(places) == {(shape, p) for shape, ps in documents.PLACES.items() for p in ps}, places
    assert min(places.values()) >= 20, places


def test_the_formats_own_text_has_no_negation_and_prose_sentences_end_properly():
    texts = [t for record in documents.RECORDS.values()
             for t in (*[h for hs in record.headers for h in hs], *[f for fs in record.footers for f in fs], record.comment,
                       record.trail, *record.give, *record.change_old, *record.change_new, *record.take_back)]
    texts += [t for prose in documents.PROSE.values() for t in (*prose.headers, *prose.leads, *prose.closings, *prose.footers)]
    texts += [frame for frame, _ in asides.ASIDES.values()] + list(statements.BESIDE)
    assert not [t for t in texts if NEGATION.search(t)]
    for prose in documents.PROSE.values():
        assert all(t[-1] in ".!?" for t in (*prose.leads, *prose.closings)) and len(prose.leads) >= 2


def test_prose_decides_inside_a_paragraph_with_a_sentence_either_side_and_records_never_on_the_first_line():
    for role, doc, start, end in rendered_decisions("memlife_v29", 20):
        if doc.fmt in documents.SENTENCE_FORMATS:
            paragraph = doc.text[doc.text.rfind("\n", 0, start) + 1:doc.text.find("\n", end)]
            assert paragraph.index(doc.text[start:end]) > 0 and not paragraph.endswith(doc.text[start:end]), doc.text
        else:
            assert doc.text.count("\n", 0, start) >= 1 and doc.text.find("\n", end) > 0, doc.text


def test_asides_share_no_long_word_across_genres_within_a_wording_and_tell_the_value_once():
    assert len(asides.ASIDES) == 6
    for variant in (0, 1):
        texts = [re.sub(r"\{\w+\}", " ", wordings[variant].lower()) for _, wordings in asides.ASIDES.values()]
        shared = Counter(w for t in texts for w in {w for w in re.findall(r"[a-z'-]+", t) if len(w) >= 4})
        assert max(shared.values()) == 1, [w for w, n in shared.items() if n > 1]
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{") == 1 and " {told} " in frame
        for w in wordings:
            assert w.count("{value}") == 1 and w.count("{role}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1
            assert not NEGATION.search(w) and w[-1] == "."


def test_some_questions_warn_about_look_alikes_and_the_kth_ones_say_which_entry():
    assert sum(bool(re.search(r"made up|pretend|play-acting|examples|sample|real|genuine|actually|truly", t)) for t in wording.GENUINE) >= 5
    assert all("{k}" in t or "{ordinal}" in t for t in wording.KTH)
    assert [wording.ORDINALS[k] for k in (1, 2, 3)] == ["first", "second", "third"]
