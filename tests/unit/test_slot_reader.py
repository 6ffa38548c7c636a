"""The hybrid's learned slot reader on hand-written text in phrasings no training template uses."""

import json

import numpy as np

import pytest

from lceval.sample import Chunk
from lceval.selection import build_selector
from lceval.selection.bm25 import BM25
from lceval.selection.hybrid import Hybrid
from lceval.selection.encoder import pieces, shared_encoder
from lceval.selection.slot_models import DEFAULT_WEIGHTS, SLOT_WEIGHTS, Document, asks_every, asks_several, before_last, holder_words, carried_headings, content_words, count_words, frame, headed_records, key_words, kind_features, load_slot_models, numbered, ordinal, readable, records, sentence_stems, stem, warns_of_lookalikes
from lceval.selection.slot_reader import _NEGATED, LearnedSlots, SlotEvent, beliefs, block_notes, continued, corroborated, kindred, marked_key_words, mentioned, nameless, needed, preceded, record_labels, replaced_values, shape, telling_notes, unlabelled, values_in, with_heading

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
    # each event shows the frame its role was also read from (the key and its values as placeholders)
    assert any(line.startswith("chunk 1: write") and line.endswith("read as 'The key of the key is value'") for line in lines)


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


def _events(chunks, write, retract=None, kind="latest", nth=None):
    retract = np.zeros(len(write)) if retract is None else np.asarray(retract, dtype=float)
    events = [SlotEvent(c, "", "write", {}, 1.0) for c in chunks]
    for event, belief in zip(events, beliefs(np.asarray(write, dtype=float), retract, kind, nth)):
        event.belief = float(belief)
    return events


@pytest.mark.parametrize("kind, nth, expected", [
    ("latest", None, [5]), ("nth", 1, [1]), ("nth", 2, [3, 1]), ("nth", None, [1]), ("previous", None, [3, 5]),
])
def test_needed_chunks_follow_the_question_kind(kind, nth, expected):
    assert needed(_events((1, 3, 5), [0.95] * 3, kind=kind, nth=nth), 0.1) == expected


def test_all_values_are_needed_when_the_question_asks_for_all():
    assert sorted(needed(_events((1, 3, 5), [0.95] * 3, kind="all"), 0.1)) == [1, 3, 5]


def test_a_chunk_holding_two_of_all_the_asked_values_goes_before_one_holding_one():
    events = _events((1, 3, 3), [0.95] * 3, kind="all")
    assert needed(events, 0.1, "all") == [3, 1]
    assert needed(events, 0.1, "latest")[0] == 3  # the last write alone decides a latest question


def test_a_withdrawal_puts_the_retraction_and_the_value_it_withdrew_first():
    assert needed(_events((1, 4), [0.95, 0.0], [0.0, 0.95]), 0.1) == [4, 1]


def test_a_doubtful_later_write_lowers_an_earlier_one_without_displacing_it():
    events = _events((1, 4), [0.95, 0.3])
    assert needed(events, 0.1) == [1, 4]
    assert events[0].belief == pytest.approx(0.95 * 0.7) and events[1].belief == pytest.approx(0.3)


def test_beliefs_of_the_nth_write_sum_to_the_chance_there_are_n_writes():
    write = np.array([0.9, 0.5, 0.8, 0.6])
    second = beliefs(write, np.zeros(4), "nth", 2)
    # P(at least two writes) = 1 - P(none) - P(exactly one)
    none = np.prod(1 - write)
    one = sum(write[i] * np.prod(np.delete(1 - write, i)) for i in range(4))
    kth = np.array([write[i] * sum(write[j] * np.prod(np.delete(1 - write[:i], j)) for j in range(i)) for i in range(4)])
    assert kth.sum() == pytest.approx(1 - none - one)
    assert np.all(second >= kth - 1e-12)


def test_every_asks_all_values_only_when_it_counts_the_thing_asked():
    assert asks_every("List every platform train 4A30 has had.") and asks_every("What were all the seats Ana held?")
    assert asks_every("Of all the route values gritter GV7932 has had, which came first?")
    # "every" / "all" counting the records read, not the values asked, asks for one value
    assert not asks_every("What determination does sheet HBK0460282 have once every record, to the last, has been applied?")
    assert not asks_every("After all the requests above, which seat does Ana hold?")
    models = load_slot_models(str(SLOT_WEIGHTS["static"]))
    encoder = shared_encoder("static")
    kind = lambda q: models.kind.classes[int(models.kind(kind_features(q, encoder.query(q)))[0].argmax())]
    assert kind("What platform does train 4A30 have at the end of all these papers?") == "latest"
    assert kind("List every platform train 4A30 has had.") == "all"


def test_focus_adverbs_of_a_question_name_no_key():
    # "Only one mention ..." beside a look-alike "For practice only, ...": the look-alike named more of the question's words
    assert content_words("Only one mention of a glaze for pot BQ-2808B is real; just name it.") == ["mention", "glaze", "pot", "BQ", "2808B", "real"]


def test_identifier_keys_read_as_words_and_question_phrasing_names_no_key():
    assert readable("sable.pinned_release = v4; MAX_RETRY_COUNT=3; seatPrice") == "sable pinned release = v4; MAX RETRY COUNT=3; seat Price"
    asked = content_words("If you had to fill in the Lantern seat price on a form, what would you write?")
    assert key_words(asked, [sentence_stems("lantern.seat_price = 40"), sentence_stems("We write essays.")]) == ["Lantern", "seat", "price"]


