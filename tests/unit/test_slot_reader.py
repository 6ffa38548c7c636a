"""The hybrid's learned slot reader on hand-written text in phrasings no training template uses."""

import json

import pytest

from lceval.sample import Chunk
from lceval.selection import build_selector
from lceval.selection.bm25 import BM25
from lceval.selection.hybrid import Hybrid
from lceval.selection.slot_models import DEFAULT_WEIGHTS, load_slot_models, ordinal
from lceval.selection.slot_reader import SlotEvent, SlotReading, needed

FILLER = "Startups are hard, and most of the work is invisible to everyone outside. "


def _chunks(*texts, tokens=10):
    out, start = [], 0
    for i, text in enumerate(texts):
        out.append(Chunk(i, start, start + len(text), text, tokens))
        start += len(text)
    return out


def _story(*statements):
    """Filler chunks with statement k alone (in filler) at chunk 2k+1."""
    texts = [FILLER]
    for statement in statements:
        texts += [FILLER + statement + " " + FILLER, FILLER * 2]
    return _chunks(*texts)


def test_the_latest_write_comes_first_and_the_explanation_names_each_event():
    chunks = _story(
        "The gate code of the Fennel Road garage is QX-4410.",
        "Memo to staff: the Fennel Road garage gate code was replaced with LM-2093 yesterday.",
    )
    hybrid = Hybrid()
    question = "What gate code does the Fennel Road garage use at present?"
    assert hybrid.select(question, chunks, 10) == [3]
    lines = hybrid.explain(question, chunks)
    assert any(line.startswith("chunk 1: write") for line in lines) and any(line.startswith("chunk 3: write") for line in lines)


def test_a_rumour_about_the_key_is_refused_and_keeps_no_chunk():
    chunks = _story(
        "The gate code of the Fennel Road garage is QX-4410.",
        "Someone in the pub claimed the Fennel Road garage gate code might be ZZ-0001, but nobody believed him.",
    )
    reading = Hybrid().slots.read("What is the gate code of the Fennel Road garage?", chunks)
    assert reading.needed == [1]
    assert [e.action for e in reading.events if e.chunk == 3] == ["refused"]


def test_another_entity_does_not_match_the_asked_key():
    chunks = _story("The gate code of the Fennel Road garage is QX-4410.", "The gate code of the Juniper Lane garage is PP-7781.")
    assert Hybrid().slots.read("What is the gate code of the Juniper Lane garage?", chunks).needed == [3]


def test_without_an_event_the_fallback_alone_decides():
    chunks = _chunks(FILLER, "Cats sleep a lot. " + FILLER, FILLER * 2)
    question = "Where did the expedition camp on its second night?"
    assert Hybrid().select(question, chunks, 20) == BM25().select(question, chunks, 20)


@pytest.mark.parametrize("kind, nth, expected", [
    ("latest", None, [5]), ("nth", 1, [1]), ("nth", 2, [3, 1]), ("previous", None, [3, 5]), ("all", None, [1, 3, 5]),
])
def test_needed_chunks_follow_the_question_kind(kind, nth, expected):
    events = [SlotEvent(c, "", "write", {}, 0.9) for c in (1, 3, 5)]
    assert needed(SlotReading(kind, nth, events))[: len(expected)] == expected


def test_a_withdrawal_puts_the_retraction_and_the_value_it_withdrew_first():
    events = [SlotEvent(1, "", "write", {}, 0.9), SlotEvent(4, "", "retract", {}, 0.9)]
    assert needed(SlotReading("latest", None, events)) == [4, 1]


def test_ordinals_are_read_from_the_question():
    assert [ordinal(q) for q in ("What was it originally?", "the third one", "What is it now?")] == [1, 3, None]


def test_committed_weights_record_their_training_data_and_held_out_accuracy():
    meta = json.loads(DEFAULT_WEIGHTS.read_text())["meta"]
    assert "slot_corpus" in meta["data"] and meta["seed"] >= 10_000_000
    assert min(meta["held_out_accuracy"].values()) > 0.8
    assert load_slot_models().role.classes == ["other", "bind", "withdraw", "lookalike"]


def test_preset_reader_choice():
    assert build_selector("hybrid").reader == "learned"
    with pytest.raises(Exception, match="reader"):
        build_selector({"selector": "hybrid", "params": {"reader": "magic"}})
