"""What memlife_v33 promises beyond the checks it shares with every held-out family (test_memlife_heldout.py, which
also holds the checks of the families laid out as memlife_v17 and memlife_v24): seven registers, four valued in two
words and three in codes, each named in the prompt; thirteen formats, where each record is well formed as what it
says it is (a vCard that begins and ends, a Lua table whose braces balance, a Gherkin data table whose rows all have
the header's cells, a systemd unit of sections and assignments, PGN tag pairs, GEDCOM lines with their levels, a
Redis MONITOR log whose clock runs forward); statement banks phrased in several shapes, replacements that sometimes
name only the new value, emptyings mostly without the usual verbs, a few real entries with a negation; fifteen
look-alikes whose reasons are their own, seldom negated, reaching every place in records and in prose; formats whose
own wording carries no negation; six aside genres whose wordings differ."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v33
from lceval.sources.memlife_v33 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

NEGATION = re.compile(r"\b(no|not|never|nothing|none|nobody|neither|nor|without|cannot)\b|n't", re.I)
OFFICE_VERBS = re.compile(r"withdr[ae]w|cancel|revok|rescind|remov|delet", re.I)
IN_WORDS = {"type_case", "sled_team", "quilt_frame", "lighthouse"}
IN_CODES = {"seismometer", "mint_die", "borehole"}
TITLE_LINE = re.compile(r"(FN:|-- |Feature: |Description=|\[Event |1 TITL )")  # where a record's heading stands
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}


def test_four_registers_hold_two_words_three_hold_a_code_and_the_prompt_names_each():
    assert {k.name for k in keys.KINDS} == IN_WORDS | IN_CODES
    rng = random.Random(3)
    for kind in keys.KINDS:
        values = [kind.value(rng) for _ in range(40)]
        if kind.name in IN_WORDS:
            assert all(len(v.split()) == 2 and v.replace(" ", "").isalpha() for v in values), kind.name
        else:
            assert all(" " not in v and any(c.isdigit() for c in v) for v in values), kind.name
        holders = [kind.make(rng) for _ in range(40)]
        assert len({h[:kind.prefix] for h in holders}) == 1, kind.name  # a fixed prefix, a drawn tail
        assert kind.plural in memlife_v33.TEMPLATE, kind.plural


def _shapes(bank: tuple[str, ...]) -> Counter:
    shapes = Counter()
    for t in bank:
        first = t.split()[0].strip(",")
        shapes["value first"] += t.startswith("{value}")
        shapes["its"] += ". Its " in t
        shapes["passive"] += bool(re.search(r"\b(has been|was|were) (\w+ed|given|taken|struck)\b", t))
        shapes["gerund or noun"] += first.endswith(("ing", "ment", "al")) and not first.startswith("{")
        shapes["time clause"] += first in ("As", "Once", "When", "Since", "After", "From", "At", "Following")
    return shapes


def test_every_bank_comes_in_every_shape():
    for role, bank in BANKS.items():
        shapes = _shapes(bank)
        assert len(bank) >= 12 and len(set(bank)) == len(bank), role
        assert all(shapes[s] >= 1 for s in ("value first", "its", "passive", "gerund or noun", "time clause")), (role, shapes)
        assert all(t.endswith(".") and ("{thing}" in t or "{Thing}" in t) and "{value}" in t for t in bank), role


def test_some_changes_leave_the_old_value_out_and_few_emptyings_use_the_usual_verbs():
    named = sum("{old}" in t for t in statements.CHANGE)
    assert 3 <= len(statements.CHANGE) - named < named
    assert sum(bool(OFFICE_VERBS.search(t)) for t in statements.TAKE_BACK) <= 2
    for bank in (statements.GIVE, statements.CHANGE):  # a few real entries are said with a negation
        assert 1 <= sum(bool(NEGATION.search(t)) for t in bank) <= 3


def _records(rounds: int = 40):
    """Every record format rendered for every role, beside up to two other holders, and as each record look-alike."""
    rng = random.Random(21)
    out = []
    for kind in keys.KINDS:
        for fmt in documents.RECORD_FORMATS:
            for role in ("give", "change", "take_back"):
                for _ in range(rounds // 10):
                    draw = keys.Draw(kind, rng)
                    others = [draw.other() for _ in range(rng.randint(0, 2))]
                    event = documents.Event(role, kind, draw.key, draw.value(), old=draw.value(), label="x")
                    out.append(documents._record(fmt, event, rng, others))
    return out


def _well_formed(doc) -> bool:
    lines = doc.text.split("\n")
    if doc.fmt == "vcard":
        return lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD" and all(re.match(r"[A-Z][A-Z-]*[;:]", l) for l in lines)
    if doc.fmt == "lua_table":
        code = re.sub(r'"[^"]*"', '""', "\n".join(l for l in lines if not l.lstrip().startswith("--")))
        depth = 0
        for c in code:
            depth += (c == "{") - (c == "}")
            if depth < 0:
                return False
        return depth == 0 and code.startswith("return {") and code.endswith("}")
    if doc.fmt == "gherkin":
        rows = [l.strip() for l in lines if l.strip().startswith("|")]
        cells = {len(r.strip("|").split("|")) for r in rows}
        steps = [l.strip().split()[0] for l in lines[2:] if not l.strip().startswith(("|", "#"))]
        return lines[0].startswith("Feature: ") and lines[1].startswith("  Scenario: ") and len(cells) == 1 \
            and set(steps) <= {"Given", "When", "Then", "And"}
    if doc.fmt == "systemd_unit":
        return lines[0] == "[Unit]" and all(l == "" or re.fullmatch(r"\[[A-Z][a-z]+\]", l) or l.startswith("# ")
                                            or re.match(r"[A-Z][A-Za-z]+=", l) for l in lines)
    if doc.fmt == "pgn_tags":
        return all(l in ("", "*") or re.fullmatch(r'\[[^\s"\]]+ "[^"]*"\]( \{[^{}]*\})*', l) or re.fullmatch(r"\{[^{}]*\}", l)
                   for l in lines) and lines[-1] == "*"
    if doc.fmt == "gedcom":
        return lines[0] == "0 HEAD" and lines[-1] == "0 TRLR" and all(re.match(r"[0-2] (@\w+@ )?_?[A-Z]+\b", l) for l in lines)
    if doc.fmt == "redis_monitor":
        stamps = [float(l.split()[0]) for l in lines[1:]]
        return lines[0] == "OK" and stamps == sorted(stamps) and all(
            re.fullmatch(r'\d+\.\d{6} \[0 [\d.]+:\d+\]( "[^"]*")+', l) for l in lines[1:])
    raise AssertionError(doc.fmt)


def test_records_are_well_formed_as_the_format_they_claim():
    docs = _records()
    assert {d.fmt for d in docs} == set(documents.RECORD_FORMATS)
    for doc in docs:
        assert _well_formed(doc), (doc.fmt, doc.text)
    _, looks = rendered_lookalikes("memlife_v33", 120)
    for _, doc, _ in looks:
        if doc.fmt in documents.RECORD_FORMATS:
            assert _well_formed(doc), (doc.fmt, doc.text)


def test_record_changes_name_the_old_value_except_in_the_redis_log():
    rng = random.Random(22)
    for fmt in documents.RECORD_FORMATS:
        kind = rng.choice(keys.KINDS)
        draw = keys.Draw(kind, rng)
        doc = documents._record(fmt, documents.Event("change", kind, draw.key, "NEWVAL", old="OLDVAL", label="x"), rng, [])
        (start, end, _), = doc.spans
        assert ("OLDVAL" in doc.text[start:end]) == (fmt != "redis_monitor"), fmt


def _reason_place(event, doc, line) -> tuple[str, str]:
    """(where the look-alike's reason stands, 'record' or 'prose'), read off the rendered document."""
    look = lookalikes.LOOKALIKES[event.template]
    reason = documents.fill(look.text, thing=event.kind.thing(event.key), Thing=event.kind.Thing(event.key),
                            value=event.value, role=event.kind.role, office=event.kind.office)
    lines = doc.text.split("\n")
    at = lines.index(line)
    where = "record" if doc.fmt in documents.RECORD_FORMATS else "prose"
    if reason in line:
        if "{value}" in look.text:
            return "sentence", where
        if f"({reason})." in line:
            return "parenthesis", where
        if f"{reason}: " in line:
            return "label", where
        if where == "record":
            return "column", where
        return ("before" if line.index(reason) < line.index(event.key) else "after"), where
    if where == "record" and at > 0 and reason in lines[at - 1] and not TITLE_LINE.match(lines[at - 1]):
        return "before", where
    if where == "record" and at + 1 < len(lines) and reason in lines[at + 1]:
        return "after", where
    if any(reason in l for l in lines[:at]):
        return "heading", where
    raise AssertionError((event.template, doc.text))


def test_each_look_alike_has_its_own_reason_reaching_every_place_and_few_are_negated():
    looks = lookalikes.LOOKALIKES
    assert len(looks) == 15 and len({l.text for l in looks.values()}) == 15
    assert {l.place for l in looks.values()} == set(lookalikes.PLACES)
    assert sum(bool(NEGATION.search(l.text)) for l in looks.values()) <= 3
    used, rendered = rendered_lookalikes("memlife_v33", 240)
    assert set(used) == set(looks)
    reached = Counter()
    for event, doc, line in rendered:
        place, where = _reason_place(event, doc, line)
        assert place == looks[event.template].place, (event.template, place, doc.text)
        reached[place, where] += 1
    records = {p for p, w in reached if w == "record"}
    prose = {p for p, w in reached if w == "prose"}
    assert records == {"before", "after", "column", "heading"} and prose == set(lookalikes.PLACES) - {"column"}, reached


def test_the_formats_own_wording_has_no_negation_and_prose_decides_mid_paragraph():
    for prose in documents.PROSE.values():
        for text in (*prose.headings, *prose.leads, *prose.closings):
            assert not NEGATION.search(text) and (text in prose.headings or text.endswith(".")), text
    for record in documents.RECORDS.values():
        assert not any(NEGATION.search(t) for t in record.titles)
    rng = random.Random(23)
    for kind in keys.KINDS:
        draw = keys.Draw(kind, rng)
        for fmt in documents.SENTENCE_FORMATS:
            doc = documents._prose(fmt, documents.Event("give", kind, draw.key, "NEWVAL", label="x"), rng, [draw.other()])
            (start, end, _), = doc.spans
            heading, paragraph = doc.text.split("\n")
            assert not NEGATION.search(doc.text.replace(doc.text[start:end], "")) and doc.text[end] == " ", doc.text
    for role, doc, start, end in rendered_decisions("memlife_v33", 10):
        if doc.fmt in documents.RECORD_FORMATS and role == "give":
            assert not NEGATION.search(doc.text), doc.text


def test_asides_are_six_genres_whose_wordings_differ():
    assert len(asides.ASIDES) == 6
    scenes = [scene for scene, _ in asides.ASIDES.values()]
    assert all(s.count("{told}") == 1 and " {told} " in s for s in scenes)
    wordings = [w for _, pair in asides.ASIDES.values() for w in pair]
    words = [set(re.findall(r"[a-z]{4,}", re.sub(r"\{\w+\}", " ", w.lower()))) for w in wordings]
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            assert len(words[i] & words[j]) <= 0.5 * min(len(words[i]), len(words[j])), (i, j)
    for w in wordings:
        assert w.count("{value}") == 1 and w.count("{thing}") == 1 and w.endswith(".")


def test_some_genuine_questions_warn_about_look_alikes_and_kth_ones_count_or_rank():
    warned = [q for q in wording.GENUINE if re.search(r"fun|show|invented|decorative|game|ornament", q)]
    assert 3 <= len(warned) < len(wording.GENUINE)
    assert all("{k}" in q or "{ordinal}" in q for q in wording.KTH)
    assert len({q.split()[0] for table in (wording.CURRENT, wording.GENUINE) for q in table}) >= 8