def test_ordinals_are_read_from_the_question():
    questions = ("What was it originally?", "the third one", "What is it now?", "Counting the original as the first, what was value number 3?", "the 2nd",
                 "What was it after it had been changed twice?", "after being updated 3 times", "What was it before anyone edited it?",
                 "What was it before the last update?", "Name the spot it started out with.", "Which seat did it have to start with?",
                 "Which one does it start with on Mondays now?")
    assert [ordinal(q) for q in questions] == [1, 3, None, 3, 2, 3, 4, 1, None, 1, 1, None]
    # counts of changes and idioms of the start
    counted = ("Which depot did it have after exactly two changes?", "Where was it after one move?",
               "Which depot did it have following change number 3?", "What was entry 4 in its history?", "Where was it at the very beginning?",
               "Which depot did its opening record give?", "Before any swaps, where was it?", "Before it was ever reassigned, where was it kept?",
               "Where is it after the change?")
    assert [ordinal(q) for q in counted] == [3, 2, 4, 4, 1, 1, 1, 1, None]
    # idioms of the start, and the value set n times (the n-th, where n changes give the (n + 1)-th)
    started = ("Which carp did pond P-2 begin with?", "Who was the opening act on stage S1?", "Which hen was logged for coop C-8 before any other?",
               "Which roast opened the history of bin B-1?", "Once 3 entries had been made for vault V-3, which reel did it hold?",
               "What glaze did kiln K-2 hold once it had been assigned twice?", "Which tenant was in place after exactly 2 assignments?",
               "Looking at vat V-21, which brew was assignment #4?")
    assert [ordinal(q) for q in started] == [1, 1, 1, 1, 3, 2, 2, 4]
    assert Hybrid().slots.read("Which roast opened the history of bin B-1?", []).kind == "nth"
    # a count given as a number decides the kind even where the question also lists every value
    listing = "Listing each platform train 3P34 has had in order, which one sits in place 2?"
    assert ordinal(listing) == 2 and numbered(listing) and not numbered("Of all its platforms, which came first?")
    chunks = _story("Train 3P34 departs from platform 2a.", "Train 3P34 now departs from platform 8a.", "Train 3P34 departs from platform 16d.")
    reading = Hybrid().slots.read(listing, chunks)
    assert (reading.kind, reading.nth) == ("nth", 2) and reading.needed[0] == 3
    # the number that counts ("number 2") is not the key's mark: the twin (one letter off) stays another key
    assert count_words("Station GI3QXL has held several frequencies; which one was number 2?") == {"2"} and count_words("the 3rd") == {"3rd"}
    chunks = _story("Station GI3QXL was given the net frequency 430.3125 MHz.", "Over time station GI3QIL has held several net frequencies, now 432.2250 MHz.",
                    "Station GI3QXL moved from 430.3125 to 432.9375 MHz.")
    reading = Hybrid().slots.read("Station GI3QXL has held several net frequencies over time; which one was number 2?", chunks)
    assert reading.needed[0] == 5 and 3 not in reading.needed



def test_a_lone_letter_of_a_code_names_the_key_and_one_outside_a_code_does_not():
    assert content_words("What does tank TKR74-P hold now?") == ["tank", "TKR74", "P", "hold"]
    assert content_words("Tank TKR74-M holds 4 A.") == ["Tank", "TKR74", "M", "holds", "4"]

def test_a_lone_digit_names_the_key_and_a_sentence_without_it_is_another_entity():
    assert content_words("the channel of access point 3") == ["channel", "access", "point", "3"]
    chunks = _story("The Wi-Fi channel of access point 3 is 44.", "The Wi-Fi channel of access point 4 is 108.")
    reading = Hybrid().slots.read("What is the Wi-Fi channel of access point 3 now?", chunks)
    assert reading.needed == [1]


def test_a_form_is_read_as_one_record_and_its_new_value_binds():
    form = "Ticket 88\nAsset: Kiln B\nProperty: firing limit\nNew setting: 1180 C\nOld setting: 1240 C\nDone."
    assert records(form) == ["Ticket 88", "Asset: Kiln B; Property: firing limit; New setting: 1180 C; Old setting: 1240 C", "Done."]
    assert records("- id: 1\n  name: a\n- id: 2\n  name: b") == ["- id: 1; name: a", "- id: 2; name: b"]
    assert records("Ana 08:03 > hello\nBo 08:04 > hi") == ["Ana 08:03 > hello", "Bo 08:04 > hi"]  # a time is no label
    call = "Ann: Hello, is this the desk for changes?\nDesk: Yes.\nAnn: Kiln B now fires at 1180 C from Monday.\nDesk: Noted."
    assert records(call) == ["Ann: Hello, is this the desk for changes?", "Desk: Yes.", "Ann: Kiln B now fires at 1180 C from Monday.", "Desk: Noted."]
    assert records('- item: "the kiln in shed 4"\n  limit: "1180 C"') == ['- item: "the kiln in shed 4"; limit: "1180 C"']  # quoted: a field
    chunks = _story("The firing limit of Kiln B is 1240 C.", form)
    assert Hybrid().slots.read("What firing limit applies to Kiln B today?", chunks).needed[0] == 3


def test_a_frame_reads_the_key_and_its_values_as_placeholders():
    key = ["exam", "seat", "Barnaby", "Oakes"]
    assert frame("note_26 = Barnaby Oakes's exam seat is Hall D/47.", key) == "note value = key is Hall value"
    # a mark with digits that is the key's own ("39-K-060") is key, not value; another entity's name stays
    item = ["aisle", "bin", "stock", "item", "39", "060"]
    assert frame("In a drill Mrs Abernethy said stock item 39-K-060's aisle bin was A32-05-C.", item) == \
        "In a drill Mrs Abernethy said key was value"
    # two differently worded records of one kind of write read alike, whatever key and value they name
    assert frame("Piers Ravensdale's exam seat is Hall B/59.", ["exam", "seat", "Piers", "Ravensdale"]) == \
        frame("Wilhelmina Oakes's exam seat is Hall F/37.", ["exam", "seat", "Wilhelmina", "Oakes"])


def test_committed_weights_record_their_training_data_and_held_out_accuracy():
    meta = json.loads(DEFAULT_WEIGHTS.read_text())["meta"]
    assert "slot_corpus" in meta["data"] and meta["seed"] >= 10_000_000
    assert min(meta["held_out_accuracy"].values()) > 0.8
    assert load_slot_models().role.classes == ["other", "bind", "withdraw", "lookalike"]


def test_preset_reader_choice():
    assert build_selector("hybrid").reader == "learned"
    with pytest.raises(Exception, match="reader"):
        build_selector({"selector": "hybrid", "params": {"reader": "magic"}})


def test_a_sentence_naming_an_earlier_value_beside_a_new_one_records_a_change():
    key = ["gate", "flight", "ZH", "204"]
    assert values_in("Comment 2 (16 Sep, 2024): flight ZH 204 boards at B23, 08:30.", {"gate", "flight", "zh", "204"}) == {"B23", "08:30"}
    sentences = ["Flight ZH 204 departs from gate A32.", "Comment 2: nobody thinks gate A32 is wrong for flight ZH 204.",
                 "Typo: the gate of flight ZH 204 should say B23, never A32.", "Comment 3: B23 it is."]
    assert replaced_values(sentences, key) == ["", "", "A32", ""]
    # A key's mark with a lone letter in it ("39-K-060": the letter names nothing) is the key's, not a value.
    item = ["stock", "item", "39", "060"]
    assert values_in("Stock item 39-K-060 sits in bin A36-04-B.", {"stock", "item", "39", "060"}) == {"A36-04-B"}
    assert replaced_values(["Stock item 39-K-060 sits in bin A36-04-B.", "In a drill we said stock item 39-K-060 was in A32-05-C."], item) == ["", ""]
    # The models alone put the first write first here; naming A32 beside B23 makes the second one the change.
    chunks = _story(*sentences[:1], "The flight ZH 204 gate A32 (a misprint) reads B23 in the final sheet.")
    question = "What gate does flight ZH 204 leave from now?"
    reading = Hybrid().slots.read(question, chunks)
    assert reading.needed[0] == 3 and [e.replaces for e in reading.events if e.chunk == 3] == ["A32"]
    assert Hybrid(slots={"replace_write": 0}).slots.read(question, chunks).needed[0] == 1


