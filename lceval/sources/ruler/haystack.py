"""Haystack material shared by the RULER tasks: the essays, the noise sentence, depths, sentence splitting.

Deviation from upstream: RULER splits the essay haystack into sentences with
nltk ``sent_tokenize`` (punkt), which cannot be downloaded offline. Here a
deterministic regex splits after ``.``, ``!`` or ``?`` (plus closing quotes or
brackets) when the next word starts like a sentence (capital letter, digit,
opening quote or bracket). Needles therefore still go at sentence boundaries,
but a few boundaries differ from punkt's (abbreviations such as "Mr. Smith"
are split here; punkt knows some of them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...data import file_sha256, find_file, read_json
from ...errors import LcevalError
from ...sample import Evidence

RULER_RAW = "https://raw.githubusercontent.com/NVIDIA/RULER/main/scripts/data/synthetic/json"
ESSAY_FILE = "ruler/PaulGrahamEssays.json"
# RULER downloads the essays with its own scraper; this public copy is the one the shared data was taken from.
ESSAY_URL = "https://raw.githubusercontent.com/erayaha/RULER/8d64481fac9af02cfc146b2394346047cd334422/scripts/data/synthetic/json/PaulGrahamEssays.json"
ESSAY_SHA256 = "767940d002fa7fa91b4c3410d5e9edba56217c2c99e3ec6a081c5e2f7b652746"  # that file's bytes; a download must match

NOISE = "The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again."
DEPTHS = tuple(round(k * 100 / 39) for k in range(40))  # numpy's round(linspace(0, 100, 40)): no .5 ties occur

_BOUNDARY = re.compile(r"[.!?][\"')\]]*( +)(?=[\"'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Essay:
    words: tuple[str, ...]  # whitespace-normalised words, as upstream splits them
    sha256: str


def load_essay(data_dir: str | None = None) -> Essay:
    """The essay haystack, parsed once per file content (an essay edited in place is read again)."""
    path = find_file(ESSAY_FILE, data_dir, url=ESSAY_URL, sha256=ESSAY_SHA256)
    return _parse_essay(str(path), file_sha256(path))


@lru_cache(maxsize=2)
def _parse_essay(path: str, sha256: str) -> Essay:
    text = read_json(path, "the essay haystack").get("text")
    if not isinstance(text, str) or not text.split():  # an empty haystack can never be sized to a length
        raise LcevalError(f"{path}: the essay haystack needs a non-empty \"text\" string, as RULER's PaulGrahamEssays.json has.")
    return Essay(tuple(re.sub(r"\s+", " ", text).split(" ")), sha256)


def essay_text(essay: Essay, num_words: int) -> str:
    """The first ``num_words`` words, cycling through the essays when more are asked (as upstream)."""
    words = essay.words
    if num_words > len(words):
        words = words * -(-num_words // len(words))
    return " ".join(words[:num_words]).strip()


def split_sentences(text: str) -> list[str]:
    """Sentences of whitespace-normalised text; ``" ".join`` of the result gives the text back."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        sentences.append(text[start : match.start(1)])
        start = match.end(1)
    if start < len(text):
        sentences.append(text[start:])
    return sentences


def join_pieces(pieces: list[tuple[str, str | None]], sep: str) -> tuple[str, list[Evidence]]:
    """Join ``(text, label)`` pieces with ``sep``; labelled pieces become evidence spans."""
    parts, evidence, offset = [], [], 0
    for i, (text, label) in enumerate(pieces):
        if i:
            offset += len(sep)
        if label is not None and text:
            evidence.append(Evidence(offset, offset + len(text), label))
        parts.append(text)
        offset += len(text)
    return sep.join(parts), evidence


def insert_at_depths(sentences: list[str], needles: list[tuple[str, str | None]], depths: list[float]) -> list[tuple[str, str | None]]:
    """Essay pieces with each needle placed before sentence ``int(len * depth / 100)`` (upstream's rule)."""
    cuts = [0] + sorted(int(len(sentences) * d / 100) for d in depths) + [len(sentences)]
    pieces: list[tuple[str, str | None]] = []
    for i in range(1, len(cuts)):
        pieces.append((" ".join(sentences[cuts[i - 1] : cuts[i]]), None))
        if i - 1 < len(needles):
            pieces.append(needles[i - 1])
    return pieces
