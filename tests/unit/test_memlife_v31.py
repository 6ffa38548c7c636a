"""What memlife_v31 promises of its own (the checks every held-out family shares, and those of the families laid out
as memlife_v17 and as memlife_v24, live in test_memlife_heldout.py): seven registers, four valued in two words and
three in codes, each holder a fixed prefix and a drawn tail, every register named in the prompt; thirteen formats,
where each of the seven records is read back by the parser of what it claims to be (YAML, CSV, SQLite, JSON, XML,
INI, a unified diff whose hunk counts add up) and finds the holder's entry there; statement banks built in several
shapes, replacements that sometimes leave the old value out, emptyings said mostly without the usual verbs of taking
back, a few real entries with a negation; fifteen look-alikes with a reason each, reaching every place a reason can
take, seldom negated and never evidence; six aside genres whose two wordings differ; genuine-questions that warn."""

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

from lceval.sources import memlife_v31
from lceval.sources.memlife_v31 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
TAKING_BACK = re.compile(r"withdr|cancel|revok|rescind|remov|delet", re.I)
IN_WORDS = {"falconry_perch", "cellar_bin", "carousel_mount", "herbarium_cabinet"}
IN_CODES = {"tower_crane", "tide_gauge", "ferry_lane"}
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}


def test_seven_registers_split_four_in_words_three_in_codes_and_the_prompt_names_each():
    assert len({k.name for k in keys.KINDS}) == len({k.noun for k in keys.KINDS}) == len(keys.KINDS) == 7
    rng = random.Random(31)
    words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Za-z]+", k.value(rng)) for _ in range(60))}
    codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z0-9]+([-/][A-Z0-9]+)*", k.value(rng)) for _ in range(60))}
    assert words == IN_WORDS and codes == IN_CODES
    for kind in keys.KINDS:
        holders = {kind.make(rng) for _ in range(60)}
        assert len(holders) > 40 and len({h[:kind.prefix] for h in holders}) == 1 and len({len(h) for h in holders}) == 1
        assert all(re.fullmatch(r"[0-9BCDFGHJKLMNPQRSTVWXZ.:/-]+", h[kind.prefix:]) for h in holders), kind.name
        assert kind.plural in memlife_v31.TEMPLATE, kind.name
    assert f'"{memlife_v31.NO_LONGER_VALID}"' in memlife_v31.TEMPLATE


def _records(fmt: str, role: str, rounds: int = 25):
    """``rounds`` renderings of a labelled ``role`` event in record format ``fmt``, across the registers:
    (kind, holder, event, document, deciding line)."""
    rng = random.Random(f"{fmt} {role}")
    out = []
    action = {"give": "give", "change": "change", "take_back": "clear"}[role]
    for i in range(rounds):
        kind = keys.KINDS[i % len(keys.KINDS)]
        draw = keys.Draw(kind, rng)
        new, old = draw.values(2)
        others = [draw.other() for _ in range(rng.randint(0, 2))]
        named = old if i % 2 and role == "change" else None  # a change names the replaced value every other time
        text, start, end = documents._record(fmt, kind, documents.Entry(draw.key, new, action, named), others, rng)
        out.append((kind, draw.key, new, named, others, text, text[start:end]))
    return out


def test_yaml_records_load_as_yaml_and_hold_the_entry():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, line in _records("yaml_fragment", role):
            loaded = yaml.safe_load(text)
            mine, = [e for e in loaded["entries"] if e[kind.name] == holder]
            assert mine[kind.field] == (None if role == "take_back" else new) and len(loaded["entries"]) == 1 + len(others)
            assert role != "take_back" or mine["vacated_by"] == new
            assert mine.get("replaces") == old


def test_csv_records_read_back_under_their_header():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, _ in _records("csv_table", role):
            rows = list(csv.DictReader(io.StringIO(text)))
            assert [r[kind.name] for r in rows].count(holder) == 1 and len(rows) == 1 + len(others)
            mine, = [r for r in rows if r[kind.name] == holder]
            assert mine[kind.field] == new and mine["previous"] == (old or "")


