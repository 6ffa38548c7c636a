"""The hybrid's learned slot reader: which sentences write, replace or withdraw the asked key, and in what order.

Reads a document sentence by sentence: the sentences sharing at least one
content word with the question (identifiers such as ``seat_price`` read as
words) are embedded (all-MiniLM-L6-v2, through the encoder's sentence memo
shared with ``dense`` and ``learned``) and scored. For the question it
decides, with the models of ``slot_models``:

1. which sentences are about the asked key (``match`` probability at least
   ``match_threshold``: embedding similarity tolerates a paraphrased key, a
   missing name or mark rejects another entity);
2. what each of those does (``role``): the probabilities that it *writes*
   (binds a value), *retracts* (withdraws one) or only looks like a write,
   read from the sentence and from its ``frame`` (the asked key and its values
   as placeholders: "note = key is value"), so that a wording is judged alike
   whatever names and values it carries;
3. what the question asks (``kind``): the latest value, the n-th, the one
   before the latest, or all of them.

The slot's history is kept soft: each event writes with probability ``w`` and
retracts with probability ``r``, so "the value in force" is the event that
writes and is followed by no write or retraction, with probability
``w_i * prod_{j > i} (1 - w_j - r_j)``; the n-th value, the previous one and
a withdrawn one follow the same way (a Poisson-binomial count of the writes
before an event). One misread sentence then lowers a chunk's belief instead
of deciding the answer. Chunks are needed in order of that belief (at least
``min_belief``). Every decision is kept as a ``SlotEvent`` with its
probabilities, for ``lceval select``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from ..sample import Chunk
from .encoder import shared_encoder
from .minilm import model_files
from .slot_models import SLOT_WEIGHTS, WEIGHTS_DIR, Document, asks_several, before_last, carried_headings, content_words, count_words, forms, frame, headed_records, holder_words, key_marks, key_words, kind_features, load_slot_models, match_features, names_key, numbered, ordinal, readable, role_features, sentence_stems, stem, warns_of_lookalikes

ACTIONS = {"bind": "write", "withdraw": "retract", "lookalike": "refused", "other": "ignored"}


@dataclass
class SlotEvent:
    chunk: int
    sentence: str
    action: str  # write / retract / refused / ignored: the most probable role
    role: dict[str, float]
    match: float
    belief: float = 0.0  # how much the question needs this sentence (see ``beliefs``)
    replaces: str = ""  # an earlier value of the key this sentence names beside a new one (see ``replaced_values``)
    frame: str = ""  # what the role model read besides the sentence: its ``frame`` ("" when it reads the sentence alone)
    voided_by: str = ""  # the notes beside the record that made the role model read it as a look-alike (``voided_by_notes``)


@dataclass
class SlotReading:
    """The asked key's events in reading order, the question's kind, and the chunks it needs."""

    kind: str
    nth: int | None
    events: list[SlotEvent] = field(default_factory=list)
    needed: list[int] = field(default_factory=list)
    wary: float = 1.0  # the power write probabilities were raised to (``LearnedSlots.wary_power``; 1: the question warned of nothing)

    def chunk_columns(self, n_chunks: int) -> list[np.ndarray]:
        """Per chunk (0 without an event): the best key match, the best match x bind / withdraw / lookalike
        probability, the belief that the question needs it, and 1 for the chunk believed in most."""
        columns = np.zeros((5, n_chunks))
        for e in self.events:
            row = [e.match, *(e.match * e.role[r] for r in ("bind", "withdraw", "lookalike")), e.belief]
            columns[:, e.chunk] = np.maximum(columns[:, e.chunk], row)
        needed = columns[4]
        return [*columns, (needed >= needed.max()) * float(needed.max() > 0)]


@dataclass
class LearnedSlots:
    """Learned slot operations (see the module docstring).

    weights: slot-model JSON written by ``lceval train-slots`` (a path, or the name of a committed file such as
        "slots_static_pooled.json"); empty = the committed one for ``encoder``.
    encoder: the sentence encoder the models read ("minilm" or "static", see ``encoder``).
    match_threshold: the least probability that a sentence is about the asked key.
    min_belief: the least belief that a chunk holds what the question needs for it to go first.
    partial_weight: how much a sentence counts that names fewer of the question's words than the best-named one.
    replace_write: the least write probability of a sentence naming an earlier value of the key beside a new one (0: off).
    follow_values: a sentence that names a value of the key's earlier sentences beside a new one is about the key
        (and counts fully), even when it drops some of the key's words ("Ironmongery was S65, is S43"); so is one
        naming the key's marks and a value of the key's form with the field unsaid (``kindred``: it counts fully even
        when the key matcher already read it as about the key, "Updated at the counter: studio booth BTHQ68N now goes
        with Midnight Lanterns" for the band), and an earlier record holding a value that such a change names as the
        old one (``preceded``).
    wary_power: for a question that warns that some records never took effect ("which one really took effect",
        "ignoring games and guesses": ``warns_of_lookalikes``), each sentence's write probability is raised to this
        power, so a half-believed write after the genuine one no longer reads as its replacement (1: off; 4 by
        default, chosen on the development families).
    genuine_when_wary: such a question that names no count asks which record is genuine, not which came last:
        records then rank by how surely each wrote the key (the "all" beliefs). Off by default, so the learned head
        reads the slot columns it was trained on; the hybrid turns it on.
    note_cue: a note line beside a record (``block_notes``) also voids it without a negation when the role model,
        reading the line before a plain record, finds a look-alike with at least this probability (``note_cues``;
        None: only negating notes void, as the learned head was trained; the hybrid uses 0.85).
    """

    weights: str = ""
    encoder: str = "static"
    match_threshold: float = 0.5
    min_belief: float = 0.02
    partial_weight: float = 0.25
    replace_write: float = 0.9
    follow_values: bool = True
    wary_power: float = 4.0
    genuine_when_wary: bool = False
    note_cue: float | None = None

    def weights_file(self) -> Path:
        """``weights`` where that file exists, else the committed file of that name ("slots_static_pooled.json"); the
        committed one for ``encoder`` when empty."""
        if not self.weights:
            return SLOT_WEIGHTS[self.encoder]
        given = Path(self.weights)
        committed = WEIGHTS_DIR / given.name
        return committed if not given.exists() and given.parent == Path(".") and committed.is_file() else given

    def content_files(self) -> list[Path]:
        """The slot models and encoder files this reader reads: their content is part of a sweep cell's identity (a hybrid's included)."""
        return [self.weights_file(), *model_files()]

    def read(self, question: str, chunks: Sequence[Chunk]) -> SlotReading:
        models = load_slot_models(str(self.weights_file()))
        encoder = shared_encoder(self.encoder)
        q_vec, q_words = encoder.query(question), [w for w in content_words(question) if w not in count_words(question)]
        kind_p = models.kind(kind_features(question, q_vec))[0]
        if not asks_several(question):  # a question after one value is no listing, whatever "every record" suggests
            kind_p = np.where(np.array(models.kind.classes) == "all", 0.0, kind_p)
            kind_p /= kind_p.sum()
        kind, nth = models.kind.classes[int(kind_p.argmax())], ordinal(question)
        told = before_last(question)  # the kind is then certain, whatever the head makes of "last"
        if told:
            kind, nth = "previous", None
        elif nth is None and self.genuine_when_wary and warns_of_lookalikes(question):
            # "Of all the values named beside X, which one took effect?" names no count: whatever "of all" or "named
            # next to" suggest to the head, it asks for the record that really wrote, wherever it stands.
            kind, told = "all", True
        elif nth is not None and (kind != "all" or numbered(question)):  # a question that names a count asks for that value
            kind = "nth"
        reading = SlotReading(kind, nth)
        # Only sentences sharing a word with the question can be about its key: the rest are never embedded.
        stems = {stem(w) for w in q_words}
        # A chunk whose lower-cased text holds none of the stems even as a substring is not split at all.
        carried = carried_headings([c.text for c in chunks])
        document = Document("".join(c.text for c in chunks))
        starts = np.cumsum([0] + [len(c.text) for c in chunks])
        owned, notes = [], []  # (chunk, record, its stems); the notes around it in its document block (``block_notes``)
        for i, chunk in enumerate(chunks):
            if not _holds_any(chunk.text.lower(), stems):
                continue
            for record, heading in headed_records(chunk.text, carried[i]):
                text = with_heading(record, heading, stems)
                if stems & (s := sentence_stems(text)):
                    owned.append((i, text, s))
                    at = starts[i] + max(chunk.text.find(record[:40]), 0)
                    notes.append(block_notes(document, at, record, "" if text.startswith(heading) else heading, stems))
        if not owned:
            return reading
        q_words = marked_key_words(q_words, [s for _, _, s in owned])
        stems = {stem(w) for w in q_words}
        texts = [t for _, t, _ in owned]
        vectors = encoder.encode([readable(t) for t in texts])
        match = models.match(np.stack([match_features(q_words, q_vec, t, v) for t, v in zip(texts, vectors)]))[:, 1]
        # A record lacking one of the key's marks with digits is about another entity however alike it reads (the
        # twin "3C:22:A2:82:3B:71" of "3C:22:A2:32:3B:71"): only its values can join it to the key (``continued``).
        marks = {stem(w) for w in q_words if any(c.isdigit() for c in w)}
        about = (match >= self.match_threshold) & np.array([marks <= s for _, _, s in owned])
        # What the value rules read: each record without the tokens that label records rather than hold values.
        valued = unlabelled(texts, record_labels(texts, about, stems))
        kin = kindred(valued, about, q_words) if self.follow_values else np.zeros_like(about)
        if self.follow_values:  # records that drop the key's field join it by its values, both ways
            kin |= preceded(valued, continued(valued, about | kin, q_words), q_words) & ~about
            asked = continued(valued, about | kin, q_words)
        else:
            asked = about
        asked = np.flatnonzero(asked)
        if len(asked):
            frames = [frame(nameless(texts[i], stems), q_words) for i in asked]
            role_vectors = role_input(models.role_input, vectors[asked], frames, encoder)
            roles = models.role(np.stack([role_features(texts[i], v, q_words) for i, v in zip(asked, role_vectors)]))
            roles, voiders = voided_by_notes(roles, models, asked, texts, notes, q_words, encoder, self.note_cue)
            shown = frames if models.role_input != "sentence" else [""] * len(frames)
            for i, p, f, v in zip(asked, roles, shown, voiders):
                probs = dict(zip(models.role.classes, (round(float(x), 3) for x in p)))
                action = ACTIONS[models.role.classes[int(p.argmax())]]
                reading.events.append(SlotEvent(owned[i][0], texts[i], action, probs, round(float(match[i]), 3), frame=f, voided_by=v))
            reading.wary = self.wary_power if warns_of_lookalikes(question) else 1.0
            # A record about the key that names its mark and a value of its form counts fully too, the field unsaid or not.
            whole = kin | (about & kindred(valued, about, q_words, among_about=True)) if self.follow_values else kin
            write, retract = self._history(reading.events, q_words, whole[asked], [valued[i] for i in asked], holder_words(question, q_words), reading.wary)
            # An unsure kind ("at the end of all the changes": latest or all?) weighs each reading by its probability.
            mix = {reading.kind: 1.0} if reading.kind == "nth" or told else {k: p for k, p in zip(models.kind.classes, kind_p) if p >= 0.05}
            needs = sum(p * beliefs(write, retract, k, reading.nth) for k, p in mix.items()) / sum(mix.values())
            for event, belief in zip(reading.events, needs):
                event.belief = round(float(belief), 3)
        reading.needed = needed(reading.events, self.min_belief, reading.kind) or mentioned(reading.events, self.match_threshold)
        return reading

    def _history(self, events: list[SlotEvent], q_words: list[str], kin: np.ndarray, sentences: list[str], holder: set[str],
                 wary: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        """Each event's probability of writing and of retracting the asked key (``kin``: events that count fully by the
        key's mark and a value of its form, see ``kindred``; ``sentences``: the events' sentences as the value rules read
        them, see ``unlabelled``; ``holder``: the stems of the words naming the holder's kind, see ``holder_words``;
        ``wary``: the power write probabilities are raised to, see ``wary_power``)."""
        # A sentence naming fewer of the question's words than the best-named one is more likely a sibling
        # key (another attribute) than a paraphrase: it counts ``partial_weight``. One lacking a mark with
        # digits ("floor 3", "bed 92") names another entity, which a paraphrase hardly does: it counts its square.
        stems = {stem(w) for w in q_words}
        marks = {stem(w) for w in q_words if any(c.isdigit() for c in w)}
        # The words just before the key's mark say what kind of thing the holder is ("ferry berth BTH75-S07"): a record
        # naming the mark needs them no more than a paraphrase does ("BTH75-S07 now carries vessel ..."), so they do
        # not count among the words it names, and one naming all the others is about the key whatever its match.
        named_stems = [sentence_stems(e.sentence) for e in events]
        named = np.array([len((stems - holder) & s) for s in named_stems])
        marked = np.array([marks <= s for s in named_stems])
        weight = np.where(named >= named[marked].max(initial=0), 1.0, self.partial_weight)
        matched = np.where(marked & np.array([stems - holder <= s for s in named_stems]), 1.0, [e.match for e in events])
        weight = np.where(marked, weight, self.partial_weight**2) * matched
        weight[kin] = 1.0  # the key's mark and a value of the key's form: the field is only left unsaid
        # A question warning of look-alikes trusts only confident writes: each write probability is raised to ``wary``.
        write = np.array([e.role["bind"] for e in events]) ** wary
        retract = np.array([e.role["withdraw"] for e in events])
        # A sentence that names an earlier value of the key beside a new one records a change, whatever its
        # idiom ("B23, never A32", "(was 112)", "A32 retired"): it writes at least ``replace_write``.
        olds = replaced_values(sentences, q_words)
        for i, old in enumerate(olds):
            if old and self.replace_write:
                events[i].replaces = old
                write[i] = max(write[i], self.replace_write)
                retract[i] = min(retract[i], 1 - write[i])
                if self.follow_values:  # naming the key's own earlier value says which key, whatever words it drops
                    weight[i] = 1.0
        if self.follow_values and self.replace_write:
            # A value a later change names as the old one was really held: the sentence that first gave it wrote it,
            # however hedged it reads or whichever of the question's words it lacks.
            for i in corroborated(sentences, olds, q_words):
                write[i] = max(write[i], self.replace_write)
                retract[i] = min(retract[i], 1 - write[i])
                weight[i] = 1.0
        return write * weight, retract * weight


# A note that negates ("[DRAFT - never sent]", "PermissionError: this replica is read-only; nothing was saved",
# "(left unsigned; the draft never came into force)") can void the record it stands beside; "No. 5" negates nothing.
_NEGATED = re.compile(r"\b(?:not|never|nothing|none|nobody)\b|\bno\b(?!\.?\s*\d)|n't\b", re.I)


def voided_by_notes(roles: np.ndarray, models, asked: np.ndarray, texts: Sequence[str], notes: Sequence[tuple[str, str]],
                    q_words: list[str], encoder, cue: float | None = None) -> tuple[np.ndarray, list[str]]:
    """Roles of the ``asked`` records, each read again between the notes that tell on it (``telling_notes``: notes
    that negate, or the one line whose ``note_cues`` reaches ``cue`` where one is given); the second reading is kept where the role
    model then finds a look-alike, and more of one than the record alone. The record's own sentence reads as a plain
    write: only its document says it never took effect. Notes only ever void a record, never make one genuine.
    Also returns, per asked record, the notes that voided it ("" where none did)."""
    # Only the lines of records whose notes do not negate need a cue: a negating note tells on its record whole.
    quiet = [i for i in asked if not _NEGATED.search(" ".join(notes[i]))] if cue is not None else []
    cues = note_cues([line for i in quiet for side in notes[i] for line in side.split("\n") if line], models, encoder)
    telling = [(k, told) for k, i in enumerate(asked) if (told := telling_notes(*notes[i], cues, cue))]
    voiders = [""] * len(asked)
    if not telling:
        return roles, voiders
    joined = [_between(*told, texts[asked[k]]) for k, told in telling]
    vectors = role_input(models.role_input, encoder.encode([readable(t) for t in joined]), [frame(t, q_words) for t in joined], encoder)
    again = models.role(np.stack([role_features(t, v, q_words) for t, v in zip(joined, vectors)]))
    look = list(models.role.classes).index("lookalike")
    out = roles.copy()
    for (k, told), p in zip(telling, again):
        if p.argmax() == look and p[look] > roles[k][look]:
            out[k], voiders[k] = p, " / ".join(filter(None, told)).replace("\n", " / ")
    return out, voiders


def telling_notes(before: str, after: str, cues: dict[str, float], cue: float | None) -> tuple[str, str] | None:
    """The notes (before, after) that tell on a record: all of them where they negate ("[DRAFT - never sent]"), else
    the line with the highest cue at least ``cue`` ("Hypothetical case for the budget meeting."), else none."""
    if _NEGATED.search(f"{before} {after}"):
        return before, after
    if cue is None:
        return None
    lines = [(line, True) for line in before.split("\n") if line] + [(line, False) for line in after.split("\n") if line]
    line, is_before = max(lines, key=lambda lb: cues[lb[0]], default=("", True))
    if not line or cues[line] < cue:
        return None
    return (line, "") if is_before else ("", line)


# Plain records in wording of no family, which a note line is read before (``note_cues``).
_PLAIN_RECORDS = ("Shelf SH-42 holds the jar Blue Fern.", "The jar of shelf SH-42 is now Blue Fern.", "Shelf SH-42 gets Blue Fern.")


def note_cues(lines: Sequence[str], models, encoder) -> dict[str, float]:
    """Per note line, the role model's mean look-alike probability for the plain records with the line before them
    ("Sample entry from the manual: Shelf SH-42 holds the jar Blue Fern."): how strongly the line alone says that
    what it stands beside was never entered. One role-model pass for every line of a question."""
    unique = sorted(set(lines))
    if not unique:
        return {}
    texts = [f"{line}: {record}" for line in unique for record in _PLAIN_RECORDS]
    q_words = ["shelf", "SH-42"]
    vectors = role_input(models.role_input, encoder.encode([readable(t) for t in texts]), [frame(t, q_words) for t in texts], encoder)
    probs = models.role(np.stack([role_features(t, v, q_words) for t, v in zip(texts, vectors)]))
    looks = probs[:, list(models.role.classes).index("lookalike")].reshape(len(unique), len(_PLAIN_RECORDS)).mean(axis=1)
    return dict(zip(unique, map(float, looks)))


def _between(before: str, after: str, record: str) -> str:
    before, after = before.replace("\n", " "), after.replace("\n", " ")
    return " ".join(filter(None, (f"{before}:" if before else "", record, after)))


def block_notes(document: Document, at: int, record: str, heading: str, stems: set[str]) -> tuple[str, str]:
    """The notes around the record at ``document.text[at]``: the lines of its block that hold no value (``values_in``)
    and occur once in the document, before it (its heading first) and after it, one per line. A line a document
    repeats is its format's boilerplate ("Nothing else outstanding."), said of every record alike."""
    start, end = document.block(at)
    before, after, offset = [heading] if heading else [], [], start
    for line in document.text[start:end].splitlines(keepends=True):
        text, where = line.strip(), offset
        offset += len(line)
        if not text or text == heading or text in record or record[:40] in text or values_in(text, stems) or document.count(text) > 1:
            continue
        (before if where < at else after).append(text)
    return "\n".join(before), "\n".join(after)


