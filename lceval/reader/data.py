"""Training sequences for the reader: an associative-recall warm-up, then RULER-format prompts.

A training sequence is token ids plus labels that are -100 everywhere except
on the answer tokens and the EOS after them, so the model learns to read, not
to model haystack text. Prompts come from lceval's RULER generators; because
fitting a haystack to a token budget costs tokenizer work, a pool of fitted
samples is drawn once per length and each reuse gets fresh needles
(``refresh``): new keys and values of the same kind, written in with one
regex pass, so the haystack, needle positions and length are reused but what
is to be copied is always new.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from dataclasses import dataclass

import torch

from ..sample import LongSample

IGNORE = -100
NEEDLE_RE = re.compile(r"One of the special magic \w+ for (.+?) is: (.+?)\.")
VT_RE = re.compile(r"VAR ([A-Z]{3,5}) = (\d+)?")
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass
class Sequence:
    ids: list[int]
    labels: list[int]


# ---------- phase 1: associative recall over frozen random embeddings ----------


def recall_batch(rng: random.Random, batch: int, pairs: int, vocab_size: int, first_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """``pairs`` key-value tokens, then every key again (shuffled) with its value as the target.

    Keys and values come from two disjoint halves of the non-special ids, so
    the model must learn "find this key, copy what follows", not token facts.
    """
    half = (vocab_size - first_id) // 2
    ids, labels = [], []
    for _ in range(batch):
        keys = rng.sample(range(first_id, first_id + half), pairs)
        values = [rng.randrange(first_id + half, vocab_size) for _ in keys]
        seq = [t for kv in zip(keys, values) for t in kv]
        lab = [IGNORE] * len(seq)
        for i in rng.sample(range(pairs), pairs):
            seq += [keys[i], values[i]]
            lab += [IGNORE, values[i]]
        ids.append(seq)
        labels.append(lab)
    # labels[t] is the target for position t (already shifted): predict value at the key's position
    ids_t = torch.tensor(ids)
    lab_t = torch.tensor(labels)
    return ids_t, torch.cat([lab_t[:, 1:], torch.full((batch, 1), IGNORE)], dim=1)


# ---------- phase 2: RULER prompts with fresh needles ----------


def _new_like(rng: random.Random, old: str, words: tuple[list[str], list[str]]) -> str:
    """A fresh string of the same kind as ``old`` (7-digit number, uuid, adjective-noun, VAR name)."""
    if old.isdigit():
        return str(rng.randint(10 ** (len(old) - 1), 10 ** len(old) - 1))
    if UUID_RE.fullmatch(old):
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if old.isupper() and old.isalpha():
        return "".join(rng.choices(string.ascii_uppercase, k=len(old)))
    adjectives, nouns = words
    return f"{rng.choice(adjectives)}-{rng.choice(nouns)}"


def _swap(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group()], text)


def refresh(sample: LongSample, rng: random.Random, words) -> LongSample:
    """The same sample with every needle key/value (or VAR name/value) replaced by a fresh one."""
    found = NEEDLE_RE.findall(sample.context) or VT_RE.findall(sample.prompt())
    originals = {s for pair in found for s in pair if s}
    mapping: dict[str, str] = {}
    taken = set(originals)
    for old in sorted(originals):
        new = _new_like(rng, old, words)
        while new in taken:
            new = _new_like(rng, old, words)
        taken.add(new)
        mapping[old] = new
    return LongSample(
        task=sample.task,
        index=sample.index,
        template=_swap(sample.template, mapping),
        context=_swap(sample.context, mapping),
        question=_swap(sample.question, mapping),
        answers=[mapping.get(a, a) for a in sample.answers],
        answer_prefix=_swap(sample.answer_prefix, mapping),
        meta=sample.meta,
    )


def answer_text(sample: LongSample, answers: list[str] | None = None) -> str:
    """What the reader is taught to say after the answer prefix (then EOS).

    Variable tracking answers as its in-context example does (names separated
    by spaces); NIAH prefixes end in "is"/"are", so ": value, value.".
    """
    answers = _ordered(sample, sample.answers) if answers is None else answers
    if sample.task == "vt":
        return " ".join(answers)
    return ": " + ", ".join(answers) + "."


def encode(tokenizer, prompt: str, target: str) -> Sequence:
    """Prompt and target tokenised apart, exactly as lm-eval tokenises the context before generating."""
    p = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    t = tokenizer(target, add_special_tokens=False)["input_ids"] + [tokenizer.eos_token_id]
    return Sequence(p + t, [IGNORE] * len(p) + t)


def _ordered(sample: LongSample, answers: list[str]) -> list[str]:
    """Answers in the order they appear in the context: the only order a reader can know."""
    return sorted(answers, key=lambda a: (sample.context.find(a), answers.index(a)))


def needle_sequence(tokenizer, sample: LongSample, rng: random.Random, extra_questions: int) -> Sequence:
    """The upstream prompt and its answer, then up to ``extra_questions`` more questions about other needles.

    More supervised answers per long sequence make the expensive haystack
    tokens pay for more learning signal; the first answer is exactly the
    evaluation setting.
    """
    seq = encode(tokenizer, sample.prompt() + sample.answer_prefix, answer_text(sample))
    found = NEEDLE_RE.findall(sample.context)
    query = next((k for k, v in found if v in sample.answers), None)
    if not found or len(sample.answers) != 1 or query is None:
        return seq  # multi-value / multi-query / vt samples: one question only
    by_key: dict[str, list[str]] = {}
    for key, value in found:
        by_key.setdefault(key, []).append(value)
    others = [k for k in by_key if k != query]
    question_tail = "\n" + sample.question
    for key in rng.sample(others, min(extra_questions, len(others))):
        block = encode(
            tokenizer,
            _swap(question_tail + sample.answer_prefix, {query: key}),
            answer_text(sample, by_key[key]),
        )
        seq = Sequence(seq.ids + block.ids, seq.labels + block.labels)
    return seq


def collate(seqs: list[Sequence], pad_id: int, pose_rng: random.Random | None, max_position: int):
    """Right-padded tensors; labels shifted to targets; PoSE position ids on a random half when asked.

    PoSE (Zhu et al., 2023): split a sequence in two and shift the second
    part's positions by a random skip, so short sequences teach positions up
    to ``max_position`` without paying for long attention.
    """
    length = max(len(s.ids) for s in seqs)
    ids = torch.full((len(seqs), length), pad_id)
    labels = torch.full((len(seqs), length), IGNORE)
    positions = torch.arange(length).repeat(len(seqs), 1)
    for row, s in enumerate(seqs):
        n = len(s.ids)
        ids[row, :n] = torch.tensor(s.ids)
        labels[row, : n - 1] = torch.tensor(s.labels[1:])
        if pose_rng is not None and pose_rng.random() < 0.5 and max_position > length:
            cut = pose_rng.randrange(1, n)
            positions[row, cut:] += pose_rng.randrange(0, max_position - length)
    return ids, labels, positions