def test_a_change_that_drops_the_keys_field_still_continues_its_chain():
    key = ["market", "stall", "Delacroix", "Ironmongery"]
    texts = ["Delacroix Ironmongery has market stall S33.", "Delacroix Ironmongery sells hinges.",
             "Renumbering: Delacroix Ironmongery was S33, is S43.", "Delacroix Ironmongery: S43 and S33 both seen."]
    about = np.array([True, False, False, False])
    # the third names S33 beside a new value: it continues the chain; the fourth names no new value
    assert continued(texts, about, key).tolist() == [True, False, True, False]
    chunks = _story(texts[0], texts[2])
    question = "Which market stall is Delacroix Ironmongery on now?"
    assert Hybrid().slots.read(question, chunks).needed[0] == 3
    assert 3 not in Hybrid(slots={"follow_values": False}).slots.read(question, chunks).needed[:1]


def test_terse_records_before_a_change_join_the_chain_by_the_value_it_names_as_old():
    key = ["range", "lane", "Lena", "Baptiste"]
    texts = ["Lena Baptiste\tL16-A\tbooked", "Lena Baptiste\tL26-A\tleft L16-A", "Lena Baptiste\tL30-C\tbooked",
             "Lena Baptiste has left range lane L26-A behind and is at L19-B now."]
    chain = np.array([False, False, False, True])
    # followed back: L26-A leads to the second record, which names L16-A as its old value; L30-C is named by no change
    assert preceded(texts, chain, key).tolist() == [True, True, False, True]
    question = "Which range lane did Lena Baptiste start out with?"
    chunks = _story(f"\n{texts[0]}\n", f"\n{texts[1]}\n", texts[3])  # the records on lines of their own
    assert Hybrid().slots.read(question, chunks).needed[0] == 1
    assert 1 not in Hybrid(slots={"follow_values": False}).slots.read(question, chunks).needed[:1]


def test_a_value_a_later_change_names_as_old_was_written_by_the_sentence_that_first_gave_it():
    key = ["kiln", "shelf", "vase", "Ombra"]
    sentences = ["Vase Ombra sits on kiln shelf K-12.", "Rumour: vase Ombra might go to K-40.",
                 "Vase Ombra left K-12 for K-31.", "Move vase Ombra to K-50, out of K-31."]
    olds = replaced_values(sentences, key)
    assert olds == ["", "", "K-12", "K-31"]
    assert corroborated(sentences, olds, key) == {0, 2}  # K-40 is named as old by nothing: the rumour stays unsure
    # However hedged the first sentence reads, the change naming K-12 as old says vase Ombra really had it.
    chunks = _story("Someone may have put vase Ombra on K-12.", "The kiln shelf of vase Ombra changed from K-12 to K-31.")
    question = "Which kiln shelf did vase Ombra start out with?"
    assert Hybrid().slots.read(question, chunks).needed[:1] == [1]
    assert Hybrid(slots={"follow_values": False}).slots.read(question, chunks).needed[:1] == [3]


def test_a_tables_rows_are_read_under_its_heading():
    text = ("Notes from the desk.\n\nSIGN-UP SHEET: kiln shelves (one line each)\nVase Ombra ...... K-12\n"
            "Jug Selva ...... K-14\n\n** Vase Ombra :: kiln shelf K-12\n** Jug Selva :: kiln shelf K-14")
    rows = headed_records(text)
    assert ("Vase Ombra ...... K-12", "SIGN-UP SHEET: kiln shelves (one line each)") in rows
    assert ("Notes from the desk.", "") in rows
    stems = {stem(w) for w in ["kiln", "shelf", "vase", "Ombra"]}
    assert with_heading("Vase Ombra ...... K-12", "SIGN-UP SHEET: kiln shelves (one line each)", stems).startswith("SIGN-UP SHEET")
    # a first line that holds a value is the first row of a list, not its heading
    assert with_heading("** Jug Selva :: kiln shelf K-14", "** Vase Ombra :: kiln shelf K-12", stems) == "** Jug Selva :: kiln shelf K-14"
    question = "Which kiln shelf does vase Ombra have?"
    chunks = _story("Ombra is the blue vase.", "\n\nSIGN-UP SHEET: kiln shelves (one line each)\nJug Selva ...... K-14\nVase Ombra ...... K-12\n\n")
    assert Hybrid().slots.read(question, chunks).needed[:1] == [3]
    # a chunk cut inside the register still reads its rows under the heading of the chunk before
    texts = ["Notes.\n\nSIGN-UP SHEET: kiln shelves\nJug Selva ...... K-14\n", "Vase Ombra ...... K-12\n\nMore notes.", "\n\nEnd."]
    assert carried_headings(texts) == ["", "SIGN-UP SHEET: kiln shelves", ""]
    assert headed_records(texts[1], "SIGN-UP SHEET: kiln shelves")[0] == ("Vase Ombra ...... K-12", "SIGN-UP SHEET: kiln shelves")


def test_the_keys_mark_decides_its_words_even_when_a_twins_record_names_more_of_them():
    asked = ["lock", "chamber", "barge", "ZP973"]
    twin, own = sentence_stems("Barge ZP573 has LC-W9 for its lock chamber."), sentence_stems("Realloc: barge ZP973 gets LC-N4")
    assert key_words(asked, [twin, own]) == ["barge", "ZP973"]
    assert key_words(asked, [twin]) == ["lock", "chamber", "barge"]  # no sentence names the mark: the most-named words
    # a capital on the question's first word is not a name
    assert key_words(["Reading", "lock", "chamber", "barge", "ZP973"], [own]) == ["barge", "ZP973"]