def marked_key_words(question_words: list[str], sentences: list[set[str]]) -> list[str]:
    """``key_words``, except that where no sentence names two of the question's words but some name all its marks
    (codes and names), those marks are the key: "BF85N25 -> Mill Lane Retail Park (new)" in a depot's log names bus
    BF85N25 and leaves "bus" and "destination" to the log, as a question's own phrasing ("earliest", "on record")
    names nothing there either."""
    chosen = key_words(question_words, sentences)
    marks = key_marks(question_words)
    if not marks or len(chosen) < len(question_words):
        return chosen
    asked = {stem(w) for w in question_words}
    found = [asked & s for s in sentences if marks <= s]
    most = max(map(len, found), default=0)
    attested = set().union(*(f for f in found if len(f) == most))
    return [w for w in question_words if stem(w) in attested] or chosen


def role_input(kind: str, vectors: np.ndarray, frames: Sequence[str], encoder) -> np.ndarray:
    """The vectors the role model reads (see ``SlotModels.role_input``): sentences', their ``frame``s', both, or both
    with the frames' token vectors max- and min-pooled (``both_pooled``)."""
    if kind == "sentence":
        return vectors
    framed = encoder.encode(list(frames))
    if kind == "frame":
        return framed
    if kind == "both_pooled":
        return np.hstack([vectors, framed, encoder.pooled(list(frames))])
    return np.hstack([vectors, framed])


