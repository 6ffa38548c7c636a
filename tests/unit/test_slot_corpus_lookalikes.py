"""The look-alike training corpus: record-shaped look-alikes beside record-shaped binds and withdrawals, twins, values.

Its episodes are checked (deterministic, every role and kind, consistent answers, no six-word run shared with an
evaluation family) with the other corpora's in ``test_slot_corpus_wide.py``."""

import random
import re

from lceval.training import slot_corpus as narrow
from lceval.training import slot_corpus_lookalikes as look
from lceval.training import slot_corpus_varied as varied
from lceval.training import slot_corpus_wide as wide

PLACEHOLDER = re.compile(r"\{[A-Za-z]\w*\}")
# What makes a line a record rather than a sentence: a field separator, an assignment, markup or a prompt.
RECORD_MARK = re.compile(r"\||=|^\s*[$>#\-\[]|^\{[tv]\}|\{\"|\{[AEK]\}[:;.,]|·|[\w}]: |\s#\s|,\{|;\{")


def _record_line(text: str, patterns=[]) -> bool:
    """Whether a rendered line fits one of the record-shaped forms (placeholders match anything)."""
    if not patterns:
        forms = [f for shape in look.RECORD_SHAPES for slot in ("first", "replace", "withdraw", "lookalike") for f in look.SHAPES[shape][slot]]
        patterns += [re.compile("".join(".*?" if PLACEHOLDER.fullmatch(p) else re.escape(p) for p in re.split(r"(\{[A-Za-z]\w*\})", f)), re.S | re.I)
                     for f in forms]
    return any(p.fullmatch(text) for p in patterns)


def _episodes(seed: int, n: int):
    rng = random.Random(seed)
    return [look.episode(rng) for _ in range(n)]


def test_sixty_lookalike_forms_at_least_half_of_them_records():
    assert len(set(look.FORMS["lookalike"])) >= 60
    assert len(set(look.LOOKALIKE_RECORD)) * 2 >= len(set(look.LOOKALIKE))
    assert len(set(look.FORMS["bind"])) >= 60 and len(set(look.FORMS["withdraw"])) >= 30 and len(set(look.FORMS["other"])) >= 30
    assert all(len(set(forms)) >= 4 for forms in look.QUESTIONS.values())


def test_every_record_shape_has_binds_withdrawals_and_lookalikes_that_look_like_records():
    assert len(look.RECORD_SHAPES) >= 8
    for shape in look.SHAPE_NAMES:
        for slot in ("first", "replace", "withdraw", "lookalike", "other"):
            assert look.SHAPES[shape][slot], (shape, slot)
    for shape in look.RECORD_SHAPES:
        for slot in ("first", "replace", "withdraw", "lookalike"):
            for form in look.SHAPES[shape][slot]:
                assert RECORD_MARK.search(form), (shape, form)


def test_values_sit_where_each_role_needs_them():
    named = [f for f in look.BIND_REPLACE if "{w}" in f]  # replacements that name the value they replace
    assert len(named) * 3 >= len(look.BIND_REPLACE)
    assert not [f for f in look.BIND_FIRST + look.WITHDRAW + look.LOOKALIKE + look.OTHER if "{w}" in f]
    assert all("{v}" in f for f in look.FORMS["bind"] + look.LOOKALIKE)
    assert not [f for f in look.OTHER if "{v}" in f]


def test_lookalikes_are_a_large_share_and_come_in_record_shapes_in_episodes():
    episodes = _episodes(10_000_201, 400)
    lines = [l for e in episodes for l in e.lines]
    roles = {r: sum(l.role == r for l in lines) for r in ("bind", "withdraw", "lookalike", "other")}
    assert roles["lookalike"] >= 0.3 * (roles["bind"] + roles["withdraw"] + roles["lookalike"])
    assert all(any(l.role == "lookalike" and l.about == "key" for l in e.lines) for e in episodes)
    for role in ("bind", "withdraw", "lookalike"):  # record-shaped lines of each role actually occur
        assert sum(_record_line(l.text) for l in lines if l.role == role) >= 0.3 * roles[role], role


