"""What memlife_v32 promises beyond the checks every held-out family shares (test_memlife_heldout.py, where it is
laid out as memlife_v17 and as memlife_v24): seven registers, four valued in two words and three in codes, each holder
a fixed prefix and a drawn tail, all named in the prompt; seven records that read back as the format they claim (a
BibTeX entry, a Makefile block, an nginx server block, an HCL block, a protobuf text message, a Dockerfile, an hledger
transaction) and six prose genres; statement banks built several ways, with changes that sometimes leave the old value
out, emptyings mostly said without an office's verb and a few real entries with a negation; fifteen look-alikes whose
reason reaches every place it may stand, in records and in prose, few of them negated; six aside genres unlike each
other."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from datetime import date

from lceval.sources import memlife_v32
from lceval.sources.memlife_v32 import asides, documents, keys, lookalikes, statements, wording

from helpers_memlife import rendered_decisions, rendered_lookalikes

NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody|neither|nor|without|cannot)\b|n't", re.I)
IN_WORDS = {"zoo_enclosure", "opera_box", "cable_car_cabin", "chapel_window"}
IN_CODES = {"fire_hydrant", "foundry_mould", "sheep_pen"}
BANKS = {"give": statements.GIVE, "change": statements.CHANGE, "take_back": statements.TAKE_BACK}


def test_registers_hold_four_word_values_and_three_code_values_behind_a_fixed_prefix():
    assert len(keys.KINDS) == len({k.name for k in keys.KINDS}) == len({k.office for k in keys.KINDS}) == 7
    rng = random.Random(32)
    words = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", k.value(rng)) for _ in range(60))}
    codes = {k.name for k in keys.KINDS if all(re.fullmatch(r"[A-Z]+[0-9]*(-[A-Z0-9]+)?", k.value(rng)) for _ in range(60))}
    assert words == IN_WORDS and codes == IN_CODES
    for kind in keys.KINDS:
        holders = [kind.make(rng) for _ in range(60)]
        assert len({h[:kind.prefix] for h in holders}) == 1 and len({len(h) for h in holders}) == 1, kind.name
        assert all(re.fullmatch(r"[0-9BCDFGHJKLMNPQRSTVWXZ./-]+", h[kind.prefix:]) for h in holders), kind.name
        assert kind.plural in memlife_v32.TEMPLATE and kind.role in memlife_v32.TEMPLATE, kind.name
    assert f'"{memlife_v32.NO_LONGER_VALID}"' in memlife_v32.TEMPLATE


def test_each_bank_is_built_several_ways():
    for role, bank in BANKS.items():
        assert len(set(bank)) == len(bank) >= 12, role
        assert all(t.count("{thing}") + t.count("{Thing}") == 1 and t.count("{value}") == 1 and t[-1] in ".!" for t in bank), role
        assert all("{Thing}" not in t or t.startswith("{Thing}") for t in bank), role  # capitalised only to open
        assert any(t.startswith(("{value}", "Replacing {old}")) or t.index("{value}") < t.index("hing}") for t in bank), role
        assert any(". Its " in t for t in bank), role
        assert any(re.search(r"\b(was|were|been) [a-z]+(ed|en)\b", t) for t in bank), role
        assert any(re.match(r"[A-Z][a-z]+(ing|tion|ment|al)\b", t) for t in bank), role
        assert any(re.match(r"(From|Since|After|As of)\b", t) for t in bank), role
    with_old = [t for t in statements.CHANGE if "{old}" in t]
    assert len(with_old) >= 9 and len(statements.CHANGE) - len(with_old) >= 3
    assert not any("{old}" in t for t in statements.GIVE + statements.TAKE_BACK + statements.BESIDE)
    assert sum(bool(re.search(r"withdr|cancel|revok|rescind|remov|delet", t, re.I)) for t in statements.TAKE_BACK) <= 2
    assert 2 <= sum(bool(NEGATION.search(t)) for bank in BANKS.values() for t in bank) <= 5
    assert not any(NEGATION.search(t) for t in statements.BESIDE) and len(set(statements.BESIDE)) >= 5


def _braces_balance(lines: list[str], comment: str) -> bool:
    depth = 0
    for line in lines:
        code = re.sub(r'"[^"]*"', '""', line).split(comment, 1)[0]
        for c in code:
            depth += {"{": 1, "}": -1}.get(c, 0)
            if depth < 0:
                return False
    return depth == 0


def _bibtex(lines):
    assert sum(l.startswith("@misc{") for l in lines) == 1 and lines[-1] == "}"
    for l in lines:
        assert re.fullmatch(r"% .+|@misc\{[a-z-]+[:-]\d+,|  [a-z]+ = \{[^{}]+\},?( % .+)?|  % .+|\}", l), l
    assert _braces_balance(lines, "%")


def _makefile(lines):
    for l in lines:
        assert re.fullmatch(r'# .+|[A-Z_]+ := \S+|[A-Z]+ \+= "[^"]+"(  # .+)?|\.PHONY: publish|publish:|\t\S.*', l), l
    assert sum(l.startswith("REGISTER := ") for l in lines) == 1


def _nginx(lines):
    for l in lines:
        assert re.fullmatch(r'# .+|server \{|    (listen|server_name|default_type) [^;\s]+;'
                            r'|    location =? ?/\S* \{ (add_header [\w-]+ "[^"]+"; )?return \d{3}( "[^"]+")?; \}(  # .+)?|    # .+|\}', l), l
    assert _braces_balance(lines, "#")


def _hcl(lines):
    for l in lines:
        assert re.fullmatch(r'# .+|(resource|module)( "\w+")+ \{|  \w+ = ("[^"]*"|\{)|    "[^"]+" = ("[^"]+"|null)( # .+)?|    # .+|  \}|\}', l), l
    assert _braces_balance(lines, "#")


def _protobuf(lines):
    for l in lines:
        assert re.fullmatch(r'# proto-(file|message): \S+|# .+|\w+: ("[^"]*"|\d+|true)|entry \{( \w+: ("[^"]*"|[A-Z]+))+ \}', l), l
    assert lines[0].startswith("# proto-file: ") or lines[1].startswith("# proto-message: ")


def _dockerfile(lines):
    body = [l for l in lines if not l.startswith("# ")]
    assert body[0].startswith("FROM ")
    for l in body:
        assert re.fullmatch(r'FROM \S+|WORKDIR /\S+|USER \w+|LABEL( [\w.]+="[^"]*")+|ENV [A-Z_]+="[^"]*"|CMD \[.+\]', l), l
        if l.startswith("CMD "):
            assert all(isinstance(a, str) for a in json.loads(l[4:]))


def _hledger(lines):
    dated = [l for l in lines if re.match(r"\d", l)]
    assert len(dated) == 1 and lines.index(dated[0]) <= 1
    stamp, flag, _ = dated[0].split(" ", 2)
    assert date.fromisoformat(stamp) and flag in "*!"
    for l in lines:
        assert re.fullmatch(r'; .+|\d{4}-\d\d-\d\d [*!] .+|    [a-z]+(:[\w./-]+)*(  (-?1 "[^"]+"|; [\w ]+: .+)(  ; .+)?)?|    ; .+', l), l


PARSERS = {"bibtex": _bibtex, "makefile": _makefile, "nginx": _nginx, "hcl": _hcl, "protobuf_text": _protobuf,
           "dockerfile": _dockerfile, "hledger": _hledger}


def test_records_read_back_as_the_format_they_claim():
    docs = [doc for _, doc, _, _ in rendered_decisions("memlife_v32", 20)]
    docs += [doc for _, doc, _ in rendered_lookalikes("memlife_v32", 120)[1]]
    seen = Counter(doc.fmt for doc in docs)
    for doc in docs:
        if doc.fmt in PARSERS:
            PARSERS[doc.fmt](doc.text.split("\n"))
        else:  # prose: a heading, one paragraph, a closing line
            heading, paragraph, footer = doc.text.split("\n")
            assert heading and footer.endswith(".") and paragraph[-1] in ".!?", doc.text
    assert set(seen) == set(documents.RECORD_FORMATS + documents.SENTENCE_FORMATS) and set(PARSERS) == set(documents.RECORDS)


def _place(doc, event, look) -> str:
    """Where a look-alike's document gives its reason."""
    lines = doc.text.split("\n")
    (at, line), = [(i, l) for i, l in enumerate(lines) if event.key in l and event.value in l]
    assert doc.text.count(look.note) <= 1
    if look.note in lines[0]:
        assert event.key not in lines[0]
        return "heading"
    if doc.fmt in documents.RECORDS:
        if look.note in line:
            return "column"
        (note_at,) = [i for i, l in enumerate(lines) if look.note in l]
        assert abs(note_at - at) == 1, doc.text
        return "before" if note_at < at else "after"
    if f"({look.aside})." in line:
        return "paren"
    if f"{look.label}: " in line:
        return "label"
    if look.note in line:
        return "before" if line.index(look.note) < line.index(event.value) else "after"
    assert look.reason in line.lower(), doc.text
    return "sentence"


