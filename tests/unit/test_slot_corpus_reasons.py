"""The reasons training corpus: records whose role only a stated reason decides, wherever the reason sits.

Checks: 40+ reasons in 12+ categories, most without a negation word; neutral clauses of the same shapes; every
format, position and reason category reachable; look-alikes and binds roughly balanced and both reaching every
position; deterministic episodes; answers consistent with the lines; the note join ``"<note>: <record> <note>"``;
no form shared with the other corpora; no leftover placeholder; no six-word run shared with an evaluation family."""

import random
import re

from test_slot_corpus_wide import _six_grams  # the six-word helper the other corpus tests use

from lceval.training import slot_corpus as narrow
from lceval.training import slot_corpus_lookalikes as lookalikes
from lceval.training import slot_corpus_machine as machine
from lceval.training import slot_corpus_reasons as reasons
from lceval.training import slot_corpus_varied as varied
from lceval.training import slot_corpus_wide as wide
from lceval.training.slot_corpus import QUESTION_KINDS, ROLES

LEFTOVER = re.compile(r"\{[A-Za-z]\w*\}")
NEGATION = re.compile(r"\b(not|never|no|none|nothing|nobody)\b|n't\b", re.I)


def _episodes(seed: int, n: int, used: list | None = None):
    rng = random.Random(seed)
    return [reasons.episode(rng, used) for _ in range(n)]


def _clause_texts(clause) -> list[str]:
    return [t for t in (clause.lead, clause.tail, clause.note, clause.comment) if t]


def test_forty_reasons_in_many_categories_most_without_a_negation_word():
    assert len(set(reasons.REASONS)) >= 40
    categories = {r.category for r in reasons.REASONS}
    assert len(categories) >= 12
    assert {"fiction", "game", "dream", "hypothetical", "practice", "test", "reverted", "proposal", "request", "prediction",
            "estimate", "correction", "hearsay", "claim", "expired", "misprint", "mockup"} <= categories
    plain = [r for r in reasons.REASONS if not any(NEGATION.search(t) for t in _clause_texts(r))]
    assert len(plain) >= 0.8 * len(reasons.REASONS)
    for r in reasons.REASONS:  # each reason can go in at least two places, and every one can stand as a note
        assert r.note and (r.lead or r.tail), r
    assert sum(r.lead is not None for r in reasons.REASONS) >= 40 and sum(r.tail is not None for r in reasons.REASONS) >= 40
    assert len({t for r in reasons.REASONS for t in _clause_texts(r)}) >= 4 * 40  # worded anew in each place


def test_neutral_clauses_come_in_the_same_shapes_and_share_no_wording_with_the_reasons():
    assert len(reasons.NEUTRAL) >= 25
    for place in ("lead", "tail", "note", "comment"):
        assert sum(getattr(c, place) is not None for c in reasons.NEUTRAL) >= 10, place
    assert [c for c in reasons.NEUTRAL if any(NEGATION.search(t) for t in _clause_texts(c))]  # negation alone decides nothing
    theirs = {t.lower() for r in reasons.REASONS for t in _clause_texts(r)}
    assert not [t for c in reasons.NEUTRAL for t in _clause_texts(c) if t.lower() in theirs]


def test_forms_per_format_and_values_where_each_role_needs_them():
    assert len(reasons.FORMATS) >= 12
    for name, f in reasons.FORMATS.items():
        assert set(f.forms) == set(reasons.SLOTS) and all(f.forms[s] for s in reasons.SLOTS), name
        assert [x for x in f.forms["replace"] + f.forms["first"] if "{w}" not in x], name  # a look-alike can be drawn
    assert {f.mark for f in reasons.FORMATS.values()} >= {"#", "--", "//", ";"}
    assert all("{v}" in f for f in reasons.FORMS["bind"] + reasons.LOOKALIKE)
    assert not [f for f in reasons.OTHER if "{v}" in f or "{w}" in f]
    assert not [f for f in reasons.BIND_FIRST + reasons.WITHDRAW + reasons.LOOKALIKE if "{w}" in f]
    assert len([f for f in reasons.BIND_REPLACE if "{w}" in f]) * 3 >= len(reasons.BIND_REPLACE)
    for form in [f for forms in reasons.FORMS.values() for f in forms]:  # every line names the holder and the key
        assert re.search(r"\{[eE]\}", form) and re.search(r"\{[aA]\}", form), form