def test_names_given_in_passing_are_values_and_their_chain_is_followed():
    key = {"gritter", "gv7932", "rout"}
    assert values_in("A. Gritter GV7932 runs the Garrowby run, which supersedes Rudby circuit.", key) == {"Garrowby", "Rudby"}
    assert values_in("ALC+GV7932+Pellow link'", key) == {"Pellow"}  # fields apart by "+"
    # not a sentence's or a field's first word, not the key's, not part of a numbered value ("Sheet G 17:00")
    assert values_in("Entered today: Team Halcrow is drawn on Sheet G 17:00, as agreed with the Loch Venn club.", {"team", "halcrow"}) == {"17:00", "Loch Venn"}
    # after a field's label or an arrow a name of several words is the value whole; a lone capital after a label is not
    assert values_in("GB22-N-40407: Kirkstall Stud Loft -> Cragside Lofts", {"gb22", "n", "40407"}) == {"Kirkstall Stud Loft", "Cragside Lofts"}
    assert values_in("S: Word in the canteen is that host X holds 10.2.3.4", {"host"}) == {"10.2.3.4"}
    # a neighbouring field's number is no part of a name: a CSV row's fields are apart
    assert values_in("HBK5651118,Callitriche rivularis,amended,was Potamogeton sylvatica", {"hbk5651118"}) == {"Callitriche", "Potamogeton"}
    # a person is who acts, not what is held: titled, or owning something
    assert values_in("In the mock drill on Dr Okonkwo's sheet, by order of Sister Bridget, we gave it Pond Close.", set()) == {"Pond Close"}
    # a name numbered by a small number is one value ("Holly 7" is not "Holly 1"); so is a number marked with "#"
    guest = {"konstanz", "hetherington", "seat"}
    assert values_in("0001  Konstanze Hetherington   Holly 7    RESTOWED, WAS Sorbus 1", guest) == {"0001", "Holly 7", "Sorbus 1"}
    assert values_in("TLM-9633H   plate compactor #92   RESTOWED, WAS carpet cleaner #36", {"tlm", "9633h"}) == {"#92", "#36"}
    assert replaced_values(["Guest Konstanze Hetherington has seat Holly 1.", "Now Holly 7, was Holly 1: Konstanze Hetherington."], list(guest)) == ["", "Holly 1"]
    # a heading naming a place still heads its rows; one with a number is a row
    assert with_heading("- pitch P-E33: Maier", "Handover notes, the Saturday market", {"market", "pitch", "maier"}).startswith("Handover")
    question = "Which field is combine Ideal 9208 cutting now?"
    texts = ["Combine Ideal 9208 is cutting the field Upper Acre.", "Ideal 9208 moved off Upper Acre and onto Pond Close."]
    assert replaced_values(texts, ["field", "combine", "Ideal", "9208"]) == ["", "Upper Acre"]
    reading = Hybrid().slots.read(question, _story(*texts))
    assert reading.needed[0] == 3 and [e.replaces for e in reading.events if e.chunk == 3] == ["Upper Acre"]


def test_tokens_that_label_records_are_not_values():
    # "m1" opens every mutation, the asked key's and others': read as a value, each record "replaced" the one before
    texts = ['m1: assignSeat(holder: "Ada Lark", value: "AL-12") { ok }', 'm1: assignSeat(holder: "Ada Lerk", value: "RW-40") { ok }',
             'm1: reassignSeat(holder: "Ada Lark", from: "AL-12", to: "WN-08") { ok }']
    about = np.array([True, False, True])
    labels = record_labels(texts, about, {"ada", "lark", "seat"})
    assert labels == {"m1"}
    valued = unlabelled(texts, labels)
    assert replaced_values([valued[0], valued[2]], ["Ada", "Lark", "seat"]) == ["", "AL-12"]
    assert replaced_values([texts[0], texts[1]], ["Ada", "Lark", "seat"]) == ["", "m1"]  # the twin's record "replaced" the key's
    # a value in three records of the asked key alone is still a value
    assert record_labels(["Seat B12 for Ada.", "Ada moved from B12 to C40.", "Ada, was B12, now C40."], np.array([True] * 3), {"ada"}) == set()


def test_a_sentence_with_the_keys_mark_and_a_value_of_its_form_is_about_the_key():
    key = ["fermenting", "vessel", "brew", "8685"]
    texts = ["Brew 8685 goes into FV-39.", "Brew 8685's fermenting vessel is FV-41.",
             "Brew 8685 was bottled on day 214.", "Brew 8658 goes into FV-12."]
    assert shape("FV-39") == shape("FV-120") == "AA-9" and shape("FV-39") != shape("214")
    assert shape("Corran Voyager") == shape("Tarbert Herald") == "Aa Aa" != shape("Ailsa")  # lengths are no form
    assert shape("144.154 MHz") == shape("18.458 MHz") == "9.9 AAa"
    ships = ["Berth HD5-05 takes the Corran Voyager as its vessel.", "HD5-05: Tarbert Herald  # new entry", "HD5-06: Tarbert Herald"]
    assert kindred(ships, np.array([True, False, False]), ["vessel", "berth", "HD5", "05"]).tolist() == [False, True, False]
    # the first leaves the field unsaid; the third's value has another form (a sibling field); the fourth is a twin
    assert kindred(texts, np.array([False, True, False, False]), key).tolist() == [True, False, False, False]
    # a mark of the field ("3D-printer bay") admits a sentence only beside the holder's names
    bays = ["Lina Harrow should try 3D-printer bay PB-10h.", "Ivar Pettersen was given 3D-printer bay PB-25b.",
            "Lina Harrow moved into 3D-printer PB-31c."]
    assert kindred(bays, np.array([True, False, False]), ["3D", "printer", "bay", "Lina", "Harrow"]).tolist() == [False, False, True]
    question = "Which fermenting vessel did brew 8685 have first?"
    chunks = _story(texts[0], texts[1])
    assert Hybrid().slots.read(question, chunks).needed[0] == 1
    assert 1 not in Hybrid(slots={"follow_values": False}).slots.read(question, chunks).needed[:1]


def test_a_sentence_led_by_a_pronoun_is_read_with_the_one_before_it():
    assert records("Gondolin outgrew Enc-5L. It is at Enc-2D now.") == ["Gondolin outgrew Enc-5L. It is at Enc-2D now."]
    # a possessive names the same holder: "Its vessel" is berth B4's
    assert records("A new page was opened for berth B4. Its vessel is the Pladda Voyager.") == [
        "A new page was opened for berth B4. Its vessel is the Pladda Voyager."]
    # a new record, a field run or a pronoun naming a thing ("It is a ...") starts afresh
    assert records("Gondolin outgrew Enc-5L. It is a slow tortoise.") == ["Gondolin outgrew Enc-5L.", "It is a slow tortoise."]
    assert records("Pen: 4\nIt moved.")[0] == "Pen: 4"
    # a long pronoun-led sentence is the surrounding text's next thought, not the record's continuation
    essay = "They were, as a rule, not better at it than the people who had come before them, only luckier."
    assert records(f"The bakery switched its gate code to UG-1663. {essay}") == ["The bakery switched its gate code to UG-1663.", essay]