def with_heading(record: str, heading: str, stems: set[str]) -> str:
    """A record read under its block's heading when the heading names words of the asked key the record lacks
    and holds no numbered value itself (a first line with one is the first row, not a heading; a heading often
    names places and days: "Handover notes, the Saturday market")."""
    if heading and (stems & sentence_stems(heading)) - sentence_stems(record) and not numbered_values(heading, stems):
        return f"{heading}: {record}"
    return record


def _holds_any(lowered: str, stems: set[str]) -> bool:
    return any(x in lowered for x in stems)


# A token with a digit and either a non-digit or 3+ characters: "F2", "08:30", "132", "SN-XB02-2799", "#92", not "2" or
# "16" (comment numbers and days of the month recur in every record's preamble). A bracketed part belongs to the token
# ("LFl(2)R.8s", a light's character), a bracket around it does not ("(formerly Oc(2)R.10s)").
_VALUE_TOKEN = re.compile(r"#?[A-Za-z0-9](?:[\w.:/-]|\([\w.+]*\))*\d(?:[\w.:/-]|\([\w.+]*\))*|#\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A clause's number opening a sentence ("6.2 The colourway of ... shall be"): it numbers the text, holds nothing.
_ITEM_NUMBER = re.compile(r"(?:^\s*|(?<=[.!?;]\s))\(?\d+(?:\.\d+)+\)?(?=\s+[A-Z])")
LABEL_RECORDS = 3


def nameless(sentence: str, key_stems: set[str]) -> str:
    """The sentence with each word-valued value (``named_values``) read as a digit-bearing one, which ``frame`` reads as
    "value": the role of '<assign kiln="KN4-QV8" glaze="Cobalt Frost"/>' is that of every other glaze's."""
    for name in sorted(named_values(sentence, key_stems), key=len):  # "Dabchick Maiden" before "Booked Dabchick Maiden"
        sentence = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", "V0", sentence)
    return sentence


def values_in(sentence: str, key_stems: set[str]) -> set[str]:
    """A sentence's values: its digit-bearing tokens that are not the key's own marks, nor years, and the names it
    gives in passing (``named_values``)."""
    return numbered_values(sentence, key_stems) | named_values(sentence, key_stems)


def numbered_values(sentence: str, key_stems: set[str]) -> set[str]:
    """The digit-bearing tokens of a sentence that are not the key's own marks, nor years."""
    tokens = (t.rstrip(".:/-") for t in _VALUE_TOKEN.findall(_ITEM_NUMBER.sub(" ", sentence)))
    return {t for t in tokens if (len(t) >= 3 or not t.isdigit()) and not _YEAR.fullmatch(t) and not names_key(t, key_stems)}


# A run of capitalised words ("Upper Acre", "Pellow"), not first in its sentence or after a label's colon, where a
# capital marks the sentence rather than a name; one next to a digit-bearing token is part of that value ("Sheet G 17:00").
_NAME_RUN = re.compile(r"(?<![\w.:/-])(?:[A-Z][a-z]{2,}(?:[ ](?=[A-Z][a-z]))?)+(?![\w:/-]|\.\w)")
_SMALL_NUMBER = re.compile(r" (\d{1,2})(?!\w|[:/.-]\w)")
_PERSON = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sister|Nurse|Captain|Judge)\.? (?:\w+ )?$")  # a title, before or as the run's first word
_SEPARATORS = ",;|+"  # what separates a record's fields (EDIFACT's "+", a table's "|")
_PUNCT = "()[]{}<>,.;:'\"“”‘’"  # what may cling to a neighbouring word
_STARTS = re.compile(r"(?:^\s*(?:[-*>]\s+)?|[.!?:]\s*)$")  # a sentence's, a list item's or a quote's start, or a label's colon


