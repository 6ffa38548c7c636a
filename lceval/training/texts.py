"""Training-only documents for the learned selector, from text that is no evaluation record.

Family ``train`` (used only by ``lceval train-selector``, never registered as a task):

- ``ict``: inverse-cloze supervision on RULER's Paul Graham essays. RULER uses
  the essays only as haystack — no evaluation question is ever about them —
  so a query made from an essay sentence is disjoint from every evaluation
  question. The query is a sentence with a third of its words dropped; in
  half of the documents the sentence stays in place (find the passage that
  says it), in the other half it is cut out and the evidence is the place it
  was cut from (find the passage it belongs to, from topic alone).
- ``slots``: a ``slot_corpus`` episode (training-only phrasings of writes,
  replacements, withdrawals and look-alikes) scattered through an essay run;
  the evidence is what the question needs.

Seeds come from the trainer (>= 10,000,000), lengths are fitted with the
trainer's tokenizer exactly as the memory-lifecycle family fits its own.
"""

from __future__ import annotations

import random

from ..sample import Evidence, LongSample
from ..sources.memlife.common import Plan, Statement, build_sample
from ..sources.ruler.haystack import load_essay, split_sentences
from ..tokenization import load_tokenizer
from . import slot_corpus

NAMES = ("ict", "slots")


def generate(name: str, num_samples: int, seed: int, tokenizer: str, max_seq_length: int = 4096, data_dir=None, **_) -> list[LongSample]:
    tok = load_tokenizer(tokenizer)
    make = {"ict": _ict, "slots": _slots}[name]
    return [make(random.Random(seed * 1_000 + i), tok, max_seq_length, data_dir) for i in range(num_samples)]


def _ict(rng: random.Random, tokenizer, max_seq_length: int, data_dir) -> LongSample:
    words = load_essay(data_dir).words
    start = rng.randrange(len(words))
    run = [words[(start + k) % len(words)] for k in range(int(max_seq_length * 0.72))]
    sentences = split_sentences(" ".join(run))[1:-1]
    counts = [len(ids) + 1 for ids in tokenizer(sentences, add_special_tokens=False)["input_ids"]]
    while sum(counts) > max_seq_length - 64 and len(sentences) > 3:
        sentences.pop()
        counts.pop()
    usable = [i for i, s in enumerate(sentences) if 8 <= len(s.split()) <= 45 and 0 < i < len(sentences) - 1]
    target = rng.choice(usable or [len(sentences) // 2])
    sentence = sentences[target]
    kept_words = [w for w in sentence.split() if rng.random() > 1 / 3]
    question = " ".join(kept_words or sentence.split())
    if rng.random() < 0.5:  # the sentence stays: evidence is the sentence itself
        before = " ".join(sentences[:target]) + " "
        context = before + " ".join(sentences[target:])
        evidence = Evidence(len(before), len(before) + len(sentence), "ict sentence")
    else:  # cut out: evidence is the seam where it was
        before = " ".join(sentences[:target])
        context = before + " " + " ".join(sentences[target + 1 :])
        evidence = Evidence(max(len(before) - 40, 0), len(before) + 40, "ict seam")
    return LongSample(task="train/ict", index=0, template="{context}", context=context, question=question,
                      answers=[sentence], evidence=[evidence], meta={"chunk_style": "prose"})


def _slots(rng: random.Random, tokenizer, max_seq_length: int, data_dir) -> LongSample:
    episode = slot_corpus.episode(rng)
    needed = set(episode.needed)
    statements = [Statement(l.text.replace("\n", " "), "needed" if i in needed else None) for i, l in enumerate(episode.lines)]
    plan = Plan("Notes.", statements, episode.question, episode.answers, {"kind": episode.kind})
    sample = build_sample(plan, rng, tokenizer, max_seq_length, data_dir)
    sample.task = "train/slots"
    return sample
