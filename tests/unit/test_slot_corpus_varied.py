"""The varied training corpus: 80+ forms per role of its own, and ``train-slots --corpus all``.

Its episodes are checked (deterministic, every role and kind, consistent answers) with the wide corpus's in
``test_slot_corpus_wide.py``."""

import random
import re

from lceval.training import slot_corpus as narrow
from lceval.training import slot_corpus_lookalikes as lookalikes
from lceval.training import slot_corpus_varied as varied
from lceval.training import slot_corpus_wide as wide
from lceval.training.slot_corpus import ROLES


def test_eighty_forms_per_role_a_third_of_lookalikes_on_the_holders_other_things():
    for role in ROLES:
        assert len(set(varied.FORMS[role])) >= 80, role
    assert len(varied.LOOKALIKE_OWNED) * 3 >= len(varied.LOOKALIKE)
    assert len(varied.ATTRIBUTES) >= 30 and len(varied.ENTITIES) >= 15
    assert all(len(set(forms)) >= 5 for forms in varied.QUESTIONS.values())


def test_no_form_is_shared_with_the_other_corpora():
    def spelled(form: str) -> str:  # placeholders and punctuation aside
        return " ".join(re.findall(r"[a-z]+", re.sub(r"\{\w+\}", " ", form.lower())))

    theirs = [narrow.BIND_FIRST, narrow.BIND_REPLACE, narrow.WITHDRAW, narrow.LOOKALIKE, narrow.MENTION,
              *narrow.QUESTIONS.values(), *wide.FORMS.values(), *wide.QUESTIONS.values()]
    taken = {spelled(f) for forms in theirs for f in forms}
    ours = [f for forms in (*varied.FORMS.values(), *varied.QUESTIONS.values()) for f in forms]
    assert len(ours) == len(set(ours))
    assert not [f for f in ours if spelled(f) in taken]


def test_every_form_renders_without_leftover_placeholders():
    rng = random.Random(10_000_105)
    for form in [f for forms in (*varied.FORMS.values(), *varied.QUESTIONS.values()) for f in forms]:
        for attribute in ("bib number", "voice part"):
            text = varied.render(form, attribute, "Ezra Quail", "x", rng, o="second", w="y")
            assert not re.search(r"\{[A-Za-z]\w*\}", text), form


def test_train_slots_draws_a_quarter_of_its_episodes_from_each_corpus_with_all():
    from lceval.training.slots import CORPORA, _parser, draw_episodes

    assert _parser().parse_args([]).corpus == "all"
    assert _parser().parse_args(["--corpus", "all"]).corpus == "all"
    episodes = draw_episodes(CORPORA["all"], 30, random.Random(10_000_109))
    rng = random.Random(10_000_109)
    assert episodes == [(narrow, wide, varied, lookalikes)[i % 4].episode(rng) for i in range(30)]
    rng = random.Random(10_000_109)
    assert draw_episodes(CORPORA["three"], 9, random.Random(10_000_109)) == [(narrow, wide, varied)[i % 3].episode(rng) for i in range(9)]
    rng = random.Random(10_000_109)
    assert draw_episodes(CORPORA["varied"], 5, random.Random(10_000_109)) == [varied.episode(rng) for _ in range(5)]