def named_values(sentence: str, key_stems: set[str]) -> set[str]:
    """Word-valued values: runs of capitalised words a sentence names that are none of the key's words, are not where
    any word is capitalised (a sentence's or a field's start) and stand apart from numbers (the key's own mark is no
    number of theirs: "sheet HBK0460282 Geranium arvensis -> Carex rivularis")."""
    out: set[str] = set()
    for m in _NAME_RUN.finditer(sentence):
        run, start = m.group(), m.start()
        at = _STARTS.search(sentence[:start])
        # A capital that starts a sentence names nothing ("Comment 2 (16 Sep)"; in "Now Holly 7" the name after it still
        # does); after a field's label a name of several words is the field's value ("GB22-N-40407: Kirkstall Stud Loft").
        # A run of several words there may be a name whole ("Fenwick Works, previously Oldfield Depot, is ..."): both count.
        readings = [(run, start)]
        if at and not (at.group().startswith(":") and " " in run):
            first, _, rest = run.partition(" ")
            readings = [(rest, start + len(first) + 1)]
            if rest and not _SMALL_NUMBER.match(sentence, m.end()):
                readings.append((run, start))
        for name, begin in readings:
            if value := _name_value(sentence, name, begin, m.end(), key_stems):
                out.add(value)
    return out


