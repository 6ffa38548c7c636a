"""Greedy exact match of the reader on fresh RULER prompts, in one forward pass per prompt.

Greedy decoding produces the target exactly iff the argmax at every target
position (given the correct prefix) is the target token, so a teacher-forced
forward pass gives the same verdict as ``generate`` at a fraction of the cost.
The target is the whole answer ("...: 1234567." then EOS): stricter than
RULER's containment score.
"""

from __future__ import annotations

import random

import torch

from .data import IGNORE, Sequence, answer_text, encode


def greedy_correct(model, seq: Sequence) -> bool:
    ids = torch.tensor([seq.ids])
    with torch.no_grad():
        logits = model(input_ids=ids).logits[0, :-1]
    targets = torch.tensor(seq.labels[1:])
    mask = targets != IGNORE
    return bool((logits[mask].argmax(-1) == targets[mask]).all())


def check_sample(tokenizer, sample) -> Sequence:
    return encode(tokenizer, sample.prompt() + sample.answer_prefix, answer_text(sample))


def accuracy_table(model, tokenizer, samplers: dict, lengths: list[int], n: int, seed: int, data_dir=None) -> dict[str, dict[int, float]]:
    """``{check name: {length: exact match}}`` over ``n`` prompts per cell, drawn with ``seed``."""
    model.eval()
    table: dict[str, dict[int, float]] = {}
    for name, make in samplers.items():
        table[name] = {}
        for length in lengths:
            rng = random.Random(f"{seed}-{name}-{length}")
            samples = make(rng, length, n)
            if samples:  # a task may not exist at a length (vt below its example's size)
                table[name][length] = sum(greedy_correct(model, check_sample(tokenizer, s)) for s in samples) / len(samples)
    return table