def test_look_alike_reasons_reach_every_place_in_records_and_in_prose():
    used, rendered = rendered_lookalikes("memlife_v32", 300)
    places = Counter()
    for event, doc, _ in rendered:
        assert not doc.spans
        shape = "record" if doc.fmt in documents.RECORDS else "prose"
        places[shape, _place(doc, event, lookalikes.LOOKALIKES[event.template])] += 1
    assert set(used) == set(lookalikes.LOOKALIKES)
    assert set(places) == {(shape, p) for shape, ps in documents.PLACES.items() for p in ps}, places
    assert min(places.values()) >= 15, places


def test_fifteen_reasons_each_carried_five_ways_and_seldom_negated():
    looks = lookalikes.LOOKALIKES
    assert len(looks) == 15 and len({l.reason for l in looks.values()}) == 15
    for name, look in looks.items():
        assert all(look.reason in t.lower() for t in (*look.wordings, look.note, look.label, look.aside)), name
        assert look.reason not in look.plain.lower() and look.note[-1] == "." and ":" not in look.note, name
        for w in (*look.wordings, look.plain):
            assert w.count("{value}") == 1 and w.count("{thing}") + w.count("{Thing}") == 1 and w[-1] == ".", (name, w)
        assert not NEGATION.search(" ".join((look.plain, look.note, look.label, look.aside))), name
    negated = [n for n, l in looks.items() if any(NEGATION.search(w) for w in l.wordings)]
    assert 1 <= len(negated) <= 3, negated