def test_roles_formats_positions_and_categories_are_all_reached():
    used: list = []
    episodes = _episodes(10_000_701, 500, used)
    lines = [l for e in episodes for l in e.lines]
    counts = {role: sum(l.role == role for l in lines) for role in ROLES}
    for role in ROLES:
        assert counts[role] >= 0.08 * len(lines), role
    assert 0.7 <= counts["lookalike"] / counts["bind"] <= 1.4  # roughly balanced
    assert {name for name, _, _ in used} == set(reasons.FORMAT_NAMES)
    assert {p for _, p, _ in used} == set(reasons.POSITIONS)
    assert {c for _, _, c in used} >= {r.category for r in reasons.REASONS} | {c.category for c in reasons.NEUTRAL}
    assert {e.kind for e in episodes} == set(QUESTION_KINDS)
    assert {l.about for l in lines} == {"key", "near", "other entity", "other attribute"}
    assert all(any(l.role == "lookalike" and l.about == "key" for l in e.lines) for e in episodes)


def test_a_lookalike_always_carries_a_reason_and_a_bind_often_carries_a_neutral_clause():
    reason_texts = [t for r in reasons.REASONS for t in _clause_texts(r)]
    neutral_texts = [t for c in reasons.NEUTRAL for t in _clause_texts(c)]

    def pattern(text: str) -> re.Pattern:  # a clause text, its placeholders matching anything
        return re.compile("".join(".+?" if LEFTOVER.fullmatch(p) else re.escape(p) for p in re.split(r"(\{[a-z]\})", text)), re.I)

    reason_re = [pattern(t) for t in reason_texts]
    neutral_re = [pattern(t) for t in neutral_texts]
    lines = [l for e in _episodes(10_000_702, 150) for l in e.lines]
    looks = [l for l in lines if l.role == "lookalike"]
    binds = [l for l in lines if l.role == "bind"]
    assert all(any(p.search(l.text) for p in reason_re) for l in looks)
    with_clause = [l for l in binds if any(p.search(l.text) for p in neutral_re)]
    assert 0.4 * len(binds) <= len(with_clause) <= 0.9 * len(binds)


def test_notes_join_as_note_colon_record_space_note():
    """Clauses in each of their places (an attribute without synonyms, so the record is fixed)."""
    rng = random.Random(10_000_703)
    clause, neutral = reasons.REASONS[0], reasons.NEUTRAL[8]
    form = "{L}{e}{m} has {v} as its {a}"
    record = reasons.render(form, "prose", "glaze batch", "Wren Aldous", "KS-4B", random.Random(1), style="snake")
    assert record == "Wren Aldous has KS-4B as its glaze batch."
    before = reasons.render(form, "prose", "glaze batch", "Wren Aldous", "KS-4B", rng, clause, "note before")
    assert before == f"{clause.note}: {record}"
    after = reasons.render(form, "prose", "glaze batch", "Wren Aldous", "KS-4B", rng, clause, "note after")
    assert after == f"{record} {clause.note}."
    both = {reasons.render(form, "prose", "glaze batch", "Wren Aldous", "KS-4B", rng, clause, "notes", neutral) for _ in range(20)}
    assert re.fullmatch(r"Checked by \w+: Wren Aldous has KS-4B as its glaze batch\. Excerpt from a novel in progress\.", min(both)) or \
        re.fullmatch(r"Excerpt from a novel in progress: Wren Aldous has KS-4B as its glaze batch\. Checked by \w+\.", min(both))
    assert len({b.split(":")[0][:7] for b in both}) == 2  # the reason goes on either side
    lead = reasons.render(form, "prose", "glaze batch", "Wren Aldous", "KS-4B", rng, reasons.REASONS[5], "lead")
    assert re.fullmatch(r"As a bet with \w+, Wren Aldous has KS-4B as its glaze batch\.", lead)
    mid = reasons.render(form, "prose", "glaze batch", "Wren Aldous", "KS-4B", rng, reasons.REASONS[5], "mid")
    assert re.fullmatch(r"Wren Aldous, as a bet with \w+, has KS-4B as its glaze batch\.", mid)
    code = reasons.render("{E}.{A} = \"{v}\"", "python", "glaze batch", "Wren Aldous", "KS-4B", rng, clause, "comment", style="snake")
    assert code == f"wren_aldous.glaze_batch = \"KS-4B\"  # {clause.comment}"
    row = reasons.render("| {e} | {a} | {v} | {T} |", "table", "glaze batch", "Wren Aldous", "KS-4B", rng, reasons.REASONS[22], "tail")
    assert row == "| Wren Aldous | glaze batch | KS-4B | which the office reversed the same afternoon |"