def test_sql_scripts_run_in_sqlite_and_leave_the_register_as_they_say():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, _ in _records("sql_script", role):
            db = sqlite3.connect(":memory:")
            db.execute(f"CREATE TABLE {kind.name}_register ({kind.name} TEXT, {kind.field} TEXT, remark TEXT)")
            if role != "give":  # the entry the script replaces or empties is there before it runs
                db.execute(f"INSERT INTO {kind.name}_register VALUES (?, ?, NULL)", (holder, old if role == "change" and old else new))
            db.executescript(text)
            got = db.execute(f"SELECT {kind.field} FROM {kind.name}_register WHERE {kind.name} = ?", (holder,)).fetchall()
            assert got == [(None if role == "take_back" else new,)], (role, text)
            assert db.execute(f"SELECT COUNT(*) FROM {kind.name}_register").fetchone()[0] == 1 + len(others)


def test_json_lines_are_each_one_object():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, line in _records("json_lines", role):
            objects = [json.loads(l) for l in text.split("\n")]
            assert objects[0]["register"] == kind.plural and json.loads(line)[kind.name] == holder
            mine = json.loads(line)
            assert (mine[kind.field], mine.get("last")) == ((None, new) if role == "take_back" else (new, None))
            assert mine.get("prior") == old


def test_xml_records_parse_and_carry_the_entry_as_attributes():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, _ in _records("xml_element", role):
            root = ET.fromstring(text)
            mine, = [e for e in root if e.get(kind.name) == holder]
            assert root.tag == "register" and len(root) == 1 + len(others)
            assert mine.tag == ("vacate" if role == "take_back" else "assign") and mine.get(kind.field) == new
            assert mine.get("previous") == old


def test_ini_sections_read_back_with_configparser():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, _ in _records("ini_section", role):
            parser = configparser.ConfigParser(delimiters=("=",), comment_prefixes=(";",), inline_comment_prefixes=(";",))
            parser.optionxform = str
            parser.read_string(text)
            section = parser[kind.name]
            assert section[holder] == ("" if role == "take_back" else new) and len(section) == 1 + len(others)
            assert all(section[h] == v for h, v in others)


def test_diff_hunks_count_their_lines_and_add_or_take_out_the_entry():
    for role in ("give", "change", "take_back"):
        for kind, holder, new, old, others, text, line in _records("diff_hunk", role):
            lines = text.split("\n")
            assert lines[0] == f"--- a/registers/{kind.name}.txt" and lines[1] == f"+++ b/registers/{kind.name}.txt"
            before, after = map(int, re.fullmatch(r"@@ -1,(\d+) \+1,(\d+) @@", lines[2]).groups())
            body = lines[3:]
            assert all(l[:1] in " +-" for l in body)
            assert before == sum(l[0] in " -" for l in body) and after == sum(l[0] in " +" for l in body)
            assert line[0] == ("-" if role == "take_back" else "+") and line[1:].split(" | ")[:2] == [holder, new]


def test_prose_opens_with_a_heading_and_runs_as_one_paragraph_of_sentences():
    seen = Counter()
    for role, doc, start, end in rendered_decisions("memlife_v31", 20):
        if doc.fmt in documents.SENTENCE_FORMATS:
            heading, paragraph = doc.text.split("\n")
            assert heading and not heading.endswith(".") and paragraph[-1] in ".!" and start > len(heading)
            seen[doc.fmt] += 1
    assert set(seen) == set(documents.SENTENCE_FORMATS)


def test_statement_banks_are_built_in_several_shapes():
    for role, bank in BANKS.items():
        assert len(set(bank)) >= 12, role
        assert all(t.count("{thing}") + t.count("{Thing}") == 1 and t.count("{value}") == 1 for t in bank), role
        assert all(t[-1] in ".!" and "\n" not in t and '"' not in t for t in bank), role
        assert any(t.startswith("{value}") for t in bank), role  # the value before the holder
        assert any(". Its " in t for t in bank), role  # "Its" carries the holder into a second sentence
        assert any(re.search(r"\b(was|were|is|has been) [a-z]+(ed|en)\b", t) for t in bank), role  # a passive
        assert any(re.match(r"[A-Z][a-z]+ing\b", t) for t in bank), role  # a gerund opening
        assert any(re.match(r"(As of|Once|When|After|From)\b", t) for t in bank), role  # a time clause up front
    assert len({t.split()[0] for bank in BANKS.values() for t in bank}) >= 20
    named = [t for t in statements.CHANGE if "{old}" in t]
    assert len(named) >= 9 and len(statements.CHANGE) - len(named) >= 3  # some changes name only the new value
    assert not any("{old}" in t for bank in (statements.GIVE, statements.TAKE_BACK, statements.BESIDE) for t in bank)
    assert not any(TAKING_BACK.search(t) for t in statements.TAKE_BACK)
    assert 2 <= sum(bool(NEGATION.search(t)) for t in statements.GIVE + statements.CHANGE) <= 4
    assert len(set(statements.BESIDE)) == len(statements.BESIDE) >= 5


