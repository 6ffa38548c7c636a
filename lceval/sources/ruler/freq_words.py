"""RULER frequent words extraction (upstream ``scripts/data/synthetic/freq_words_extraction.py``), written anew.

A coded text of random 6-letter words whose counts follow a Zipf law
(``count_k = int(n * k**-alpha / zeta(alpha))``) over a vocabulary of
``(max_seq_length - 50) // 50`` words; the most frequent word is replaced by
"..." (noise) and the answer is the next three. Word order is fixed by the seed
(upstream shuffles with ``Random(seed)``); each sample draws its own vocabulary.
"""

from __future__ import annotations

import math
import random
import string

from .common import Prompt, sample_rng, to_sample
from .fitting import Fitted, fit_size, step_down

TEMPLATE = (
    "Read the following coded text and track the frequency of each coded word. "
    "Find the three most frequently appeared coded words. {context}\n"
    "Question: Do not provide any explanation. Please ignore the dots '....'. "
    "What are the three most frequently appeared words in the above coded text?"
)
ANSWER_PREFIX = " Answer: According to the coded text above, the three most frequently appeared words are:"
TOKENS_TO_GENERATE = 50


def zeta(alpha: float, terms: int = 1000) -> float:
    """Riemann zeta for alpha > 1 (Euler-Maclaurin tail; exact to double precision here)."""
    head = math.fsum(k**-alpha for k in range(1, terms))
    n = float(terms)
    return head + n ** (1 - alpha) / (alpha - 1) + n**-alpha / 2 + alpha * n ** (-alpha - 1) / 12


def vocabulary(r: random.Random, seed: int, size: int, word_length: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(r.choices(string.ascii_lowercase, k=word_length)))
    vocab = sorted(words)
    random.Random(seed).shuffle(vocab)
    vocab[0] = "..."  # the most frequent word is noise
    return vocab


def coded_text(vocab: list[str], seed: int, num_words: int, alpha: float) -> str:
    norm = zeta(alpha)
    words = [w for k, w in enumerate(vocab, start=1) for _ in range(int(num_words * k**-alpha / norm))]
    random.Random(seed).shuffle(words)
    return " ".join(words)


def incremental_search(build, count, budget: int, start: int, step: int) -> int:
    """Upstream's fwe search: grow by ``step`` from ``start`` until the budget is reached, then one step back."""
    size = start
    while count(build(size)) < budget:
        size += step
    return size - step


def prepare(
    tokenizer, max_seq_length: int, seed: int, data_dir: str | None = None, *,
    alpha: float = 2.0, coded_wordlen: int = 6, vocab_size: int = -1, length_fit: str = "upstream",
):
    budget = max_seq_length - TOKENS_TO_GENERATE
    size = budget // 50 if vocab_size == -1 else vocab_size
    count = lambda p: p.tokens(tokenizer)  # noqa: E731

    def builder(r: random.Random):
        vocab = vocabulary(r, seed, size, coded_wordlen)

        def build(num_words: int):
            return Prompt(TEMPLATE, coded_text(vocab, seed, num_words, alpha), ANSWER_PREFIX, meta={"haystack_size": num_words})

        return build, vocab[1:4]

    def fit(r: random.Random, guess: int) -> tuple[Fitted, list[str]]:
        build, answers = builder(r)
        if length_fit == "upstream":  # upstream: a fixed word count per task, budget // 32 words fewer per overflow
            fitted = step_down(build, count, budget, guess, budget // 32)
            fitted.payload.meta["task_haystack_size"] = guess
            return fitted, answers
        return fit_size(build, count, budget, guess), answers

    if length_fit == "upstream":
        guess = incremental_search(builder(random.Random(seed))[0], count, budget, budget // coded_wordlen, budget // 32)
    else:
        guess = fit(random.Random(f"{seed}-probe"), budget // coded_wordlen)[0].size

    def sample(index: int):
        fitted, answers = fit(sample_rng(seed, index), guess)
        return to_sample(
            fitted.payload,
            tokenizer,
            task="fwe",
            answers=answers,
            metric="string_match_all",
            max_new_tokens=TOKENS_TO_GENERATE,
            prompt_tokens=fitted.tokens,
            aggregation=True,
        )

    return sample
