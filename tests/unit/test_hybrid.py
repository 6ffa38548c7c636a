"""The hybrid selector's rules reader (reader: rules) on hand-written cases: write, overwrite, versions, refusal, discard, fallback."""

import pytest

from lceval.errors import LcevalError
from lceval.sample import Chunk
from lceval.selection import build_selector
from lceval.selection.base import Selector
from lceval.selection.bm25 import BM25
from lceval.selection.hybrid import Hybrid
from lceval.selection.memory_slots import SlotMemory, key_words

from helpers_chunks import make_chunks

FILLER = "Startups are hard, and most of the work is invisible. "
KEY = "the vault code for the Cedar Hill depot"
CURRENT = "What is the current vault code for the Cedar Hill depot?"


def _chunks(*texts, tokens=10):
    return make_chunks(texts, tokens)


def _story(*statements):
    """Filler chunks with each statement in a chunk of its own: statement k sits at chunk 2k+1."""
    texts = [FILLER]
    for statement in statements:
        texts += [FILLER + statement + " " + FILLER, FILLER * 2]
    return _chunks(*texts)


def _slot(chunks, question=CURRENT):
    memory = SlotMemory()
    slots = memory.read(chunks)
    return slots[key_words(KEY)] if key_words(KEY) in slots else None, memory.lookup(question, slots)


def test_write_then_overwrites_keep_the_history_and_the_latest_comes_first():
    chunks = _story(
        "The vault code for the Cedar Hill depot is AB-1234.",
        "Update: the vault code for the Cedar Hill depot was changed to CD-5678.",
        "The Cedar Hill depot switched its vault code to EF-9012.",
    )
    slot, needed = _slot(chunks)
    assert [e.value for e in slot.writes()] == ["AB-1234", "CD-5678", "EF-9012"]
    assert needed == [5]
    assert Hybrid(reader="rules").select(CURRENT, chunks, 10) == [5]


@pytest.mark.parametrize(
    "question,expected",
    [
        ("What was the first vault code for the Cedar Hill depot?", [1, 3, 5, 7]),
        ("What was the second vault code for the Cedar Hill depot?", [3, 1, 5, 7]),
        ("Which vault code was third assigned to the Cedar Hill depot?", [5, 3, 1, 7]),
        ("What was the vault code of the Cedar Hill depot before the most recent change?", [5, 7, 3, 1]),
        ("What was the previous vault code for the Cedar Hill depot?", [5, 7, 3, 1]),
        ("What are all the vault codes for the Cedar Hill depot?", [1, 3, 5, 7]),
    ],
)
def test_version_questions_get_the_asked_version_first_then_what_counts_to_it(question, expected):
    chunks = _story(
        "The vault code for the Cedar Hill depot is AB-1234.",
        "The vault code for the Cedar Hill depot is now CD-5678.",
        "From now on, the Cedar Hill depot's vault code is EF-9012.",
        "GH-3456 is the vault code assigned to the Cedar Hill depot.",
    )
    assert _slot(chunks, question)[1] == expected
    assert Hybrid(reader="rules").select(question, chunks, 20) == sorted(expected[:2])


@pytest.mark.parametrize(
    "distractor",
    [
        "Someone guessed that the vault code for the Cedar Hill depot might be ZZ-0000.",
        "There is an unconfirmed rumour that the Cedar Hill depot's vault code is ZZ-0000.",
        'In a novel, a character declares, "The vault code for the Cedar Hill depot is ZZ-0000."',
        "If the audit had failed, the vault code for the Cedar Hill depot would have been ZZ-0000.",
        "The vault code for the Cedar Lane depot is ZZ-0000.",  # near-duplicate key
        "The gate code for the Cedar Hill depot is ZZ-0000.",  # other attribute
        "The vault code for the Cedar Hill depot annex is ZZ-0000.",  # a more specific key
    ],
)
def test_look_alike_writes_are_refused_and_do_not_overwrite(distractor):
    chunks = _story("The vault code for the Cedar Hill depot is AB-1234.", distractor)
    slot, needed = _slot(chunks)
    assert [e.value for e in slot.writes()] == ["AB-1234"] and needed == [1]
    assert Hybrid(reader="rules").select("What is the vault code for the Cedar Hill depot?", chunks, 10) == [1]


def test_a_retraction_discards_the_value_and_both_chunks_come_first():
    chunks = _story(
        "The vault code for the Cedar Hill depot is AB-1234.",
        "The vault code for the Cedar Lane depot is CD-5678.",
        "Please disregard the previously stated vault code of the Cedar Hill depot; it has been withdrawn.",
    )
    slot, needed = _slot(chunks)
    assert [e.kind for e in slot.events] == ["write", "retract"]
    assert needed == [5, 1]
    assert Hybrid(reader="rules").select(CURRENT, chunks, 20) == [1, 5]


