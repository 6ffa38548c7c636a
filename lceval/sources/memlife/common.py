"""What every memory-lifecycle task shares: a plan of statements, placed in an essay haystack, fitted to length.

A task builder draws a ``Plan`` (the statements in reading order, the
question, the answers); ``build_sample`` scatters the statements at random
sentence boundaries of a run of RULER's essay haystack and grows the
haystack until prompt + answer prefix + ``max_new_tokens`` fills the target
length (exact token counts with the evaluated model's tokenizer).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ...sample import LongSample
from ..ruler.common import Prompt
from ..ruler.fitting import fit_size
from ..ruler.haystack import join_pieces, load_essay, split_sentences
from . import vocab

MAX_NEW_TOKENS = 32  # values are a few words
ANSWER_PREFIX = "Answer:"
NO_LONGER_VALID = "no longer valid"  # discard's fixed answer, stated in its instruction
NOTES = "The text below mixes essays with notes about places and the values recorded for them."


@dataclass
class Statement:
    text: str
    label: str | None = None  # an evidence label, or None when the statement is not evidence


@dataclass
class Plan:
    """One sample before placement: statements in reading order, the question and its answers."""

    instruction: str
    statements: list[Statement]
    question: str
    answers: list[str]
    meta: dict = field(default_factory=dict)

    def template(self) -> str:
        return f"{self.instruction}\n\n{{context}}\n\nQuestion: {self.question}\nAnswer with the value only, exactly as written in the text.\n"


@dataclass(frozen=True)
class Key:
    """A key: an attribute (which fixes the value type) of an entity."""

    kind: str
    attribute: str
    parts: tuple[str, str, str]

    @property
    def entity(self) -> str:
        return vocab.entity_text(self.parts)

    def say(self, forms: list[str], rng: random.Random, value: str = "", label: str | None = None) -> Statement:
        return Statement(vocab.render(rng.choice(forms), self.attribute, self.entity, value), label)

    def ask(self, forms: list[str], rng: random.Random, **extra) -> str:
        return vocab.render(rng.choice(forms), self.attribute, self.entity, **extra)


def draw_key(rng: random.Random, kind: str | None = None) -> Key:
    kind = kind or rng.choice(vocab.VALUE_TYPES)
    return Key(kind, rng.choice(vocab.ATTRIBUTES[kind]), vocab.entity(rng))


def other_entity(rng: random.Random, key: Key) -> Key:
    """The same attribute of a different entity (no word in common with the key's entity)."""
    while True:
        parts = vocab.entity(rng)
        if not set(parts) & set(key.parts):
            return Key(key.kind, key.attribute, parts)


def interleave(rng: random.Random, ordered: list[Statement], extra: list[Statement]) -> list[Statement]:
    """A random merge of two lists that keeps the order within each."""
    slots = set(rng.sample(range(len(ordered) + len(extra)), len(extra)))
    first, second = iter(ordered), iter(extra)
    return [next(second) if i in slots else next(first) for i in range(len(ordered) + len(extra))]


def _essay(data_dir: str | None) -> tuple[tuple[str, ...], tuple[int, ...], str]:
    """The essay words, the word offsets where sentences start, and the file's sha256."""
    essay = load_essay(data_dir)
    if essay.sha256 not in _STARTS:  # keyed by content: hashing 500K words per sample would be slow
        starts, offset = [], 0
        for sentence in split_sentences(" ".join(essay.words)):
            starts.append(offset)
            offset += len(sentence.split(" "))
        _STARTS.clear()
        _STARTS[essay.sha256] = tuple(starts)
    return essay.words, _STARTS[essay.sha256], essay.sha256


_STARTS: dict[str, tuple[int, ...]] = {}


def build_sample(plan: Plan, rng: random.Random, tokenizer, max_seq_length: int, data_dir: str | None) -> LongSample:
    """Place the plan's statements in the haystack, sized so prompt + prefix + generation fits ``max_seq_length``.

    The haystack is a run of essay words from a random sentence start (sized in
    words, as RULER does, so the length is fitted to within a word); the
    statements go at its sentence boundaries, at random depths.
    """
    words, starts, sha = _essay(data_dir)
    first = rng.choice(starts)
    depths = sorted(rng.random() for _ in plan.statements)
    template = plan.template()

    def build(size: int) -> Prompt:
        run = [words[(first + k) % len(words)] for k in range(size)]
        haystack = split_sentences(" ".join(run).strip())
        # Never after the last sentence: the word budget may cut it short, and a statement must start a sentence.
        cuts = [0] + [round(d * (len(haystack) - 1)) for d in depths] + [len(haystack)]
        pieces: list[tuple[str, str | None]] = []
        for i, statement in enumerate(plan.statements):
            pieces += [(s, None) for s in haystack[cuts[i] : cuts[i + 1]]] + [(statement.text, statement.label)]
        pieces += [(s, None) for s in haystack[cuts[-2] : cuts[-1]]]
        context, evidence = join_pieces(pieces, " ")
        return Prompt(template, context, ANSWER_PREFIX, evidence)

    budget = max_seq_length - MAX_NEW_TOKENS
    fitted = fit_size(build, lambda p: p.tokens(tokenizer), budget, guess=max(1, budget * 2 // 3), minimum=1)
    prompt = fitted.payload
    meta = {
        **plan.meta,
        "chunk_style": "prose",
        "haystack_words": fitted.size,
        "haystack_sha256": sha,
        "depths": [round(100 * d, 1) for d in depths],
        "prompt_tokens": fitted.tokens,
    }
    return LongSample(
        task="", index=0, template=template, context=prompt.context, question=plan.question,
        answers=plan.answers, answer_prefix=ANSWER_PREFIX, evidence=prompt.evidence,
        metric="memlife_exact", max_new_tokens=MAX_NEW_TOKENS, meta=meta,
    )