def _name_value(sentence: str, name: str, start: int, end: int, key_stems: set[str]) -> str:
    """The value a name at ``sentence[start:end]`` gives ("" for none): not the key's words, not a person, apart from
    numbers, or numbered by a small one as a whole ("Holly 7")."""
    if not name or any(forms(w) & key_stems for w in name.split()) or _PERSON.search(sentence[:start] + name.split(" ")[0] + " ") or sentence.startswith(("'s", "’s"), end):
        return ""  # a person ("Dr Okonkwo", "Okonkwo's sheet") is who acts, not what is held
    before, after = _beside(sentence, start, end)
    if (number := _SMALL_NUMBER.match(sentence, end)) and not (before and before[0][-1:].isdigit()):
        return f"{name} {number.group(1)}"  # "Rowan 4", "Holly 7": a name numbered, one value
    if any(any(c.isdigit() for c in t) and not names_key(t.strip(_PUNCT), key_stems) for t in before + after):
        return ""
    return name


def _beside(sentence: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words next to a name in its own field: the one before and two after, none across a field's separator
    (",", ";", "|", EDIFACT's "+") nor before it after a label or an arrow ("HBK5651118,Callitriche", "X: Kirkstall"),
    nor after it across a column's gap or dot leaders ("Rosalind Lammas  ....  8.50")."""
    head, tail = sentence[:start].rstrip(), _GAP.split(sentence[end:], maxsplit=1)[0].lstrip()
    before = [] if not head or head[-1] in _SEPARATORS + ":=>" else head.split()[-1:]
    return before, re.split(f"[{re.escape(_SEPARATORS)}]", tail, maxsplit=1)[0].split()[:2]


_GAP = re.compile(r"\s{2,}|\t|\.{2,}|…")  # between the columns of a fixed-width or tabbed row, an invoice's leaders


def record_labels(texts: Sequence[str], about: np.ndarray, key_stems: set[str]) -> set[str]:
    """Value-like tokens that label records rather than hold values ("m1:" opening every GraphQL mutation, a
    manifest's row number "0001"): found in at least ``LABEL_RECORDS`` records, some of them about other keys.
    Taken for values, they made every record look like a change of the one before."""
    mine = [values_in(t, key_stems) for t, a in zip(texts, about) if a]
    others = [values_in(t, key_stems) for t, a in zip(texts, about) if not a]
    counts = Counter(v for values in mine + others for v in values)
    return {v for v, n in counts.items() if n >= LABEL_RECORDS and any(v in o for o in others)}


def unlabelled(texts: Sequence[str], labels: set[str]) -> list[str]:
    """``texts`` with each whole occurrence of a record label (``record_labels``) blanked out."""
    if not labels:
        return list(texts)
    pattern = re.compile(r"(?<![\w.:/-])(?:" + "|".join(map(re.escape, sorted(labels))) + r")(?![\w/-])")
    return [pattern.sub(" ", t) for t in texts]


def shape(value: str) -> str:
    """A value's form: letters as A or a, a run of digits as 9 and a capitalised word as Aa, whatever their lengths
    ("FV-39" -> "AA-9", "144.154 MHz" and "18.458 MHz" -> "9.9 AAa", "Corran Voyager" and "Tarbert Herald" -> "Aa Aa"):
    values of one field share it."""
    value = re.sub(r"\d+", "9", re.sub(r"\b[A-Z][a-z]+\b", "Aa", value))
    return re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", value))


def kindred(texts: Sequence[str], about: np.ndarray, q_words: list[str], among_about: bool = False) -> np.ndarray:
    """Sentences not in ``about`` (or, ``among_about``, any sentence) that name every digit-bearing mark of the key and
    a value of the form the ``about`` sentences' values have: "brew 8685 goes into FV-39" beside "brew 8685's fermenting
    vessel is FV-41" leaves the field unsaid, not the key (a sibling field's values mostly have another form)."""
    key_stems = {stem(w) for w in q_words}
    marks = {stem(w) for w in q_words if any(c.isdigit() for c in w)}
    shapes = {shape(v) for i in np.flatnonzero(about) for v in values_in(texts[i], key_stems)}
    if not marks or not shapes:
        return np.zeros(len(texts), dtype=bool)
    # A mark can be the field's ("3D-printer bay"): the holder's names must then be there too ("Ivar Pettersen
    # was given 3D-printer bay PB-25b" is not about Lina Harrow).
    named = key_marks(q_words)
    return np.array([(among_about or not about[i]) and named <= sentence_stems(t) and bool(shapes & {shape(v) for v in values_in(t, key_stems)})
                     for i, t in enumerate(texts)], dtype=bool)


def continued(texts: Sequence[str], about: np.ndarray, q_words: list[str]) -> np.ndarray:
    """``about`` (sentences judged about the key, reading order) plus each later sentence that names one of their
    values beside a new one: a change that drops the key's field or part of its name still continues its chain."""
    key_stems = {stem(w) for w in q_words}
    out, seen = about.copy(), set()
    for i, text in enumerate(texts):
        values = values_in(text, key_stems)
        if not out[i] and values & seen and values - seen:
            out[i] = True
        if out[i]:
            seen |= values
    return out


def preceded(texts: Sequence[str], chain: np.ndarray, q_words: list[str]) -> np.ndarray:
    """Sentences before a change in ``chain`` (a later sentence naming an old value beside a new one) that hold
    that old value: where the key got it ("Lena Baptiste<TAB>L16-A" before "... left L16-A for L26-A"), whatever
    words the record drops. Followed back step by step, so a whole history of terse records joins the chain."""
    key_stems = {stem(w) for w in q_words}
    out, changed = chain.copy(), set()
    for i in range(len(texts) - 1, -1, -1):
        values = values_in(texts[i], key_stems)
        if not out[i] and values & changed:
            out[i] = True
        if out[i] and len(values) >= 2:
            changed |= values
    return out


def replaced_values(sentences: Sequence[str], q_words: list[str]) -> list[str]:
    """Per sentence (reading order), an earlier sentence's value it names while also naming a new one ("" if none)."""
    key_stems = {stem(w) for w in q_words}
    seen: set[str] = set()
    out = []
    for sentence in sentences:
        values = values_in(sentence, key_stems)
        old, new = values & seen, values - seen
        out.append(sorted(old)[0] if old and new else "")
        seen |= values
    return out


def corroborated(sentences: Sequence[str], olds: Sequence[str], q_words: list[str]) -> set[int]:
    """The sentences (reading order) that first named a value a later sentence names as replaced (``olds``,
    from ``replaced_values``): "gate E44" before "... moved from E44 to E35"."""
    key_stems = {stem(w) for w in q_words}
    first: dict[str, int] = {}
    out = set()
    for j, sentence in enumerate(sentences):
        if olds[j] in first:
            out.add(first[olds[j]])
        for value in values_in(sentence, key_stems):
            first.setdefault(value, j)
    return out


def beliefs(write: np.ndarray, retract: np.ndarray, kind: str, nth: int | None) -> np.ndarray:
    """Per event (reading order), the probability that the question needs it, given each event's write/retract probabilities."""
    n = len(write)
    change = np.clip(write + retract, 0.0, 1.0)
    # quiet_after[i]: no write or retraction after event i; writes_before[i, m]: exactly m writes before event i.
    quiet_after = np.append(np.cumprod((1 - change)[::-1])[::-1][1:], 1.0)
    writes_before = np.zeros((n + 1, n + 1))
    writes_before[0, 0] = 1.0
    for i in range(n):
        writes_before[i + 1, 1:] = writes_before[i, 1:] * (1 - write[i]) + writes_before[i, :-1] * write[i]
        writes_before[i + 1, 0] = writes_before[i, 0] * (1 - write[i])
    writes_after = np.zeros((n + 1, n + 1))  # writes_after[i, m]: exactly m writes after event i-1 (from i on)
    writes_after[n, 0] = 1.0
    for i in range(n - 1, -1, -1):
        writes_after[i, 1:] = writes_after[i + 1, 1:] * (1 - write[i]) + writes_after[i + 1, :-1] * write[i]
        writes_after[i, 0] = writes_after[i + 1, 0] * (1 - write[i])
    if kind == "all":
        return write.copy()
    if kind == "nth":  # an ordinal the cue words do not name ("at the very start") is most often the first
        nth = min(nth or 1, n)
        kth = write * writes_before[:n, nth - 1]
        counted = write * writes_before[:n, : nth - 1].sum(axis=1)  # the earlier writes that count up to it
        return np.maximum(kth, 0.5 * counted)
    if kind == "previous":
        one_after = write * writes_after[1:, 1]
        last = write * writes_after[1:, 0]
        return np.maximum(one_after, 0.9 * last)
    final_write = write * quiet_after
    final_retract = retract * quiet_after
    withdrawn = np.zeros(n)  # the last write before a final retraction: what it took back
    for r in range(n):
        if final_retract[r] > 0:
            alive = 1.0
            for i in range(r - 1, -1, -1):
                withdrawn[i] += final_retract[r] * write[i] * alive
                alive *= 1 - write[i]
    return np.maximum.reduce([final_write, final_retract, withdrawn])


def needed(events: Sequence[SlotEvent], min_belief: float, kind: str = "latest") -> list[int]:
    """The chunks holding events the question needs, by belief: a chunk counts its most needed event, or,
    when every value is asked, how many needed events it is expected to hold (two values beat one)."""
    best: dict[int, float] = {}
    for e in events:
        if e.belief >= min_belief:
            best[e.chunk] = best.get(e.chunk, 0.0) + e.belief if kind == "all" else max(best.get(e.chunk, 0.0), e.belief)
    return [c for c, b in sorted(best.items(), key=lambda cb: (-cb[1], -cb[0]))]


def mentioned(events: Sequence[SlotEvent], match_threshold: float) -> list[int]:
    """Where no event is believed needed, the chunks of the events about the key that the role model read as a
    write or as nothing it knows (a value told in passing: "To give a flavour of the work, right now gritter GV3737
    runs the Rudby loop"), best matched first: what mentions the key beats what only shares words with the question.
    A look-alike or a withdrawal read as one stays out."""
    about = sorted((e for e in events if e.match >= match_threshold and e.action in ("write", "ignored")), key=lambda e: -e.match)
    return list(dict.fromkeys(e.chunk for e in about))
