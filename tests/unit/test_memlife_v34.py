"""What memlife_v34 itself promises, beyond the checks test_memlife_heldout.py runs for every held-out family and for
those laid out as memlife_v17 and memlife_v24: seven registers (four valued in pairs of words, three in codes), each
described in the prompt and spelt as a fixed prefix and a drawn tail; seven records that read as the formats they
name (a vCard, a Gherkin scenario, a Lua table, a .reg file, a LaTeX tabular, a systemd unit, a Redis MONITOR trace)
and six prose genres; deciding statements phrased in several constructions, changes that sometimes leave the old value
unsaid, emptyings that mostly avoid the office verbs, a handful of real entries with a negation; fifteen look-alikes
whose reasons turn up in every place a record or a piece of prose offers, seldom negated and never evidence; six
aside genres that read unlike each other."""

from __future__ import annotations

import random
import re
from collections import Counter

from lceval.sources import memlife_v34
from lceval.sources.memlife_v34 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
OFFICE_VERBS = re.compile(r"withdr|cancel|revok|rescind|remov|delet", re.I)
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}
FORMATS = documents.RECORD_FORMATS + documents.SENTENCE_FORMATS


def test_registers_split_four_in_words_three_in_codes_and_the_prompt_describes_each():
    assert len({k.name for k in keys.KINDS}) == len({k.field for k in keys.KINDS}) == 7
    rng = random.Random(34)
    worded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(40))}
    coded = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z]+(-?[A-Z0-9]+)*", k.value(rng)) and re.search(r"\d", k.value(rng))
                                              for _ in range(40))}
    assert worded == {"weathervane", "lighthouse", "perfume_vial", "type_case"}
    assert coded == {"borehole", "archery_butt", "vending_machine"}
    for kind in keys.KINDS:
        drawn = [kind.make(rng) for _ in range(60)]
        assert len({h[:kind.prefix] for h in drawn}) == 1 and len({len(h) for h in drawn}) == 1, kind.name
        assert len(set(drawn)) > 50, kind.name
        assert kind.plural in memlife_v34.TEMPLATE and kind.role in memlife_v34.TEMPLATE, kind.name
    assert f'"{memlife_v34.NO_LONGER_VALID}"' in memlife_v34.TEMPLATE


def test_each_bank_uses_several_constructions():
    constructions = {
        "value first": lambda t: t.startswith("{value}"),
        "passive": lambda t: re.search(r"\b(was|were|is|has been) (\w+ed|given|struck|let go)\b", t),
        "its in a second sentence": lambda t: re.search(r"\. Its ", t),
        "gerund or noun opening": lambda t: re.match(r"[A-Z][a-z]+(ing|tion|ment|ase)\b", t),
        "time or occasion up front": lambda t: re.match(r"(From|Since|As of|After|Once|When)\b", t),
    }
    for role, bank in BANKS.items():
        assert len(bank) == len(set(bank)) >= 12, role
        for name, test in constructions.items():
            assert any(test(t) for t in bank), (role, name)
        for t in bank:
            assert t.count("{value}") == 1 and t.count("{thing}") + t.count("{Thing}") == 1 and t[-1] in ".!", (role, t)
    assert not any("{old}" in t for t in (*statements.GIVE, *statements.TAKE_BACK, *statements.BESIDE))
    silent_on_old = [t for t in statements.CHANGE if "{old}" not in t]
    assert 2 <= len(silent_on_old) <= len(statements.CHANGE) // 3
    assert sum(bool(OFFICE_VERBS.search(t)) for t in statements.TAKE_BACK) <= 1
    negated = [t for bank in BANKS.values() for t in bank if NEGATION.search(t)]
    assert 2 <= len(negated) <= 4 and any(t in statements.CHANGE for t in negated) and any(t in statements.TAKE_BACK for t in negated)
    assert not any(NEGATION.search(t) for t in statements.BESIDE)


def test_changes_in_rendered_documents_mostly_but_not_always_name_the_old_value():
    named = Counter("OLDVAL" in doc.text[s:e] for role, doc, s, e in rendered_decisions("memlife_v34", 30) if role == "change")
    assert 0.6 < named[True] / (named[True] + named[False]) < 0.9, named


def test_fill_touches_only_the_names_it_is_given():
    assert documents.fill('  ["{h}"] = { {f} = "{v}" },', h="X1", f="keeper", v="Jago") == '  ["X1"] = { keeper = "Jago" },'
    assert documents.fill("\\begin{tabular}{lll} {t}", v="x") == "\\begin{tabular}{lll} {t}"