def test_the_frames_of_records_and_prose_say_nothing_negative():
    texts = [t for r in documents.RECORDS.values() for t in (*r.tops, *sum(r.headers, ()), *sum(r.footers, ()), r.comment,
                                                           r.heading, r.column, *r.give, *r.change_old, *r.change_new, *r.take_back)]
    texts += [t for p in documents.PROSE.values() for t in (*p.headers, *p.leads, *p.closings, *p.footers)]
    assert not [t for t in texts if NEGATION.search(t)]
    for name, record in documents.RECORDS.items():
        assert all(t.count("{h}") == t.count("{v}") == 1 for t in (*record.give, *record.change_old, *record.change_new, *record.take_back)), name
        assert all(t.count("{o}") == 1 for t in record.change_old) and not any("{o}" in t for t in record.change_new), name


def test_six_aside_genres_unlike_each_other_tell_the_value_once():
    assert len(asides.ASIDES) == 6
    frames = [frame for frame, _ in asides.ASIDES.values()]
    sentences = [s for f in frames for s in re.split(r"(?<=[.!])\s+", f.replace("{told}", "")) if s]
    assert len(set(sentences)) == len(sentences) and len({f.split()[0] for f in frames}) == 6
    every = [w for _, wordings in asides.ASIDES.values() for w in wordings]
    assert len(set(every)) == 12 and len({w.split()[0] for w in every}) >= 10
    for frame, wordings in asides.ASIDES.values():
        assert frame.count("{told}") == 1 and " {told} " in frame and "{value}" not in frame
        for w in wordings:
            assert w.count("{value}") == 1 and w.count("{role}") == 1 and w.count("{thing}") == 1 and "{Thing}" not in w
            assert not NEGATION.search(frame + w) and w[-1] == "."


def test_genuine_questions_warn_and_kth_questions_say_which_entry():
    warned = [t for t in wording.GENUINE if re.search(r"stor|game|joke|make-believe|rhyme|tale|real|genuine|actually|true", t)]
    assert len(warned) >= 5 and sum("," in t for t in warned) >= 3
    assert all("{k}" in t or "{ordinal}" in t for t in wording.KTH)
    assert [wording.ORDINALS[k] for k in (1, 2, 3)] == ["first", "second", "third"]