def test_an_unsure_question_kind_weighs_each_reading_so_the_last_write_still_leads():
    chunks = _story("Brew 8685's fermenting vessel is FV-41.", "Brew 8685's fermenting vessel was changed to FV-39.")
    question = "Which fermenting vessel does brew 8685 have at the end of all the changes?"
    reading = Hybrid().slots.read(question, chunks)
    belief = {e.chunk: e.belief for e in reading.events}
    # read as "all" alone, both writes would be needed alike; as latest-or-all, the last write is needed more
    assert reading.needed[0] == 3 and belief[3] - belief[1] > 0.2


def test_chunk_columns_give_learned_the_readers_view_of_each_chunk():
    chunks = _story("The gate code of the Fennel Road garage is QX-4410.", "The gate code of the Fennel Road garage was replaced with LM-2093.")
    reading = Hybrid().slots.read("What is the gate code of the Fennel Road garage now?", chunks)
    match, bind, withdraw, lookalike, belief, top = reading.chunk_columns(len(chunks))
    assert len(match) == len(chunks) and match[0] == match[2] == 0  # no event in filler chunks
    assert bind[3] > 0.5 and belief[3] > belief[1] and list(top) == [0, 0, 0, 1, 0]
    assert all(0 <= x <= 1 for column in (withdraw, lookalike) for x in column)


def test_names_match_whole_and_common_words_by_their_start():
    asked = {stem(w) for w in content_words("Which berth does the Blackmoor ferry use after the change?")}
    assert "blackmoor" in asked and not asked & sentence_stems("The Blackmere ferry moved berth.") - {"berth", "ferry"}
    assert {"blackmoor", "change"} <= asked & sentence_stems("Changes: the Blackmoor ferry now uses berth 4.")  # "Changes" ~ "change"
    chunks = _story("The Blackmoor ferry uses berth 4.", "The Blackmere ferry uses berth 9.")
    assert Hybrid().slots.read("Which berth does the Blackmoor ferry use now?", chunks).needed == [1]


def test_a_title_does_not_end_a_sentence_before_a_name():
    assert pieces("Ask Dr. Marcotti about room 12. Then Prof. Lee. Done.") == ["Ask Dr. Marcotti about room 12.", "Then Prof. Lee.", "Done."]


def test_an_initial_does_not_end_a_sentence_before_a_name():
    # "plot-holder B. Oyelaran" split at the initial left "Oyelaran into plot E47a." without its hedge
    text = "A note never sent pencilled plot-holder B. Oyelaran into plot E47a. J. R. Okafor keeps plot W2. Done."
    assert pieces(text) == ["A note never sent pencilled plot-holder B. Oyelaran into plot E47a.", "J. R. Okafor keeps plot W2.", "Done."]
    assert pieces("It went to bay 4A. Then it moved.") == ["It went to bay 4A.", "Then it moved."]  # a mark is no initial


def test_a_dot_leader_joins_a_row_and_an_ellipsis_still_ends_a_sentence():
    row = "Glass beaker 1979.29 ............. Gal.2/48"
    assert pieces(f"Cases on loan. {row}\nI waited... Then it came.") == ["Cases on loan.", row, "I waited...", "Then it came."]


def _depot_story(heading: str):
    """Tram 4471's depot given plainly, then again in a letter under ``heading``."""
    letter = f"\n\n{heading}\nTo the depot clerk,\nTram 4471 is now housed at Quarry Lane depot.\nRegards,\n\n"
    return _chunks(FILLER, FILLER + "\n\nTram 4471 was housed at Gorse Hill depot on delivery.\n\n" + FILLER, FILLER * 2,
                   FILLER + letter + FILLER, FILLER * 2)


def test_a_negating_heading_voids_the_records_under_it_and_a_plain_one_does_not():
    question = "Which depot is tram 4471 housed at now?"
    voided = Hybrid().slots.read(question, _depot_story("UNSENT - drafted by the intern, never posted"))
    assert [e.action for e in voided.events if e.chunk == 3] == ["refused"] and voided.needed[0] == 1
    plain = Hybrid().slots.read(question, _depot_story("Copied off the depot noticeboard:"))
    assert [e.action for e in plain.events if e.chunk == 3] == ["write"] and plain.needed[0] == 3


def _console_story(note: str, twice: bool):
    """Tram 4471's depot given plainly, then again on a console with ``note`` under it (and, if ``twice``, tram
    5190's on another console with the same note)."""
    console = "\n\nDepot clerk's console\nTram {tram} is now housed at {depot} depot.\n" + note + "\n\n"
    other = console.format(tram=5190, depot="Mill Lane") if twice else "\n\n"
    return _chunks(FILLER, FILLER + "\n\nTram 4471 was housed at Gorse Hill depot on delivery.\n\n" + FILLER, FILLER + other + FILLER,
                   FILLER + console.format(tram=4471, depot="Quarry Lane") + FILLER, FILLER * 2)


@pytest.mark.parametrize("note", ["Dry run only: nothing was written to the register.", "Error: the register is read-only; nothing was saved."])
def test_a_negating_note_beside_a_record_voids_it_unless_the_document_repeats_it(note):
    question = "Which depot is tram 4471 housed at now?"
    voided = Hybrid().slots.read(question, _console_story(note, twice=False))
    assert [e.action for e in voided.events if e.chunk == 3] == ["refused"] and voided.needed[0] == 1
    # The same line under two consoles is the console's boilerplate, said of every record alike: it voids neither.
    repeated = Hybrid().slots.read(question, _console_story(note, twice=True))
    assert [e.action for e in repeated.events if e.chunk == 3] == ["write"] and repeated.needed[0] == 3



def test_a_note_line_that_reads_as_a_reason_voids_the_record_without_a_negation_and_a_plain_one_does_not():
    question = "Which depot is tram 4471 housed at now?"
    voided = Hybrid().slots.read(question, _console_story("Hypothetical case for the budget meeting.", twice=False))
    assert [e.action for e in voided.events if e.chunk == 3] == ["refused"] and voided.needed[0] == 1
    assert [e.voided_by for e in voided.events] == ["", "Hypothetical case for the budget meeting."]
    assert any("voided by the note 'Hypothetical case" in line for line in Hybrid().explain(question, _console_story("Hypothetical case for the budget meeting.", twice=False)))
    plain = Hybrid().slots.read(question, _console_story("Checked by the depot clerk at noon.", twice=False))
    assert [e.action for e in plain.events if e.chunk == 3] == ["write"] and plain.needed[0] == 3
    # Without a cue only negating notes void (the learned selector's reader); a mapping changes only what it names.
    assert Hybrid(slots={"note_cue": None}).slots.read(question, _console_story("Hypothetical case for the budget meeting.", twice=False)).needed[0] == 3