def test_episodes_are_deterministic_per_seed():
    assert _episodes(10_000_704, 40) == _episodes(10_000_704, 40)
    assert _episodes(10_000_704, 40) != _episodes(10_000_705, 40)
    used_a: list = []
    used_b: list = []
    assert _episodes(10_000_704, 40, used_a) == _episodes(10_000_704, 40)  # collecting draws nothing extra
    _episodes(10_000_704, 40, used_b)
    assert used_a == used_b


def test_needed_lines_and_answers_agree():
    for e in _episodes(10_000_706, 500):
        writes = [i for i, l in enumerate(e.lines) if l.about == "key" and l.role == "bind"]
        gone = [i for i, l in enumerate(e.lines) if l.about == "key" and l.role == "withdraw"]
        assert writes and all(e.lines[i].value and e.lines[i].value.lower() in e.lines[i].text.lower() for i in writes)
        assert len({e.lines[i].value for i in writes}) == len(writes)
        assert all(l.value == "" for l in e.lines if l.role != "bind")
        assert not gone or gone[-1] > writes[-1]
        if e.kind == "all":
            assert e.needed == writes and e.answers == [e.lines[i].value for i in writes]
        elif e.kind == "previous":
            assert e.needed == writes[-2:] and e.answers == [e.lines[writes[-2]].value]
        elif e.kind == "nth":
            assert e.needed[0] in writes and e.answers == [e.lines[e.needed[0]].value]
        elif gone:
            assert e.needed == gone + writes[-1:] and e.answers == ["no longer valid"]
        else:
            assert e.needed == writes[-1:] and e.answers == [e.lines[writes[-1]].value]


def test_values_never_contain_each_other_and_holders_come_in_twins():
    lists = (reasons.NAMES, reasons.DRESSING_ROOMS, reasons.DOMES, reasons.BOATS, reasons.BASES, reasons.CREWS,
             reasons.MEWS, reasons.CLASSROOMS)
    for values in lists:
        assert len(values) >= 18 and len(set(values)) == len(values)
        assert not [(a, b) for a in values for b in values if a != b and a.lower() in b.lower()]
    assert not [v for values in lists for v in values if "'" in v or '"' in v]  # values sit inside quoted code
    assert not set(reasons.PEOPLE) & {n.split()[0] for n in reasons.NAMES}  # a speaker is never mistaken for a value
    rng = random.Random(10_000_707)
    for attribute in sorted(reasons.ATTRIBUTES):
        drawn = reasons.draw_values(rng, attribute, 16, [])
        assert not [(a, b) for a in drawn for b in drawn if a != b and a.lower() in b.lower()], attribute
    for e in _episodes(10_000_708, 300):
        values = [l.value for l in e.lines if l.role == "bind"]
        assert not [(a, b) for a in values for b in values if a != b and a.lower() in b.lower()]
    holders = [e for pair in reasons.ENTITIES for e in pair]
    assert len(holders) == len(set(holders)) and all(len(pair) == 2 for pair in reasons.ENTITIES)
    for style in reasons.IDENT_STYLES:  # twins stay distinct when written as identifiers
        assert len({reasons._ident(e, style) for e in holders}) == len(holders), style


def test_keys_are_new():
    theirs = set(narrow.ATTRIBUTES) | set(wide.ATTRIBUTES) | set(varied.ATTRIBUTES) | set(lookalikes.ATTRIBUTES) | set(machine.ATTRIBUTES)
    assert len(reasons.ATTRIBUTES) >= 20 and not set(reasons.ATTRIBUTES) & theirs


