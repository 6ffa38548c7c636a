"""The hybrid's learned slot operations: what a sentence does to a key, which key it is about, what the question asks.

Three small linear models (softmax over standardised features, numpy at
inference, trained by ``lceval train-slots`` on the training-only phrasings of
``slot_corpus`` and essay sentences; weights in ``weights/slots.json``):

- ``role``: other / bind (sets a key to a value, first write or replacement) /
  withdraw (takes a value back without a new one) / lookalike (hedged,
  hypothetical, quoted, drafted, rumoured, asked, negated). Features: the
  sentence's all-MiniLM-L6-v2 embedding plus cheap cues (the old rule lists'
  verdicts are kept as features, not as decisions).
- ``match``: is this sentence about the key the question asks for? Features:
  embedding cosine with the question (tolerates paraphrase) and word overlap
  split into proper words (names, marks with digits: a different entity) and
  common words (an attribute may be paraphrased).
- ``kind``: latest / nth / previous / all, from the question's embedding and cue words;
  the ordinal itself ("second", "originally") is read by ``ordinal``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import LcevalError
from .encoder import pieces
from .patterns import VALUE as _VALUE
from .memory_slots import CONDITIONALS, HEDGES, SlotMemory, _RETRACTION

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
DEFAULT_WEIGHTS = WEIGHTS_DIR / "slots.json"
# The models read sentence embeddings, so each encoder has its own (``lceval train-slots --encoder``).
SLOT_WEIGHTS = {"minilm": DEFAULT_WEIGHTS, "static": WEIGHTS_DIR / "slots_static.json"}
ROLES = ("other", "bind", "withdraw", "lookalike")
# What the role model may read of a sentence (``SlotModels.role_input``).
ROLE_INPUTS = ("frame", "sentence", "both", "both_pooled")
KINDS = ("latest", "nth", "previous", "all")

_WORD = re.compile(r"[^\W_]+")  # "Delta's" -> "Delta", "s"; "on-call" -> "on", "call"; "seat_price" -> "seat", "price"
# Where an identifier joins words: snake_case, dotted.paths between letters, camelCase.
_JOINER = re.compile(r"(?<=[A-Za-z0-9])_+(?=[A-Za-z0-9])|(?<=[a-z])\.(?=[a-z])|(?<=[a-z])(?=[A-Z][a-z])")
_QUESTION_STOP = frozenset(
    """a an the of for to in on at by with from into about as and or if is are was were be been being it its
    their his her our your my this that these those what which who whom whose how when where why do does did
    has have had will would can could should i me we you they there here any some all every each ever one
    tell give name list please now currently current right today latest newest most recent end up value only just
    values mentioned provided text answer question given set use used have has say said""".split()
)
_CUE_PREVIOUS = re.compile(r"\b(?:previous|previously|prior|before|preceding|replaced|earlier|ago|used to|former)\b", re.I)
# "which value opened the history of X" asks for its first value, not the history.
_CUE_ALL = re.compile(r"\b(?:list|listing|(?<!opened the )(?<!opens the )(?<!began the )(?<!started the )history|values)\b", re.I)
_QUANTIFIED = re.compile(r"\b(?:all|every|each)\s+(?:(?:of\s+)?(?:the|its|their|these|those)\s+)?(\w+)", re.I)
_ASKED = re.compile(r"\b(?:what|which)\s+(?:(?:is|are|was|were|did|do|does|has|have)\s+)?(?:all\s+)?(?:(?:the|its|their)\s+)?(\w+)", re.I)
_CUE_LATEST = re.compile(r"\b(?:current|currently|now|latest|newest|final|today|end|still|present)\b", re.I)
_ORDINALS = (
    (1, r"first|originally|original|initially|initial|at the (?:very )?(?:start|beginning|outset)|to begin with|earliest"
        r"|start(?:ed|s)? (?:out|off)\b|to start with|opening (?:entry|record|line|assignment)|only at the beginning"
        r"|begin(?:s|ning)? with|(?:the|its) opening \w+|before any other|open(?:ed|s) (?:the|its) (?:history|record|list|log|register)"
        r"|before (?:anyone|anybody|anything|any|it was ever|it ever)\b[\w ]{0,20}?\b(?:chang|updat|edit|revis|amend|touch|alter|swap|mov|replac|reassign)\w*"),
    (2, r"second"), (3, r"third"), (4, r"fourth"), (5, r"fifth"),
)
_RULES = SlotMemory()


def readable(text: str) -> str:
    """Identifiers spelled as words ("sable.pinned_release" -> "sable pinned release"): keys in configs and code name the same thing as in prose."""
    return _JOINER.sub(" ", text)


def stem(word: str) -> str:
    """How a key's word is matched: a name or mark whole ("Blackmoor" is not "Blackmere", "Wierzbicki" not
    "Wierzbowski"), a common word by its first six letters ("changed" ~ "changes")."""
    return word.lower() if _proper(word) else word.lower()[:6]


def forms(word: str) -> set[str]:
    """The ways a text's word can match a key word's ``stem`` (sentence-initial capitals make any word look proper)."""
    return {word.lower(), word.lower()[:6]}


def content_words(text: str) -> list[str]:
    """The words that can name a key; a lone digit counts ("floor 3" is not "floor 4"), and so does a lone letter of
    a code with digits ("TKR74-P" is not "TKR74-M")."""
    coded = {part for code in _CODE.findall(text) if any(c.isdigit() for c in code) for part in re.split(r"[-/.]", code)}
    return [w for w in _WORD.findall(readable(text))
            if w.lower() not in _QUESTION_STOP and (len(w) > 1 or w.isdigit() or (w.isupper() and w in coded))]


_CODE = re.compile(r"[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)+")


# A "Label: value" line of a form, a YAML mapping or a header block (the colon followed by a space, so "08:03" is no label).
TURN_WORDS = 5  # a field's value is a few words ("Hall B/59", "firing limit"); a turn's is a sentence
_LABEL_LINE = re.compile(r"^\s*(?:- )?[A-Za-z][\w .'/-]{0,30}:\s+\S")


def records(text: str) -> list[str]:
    """What the slot models read of a chunk: its sentences, with each run of "Label: value" lines joined
    into one record, since a form's key and its new value sit on different lines.

    A labelled line whose value is a whole sentence (some words and a full stop, "!" or "?") is a turn
    (a speaker's line, a cell holding a note) rather than a field: it is read on its own, so one turn's
    framing (a greeting's question) never colours the next.
    """
    out: list[str] = []
    in_run = False
    for piece in pieces(text):
        field = bool(_LABEL_LINE.match(piece)) and not _is_turn(piece)
        if field and in_run and not piece.startswith("- "):  # "- " starts the next item of a list
            out[-1] += "; " + piece
        elif out and not field and _PRONOUN_START.match(piece) and out[-1][-1:] in ".!?" and len(piece.split()) <= CONTINUATION_WORDS:
            out[-1] += " " + piece  # "It is at Enc-2D now." goes on about the sentence before it
        else:
            out.append(piece)
        in_run = field
    return out


def headed_records(text: str, carried: str = "") -> list[tuple[str, str]]:
    """``records`` block by block (blocks end at a blank line), each with its block's heading: the first line
    of a block of several lines when it is short ("SIGN-UP SHEET: 3D-printer bays"), else "". A table's
    or register's rows name the holder and the value and leave the field to the heading. ``carried``: the
    heading of a block the text starts inside of (a chunk cut in the middle of a register)."""
    out: list[tuple[str, str]] = []
    for i, block in enumerate(_BLANK_LINE.split(text)):
        heading = carried if i == 0 and carried else block_heading(block)
        out += [(r, "" if r.startswith(heading) else heading) for r in records(block) if r]
    return out


def block_heading(block: str) -> str:
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    return lines[0] if len(lines) >= 2 and len(lines[0].split()) <= HEADING_WORDS else ""


def carried_headings(texts: list[str]) -> list[str]:
    """Per text of a tiling (chunks in order), the heading of the block it starts inside of ("" at a block's start)."""
    document = "".join(texts)
    starts = [0, *(m.end() for m in _BLANK_LINE.finditer(document))]
    out, at = [], 0
    for text in texts:
        block = bisect.bisect_right(starts, at) - 1
        inside = at > starts[block] and document[starts[block] : at].strip()
        out.append(block_heading(document[starts[block] : (starts + [len(document)])[block + 1]]) if inside else "")
        at += len(text)
    return out


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
HEADING_WORDS = 12


class Document:
    """A document's text with where its blocks start (a block ends at a blank line) and how often a text recurs."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0, *(m.end() for m in _BLANK_LINE.finditer(text))]
        self._counts: dict[str, int] = {}

    def block(self, at: int) -> tuple[int, int]:
        """(start, end) of the block holding ``text[at]``."""
        i = bisect.bisect_right(self.starts, at) - 1
        return self.starts[i], self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)

    def count(self, text: str) -> int:
        if text not in self._counts:
            self._counts[text] = self.text.count(text)
        return self._counts[text]


# A sentence whose subject is a pronoun or a possessive continues the one before it: read together, they name the
# key and what happened to it ("Gondolin outgrew Enc-5L. It is at Enc-2D now.", "... for berth B4. Its vessel is
# the Pladda Voyager."). A long one is rather the next thought
# of the surrounding text ("... gate code to UG-1663. They were, as a rule, not better at ..."), whose words
# would drown the record's own.
_PRONOUN_START = re.compile(r"(?:It|They|He|She|Its|Their|His|Her)\s+(?!is\s+(?:a|an|the)\b)\w")
CONTINUATION_WORDS = 15


def _is_turn(line: str) -> bool:
    value = line.split(":", 1)[1].strip()
    return value[-1:] in (".", "!", "?") and len(value.split()) >= TURN_WORDS


def sentence_stems(text: str) -> set[str]:
    """Every ``forms`` of every word of a text: intersect it with key words' ``stem``s."""
    return {f for w in _WORD.findall(readable(text)) for f in forms(w)}


def key_words(question_words: list[str], sentences: list[set[str]]) -> list[str]:
    """The question's words that name its key: those of the sentences naming the most of them (at least two).

    A word only the question's own phrasing uses ("fill in", "on a form") names no key, and counting it
    missing would reject every sentence about the key. With no such sentence, every word counts. Where some
    sentences name all the question's marks (names and codes: "ZP973"), only they attest: a twin's record
    ("barge ZP573 ... lock chamber") names more of the words but not the key. Where none names them all (a capitalised
    field, "transmitter ID", is no record's word), the sentences naming all its codes attest ("WB67-F99", not the twin
    "WB67-F49" whose next sentence names the ID).
    """
    asked = {stem(w) for w in question_words}
    found = [asked & s for s in sentences]
    marks = key_marks(question_words)
    codes = {stem(w) for w in question_words if any(c.isdigit() for c in w) and (len(w) >= 3 or not w.isdigit())}  # not "1 change"
    found = next((named for need in (marks, codes) if need and (named := [f for f in found if need <= f])), found)
    most = max(map(len, found), default=0)
    attested = set().union(*(f for f in found if len(f) == most)) if most >= 2 else asked
    return [w for w in question_words if stem(w) in attested] or question_words


def holder_words(question: str, q_words: list[str]) -> set[str]:
    """Stems of the key's words that say what kind of thing the holder is: at most two just before a mark with digits
    in the question ("ferry berth" of "for ferry berth BTH75-S07"; "beehive" of "beehive HV-Z9V46", past the mark's
    lettered part)."""
    words = _WORD.findall(readable(question))
    asked = {stem(w) for w in q_words}
    out: set[str] = set()
    for i, word in enumerate(words):
        if not (_digits(word) and stem(word) in asked):
            continue
        j = i - 1 if i and words[i - 1][:1].isupper() and not _digits(words[i - 1]) else i  # "HV" of "HV-Z9V46"
        before = [w for w in words[max(j - 2, 0):j] if stem(w) in asked and not _digits(w)]
        out |= {stem(w) for w in before}
    return out


def _digits(word: str) -> bool:
    return any(c.isdigit() for c in word)


def key_marks(question_words: list[str]) -> set[str]:
    """The stems of the words that name which entity the key is about: codes with digits ("ZP973", "3D") and
    names (capitalised; a capital on the question's first word is the sentence's, not a name's)."""
    return {stem(w) for i, w in enumerate(question_words) if any(c.isdigit() for c in w) or (i and w[:1].isupper())}


def _proper(word: str) -> bool:
    return word[:1].isupper() or any(c.isdigit() for c in word)


def role_features(sentence: str, vector: np.ndarray, question_words: list[str]) -> np.ndarray:
    """Embedding + cues: value-like tokens, hedges, conditionals, quotes, retraction words, the rule parser's verdict,
    and what the sentence says beyond the asked key (a binding must carry a value the question does not name)."""
    words = set(w.lower() for w in _WORD.findall(sentence))
    asked = {stem(w) for w in question_words}
    beyond = [w for w in content_words(sentence) if not forms(w) & asked]
    rest = " ".join(beyond)
    cues = [
        float(bool(_VALUE.search(sentence))), float(not words.isdisjoint(HEDGES)), float(not words.isdisjoint(CONDITIONALS)),
        float(bool(re.search("[\"“”']", sentence))), float(bool(_RETRACTION.search(sentence))),
        float(_RULES.parse_write(sentence) is not None), float("?" in sentence), float(bool(re.search(r"[:=|]|->", sentence))),
        float(bool(re.search(r"\b(?:not|no|never|nothing|none|null)\b", sentence, re.I))), min(len(words), 60) / 60.0,
        min(len(beyond), 20) / 20.0, float(bool(_VALUE.search(rest))), float(not beyond),
        float(any(c.isdigit() for c in rest)),  # short values ("F10", "40 mg", "06-06-21") escape ``_VALUE``
    ]
    return np.concatenate([vector, np.asarray(cues, dtype=np.float32)])


def frame(sentence: str, question_words: list[str]) -> str:
    """A sentence with the asked key's words read as "key" and every digit-bearing token as "value": what it
    does to a key, not which key or value, so the role model reads "X's seat is V" alike for every X and V."""
    asked = {stem(w) for w in question_words}
    text = _DIGIT_TOKEN.sub(lambda m: "\0" if names_key(m.group(), asked) else " value ", readable(sentence))
    text = _WORD.sub(lambda m: "\0" if forms(m.group()) & asked else m.group(), text)
    return " ".join(_KEY_RUN.sub(" key ", text).split())


def names_key(token: str, key_stems: set[str]) -> bool:
    """Whether a token is the key's own mark: each of its words that can name a key (a lone letter cannot:
    "39-K-060" reads as "39", "060") is one of the key's."""
    words = [w for w in _WORD.findall(token) if len(w) > 1 or w.isdigit()]
    return bool(words) and all(forms(w) & key_stems for w in words)


_KEY_RUN = re.compile(r"\0(?:[\s'’-]*(?:s\b)?[\s'’-]*\0)*")  # "Barnaby Oakes's exam seat": one key


# A value ends at a field delimiter too: "OBX|1|ST|BTHV85B^booth||..." (HL7), "LIN+1++CAR-3W14'" (EDIFACT) and
# 'holder="U42-RW28"' hold several tokens each, not one value that hides the record's shape.
_DIGIT_TOKEN = re.compile(r"[^\s,;|^<>\"=+{}]*\d[^\s,;|^<>\"=+{}]*")


def match_features(question_words: list[str], question_vector: np.ndarray, sentence: str, vector: np.ndarray) -> np.ndarray:
    """How well a sentence names the question's key: cosine, and which of the question's words it lacks."""
    have = sentence_stems(sentence)
    proper = [w for w in question_words if _proper(w)]
    common = [w for w in question_words if not _proper(w)]
    missing_proper = sum(stem(w) not in have for w in proper)
    missing_common = sum(stem(w) not in have for w in common)
    found = len(question_words) - missing_proper - missing_common
    return np.asarray([
        float(vector @ question_vector), found / max(len(question_words), 1), missing_proper, missing_common,
        float(missing_proper == 0 and bool(proper)), float(found == 0), len(proper), len(common),
        float(vector @ question_vector) * float(missing_proper == 0),
    ], dtype=np.float32)


_ONE = re.compile(r"\bwhich (?:came|comes|was|stood) (?:first|second|third|fourth|fifth|last)\b|\bwhich one\b|\bwhich of (?:them|these|those)\b|\bwhich (?:[\w-]+ ){1,3}?(?:is|was) the (?:[\w-]+ )?one\b", re.I)
_ASKED_PHRASE = re.compile(r"\b(?:which|what)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:has|have|had|is|are|was|were|did|do|does|stands?|came|comes|went)\b", re.I)


def asks_several(question: str) -> bool:
    """The question wants more than one value: it asks for every one (``asks_every``) or for things in the plural
    ("Which seats has it had?"), and never singles one out ("which one really took hold?"). The kind head, reading
    "every record" or "the last of these records", can take a question about one value for a listing."""
    if _ONE.search(question):
        return False
    if asks_every(question):
        return True
    asked = _ASKED_PHRASE.search(question)
    return bool(asked) and bool(re.search(r"[^su]s$", asked.group(1).split()[-1].lower()))


# A question that warns some records never took effect: "really", "genuinely", "on record officially", "the true
# performer", "properly registered", "in earnest", "ignoring games and guesses", "discounting dreams", "setting aside
# anything that never took effect", "only one entry ... counts" ("in force" and "valid" ask for the current value;
# "leaving aside where it is now" asks for the one before).
_WARY = re.compile(r"\b(?:real(?:ly)?|genuine(?:ly)?|actual(?:ly)?|official(?:ly)?|truly|true|proper(?:ly)?|in earnest|bona fide|"
                   r"legitimate(?:ly)?|in fact|took effect|came into force|ignoring|disregard(?:ing)?|discount(?:ing|ed)?|"
                   r"setting aside|not counting|only one\b.*\bcounts?)\b", re.I)


def warns_of_lookalikes(question: str) -> bool:
    """The question asks for the value a record really gave, warning that others only look like records."""
    return bool(_WARY.search(question))


def asks_every(question: str) -> bool:
    """The question asks for every value: it lists them ("list", "history", "values"), or its "all" / "every" /
    "each" counts the thing asked ("every seat", "Which seat ... each seat"), not the records read ("What seat
    does it have once every record is applied?" asks one)."""
    if _CUE_ALL.search(question):
        return True
    asked = _ASKED.search(question)
    counted = [m.group(1).lower() for m in _QUANTIFIED.finditer(question)]
    return bool(counted) and (asked is None or stem(asked.group(1)) in {stem(w) for w in counted})


def kind_features(question: str, vector: np.ndarray) -> np.ndarray:
    cues = [float(bool(_CUE_PREVIOUS.search(question))), float(asks_every(question)), float(bool(_CUE_LATEST.search(question)))]
    cues.append(float(ordinal(question) is not None))
    return np.concatenate([vector, np.asarray(cues, dtype=np.float32)])


# "value number 3", "#2", "sits in place 2", "position 4", "the 4th"
_NUMBERED = re.compile(r"(?:\b(?:number|no\.|place|position|entry)\s*|#)(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_COUNTS = {"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# "after it had been changed three times": the value after n changes is the (n + 1)-th.
# "after exactly two changes", "following change number 2": the value after the second change, the third.
_CHANGED = re.compile(r"\b(?:changed|updated|revised|replaced|modified|amended|edited)\s+(once|twice|(?:one|two|three|four|five|\d)\s+times?)\b"
                      r"|\bafter\s+(?:exactly\s+|just\s+)?((?:one|two|three|four|five|\d)\s+(?:change|update|revision|swap|move|replacement)s?)\b"
                      r"|\bfollowing\s+((?:change|update|revision|swap|move|replacement)\s+(?:number\s+|no\.\s*|#)(?:\d))\b", re.I)
# "once 2 entries had been made", "after exactly two assignments", "assigned 3 times": the value set n times is the n-th.
_SET_TIMES = re.compile(r"\b(?:once|after|when)\s+(?:exactly\s+|just\s+)?((?:one|two|three|four|five|\d)\s+(?:entries|entry|assignments?|settings?|values?)"
                        r"(?=\s+had\b|\s+were\b|\s*[,?]))|\bassigned\s+(once|twice|(?:one|two|three|four|five|\d)\s+times?)\b", re.I)


def numbered(question: str) -> bool:
    """The question names its count as a number ("in place 2", "the 3rd"), not only in words: it asks for that value
    even when it also lists them ("listing each value in order, which sits in place 2?")."""
    return bool(_NUMBERED.search(question) or _CHANGED.search(question))


def count_words(question: str) -> set[str]:
    """The words that spell the question's count ("2" in "value number 2", "3rd"): they name which value, not
    which key, so they are never the key's marks."""
    counted = _NUMBERED.search(question)
    return {counted.group(1) or counted.group(2) + counted.group(0)[len(counted.group(2)):]} if counted else set()


# "last-but-one", "penultimate", "second-to-last", "next to last", "one before the latest": the previous value, whatever
# ordinal word the idiom holds. Read after the kind head, which never trains on it.
_BEFORE_LAST = re.compile(r"\b(?:last[\s-]+but[\s-]+one|penultimate|(?:second|next)[\s-]+to[\s-]+(?:the[\s-]+)?(?:last|latest)"
                          r"|one[\s-]+before[\s-]+(?:the[\s-]+)?(?:last|latest|current|present)"
                          r"|(?:leaving|setting|putting|ignoring|discounting|skipping)\s+(?:aside\s+|out\s+)?the\s+(?:latest|newest|last|most\s+recent)\b(?:\s+\w+)?(?:\s+aside)?)\b", re.I)


# The value one step behind the one the question names as the latest: "just before its current one", "which one
# came directly ahead of its present pew", "did the latest entry replace", "give up when it took on its current one".
_BACK = re.compile(r"\b(?:before|ahead of|prior to|preceding|preceded|replaced?|displaced|ousted|superseded|gave up|give up|given up|"
                   r"took over from|take over from|undone|reverted|rolled back)\b", re.I)
_NOW = re.compile(r"\b(?:now|current|present|today(?:'s)?|latest|newest|most recent|last|ended up|holds)\b", re.I)
_STEP_BACK = re.compile(r"\b(?:step(?:ped)?|one)\s+(?:entry\s+|change\s+)?(?:back|before)\b", re.I)


def before_last(question: str) -> bool:
    """The question asks for the value before the latest one in an idiom that names no "previous" ("the
    last-but-one queen line", "step back one entry", "the one its current berth replaced"): the kind head, reading
    "last", "now" or "current", takes it for the latest. An idiom naming the count ("before it was ever moved",
    "after exactly one change") asks for that value instead (``ordinal``)."""
    if _BEFORE_LAST.search(question) or _STEP_BACK.search(question):
        return True
    return ordinal(question) is None and bool(_BACK.search(question)) and bool(_NOW.search(question))


def ordinal(question: str) -> int | None:
    """Which value the question counts to: a number ("value number 3", "the 4th") before an ordinal word
    (a question may define "the original" as the first while asking for another)."""
    changed = _CHANGED.search(question)
    if changed:
        words = next(g for g in changed.groups() if g).split()
        count = words[-1].lstrip("#").lower() if changed.group(3) else words[0].lower()
        return (int(count) if count.isdigit() else _COUNTS[count]) + 1
    set_times = _SET_TIMES.search(question)
    if set_times:
        count = next(g for g in set_times.groups() if g).split()[0].lower()
        return int(count) if count.isdigit() else _COUNTS[count]
    numbered = _NUMBERED.search(question)
    if numbered:
        return int(numbered.group(1) or numbered.group(2))
    for k, words in reversed(_ORDINALS):  # "second" before "first": "the second, counting the first as one"
        if re.search(rf"\b(?:{words})\b", question, re.I):
            return k
    return None


@dataclass
class Linear:
    """softmax(((x - mean) / std) @ weight + bias), one row per example."""

    classes: list[str]
    mean: np.ndarray
    std: np.ndarray
    weight: np.ndarray  # (features, classes)
    bias: np.ndarray

    def __call__(self, x: np.ndarray) -> np.ndarray:
        logits = ((np.atleast_2d(x) - self.mean) / self.std) @ self.weight + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in vars(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Linear":
        return cls(list(data["classes"]), *(np.asarray(data[k], dtype=np.float64) for k in ("mean", "std", "weight", "bias")))


@dataclass
class SlotModels:
    role: Linear
    match: Linear
    kind: Linear
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def role_input(self) -> str:
        """What the role model reads (``ROLE_INPUTS``): a sentence's ``frame`` (its key and values as placeholders), the
        sentence, both, or both with the frame's token vectors max- and min-pooled (``both_pooled``)."""
        return self.meta.get("role_input", "sentence")

    def save(self, path: str | Path) -> None:
        from ..cache import atomic_write_text

        data = {"format": "lceval-slot-models/1", "role": self.role.to_dict(), "match": self.match.to_dict(),
                "kind": self.kind.to_dict(), "meta": self.meta}
        atomic_write_text(Path(path), json.dumps(data) + "\n")
        Path(path).chmod(0o644)


@lru_cache(maxsize=4)
def load_slot_models(path: str | None = None) -> SlotModels:
    file = Path(path) if path else DEFAULT_WEIGHTS
    if not file.is_file():
        raise LcevalError(f"no slot-model weights at {str(file)!r}. Train them with `lceval train-slots --out {file}`.")
    try:
        data = json.loads(file.read_text())
        return SlotModels(*(Linear.from_dict(data[k]) for k in ("role", "match", "kind")), meta=data.get("meta", {}))
    except (ValueError, KeyError, TypeError) as exc:
        raise LcevalError(f"{str(file)!r} is not a slot-models file ({exc}).") from None