def test_the_notes_that_tell_on_a_record_are_all_of_them_if_they_negate_else_its_best_cued_line():
    cues = {"CONSOLE": 0.2, "rehearsal only": 0.9, "saved at 09:14": 0.1, "quiz key": 0.95}
    assert telling_notes("CONSOLE", "nothing was saved", cues, 0.85) == ("CONSOLE", "nothing was saved")
    assert telling_notes("CONSOLE\nrehearsal only", "saved at 09:14", cues, 0.85) == ("rehearsal only", "")
    assert telling_notes("CONSOLE", "saved at 09:14\nquiz key", cues, 0.85) == ("", "quiz key")
    assert telling_notes("CONSOLE\nrehearsal only", "", cues, 0.95) is None
    assert telling_notes("", "", {}, 0.85) is None

def test_a_block_notes_are_its_lines_without_values_once_in_the_document():
    document = "Intro.\n\nCONSOLE\nstarted 09:14\nTram 4471 is housed at Quarry Lane.\nnothing was saved\nQuiet.\n\nOther\nQuiet.\n"
    at = document.index("Tram 4471")
    assert block_notes(Document(document), at, "Tram 4471 is housed at Quarry Lane.", "CONSOLE", {"tram", "4471"}) == ("CONSOLE", "nothing was saved")


def test_a_questions_marks_alone_are_the_key_where_no_sentence_names_two_of_its_words():
    words = ["earliest", "destination", "record", "bus", "BF85N25"]
    log = [sentence_stems("2025-08-10T09:50:56Z INFO depot: BF85N25 -> Mill Lane Retail Park (new)"),
           sentence_stems("BF85N25\tNettleham Circular\tin place of Gorse Lane Interchange")]
    assert marked_key_words(words, log) == ["BF85N25"]
    # a sentence naming two of the words still decides, as ``key_words`` does
    assert marked_key_words(words, log + [sentence_stems("Bus BF85N25's destination is Mill Lane.")]) == ["destination", "bus", "BF85N25"]


def test_a_columns_gap_or_dot_leaders_end_a_names_field():
    key = {"allotment", "plot", "ap808", "dq"}
    row = "1    Transfer of allotment plot AP808-DQ from Lorcan Drinkwater to Rosalind Lammas  ....  8.50"
    assert values_in(row, key) == {"Lorcan Drinkwater", "Rosalind Lammas", "8.50"}
    assert values_in("Team Halcrow drawn on Sheet G 17:00", {"team"}) == {"Halcrow", "17:00"}  # a number in the same field still binds


def test_a_record_lacking_one_of_the_keys_marks_with_digits_cannot_start_its_chain():
    """A twin one octet apart reads alike; its later move names its own earlier value, which must not make it the key's."""
    question = "What address lease is host 3C:22:A2:32:3B:71 said to have?"
    chunks = _chunks(FILLER, FILLER + "\n\nHandy to know: the vendor says host 3C:22:A2:32:3B:71 holds the address 10.31.181.28 these days.\n\n" + FILLER,
                     FILLER + "\n\nS: With effect from this shift, host 3C:22:A2:82:3B:71 holds the address 10.16.163.252.\n\n" + FILLER,
                     FILLER + '\n\n{"op": "move", "mac": "3C:22:A2:82:3B:71", "ipv4": "10.19.19.224", "replacing": "10.16.163.252"}\n\n' + FILLER, FILLER)
    reading = Hybrid().slots.read(question, chunks)
    assert [e.chunk for e in reading.events] == [1] and reading.needed == [1]


def test_with_no_event_believed_needed_the_records_about_the_key_go_first():
    events = [SlotEvent(4, "", "ignored", {}, 0.9), SlotEvent(7, "", "refused", {}, 0.99), SlotEvent(2, "", "write", {}, 0.95), SlotEvent(5, "", "ignored", {}, 0.3)]
    assert needed(events, 0.02) == [] and mentioned(events, 0.5) == [2, 4]


def test_a_bracketed_part_belongs_to_a_value_and_a_bracket_around_it_does_not():
    key = {"lighthouse", "lamp", "lh", "rhr", "12", "flash", "charac"}
    change = "From today lighthouse lamp LH-RHR-12 answers to flash character LFl(5)R.15s (formerly Oc(2)R.10s)"
    assert values_in(change, key) == {"LFl(5)R.15s", "Oc(2)R.10s"}


@pytest.mark.parametrize("question, previous", [
    ("What was the last-but-one queen line of beehive HV-B4Q69?", True), ("Which penultimate vessel did berth B4 hold?", True),
    ("Name the second-to-last firmware of rack R7.", True), ("What came next to last for tram 4471?", True),
    ("Which depot was tram 4471 at one before the current one?", True),
    ("What was the last depot of tram 4471?", False), ("What was the second depot of tram 4471?", False),
    # the value one step behind the one named as the latest, in idioms that name no "previous"
    ("Which depot did tram 4471 use just ahead of its present one?", True), ("Step back one change: where was tram 4471 kept?", True),
    ("Which depot did the newest record for tram 4471 replace?", True), ("What depot did tram 4471 give up when it moved to its current one?", True),
    ("Setting aside where tram 4471 is now, which depot held it before that?", True),
    ("Which flight preceded the present one at stand S-9?", True), ("Who preceded today's tenant of locker L-1?", True),
    ("The newest entry for pen P-5 displaced which ram?", True), ("If the last change to stall S-7 were undone, which pony would come back?", True),
    ("Leaving the latest aside, which gallery did crate C-8 hold last?", True), ("Ignoring the newest entry, name the meter gauge G-2 carried last.", True),
    ("What depot is tram 4471 at now?", False), ("Which depot was tram 4471 in before it was ever moved?", False),
    ("Before anything changed, which depot had tram 4471?", False), ("What depot replaced the old one for tram 4471?", False),
])
def test_idioms_of_the_value_before_the_latest_ask_for_the_previous_one(question, previous):
    assert before_last(question) is previous


