"""What memlife_v30 promises beyond the checks it shares with the other held-out families (test_memlife_heldout.py,
including those of the families laid out as memlife_v17 and memlife_v24): seven registers, four valued in two words
and three in codes, each named in the prompt with its holders a fixed prefix and a drawn tail; seven record formats
that parse as what they claim (YAML, CSV with a header, INI, SQL run by sqlite, JSON lines, XML, Java properties)
and six prose genres that decide inside a paragraph; statement banks built several ways, with changes that sometimes
leave the old value out, emptyings mostly free of the clerk's verbs and a few real entries with a negation; fifteen
look-alikes, each with its own reason, two of them negated, reaching every place their shape allows and never
evidence; six aside genres whose wordings differ from one another; questions that warn about look-alikes."""

from __future__ import annotations

import configparser
import csv
import io
import json
import random
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections import Counter

import yaml

from lceval.sources import memlife_v30
from lceval.sources.memlife_v30 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

NEGATION = re.compile(r"\b(no|not|never|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
CLERK_VERBS = re.compile(r"withdr|cancel|revok|rescind|remov|delet", re.I)
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}
IN_WORDS = {"falconry_perch", "wine_cask", "circus_wagon", "glasshouse_bay"}
IN_CODES = {"glacier_mast", "ferry_lane", "drone_cradle"}


def test_the_registers_four_in_words_three_in_codes_all_described_by_the_prompt():
    rng = random.Random(30)
    assert len(keys.KINDS) == 7 and len({k.name for k in keys.KINDS}) == 7 and len({k.field for k in keys.KINDS}) == 7
    words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(60))}
    codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z]+[0-9A-Z-]*[0-9][0-9A-Z-]*", k.value(rng)) for _ in range(60))}
    assert words == IN_WORDS and codes == IN_CODES
    for kind in keys.KINDS:
        holders = [kind.make(rng) for _ in range(60)]
        assert len({h[:kind.prefix] for h in holders}) == 1 and len({len(h) for h in holders}) == 1, kind.name
        assert any(c in kind.swaps for h in holders for c in h[kind.prefix:]), kind.name
        assert kind.plural in memlife_v30.TEMPLATE and kind.role in memlife_v30.TEMPLATE, kind.name
    assert f'"{memlife_v30.NO_LONGER_VALID}"' in memlife_v30.TEMPLATE and memlife_v30.GENERATOR_VERSION == 1


def test_each_bank_is_built_several_ways():
    for role, bank in BANKS.items():
        assert len(set(bank)) >= 12, role
        assert all(t.count("{value}") == 1 and t.count("{thing}") + t.count("{Thing}") == 1 for t in bank), role
        assert all(t.endswith((".", "!")) and "\n" not in t and '"' not in t for t in bank), role
        assert any(t.startswith(("{value}", "{old}")) for t in bank), (role, "a value before the holder")
        assert any(". Its " in t for t in bank), (role, "the holder carried on by Its")
        assert any(re.search(r"\b(is|was|were|has been|have been) [a-z]+(ed|en)\b", t) for t in bank), (role, "a passive")
        assert any(re.match(r"[A-Z][a-z]+(ing|ion|ment)\b", t) for t in bank), (role, "a gerund or noun opening")
        assert any(re.match(r"(From|Since|As of|After)\b", t) for t in bank), (role, "a time clause up front")
    with_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(with_old) >= 8 and len(statements.CHANGE) - len(with_old) >= 3
    assert not any("{old}" in t for bank in (statements.GIVE, statements.TAKE_BACK, statements.BESIDE) for t in bank)
    assert sum(bool(CLERK_VERBS.search(t)) for t in statements.TAKE_BACK) <= 1
    assert 2 <= sum(bool(NEGATION.search(t)) for bank in BANKS.values() for t in bank) <= 4
    assert len(statements.BESIDE) >= 5 and not any(NEGATION.search(t) for t in statements.BESIDE)