def test_no_form_is_shared_with_the_other_corpora():
    def spelled(form: str) -> str:  # placeholders and punctuation aside
        return " ".join(re.findall(r"[a-z]+", re.sub(r"\{\w+(?::\d+)?\}", " ", form.lower())))

    theirs = [narrow.BIND_FIRST, narrow.BIND_REPLACE, narrow.WITHDRAW, narrow.LOOKALIKE, narrow.MENTION, *narrow.QUESTIONS.values(),
              *wide.FORMS.values(), *wide.QUESTIONS.values(), *varied.FORMS.values(), *varied.QUESTIONS.values(),
              *lookalikes.FORMS.values(), *lookalikes.QUESTIONS.values(), *machine.FORMS.values(), *machine.QUESTIONS.values()]
    taken = {spelled(f) for forms in theirs for f in forms}
    ours = reasons.BIND_FIRST + reasons.BIND_REPLACE + reasons.WITHDRAW + reasons.OTHER  # the look-alikes are binds' forms
    ours += [f for forms in reasons.QUESTIONS.values() for f in forms]
    assert len(ours) == len(set(ours))
    # a record spelled with one or two words ("| {e} | {a} | {v} |") is the format itself, not a phrasing
    assert not [f for f in ours if len(spelled(f).split()) >= 3 and spelled(f) in taken]


def _every_form_rendered(rng: random.Random) -> list[str]:
    """Every form in every format with every reason and neutral clause in one of its places."""
    out = []
    clauses = reasons.REASONS + reasons.NEUTRAL
    for name, f in reasons.FORMATS.items():
        for slot, forms in f.forms.items():
            for form in forms:
                for k, clause in enumerate(clauses):
                    attribute = sorted(reasons.ATTRIBUTES)[k % len(reasons.ATTRIBUTES)]
                    holder = rng.choice(rng.choice(reasons.ENTITIES))
                    place = rng.choice(reasons.positions(name, form, clause))
                    note = reasons.NEUTRAL[k % len(reasons.NEUTRAL)]
                    out.append(reasons.render(form, name, attribute, holder, "x", rng, clause, place, note, w="y"))
    return out


def test_every_form_and_clause_renders_without_leftover_placeholders():
    rng = random.Random(10_000_709)
    for text in _every_form_rendered(rng):
        assert not LEFTOVER.search(text), text
    for forms in reasons.QUESTIONS.values():
        for form in forms:
            assert not LEFTOVER.search(reasons.fill(form, "kiln shelf", "Wren Aldous", "", rng, o="second")), form


def test_train_slots_reasons_allreasons_and_sixall_leave_the_default_alone():
    from lceval.training.slots import CORPORA, _parser, draw_episodes

    assert _parser().parse_args([]).corpus == "all"
    assert CORPORA["reasons"] == (reasons,)
    assert CORPORA["allreasons"] == (narrow, wide, varied, lookalikes, reasons)
    assert CORPORA["sixall"] == (narrow, wide, varied, lookalikes, machine, reasons)
    assert _parser().parse_args(["--corpus", "sixall"]).corpus == "sixall"
    rng = random.Random(10_000_710)
    six = CORPORA["sixall"]
    assert draw_episodes(six, 12, random.Random(10_000_710)) == [six[i % 6].episode(rng) for i in range(12)]
    assert draw_episodes(CORPORA["reasons"], 5, random.Random(10_000_711)) == _episodes(10_000_711, 5)


def test_no_six_word_run_of_a_training_line_occurs_in_any_memory_lifecycle_family(tiny_model):
    """Independence: the reasons corpus shares no six-word run with 50 samples of each evaluation task."""
    from lceval.settings import TaskSettings
    from lceval.sources import load_samples
    from lceval.task_index import task_table

    rng = random.Random(10_000_712)
    drawn = _episodes(10_000_713, 600)
    lines = [l.text for e in drawn for l in e.lines] + [e.question for e in drawn]
    lines += _every_form_rendered(rng)
    for clause in reasons.REASONS + reasons.NEUTRAL:  # each clause in every place, filled
        lines += [reasons.fill(t, "kiln shelf", "Wren Aldous", "x", rng) for t in _clause_texts(clause)]
    for forms in reasons.QUESTIONS.values():
        lines += [reasons.fill(f, rng.choice(sorted(reasons.ATTRIBUTES)), rng.choice(rng.choice(reasons.ENTITIES)), "", rng, o="first") for f in forms]
    ours = set().union(*map(_six_grams, lines))
    tasks = sorted((family, t) for family, t in task_table().values() if family.startswith("memlife"))
    assert len(tasks) >= 75
    for family, task in tasks:
        samples = load_samples(TaskSettings.from_kwargs(family, task, num_samples=50, seed=0, tokenizer=str(tiny_model), max_seq_length=4096))
        shared = len(ours & set().union(*(_six_grams(f"{s.context}\n{s.question}") for s in samples)))
        assert shared == 0, f"{shared} six-word runs shared with {family}/{task}"  # a count only: never print eval text