def test_a_last_but_one_question_reads_the_value_before_the_latest():
    story = _chunks(FILLER, FILLER + "\n\nTram 4471 was housed at Gorse Hill depot.\n\n", FILLER + "\n\nTram 4471 is now housed at Quarry Lane depot.\n\n",
                    FILLER + "\n\nTram 4471 is now housed at Mill Lane depot.\n\n", FILLER)
    reading = Hybrid().slots.read("Which depot was tram 4471 housed at last-but-one?", story)
    assert reading.kind == "previous" and reading.needed[:2] == [2, 3]


@pytest.mark.parametrize("question, holder", [
    ("Only one entry for ferry berth BTH75-S07 counts. Which vessel does it give?", {"ferry", "berth"}),
    ("What is the queen line of beehive HV-Z9V46 that is in force?", {"beehiv"}),  # past the mark's lettered part
    ("Which home depot does tram TR9552 have?", {"tram"}),
    ("What draw slot was Team Lockerbie really given?", set()),  # no mark with digits
])
def test_the_words_before_a_mark_name_the_holders_kind(question, holder):
    assert holder_words(question, content_words(question)) == holder


def test_a_record_naming_the_mark_without_the_holders_kind_counts_fully():
    story = _chunks(FILLER, FILLER + "\n\nFerry berth BTH75-S07 is given vessel Morven Trader.\n\n" + FILLER,
                    FILLER + "\n\nBTH75-S07 now carries vessel Pladda Voyager in the register.\n\n" + FILLER, FILLER)
    reading = Hybrid().slots.read("Which vessel does ferry berth BTH75-S07 have now?", story)
    assert reading.needed[0] == 2  # the later record is the latest write, though it leaves "ferry berth" out


@pytest.mark.parametrize("heading, negates", [
    ("UNSENT - drafted by the intern, never posted", True), ("Sandbox: nothing here is live", True),
    ("we can't file this yet", True), ("no entry below was applied", True),
    ("Circular No. 12 from the depot office", False), ("bulletin no. 22", False), ("Copied off the noticeboard:", False),
])
def test_what_counts_as_a_negating_heading(heading, negates):
    assert bool(_NEGATED.search(heading)) is negates


def test_a_clauses_number_is_no_value():
    text = "6.1 This schedule amends the depot register. 6.2 Tram 4471 shall be housed at bay 3.36 B."
    assert values_in(text, {"tram", "4471"}) == {"3.36"}
    assert values_in("Berth 12.4 North takes the Morwenna", {"berth"}) == {"12.4", "Morwenna"}  # a number inside a sentence still counts


def test_the_keys_own_mark_beside_a_name_does_not_make_it_part_of_a_number():
    key = {"sheet", "hbk0460282"}
    assert values_in("<fen_botanist> update: sheet HBK0460282 Geranium arvensis -> Carex rivularis, done", key) == {"Geranium", "Carex"}
    # another number beside a name still makes it part of that value
    assert values_in("update: sheet HBK0460282 goes to Sheet G 17:00", key) == {"17:00"}


def test_a_name_of_several_words_opening_a_sentence_is_read_whole_too():
    key = {"tram", "tr2156", "home", "depot"}
    assert values_in("Fenwick Works, previously Oldfield Depot, is what tram TR2156 has as its home depot now.", key) == {"Fenwick Works", "Works"}
    assert values_in("Now Holly 7 is hers.", set()) == {"Holly 7"}  # a numbered name keeps its number, not the opening word
    assert values_in("Comment 2 (16 Sep)", set()) == set()


@pytest.mark.parametrize("question, several", [
    ("Which seats has tram 4471 had, oldest first?", True), ("List every depot of tram 4471.", True),
    ("Which depots were given to tram 4471 over the years?", True), ("Name each depot tram 4471 has used.", True),
    ("Which depot holds tram 4471 once every record above is read?", False),
    ("Which depot stands for tram 4471 when the last of these notes has been read?", False),
    ("Of all the depot values named for tram 4471, which one really took effect?", False),
    ("Of all the values named next to tram 4471, which depot is the real one?", False),
    ("Of all the depot values tram 4471 has had, which came first?", False),
    ("What address does tram 4471's driver have?", False),
])
def test_a_listing_asks_for_several_values_and_never_singles_one_out(question, several):
    assert asks_several(question) is several


def test_a_question_after_one_value_is_never_read_as_a_listing():
    question = "Which platform stands for train 3P34 when the last of these notes has been read?"
    chunks = _story("Train 3P34 departs from platform 2a.", "Train 3P34 now departs from platform 8a.")
    assert Hybrid().slots.read(question, chunks).kind != "all"


@pytest.mark.parametrize("question, wary", [
    ("Which permit number genuinely took effect for parking bay PB-WC708?", True),
    ("Name the gearbox actually on record for wind turbine WTG-79J29, ignoring games and guesses.", True),
    ("Setting aside anything that never took effect, what is the key card of hotel room RM385-VB?", True),
    ("What fuel card is officially on record for fleet van XD28 CPZ?", True),
    ("What serial was properly registered for mast GM-1?", True), ("Which owl is on file for perch P-9 in earnest?", True),
    ("Discounting jokes and quizzes, which licence belongs to crane C-5?", True), ("Only one line for drawer D-7 counts. What does it give?", True),
    ("What is the true resident of pen P-2?", True),
    ("What clone is currently in force for vine row VR-C70-33?", False),  # the current value, no warning
    ("What is the valid shift start for Bastien Delacroix?", False),
    ("Leaving aside the latest change, what bus stop had pupil Dmitri Wainwright been on?", False),
])
def test_a_question_can_warn_that_some_records_never_took_effect(question, wary):
    assert warns_of_lookalikes(question) is wary


def test_word_values_read_as_placeholders_in_a_frame_as_digit_values_do():
    key = {stem(w) for w in ("kiln", "KN4-QV8", "glaze")}
    frames = {frame(nameless(f'<assign kiln="KN4-QV8" glaze="{v}"/>', key), ["kiln", "KN4-QV8", "glaze"]) for v in ("Cobalt Frost", "Shino Tide")}
    assert len(frames) == 1 and "Cobalt" not in frames.pop()
    # the shorter reading of a sentence-opening run goes first, so the verb before the name stays
    assert nameless("Booked Dabchick Maiden onto mooring M/MQ-582.", {stem("mooring")}).startswith("Booked V0 onto")


