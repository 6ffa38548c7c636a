"""An editable key -> value memory read from text: write, overwrite (with history), refuse, discard.

``SlotMemory.read(chunks)`` goes through the chunks in order, sentence by
sentence. A sentence that binds a key to a value *writes* the key's slot (a
later write to the same key *overwrites* it, the earlier versions kept as
history); a sentence that withdraws a key's value *discards* it (a retraction
event in the history). Sentences that only look like writes are *refused*:
quoted, hedged ("might", "rumour", "speculated") or conditional ("if",
"would"). ``lookup(question, slots)`` finds the slots the question asks about
and returns the chunks holding the versions it needs, most needed first.

What counts as a write is a small set of English binding constructions.
Honest caveat: the refusal and retraction word lists (``HEDGES``,
``CONDITIONALS``, ``RETRACTIONS``) were written alongside lceval's own memlife
generator and mirror the phrasings of ``lceval.sources.memlife.vocab``
(``HEDGED``, ``RETRACTIONS``), so memlife scores overstate how well they carry
over to other texts. The write constructions are:

- copula, key first or value first: "<key> is [now] <value>", "<value> is the <key>";
- "<key> has been set / was changed / updated ... to <value>";
- "<subject> switched / changed its <attribute> to <value>";
- "<subject> uses <value> as its <attribute>";
- "<key>: <value>" and "<key> = <value>".

A short lead-in ("Update:", "As of today,") is skipped. A value is at most
``max_value_words`` words and does not start with a function word ("the",
"that", "not" ...). A key is the bag of its content words (lower case, a
plural "s" dropped, function and binding words removed), so word order and
phrasing do not matter and a near-duplicate key (one word changed) is a
different key. A question hits a slot when the slot's key words all occur in
the question (at least ``min_key_words`` of them) and no hit's key strictly
contains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ..sample import Chunk

STOPWORDS = frozenset(
    """a an the of for to in on at by with from into about as and or but nor so than then that this these those
    it its it's their his her our your my is are was were be been being am has have had do does did will shall
    can what which who whom whose how many much when where why there here please one any some all each every
    s me us him them they we you i no not mentioned provided text answer question value values version versions
    current currently now latest new newest most recent recently last previous prior before after earlier
    later first second third fourth fifth original initial set changed updated switched assigned given stated
    use uses used belong belongs record recorded note update correction today from""".split()
)
HEDGES = (
    "might", "may", "perhaps", "maybe", "possibly", "probably", "guess", "guessed", "rumour", "rumor", "rumoured",
    "rumored", "unconfirmed", "unverified", "speculated", "allegedly", "supposedly", "apparently", "could",
    "claimed", "suspected", "wondered", "believed",
)
CONDITIONALS = ("if", "unless", "would", "suppose", "imagine", "hypothetically", "whether")
RETRACTIONS = (
    "no longer valid", "retracted", "withdrawn", "revoked", "rescinded", "disregard", "invalidated", "cancelled",
    "canceled", "void",
)
ORDINALS = {"first": 1, "original": 1, "initial": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

_WORD = re.compile(r"\w+")
_QUOTE = re.compile("[\"“”]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”')\]])\s+|\n+")
_LEAD_IN = re.compile(r"^(?:\w+\s+){0,3}\w+\s*[:,]\s+")
_TAIL = " \t.,;:!?\"'”)("
_BINDINGS = [  # (pattern, how its groups make (key, value)); tried in order
    re.compile(r"^(?P<key>.+?)\s+(?:now\s+)?uses?\s+(?P<value>.+?)\s+as\s+(?:its|their|his|her|the)\s+(?P<key2>.+)$", re.I),
    re.compile(r"^(?P<key>.+?)\s+(?:has\s+|have\s+)?(?:switched|changed|updated|moved|reset|set)\s+(?:its|their|his|her)\s+(?P<key2>.+?)\s+to\s+(?P<value>.+)$", re.I),
    re.compile(r"^(?P<key>.+?)\s+(?:(?:has|have|had)\s+been|was|were|is|are|got)\s+(?:set|changed|updated|moved|reset|switched)\s+to\s+(?P<value>.+)$", re.I),
    re.compile(r"^(?P<key>[^:=]+?)\s*(?::|=)\s*(?P<value>[^:=]+)$"),
]
_COPULA = re.compile(r"^(?P<left>.+?)\s+(?:is|are|was|were|becomes|became)\s+(?:now\s+|currently\s+|still\s+)?(?P<right>.+)$", re.I)
_RETRACTION = re.compile(r"\b(?:" + "|".join(RETRACTIONS) + r")\b", re.I)
_PREVIOUS = re.compile(r"\b(?:previous|prior|before the (?:most recent|latest|last) (?:change|update))\b", re.I)


def key_words(text: str) -> frozenset[str]:
    """The content words of a key or question: lower case, plural "s" dropped, function words removed."""
    words = (w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in _WORD.findall(text.lower()))
    return frozenset(w for w in words if w not in STOPWORDS)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


@dataclass
class Event:
    kind: str  # "write" or "retract"
    value: str
    chunk: int


@dataclass
class Slot:
    key: frozenset[str]
    events: list[Event] = field(default_factory=list)

    def writes(self) -> list[Event]:
        return [e for e in self.events if e.kind == "write"]


@dataclass
class SlotMemory:
    """The memory component of the ``hybrid`` selector (see the module docstring for the rules).

    max_value_words: longest value a write may bind, in words.
    max_key_words: longest key, in content words (longer "keys" are prose, not keys).
    min_key_words: fewest content words a key needs to be looked up (one-word keys are too vague).
    refuse_quoted / refuse_hedged / refuse_conditional: which look-alike writes to refuse.
    """

    max_value_words: int = 4
    max_key_words: int = 10
    min_key_words: int = 2
    refuse_quoted: bool = True
    refuse_hedged: bool = True
    refuse_conditional: bool = True

    # ---- reading -------------------------------------------------------------------
    def read(self, chunks: Sequence[Chunk]) -> dict[frozenset[str], Slot]:
        """Slots written while reading ``chunks`` in order (events point at chunk positions)."""
        slots: dict[frozenset[str], Slot] = {}
        for position, chunk in enumerate(chunks):
            for sentence in sentences(chunk.text):
                self._apply(sentence, position, slots)
        return slots

    def _apply(self, sentence: str, position: int, slots: dict[frozenset[str], Slot]) -> None:
        if self.refused(sentence):
            return
        if _RETRACTION.search(sentence):
            for slot in _best(slots.values(), key_words(sentence), self.min_key_words):
                slot.events.append(Event("retract", "", position))
            return
        parsed = self.parse_write(sentence)
        if parsed is not None:
            key, value = parsed
            slots.setdefault(key, Slot(key)).events.append(Event("write", value, position))

    def refused(self, sentence: str) -> bool:
        """A look-alike write: quoted, hedged or conditional."""
        words = set(_WORD.findall(sentence.lower()))
        return (
            (self.refuse_quoted and bool(_QUOTE.search(sentence)))
            or (self.refuse_hedged and not words.isdisjoint(HEDGES))
            or (self.refuse_conditional and not words.isdisjoint(CONDITIONALS))
        )

    def parse_write(self, sentence: str) -> tuple[frozenset[str], str] | None:
        """(key words, value) if the sentence binds a key to a value, else None."""
        body = sentence.strip().rstrip(_TAIL)
        lead = _LEAD_IN.match(body)
        for text in ([body[lead.end():]] if lead else []) + [body]:
            parsed = self._binding(text)
            if parsed is not None:
                return parsed
        return None

    def _binding(self, text: str) -> tuple[frozenset[str], str] | None:
        for pattern in _BINDINGS:
            m = pattern.match(text)
            parsed = m and self._checked(f"{m['key']} {m.groupdict().get('key2') or ''}", m["value"])
            if parsed:
                return parsed
        m = _COPULA.match(text)
        if m is None:
            return None
        left, right = m["left"], m["right"]
        if self._value_like(right):
            return self._checked(left, right)
        if self._value_like(left) and right.lower().startswith("the "):
            return self._checked(right, left)
        return None

    def _value_like(self, value: str) -> bool:
        words = value.strip(_TAIL).split()
        return 0 < len(words) <= self.max_value_words and words[0].lower() not in STOPWORDS

    def _checked(self, key: str, value: str) -> tuple[frozenset[str], str] | None:
        words, value = key_words(key), value.strip(_TAIL)
        if not self._value_like(value) or not 0 < len(words) <= self.max_key_words:
            return None
        return words, value

    # ---- looking up ----------------------------------------------------------------
    def lookup(self, question: str, slots: dict[frozenset[str], Slot]) -> list[int]:
        """Chunk positions the question needs, most needed first; empty when no slot is hit."""
        hits = _best(slots.values(), key_words(question), self.min_key_words)
        lists = [_needed(slot, question) for slot in hits]
        order: list[int] = []
        for rank in range(max(map(len, lists), default=0)):  # several keys asked: each one's first need first
            for needed in lists:
                if rank < len(needed) and needed[rank] not in order:
                    order.append(needed[rank])
        return order


def _best(slots, words: frozenset[str], min_words: int) -> list[Slot]:
    """Slots whose key is inside ``words``, keeping only the most specific (not strictly inside another hit)."""
    hits = [s for s in slots if len(s.key) >= min_words and s.key <= words]
    return [s for s in hits if not any(s.key < other.key for other in hits)]


def _needed(slot: Slot, question: str) -> list[int]:
    """The chunks of a slot's history a question needs, by question kind."""
    writes = [e.chunk for e in slot.writes()]
    if not writes:
        return []
    lowered = question.lower()
    ordinal = next((k for word, k in ORDINALS.items() if re.search(rf"\b{word}\b", lowered)), None)
    if re.search(r"\ball\b", lowered):  # every value of the key
        order = writes
    elif _PREVIOUS.search(question):  # the one before the latest, and the latest that replaced it
        order = [*writes[-2:-1], writes[-1], *reversed(writes[:-2])]
    elif ordinal is not None:  # the k-th, then the earlier ones that count up to it, then the rest
        k = min(ordinal, len(writes))
        order = [writes[k - 1], *reversed(writes[: k - 1]), *writes[k:]]
    elif slot.events[-1].kind == "retract":  # the retraction and what it withdrew
        order = [slot.events[-1].chunk, writes[-1]]
    else:  # the current value
        order = [writes[-1]]
    return list(dict.fromkeys(order))