def _all_documents():
    decided = [doc for _, doc, _, _ in rendered_decisions("memlife_v30", 20)]
    return decided + [doc for _, doc, _ in rendered_lookalikes("memlife_v30", 200)[1]]


def _kind_of(doc) -> keys.Kind:
    return next(k for k in keys.KINDS if k.name in doc.text or k.plural in doc.text)


def test_every_record_parses_as_the_format_it_claims():
    seen = Counter()
    for doc in _all_documents():
        if doc.fmt not in documents.RECORDS:
            continue
        lines = doc.text.split("\n")
        if doc.fmt == "yaml_fragment":
            parsed = yaml.safe_load(doc.text)
            entries = next(v for k, v in parsed.items() if k.endswith("_entries"))
            assert isinstance(entries, list) and all(isinstance(e, dict) for e in entries), doc.text
        elif doc.fmt == "csv_rows":
            rows = list(csv.reader(io.StringIO(doc.text)))
            assert len(rows) >= 2 and all(len(r) == 4 for r in rows) and rows[0][2:] == ["date", "remark"], doc.text
        elif doc.fmt == "ini_section":
            parser = configparser.ConfigParser(inline_comment_prefixes=(";",), interpolation=None)
            parser.read_string(doc.text)
            assert len(parser.sections()) == 1, doc.text
        elif doc.fmt == "sql_insert":
            kind = _kind_of(doc)
            db = sqlite3.connect(":memory:")
            db.execute(f"CREATE TABLE {kind.name} (holder, {kind.field}, entered, note, previous, left_value)")
            db.executescript(doc.text)
            assert db.execute(f"SELECT count(*) FROM {kind.name}").fetchone()[0] >= 0
        elif doc.fmt == "json_lines":
            assert all(isinstance(json.loads(line), dict) for line in lines), doc.text
        elif doc.fmt == "xml_element":
            root = ET.fromstring(doc.text)
            assert root.tag == "register" and len(root) >= 1 and all(child.tag == "slot" for child in root), doc.text
        elif doc.fmt == "java_properties":
            assert all(line.startswith("# ") or re.fullmatch(r"[a-z_]+\.[A-Z0-9./_-]+(\.[a-z_]+)? = \S.*", line)
                       or re.fullmatch(r"[a-z_]+\.updated = [0-9-]+", line) for line in lines), doc.text
        seen[doc.fmt] += 1
    assert set(seen) == set(documents.RECORD_FORMATS) and min(seen.values()) >= 20, seen


def test_prose_decides_mid_paragraph_under_a_heading_and_records_below_their_head():
    for role, doc, start, end in rendered_decisions("memlife_v30", 15):
        line_start = doc.text.rfind("\n", 0, start) + 1
        if doc.fmt in documents.SENTENCE_FORMATS:
            line_end = doc.text.find("\n", end)
            paragraph = doc.text[line_start:line_end]
            assert line_start > 0 and line_end > 0, doc.text  # a heading above, a last line below
            assert paragraph.index(doc.text[start:end]) > 0 and not paragraph.endswith(doc.text[start:end]), doc.text
        else:
            assert line_start == start and doc.text.count("\n", 0, start) >= 1, doc.text