def test_a_wary_question_trusts_a_confident_write_over_a_half_believed_later_one():
    sentences = ["Lock 14 keeper: Ottoline Varga.", "Seven down: keeper of lock 14, answer Brannoch Wilde."]
    events = [SlotEvent(c, t, "write", {"bind": b, "withdraw": 0.0, "lookalike": 1 - b, "other": 0.0}, 1.0)
              for c, t, b in zip((1, 3), sentences, (0.99, 0.7))]
    def first(wary):
        write, retract = LearnedSlots()._history(events, ["lock", "14", "keeper"], np.zeros(2, dtype=bool), sentences, set(), wary)
        return [1, 3][int(beliefs(write, retract, "latest", None).argmax())]
    assert first(1.0) == 3 and first(4.0) == 1


def test_the_question_decides_whether_the_reader_is_wary():
    chunks = _story("The gate code of the Fennel Road garage is QX-4410.", "Table two's answer: Fennel Road garage, gate code LM-2093.")
    question = "What gate code does the Fennel Road garage use?"
    assert LearnedSlots().read(question, chunks).needed == LearnedSlots(wary_power=1.0).read(question, chunks).needed
    assert not any("warns" in line for line in Hybrid().explain(question, chunks))
    assert "the question warns of look-alikes: write probabilities raised to the power 3" in Hybrid().explain("What gate code does the Fennel Road garage really use?", chunks)



def test_a_wary_question_naming_no_count_asks_for_the_genuine_record_wherever_it_stands():
    chunks = _story("The gate code of the Fennel Road garage is QX-4410.", "Table two's answer: Fennel Road garage, gate code LM-2093.")
    wary = "Of all the gate codes named beside the Fennel Road garage, which one really took effect?"
    assert Hybrid().slots.read(wary, chunks).kind == "all" and LearnedSlots().read(wary, chunks).kind != "all"
    assert Hybrid().slots.read("What was the second gate code the Fennel Road garage really used?", chunks).kind == "nth"
    assert Hybrid().slots.read("What gate code does the Fennel Road garage use?", chunks).kind != "all"

def test_where_no_sentence_names_every_mark_the_ones_naming_its_codes_attest():
    words = ["transmitter", "ID", "weather", "buoy", "WB67", "F99"]  # "ID" reads as a name, and no record names it with F99
    twin = sentence_stems("Weather buoy WB67-F49 came up this week. Its transmitter ID will be TX9H-7465.")
    record = sentence_stems("Allocation of TX8Q-9206 to weather buoy WB67-F99 went through this morning.")
    assert key_words(words, [twin, record]) == ["weather", "buoy", "WB67", "F99"]
    # a count in the question ("after exactly 1 change") is no code: a list item's "1" attests nothing
    words = ["kayak", "rack", "Bartholomew", "Tremayne", "after", "exactly", "1", "change"]
    item = sentence_stems("1. Kayak rack KR-N/35 is free.")
    record = sentence_stems("Bartholomew Tremayne gets kayak rack KR-M/23.")
    assert key_words(words, [item, record]) == ["kayak", "rack", "Bartholomew", "Tremayne"]


def test_a_record_about_the_key_that_leaves_its_field_unsaid_counts_fully():
    texts = ["The band of studio booth BTHQ68N is Midnight Tides.",
             "Studio booth BTHQ68N was switched over to Rusty Satellites, leaving Midnight Tides behind.",
             "Updated at the counter: studio booth BTHQ68N now goes with Midnight Lanterns."]
    key = ["band", "studio", "booth", "BTHQ68N"]
    assert kindred(texts, np.array([True, True, True]), key).tolist() == [False, False, False]
    assert kindred(texts, np.array([True, True, True]), key, among_about=True).tolist() == [True, True, True]
    # the latest change names no "band", yet it is the change the question steps back from
    question = "What was the band of studio booth BTHQ68N prior to the latest change?"
    assert sorted(Hybrid().slots.read(question, _story(*texts)).needed[:2]) == [3, 5]


def test_a_slots_mapping_changes_only_the_hybrids_parameters_it_names():
    from lceval.selection.hybrid import HYBRID_SLOTS
    given = Hybrid(slots={"match_threshold": 0.6}).slots
    assert given.match_threshold == 0.6
    assert {name: getattr(given, name) for name in HYBRID_SLOTS} == HYBRID_SLOTS == {name: getattr(Hybrid().slots, name) for name in HYBRID_SLOTS}


def test_slot_weights_name_a_committed_file_or_a_path(tmp_path):
    from lceval.errors import LcevalError
    from lceval.selection.hybrid import HYBRID_SLOT_WEIGHTS
    from lceval.selection.slot_models import WEIGHTS_DIR, load_slot_models

    assert LearnedSlots(weights=HYBRID_SLOT_WEIGHTS).weights_file() == WEIGHTS_DIR / HYBRID_SLOT_WEIGHTS
    assert Hybrid().slots.weights_file() == WEIGHTS_DIR / HYBRID_SLOT_WEIGHTS and LearnedSlots().weights_file() == WEIGHTS_DIR / "slots_static.json"
    own = tmp_path / HYBRID_SLOT_WEIGHTS  # a file of the user's with a committed file's name is the user's
    own.write_text("{}")
    assert LearnedSlots(weights=str(own)).weights_file() == own
    with pytest.raises(LcevalError, match="no slot-model weights"):
        LearnedSlots(weights="no_such_slots.json").read("What is the gate code?", _story("The gate code is QX-4410.", "Nothing."))
    committed = load_slot_models(str(WEIGHTS_DIR / HYBRID_SLOT_WEIGHTS))  # what the hybrid reads, and how it was chosen
    assert committed.role_input == "both_pooled" and committed.meta["role_l2"] == 0.03
    assert set(committed.meta["leave_one_corpus_out"]) >= {"slot_corpus", "slot_corpus_wide", "slot_corpus_varied", "slot_corpus_lookalikes"}


def test_a_frame_ends_a_value_at_a_field_delimiter():
    """An HL7 segment or an EDIFACT line has no spaces: read as one digit-bearing token, the whole record was "value"."""
    assert frame("OBX|1|ST|BTHV85B^booth||Static Tides||||||F", ["band", "studio", "booth", "BTHV85B"]) == "OBX| value |ST| key ^ key ||Static Tides||||||F"
    assert frame("LIN+1++CAR-3W14' ASG+Barnaby Ashcombe'", ["reader", "carrel", "CAR", "3W14"]) == "LIN+ value ++ key ASG+Barnaby Ashcombe'"
    labelled = frame('LABEL org.register.holder="U42-RW28" org.register.asset_tag="AT-CW2071"', ["asset", "tag", "rack", "slot", "U42", "RW28"])
    assert labelled == 'LABEL org register holder=" key " org register key =" value "'
    assert frame("Light LFl(2)R.8s at 08:30, slot 06-06-21", ["light"]) == "key value at value , slot value"  # values keep their own brackets