def test_fifteen_lookalikes_reach_every_place_seldom_negated_and_never_evidence():
    assert len(lookalikes.LOOKALIKES) == 15 and len({l.reason for l in lookalikes.LOOKALIKES.values()}) == 15
    assert {l.place for l in lookalikes.LOOKALIKES.values()} == set(lookalikes.PLACES)
    texts = [" ".join((l.frame, *l.wordings)) for l in lookalikes.LOOKALIKES.values()]
    assert sum(bool(NEGATION.search(t)) for t in texts) <= 2
    for fake in lookalikes.LOOKALIKES.values():
        if fake.place in ("column", "comment", "heading", "before", "after"):
            assert fake.frame, fake.reason
        else:
            assert all(t.count("{value}") == 1 and t.count("{thing}") + t.count("{Thing}") == 1 for t in fake.wordings)
    used, rendered = rendered_lookalikes("memlife_v31", 160)
    assert set(used) == set(lookalikes.LOOKALIKES)
    places = Counter()
    for event, doc, line in rendered:
        fake = lookalikes.LOOKALIKES[event.template]
        first = doc.text.split("\n")[0]
        if fake.place == "column":  # a field of the record's own line
            assert fake.frame in line and doc.fmt in documents.RECORD_FORMATS
        elif fake.place in ("comment", "heading"):  # the first line of the document
            assert fake.frame in first and fake.frame not in line
        else:  # prose: the wording it used is in the paragraph, the reason where its place puts it
            said = _said(fake, event, line)
            if fake.place in ("before", "after"):  # the sentence just before or after
                assert (f"{fake.frame} {said}" if fake.place == "before" else f"{said} {fake.frame}") in line
            elif fake.place == "parenthesis":
                assert re.search(r"\([^)]+\)", said)
            elif fake.place == "label":  # a label before a colon, naming neither holder nor value
                label = said.split(": ", 1)[0]
                assert ": " in said and event.key not in label and event.value not in label
        places[fake.place] += 1
    assert set(places) == set(lookalikes.PLACES)


def _said(fake, event, line: str) -> str:
    """The wording of look-alike ``fake`` that its rendered ``line`` holds, filled."""
    said, = [s for s in (documents.fill(w, event.kind, event.key, event.value) for w in fake.wordings) if s in line]
    return said


def test_six_aside_genres_with_two_different_wordings_and_a_frame_each():
    assert len(asides.ASIDES) == 6
    assert not set(asides.ASIDES) & set(documents.RECORD_FORMATS + documents.SENTENCE_FORMATS)
    frames = [frame for frame, _ in asides.ASIDES.values()]
    assert len(set(frames)) == 6 and all(f.count("{told}") == 1 and "\n" in f.split("{told}")[0] for f in frames)
    every = []
    for genre, (frame, wordings) in asides.ASIDES.items():
        assert len(wordings) == 2 and wordings[0] != wordings[1], genre
        for w in wordings:
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and w[-1] in ".!", genre
            assert not NEGATION.search(w) and not re.search(r"\b(entered|register|assigned)\b", w), genre
        grams = [set(zip(*(w.split()[i:] for i in range(4)))) for w in wordings]
        assert not grams[0] & grams[1], genre  # the two wordings share no four-word run
        every.append(wordings[0].split()[0])
    assert len(set(every)) == 6


def test_some_genuine_questions_warn_about_lookalikes():
    warned = [q for q in wording.GENUINE if re.search(r"\b(games?|jokes?|dreams?|puzzles?|mock-ups?|practice|real)\b", q)]
    assert 2 <= len(warned) < len(wording.GENUINE)
    assert {wording.ORDINALS[k] for k in (2, 3)} == {"second", "third"}