def test_twins_differ_by_one_or_two_characters():
    def distance(a: str, b: str) -> int:
        row = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            prev, row[0] = row[0], i
            for j, cb in enumerate(b, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        return row[-1]

    assert len(look.ENTITIES) >= 20
    for pair in look.ENTITIES:
        assert len(pair) == 2 and 1 <= distance(*pair) <= 2, pair
    holders = [e for pair in look.ENTITIES for e in pair]
    assert len(holders) == len(set(holders))


def test_values_never_contain_each_other():
    lists = (look.NAMES, look.STUDIOS, look.LAUNCHES, look.BOATS, look.TAPLINES)
    for values in lists:
        assert len(values) >= 18
        assert not [(a, b) for a in values for b in values if a != b and a.lower() in b.lower()]
    assert not set(look.PEOPLE) & {n.split()[0] for n in look.NAMES}  # a speaker is never mistaken for a value
    rng = random.Random(10_000_202)
    for attribute in sorted(look.ATTRIBUTES):
        taken: list[str] = []
        drawn = look.draw_values(rng, attribute, 15, taken)
        assert len(set(drawn)) == 15
        assert not [(a, b) for a in drawn for b in drawn if a != b and a.lower() in b.lower()], attribute
    for e in _episodes(10_000_203, 300):
        values = [l.value for l in e.lines if l.role == "bind"]
        assert len(values) == len(set(values))
        assert not [(a, b) for a in values for b in values if a != b and a.lower() in b.lower()]


def test_keys_twenty_attributes_of_everyday_organisations():
    assert len(look.ATTRIBUTES) >= 20 and len(look.DOMAINS) >= 8
    assert all(len(attrs) >= 2 for attrs, _ in look.DOMAINS.values())  # another attribute of the holder to confuse with
    theirs = set(narrow.ATTRIBUTES) | set(wide.ATTRIBUTES) | set(varied.ATTRIBUTES)
    assert not set(look.ATTRIBUTES) & theirs


def test_no_form_is_shared_with_the_other_corpora():
    def spelled(form: str) -> str:  # placeholders and punctuation aside
        return " ".join(re.findall(r"[a-z]+", re.sub(r"\{\w+\}", " ", form.lower())))

    theirs = [narrow.BIND_FIRST, narrow.BIND_REPLACE, narrow.WITHDRAW, narrow.LOOKALIKE, narrow.MENTION, *narrow.QUESTIONS.values(),
              *wide.FORMS.values(), *wide.QUESTIONS.values(), *varied.FORMS.values(), *varied.QUESTIONS.values()]
    taken = {spelled(f) for forms in theirs for f in forms}
    ours = [f for forms in (*look.FORMS.values(), *look.QUESTIONS.values()) for f in forms]
    assert len(ours) == len(set(ours))
    assert not [f for f in ours if spelled(f) in taken]


def test_every_form_renders_without_leftover_placeholders():
    rng = random.Random(10_000_204)
    for form in [f for forms in (*look.FORMS.values(), *look.QUESTIONS.values()) for f in forms]:
        for attribute, holder in (("stand-in", "Ola Brandt"), ("door fob", "Tess Onda")):
            text = look.render(form, attribute, holder, "x", rng, o="second", w="y")
            assert not PLACEHOLDER.search(text), form


def test_a_lookalike_can_be_the_same_record_as_a_bind_but_for_its_framing():
    """The point of the corpus: a bind and a look-alike of one shape often share most of their words."""
    def words(form: str) -> set[str]:
        return set(re.findall(r"[a-z]+|\{\w+\}", form.lower()))

    close = 0
    for shape in look.RECORD_SHAPES:
        binds = look.SHAPES[shape]["first"]
        for form in look.SHAPES[shape]["lookalike"]:
            if any(words(b) <= words(form) for b in binds):
                close += 1
    assert close >= 12