def _all_documents():
    docs = [doc for _, doc, _, _ in rendered_decisions("memlife_v34", 20)]
    return docs + [doc for _, doc, _ in rendered_lookalikes("memlife_v34", 200)[1]]


def _quoted_ok(line: str) -> bool:
    return line.count('"') % 2 == 0


def _lua_balanced(text: str) -> bool:
    depth = 0
    for c in re.sub(r'"[^"]*"', '""', "\n".join(l for l in text.split("\n") if not l.lstrip().startswith("--"))):
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def test_records_are_well_formed_in_the_format_they_name():
    seen = Counter()
    for doc in _all_documents():
        lines, fmt = doc.text.split("\n"), doc.fmt
        if fmt == "vcard":
            assert lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD" and lines[1] == "VERSION:4.0", doc.text
            assert all(re.match(r"[A-Z][A-Z-]*(;[A-Z-]+=(\"[^\"]*\"|[^;:\"]+))*:", l) for l in lines), doc.text
        elif fmt == "gherkin":
            assert lines[0].startswith("Feature: ") and lines[1].startswith("  Scenario: "), doc.text
            assert all(re.match(r"    (Given|When|Then|And|#|\|) ", l) for l in lines[2:]), doc.text
            assert all(_quoted_ok(l) for l in lines), doc.text
        elif fmt == "lua_table":
            assert lines[0].startswith("-- ") and re.fullmatch(r"local \w+ = \{", lines[1]) and lines[-2:] == ["}", f"return {lines[1].split()[1]}"]
            assert _lua_balanced(doc.text), doc.text
            assert all(re.fullmatch(r'  \["[^"]+"\] = \{ .* \},', l) or l.startswith("  -- ") for l in lines[2:-2]), doc.text
        elif fmt == "windows_reg":
            assert lines[0] == "Windows Registry Editor Version 5.00" and re.fullmatch(r"\[HKEY_LOCAL_MACHINE\\SOFTWARE\\\w+\\\w+\]", lines[2])
            assert all(re.match(r'"[^"]+"=("[^"]*"|-|dword:\d{8})( ; .+)?$', l) or l.startswith("; ") for l in lines[3:] if l != lines[1]), doc.text
        elif fmt == "latex_tabular":
            assert lines[1] == "\\begin{tabular}{lll}" and lines[-1] == "\\end{tabular}", doc.text
            rows = [l for l in lines if l.endswith("\\\\")]
            assert rows and all(l.count("&") == 2 for l in rows), doc.text
            assert all(l in rows or l.startswith(("%", "\\")) for l in lines), doc.text
        elif fmt == "systemd_unit":
            assert [l for l in lines if l.startswith("[")] == ["[Unit]", "[Service]", "[Install]"], doc.text
            assert all(re.match(r"(\[\w+\]|[A-Z][A-Za-z]+=|# )", l) and _quoted_ok(l) for l in lines), doc.text
        elif fmt == "redis_monitor":
            assert lines[0] == "OK", doc.text
            stamps = [float(re.match(r"(\d+\.\d{6}) \[\d 10\.0\.4\.7:51022\] \"[A-Z]+\"", l).group(1)) for l in lines[1:]]
            assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps) and all(_quoted_ok(l) for l in lines), doc.text
        else:
            assert len(lines) == 3 and lines[1][-1] in ".!?", doc.text  # title, one paragraph, sign-off
        seen[fmt] += 1
    assert set(seen) == set(FORMATS)


def _reason_place(doc, event, line) -> str:
    """Where a rendered look-alike gives its reason."""
    look = lookalikes.LOOKALIKES[event.template]
    lines, low = doc.text.split("\n"), line.lower()
    at = lines.index(line)
    if doc.fmt in documents.SENTENCE_FORMATS:
        if look.cue in lines[0].lower():
            return "heading"
        if f"{look.label}: " in line:
            return "label"
        if re.search(rf"\([^)]*{re.escape(look.cue)}[^)]*\)\.", low):
            return "paren"
        fills = lambda frames: [documents.fill(f, reason=look.reason) for f in frames]
        if any(n in line for n in fills(lookalikes.BEFORE)):
            return "before"
        if any(n in line for n in fills(lookalikes.AFTER)):
            return "after"
        assert look.cue in low, doc.text
        return "sentence"
    where = [i for i, l in enumerate(lines) if look.cue in l.lower()]
    assert len(where) == 1, doc.text
    if where == [at]:
        return "column"
    if where[0] < len(documents.RECORDS[doc.fmt].head):
        return "heading"
    assert abs(where[0] - at) == 1, doc.text  # a comment line right beside the entry
    return "before" if where[0] < at else "after"