def _where(doc, event, look) -> str:
    """The place a look-alike's document gives its reason, checking the reason is given in that place alone."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    reason = look.cue
    holding = [i for i, l in enumerate(lines) if reason in l.lower() or reason.replace("-", "_").replace(" ", "_") in l.lower()]
    if doc.fmt in documents.RECORDS:
        assert len(holding) == 1, doc.text
        if holding == [at]:
            return "column"
        if holding == [0] and at > 0:
            return "heading"
        assert abs(holding[0] - at) == 1, doc.text
        return "before" if holding[0] < at else "after"
    if holding == [0]:
        assert reason not in line.lower(), doc.text
        return "heading"
    assert holding == [at], doc.text
    plain = documents.fill(look.plain, thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key), value=event.value)
    if f"{plain[:-1]} ({look.remark})." in line:
        return "paren"
    if f"{look.label}: {plain}" in line:
        return "label"
    if f"{look.note} {plain}" in line:
        return "before"
    if f"{plain} {look.note}" in line:
        return "after"
    assert plain not in line, doc.text
    return "sentence"


def test_look_alikes_carry_their_own_reason_mostly_without_negation():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.cue for l in lookalikes.LOOKALIKES.values()}) == 15
    negated = []
    for name, look in lookalikes.LOOKALIKES.items():
        assert look.cue == look.cue.lower() and look.cue not in look.plain.lower(), name
        assert all(look.cue in t.lower() for t in (*look.says, look.note, look.label, look.remark)), name
        assert len(set(look.says)) == 2 and look.note.endswith(".") and not re.search(r"[\"',;<>&]", look.remark), name
        assert "--" not in look.note and '"' not in look.note, name  # safe in every comment syntax
        for sentence in (*look.says, look.plain):
            assert sentence.count("{value}") == 1 and sentence.count("{thing}") + sentence.count("{Thing}") == 1, (name, sentence)
        assert not NEGATION.search(look.plain + look.label + look.remark), name
        if any(NEGATION.search(t) for t in (*look.says, look.note)):
            negated.append(name)
    assert 1 <= len(negated) <= 3, negated


def test_look_alikes_reach_every_place_of_each_shape_and_are_never_evidence():
    used, rendered = rendered_lookalikes("memlife_v30", 400)
    places, formats = Counter(), Counter()
    for event, doc, _ in rendered:
        assert not doc.spans
        formats[doc.fmt] += 1
        shape = "prose" if doc.fmt in documents.SENTENCE_FORMATS else "record"
        places[shape, _where(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES) and set(formats) == set(documents.RECORD_FORMATS + documents.SENTENCE_FORMATS)
    assert set(places) == {(shape, p) for shape, ps in documents.PLACES.items() for p in ps}, places
    assert min(places.values()) >= 15, places


def test_the_formats_own_words_carry_no_negation():
    texts = [*documents.TITLES]
    for record in documents.RECORDS.values():
        texts += [*record.head, *record.give, *record.change_old, *record.change_new, *record.take_back, record.column, *record.feet]
    for prose in documents.PROSE.values():
        texts += [*prose.headers, *prose.leads, *prose.closings, *prose.footers]
        assert len(prose.leads) >= 2 and all(t[-1] in ".!?" for t in (*prose.leads, *prose.closings))
    texts += [frame for frame, _ in asides.ASIDES.values()]
    assert not [t for t in texts if NEGATION.search(t)]


def test_the_aside_genres_word_their_values_differently():
    assert len(asides.ASIDES) == 6 and not set(asides.ASIDES) & set(documents.SENTENCE_FORMATS)
    for variant in (0, 1):
        bags = [{w for w in re.findall(r"[a-z]+", re.sub(r"\{\w+\}", " ", told[variant].lower())) if len(w) >= 6}
                for _, told in asides.ASIDES.values()]
        assert all(not a & b for i, a in enumerate(bags) for b in bags[i + 1:]), bags
    for frame, told in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame and "{value}" not in frame
        assert told[0] != told[1] and not any(NEGATION.search(t) for t in told)


def test_some_genuine_questions_warn_about_look_alikes_and_kth_questions_name_the_entry():
    warned = [q for q in wording.GENUINE if re.search(r"games|jokes|invented|made-up|puzzles|fiction|play|genuine|earnest|really|truly", q)]
    assert len(warned) >= 4
    assert all("{k}" in q or "{ordinal}" in q for q in wording.KTH)
    assert [wording.ORDINALS[k] for k in (1, 2, 3)] == ["first", "second", "third"]