def test_a_retraction_of_a_near_duplicate_key_leaves_the_asked_value_standing():
    chunks = _story(
        "The vault code for the Cedar Hill depot is AB-1234.",
        "The vault code for the Cedar Lane depot is CD-5678.",
        "Correction: the vault code for the Cedar Lane depot given earlier is no longer valid.",
    )
    slot, needed = _slot(chunks)
    assert [e.kind for e in slot.events] == ["write"] and needed == [1]


def test_without_a_slot_hit_the_fallback_alone_decides():
    chunks = _story(
        "On the morning of the regatta, Greta Moreau walked down to the clinic muttering the words brave solution.",
        "The vault code for the Cedar Hill depot is AB-1234.",
    )
    question = "Which words did Greta Moreau keep muttering on the way to the clinic?"
    assert _slot(chunks, question)[1] == []
    for budget in (10, 20, 35):
        assert Hybrid(reader="rules").select(question, chunks, budget) == BM25().select(question, chunks, budget)


def test_several_keys_in_one_question_each_get_their_write_first():
    chunks = _story(
        "One of the special magic numbers for alpha-beta is: 1111111.",
        "One of the special magic numbers for gamma-delta is: 2222222.",
        "One of the special magic numbers for omega-psi is: 3333333.",
    )
    question = "What are all the special magic numbers for alpha-beta and omega-psi mentioned in the provided text?"
    assert SlotMemory().lookup(question, SlotMemory().read(chunks)) == [1, 5]


class _Recorder(Selector):
    """A fallback that keeps its first chunk and remembers what it was shown."""

    def select(self, question, chunks, budget, evidence=()):
        self.seen = ([c.index for c in chunks], budget, tuple(evidence))
        return [0] if chunks and chunks[0].n_tokens <= budget else []


def test_the_fallback_sees_only_the_rest_of_the_chunks_and_budget_and_never_the_evidence():
    chunks = _story("The vault code for the Cedar Hill depot is AB-1234.")
    recorder = _Recorder()
    kept = Hybrid(reader="rules", fallback=recorder).select(CURRENT, chunks, 25, evidence=["gold"])
    assert recorder.seen == ([0, 2], 15, ()) and kept == [0, 1]


def test_a_slot_chunk_larger_than_the_budget_is_skipped_and_the_window_adds_neighbours():
    chunks = _story("The vault code for the Cedar Hill depot is AB-1234.")
    big = [Chunk(c.index, c.start, c.end, c.text, 50 if c.index == 1 else 10) for c in chunks]
    assert 1 not in Hybrid(reader="rules").select(CURRENT, big, 20)
    assert Hybrid(reader="rules", window=1).select(CURRENT, chunks, 30) == [0, 1, 2]


@pytest.mark.parametrize(
    "sentence,parsed",
    [
        ("The access code for the Harbor Street depot is KX-4821.", ({"access", "code", "harbor", "street", "depot"}, "KX-4821")),
        ("Priya Raman is now the manager of the Maple Ridge clinic.", ({"manager", "maple", "ridge", "clinic"}, "Priya Raman")),
        ("The Maple Ridge clinic uses amber falcon as its password.", ({"maple", "ridge", "clinic", "password"}, "amber falcon")),
        ("Storage quota of the Raven Hill observatory: 70838.", ({"storage", "quota", "raven", "hill", "observatory"}, "70838")),
        ("As of today, 41647 is the room number assigned to the Marble Hill museum.", ({"room", "number", "marble", "hill", "museum"}, "41647")),
        # phrasings the memlife generator never uses
        ("The Cedar Hill depot's vault code was reset to QQ-1111.", ({"vault", "code", "cedar", "hill", "depot"}, "QQ-1111")),
        ("vault code for the Cedar Hill depot = QQ-1111", ({"vault", "code", "cedar", "hill", "depot"}, "QQ-1111")),
        ("The vault code of the Cedar Hill depot became QQ-1111.", ({"vault", "code", "cedar", "hill", "depot"}, "QQ-1111")),
        ("It is believed the vault code for the Cedar Hill depot is QQ-1111.", None),
        ("The vault code for the Cedar Hill depot is not QQ-1111.", None),
        ("The problem is that nobody knows what they want.", None),
        ("Perhaps the password of the Maple Ridge clinic is amber falcon.", None),
    ],
)
def test_what_counts_as_a_write(sentence, parsed):
    memory = SlotMemory()
    result = None if memory.refused(sentence) else memory.parse_write(sentence)
    assert (None if result is None else (set(result[0]), result[1])) == parsed


def test_preset_and_parameters():
    hybrid = build_selector("hybrid")
    assert isinstance(hybrid.fallback, BM25) and hybrid.window == 0
    custom = build_selector({"selector": "hybrid", "params": {"fallback": {"selector": "bm25", "params": {"k1": 0.9}}, "memory": {"min_key_words": 3}}})
    assert custom.fallback.k1 == 0.9 and custom.memory.min_key_words == 3
    with pytest.raises(LcevalError, match="window"):
        build_selector({"selector": "hybrid", "params": {"window": -1}})
