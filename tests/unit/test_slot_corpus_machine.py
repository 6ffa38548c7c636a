"""The machine-format training corpus: API traffic, CLI runs, SQL, diffs, rows, segments, logs, facts, cells.

Checks: 80+ forms per role across 12+ formats, balanced roles in episodes, every format reachable, deterministic
episodes, answers consistent with the lines, look-alikes in the same surface shape as genuine writes, no form
shared with the other corpora, and no six-word run shared with an evaluation family."""

import random
import re

from test_slot_corpus_wide import _six_grams  # the six-word helper the other corpus tests use

from lceval.training import slot_corpus as narrow
from lceval.training import slot_corpus_lookalikes as lookalikes
from lceval.training import slot_corpus_machine as machine
from lceval.training import slot_corpus_varied as varied
from lceval.training import slot_corpus_wide as wide
from lceval.training.slot_corpus import QUESTION_KINDS, ROLES

LEFTOVER = re.compile(r"\{[A-Za-z]\w*(?::\d+)?\}")


def _has(form: str, name: str) -> bool:
    """Whether a form holds placeholder ``name``, padded or not."""
    return re.search(r"\{" + name + r"(?::\d+)?\}", form) is not None


def _episodes(seed: int, n: int, used: list | None = None):
    rng = random.Random(seed)
    return [machine.episode(rng, used) for _ in range(n)]


def test_eighty_forms_per_role_across_at_least_twelve_formats():
    assert len(machine.FORMATS) >= 12
    for role in ROLES:
        assert len(set(machine.FORMS[role])) >= 80, role
    for name, slots in machine.FORMATS.items():
        assert set(slots) == set(machine.SLOTS), name
        assert all(slots[slot] for slot in machine.SLOTS), name
    assert all(len(set(forms)) >= 4 for forms in machine.QUESTIONS.values())


def test_values_sit_where_each_role_needs_them():
    assert all(_has(f, "v") for f in machine.FORMS["bind"] + machine.LOOKALIKE)
    assert not [f for f in machine.OTHER if _has(f, "v") or _has(f, "w")]  # a read never carries a value
    assert not [f for f in machine.BIND_FIRST + machine.WITHDRAW + machine.LOOKALIKE if _has(f, "w")]
    named = [f for f in machine.BIND_REPLACE if _has(f, "w")]
    assert len(named) * 3 >= len(machine.BIND_REPLACE)
    assert [f for f in machine.WITHDRAW if _has(f, "v")] and [f for f in machine.WITHDRAW if not _has(f, "v")]
    for form in [f for forms in machine.FORMS.values() for f in forms]:  # every line names the holder and the key
        assert re.search(r"\{[eEK](?::\d+)?\}", form) and re.search(r"\{[aAK](?::\d+)?\}", form), form


def test_roles_are_balanced_and_every_format_is_reachable():
    used: list[str] = []
    episodes = _episodes(10_000_501, 500, used)
    lines = [l for e in episodes for l in e.lines]
    for role in ROLES:
        assert sum(l.role == role for l in lines) >= 0.10 * len(lines), role
    assert set(used) == set(machine.FORMAT_NAMES)
    assert min(used.count(name) for name in machine.FORMAT_NAMES) >= 0.02 * len(used)
    assert {e.kind for e in episodes} == set(QUESTION_KINDS)
    assert {l.about for l in lines} == {"key", "near", "other entity", "other attribute"}
    assert all(any(l.role == "lookalike" and l.about == "key" for l in e.lines) for e in episodes)


def test_episodes_are_deterministic_per_seed():
    assert _episodes(10_000_502, 40) == _episodes(10_000_502, 40)
    assert _episodes(10_000_502, 40) != _episodes(10_000_503, 40)
    used_a: list[str] = []
    used_b: list[str] = []
    assert _episodes(10_000_502, 40, used_a) == _episodes(10_000_502, 40)  # collecting formats draws nothing extra
    _episodes(10_000_502, 40, used_b)
    assert used_a == used_b


def test_needed_lines_and_answers_agree():
    for e in _episodes(10_000_504, 500):
        writes = [i for i, l in enumerate(e.lines) if l.about == "key" and l.role == "bind"]
        gone = [i for i, l in enumerate(e.lines) if l.about == "key" and l.role == "withdraw"]
        assert writes and all(e.lines[i].value and e.lines[i].value.lower() in e.lines[i].text.lower() for i in writes)
        assert len({e.lines[i].value for i in writes}) == len(writes)  # each write a new value
        assert all(l.value == "" for l in e.lines if l.role != "bind")
        assert not gone or gone[-1] > writes[-1]  # a withdrawal ends the key's history
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


def test_values_never_contain_each_other():
    lists = (machine.NAMES, machine.ROUTES, machine.DECKS, machine.SITES, machine.FLAGS, machine.PRESSES, machine.STOCKS,
             machine.STATIONS, machine.CREWS, machine.ENCLOSURES, machine.RIDE_GROUPS)
    for values in lists:
        assert len(values) >= 18 and len(set(values)) == len(values)
        assert not [(a, b) for a in values for b in values if a != b and a.lower() in b.lower()]
    assert not [v for values in lists for v in values if "'" in v]  # values sit inside quoted SQL and Prolog atoms
    rng = random.Random(10_000_505)
    for attribute in sorted(machine.ATTRIBUTES):
        drawn = machine.draw_values(rng, attribute, 15, [])
        assert not [(a, b) for a in drawn for b in drawn if a != b and a.lower() in b.lower()], attribute
    words = {"name", "route", "deck", "site", "flag", "press", "stock", "station", "crew", "enclosure", "group", "halfday"}
    assert sum(kind in words for kind in machine.ATTRIBUTES.values()) >= 10  # word values as well as codes and numbers
    assert sum(kind not in words for kind in machine.ATTRIBUTES.values()) >= 10