def test_look_alike_reasons_reach_every_place_and_never_decide():
    used, rendered = rendered_lookalikes("memlife_v34", 300)
    places = Counter()
    for event, doc, line in rendered:
        assert not doc.spans
        shape = "prose" if doc.fmt in documents.SENTENCE_FORMATS else "record"
        places[shape, _reason_place(doc, event, line)] += 1
    assert set(used) == set(lookalikes.LOOKALIKES)
    assert set(places) == {(shape, p) for shape, ps in documents.PLACES.items() for p in ps}, places
    assert min(places.values()) >= 25, places


def test_look_alikes_each_have_their_own_reason_and_are_rarely_negated():
    looks = lookalikes.LOOKALIKES
    assert len(looks) == 15 and len({l.cue for l in looks.values()}) == 15 and len({l.reason for l in looks.values()}) == 15
    for name, look in looks.items():
        for piece in (look.reason, look.label, *look.wordings):
            assert look.cue in piece.lower(), (name, piece)
        assert sum(other.cue in look.reason for other in looks.values()) == 1, name
        for w in look.wordings:
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and w.endswith("."), (name, w)
    negated = [w for look in looks.values() for w in look.wordings if NEGATION.search(w)]
    assert 1 <= len(negated) <= 2
    frames = (*lookalikes.PLAIN, *lookalikes.PARENS, *lookalikes.BEFORE, *lookalikes.AFTER, *lookalikes.HEADINGS)
    assert not any(NEGATION.search(f) for f in frames) and not any(NEGATION.search(l.label + l.reason) for l in looks.values())


def test_the_fixed_text_of_formats_and_asides_carries_no_negation():
    fixed = [t for r in documents.RECORDS.values() for t in (*r.head, *r.foot, *r.give, *r.change_old, *r.change_new, *r.take_back)]
    fixed += [t for p in documents.PROSE.values() for t in (*p.titles, *p.leads, *p.closings, *p.signoffs)]
    fixed += [frame for frame, _ in asides.ASIDES.values()] + [w for _, ws in asides.ASIDES.values() for w in ws]
    assert not [t for t in fixed if NEGATION.search(t)]


def test_the_deciding_entry_is_never_at_the_edge_of_its_document_or_paragraph():
    for role, doc, start, end in rendered_decisions("memlife_v34", 15):
        entry = doc.text[start:end]
        if doc.fmt in documents.SENTENCE_FORMATS:
            paragraph = doc.text.split("\n")[1]
            assert entry in paragraph and not paragraph.startswith(entry) and not paragraph.endswith(entry), doc.text
        else:
            lines = doc.text.split("\n")
            assert entry in lines[1:-1], doc.text


def test_aside_genres_read_unlike_one_another():
    assert len(asides.ASIDES) == 6
    titles = [frame.split("\n")[0] for frame, _ in asides.ASIDES.values()]
    assert len(set(titles)) == 6
    for variant in (0, 1):
        openings = [ws[variant].split()[:3] for _, ws in asides.ASIDES.values()]
        assert len({tuple(o) for o in openings}) == 6
    for genre, (frame, wordings) in asides.ASIDES.items():
        assert frame.count("{told}") == 1 and " {told} " in frame and wordings[0] != wordings[1], genre
        for w in wordings:
            assert w.count("{value}") == w.count("{role}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1, (genre, w)
    long_words = [set(re.findall(r"[a-z]{7,}", re.sub(r"\{\w+\}", " ", frame.lower()))) for frame, _ in asides.ASIDES.values()]
    assert not any(a & b for i, a in enumerate(long_words) for b in long_words[i + 1:])


def test_genuine_questions_warn_about_look_alikes_and_ordinals_read_in_words():
    warned = [t for t in wording.GENUINE if re.search(r"make-do|imitation|puzzles|for fun|official|authentic|genuinely|actually|truly", t)]
    assert len(warned) >= 5
    assert [wording.ORDINALS[k] for k in (1, 2, 3)] == ["first", "second", "third"]
    assert all(("{k}" in t) != ("{ordinal}" in t) for t in wording.KTH)