def test_keys_are_new_and_holders_come_in_twins():
    theirs = set(narrow.ATTRIBUTES) | set(wide.ATTRIBUTES) | set(varied.ATTRIBUTES) | set(lookalikes.ATTRIBUTES)
    assert len(machine.ATTRIBUTES) >= 20 and not set(machine.ATTRIBUTES) & theirs
    holders = [e for pair in machine.ENTITIES for e in pair]
    assert len(holders) == len(set(holders))
    for style in machine.IDENT_STYLES:  # twins stay distinct when written as identifiers
        idents = [machine._ident(e, style) for e in holders]
        assert len(idents) == len(set(idents)), style


def test_no_form_is_shared_with_the_other_corpora():
    def spelled(form: str) -> str:  # placeholders and punctuation aside
        return " ".join(re.findall(r"[a-z]+", re.sub(r"\{\w+(?::\d+)?\}", " ", form.lower())))

    theirs = [narrow.BIND_FIRST, narrow.BIND_REPLACE, narrow.WITHDRAW, narrow.LOOKALIKE, narrow.MENTION, *narrow.QUESTIONS.values(),
              *wide.FORMS.values(), *wide.QUESTIONS.values(), *varied.FORMS.values(), *varied.QUESTIONS.values(),
              *lookalikes.FORMS.values(), *lookalikes.QUESTIONS.values()]
    taken = {spelled(f) for forms in theirs for f in forms}
    ours = [f for forms in (*machine.FORMS.values(), *machine.QUESTIONS.values()) for f in forms]
    assert len(ours) == len(set(ours))
    assert not [f for f in ours if spelled(f) in taken]


def test_every_form_renders_without_leftover_placeholders():
    rng = random.Random(10_000_506)
    for form in [f for forms in (*machine.FORMS.values(), *machine.QUESTIONS.values()) for f in forms]:
        for attribute, holder in (("walk-in shelf", "Cook Daniela"), ("apiary site", "Hive Bramble")):
            for style in machine.IDENT_STYLES:
                text = machine.render(form, attribute, holder, "x", rng, style, o="second", w="y")
                assert not LEFTOVER.search(text), form


def test_fixed_width_fields_are_padded():
    text = machine.render("REC {E:20}{A:20}{v:24}STATUS=ACTIVE", "barrel", "Row 40", "BRL-1234", random.Random(0), "snake")
    assert text == "REC " + "row_40".ljust(20) + "barrel".ljust(20) + "BRL-1234".ljust(24) + "STATUS=ACTIVE"


def test_a_lookalike_is_often_the_same_record_as_a_bind_but_for_its_outcome():
    """Only the framing decides: in every format some look-alike shares most of its words with a genuine write."""
    def words(form: str) -> set[str]:
        return set(re.findall(r"[a-z]+|\{\w+(?::\d+)?\}", form.lower()))

    for name, slots in machine.FORMATS.items():
        binds = slots["first"] + slots["replace"]
        close = [f for f in slots["lookalike"]
                 if any(words(b) <= words(f) or len(words(b) & words(f)) >= 0.6 * len(words(f) | words(b)) for b in binds)]
        assert close, name


def test_train_slots_machine_and_five_leave_the_default_alone():
    from lceval.training.slots import CORPORA, _parser, draw_episodes

    assert _parser().parse_args([]).corpus == "all"
    assert CORPORA["all"] == (narrow, wide, varied, lookalikes)
    assert CORPORA["machine"] == (machine,) and CORPORA["five"] == (narrow, wide, varied, lookalikes, machine)
    assert _parser().parse_args(["--corpus", "five"]).corpus == "five"
    rng = random.Random(10_000_507)
    assert draw_episodes(CORPORA["five"], 15, random.Random(10_000_507)) == [(narrow, wide, varied, lookalikes, machine)[i % 5].episode(rng) for i in range(15)]
    assert draw_episodes(CORPORA["machine"], 5, random.Random(10_000_508)) == _episodes(10_000_508, 5)


def test_no_six_word_run_of_a_training_line_occurs_in_any_memory_lifecycle_family(tiny_model):
    """Independence: the machine corpus shares no six-word run with 50 samples of each evaluation task."""
    from lceval.settings import TaskSettings
    from lceval.sources import load_samples
    from lceval.task_index import task_table

    rng = random.Random(10_000_509)
    drawn = _episodes(10_000_510, 600)
    lines = [l.text for e in drawn for l in e.lines] + [e.question for e in drawn]
    for forms in (*machine.FORMS.values(), *machine.QUESTIONS.values()):
        for form in forms:
            for style in machine.IDENT_STYLES:
                attribute = rng.choice(sorted(machine.ATTRIBUTES))
                lines.append(machine.render(form, attribute, rng.choice(rng.choice(machine.ENTITIES)), "x", rng, style, o="first", w="y"))
    ours = set().union(*map(_six_grams, lines))
    tasks = sorted((family, t) for family, t in task_table().values() if family.startswith("memlife"))
    assert len(tasks) >= 75
    for family, task in tasks:
        samples = load_samples(TaskSettings.from_kwargs(family, task, num_samples=50, seed=0, tokenizer=str(tiny_model), max_seq_length=4096))
        shared = len(ours & set().union(*(_six_grams(f"{s.context}\n{s.question}") for s in samples)))
        assert shared == 0, f"{shared} six-word runs shared with {family}/{task}"  # a count only: never print eval text
