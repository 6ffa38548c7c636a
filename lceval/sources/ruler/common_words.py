"""RULER common words extraction (upstream ``scripts/data/synthetic/common_words_extraction.py``), written anew.

A numbered list of words: 10 common words repeated ``freq_cw`` times and the
rest ``freq_ucw`` times, in an order fixed by the seed (upstream shuffles every
list with ``Random(seed)``). The word pool is the wonderwords nouns, adjectives
and verbs, sorted and shuffled with the seed; longer lists than the pool draw
from RULER's ``english_words.json``. One solved example comes first: 40 words
(10 x 10, 3 x 3) from 4K tokens up; below 4K the example has 20 words (3 x 3, 1 x 1)
and the list uses frequencies 6 and 1, as upstream.
"""

from __future__ import annotations

import random
from functools import lru_cache

from ...errors import LcevalError
from ...data import file_sha256, find_file, read_json
from .common import Prompt, sample_rng, to_sample
from .fitting import fit_size, search_once, step_down
from .haystack import RULER_RAW

TEMPLATE = (
    "Below is a numbered list of words. In these words, some appear more often than others. "
    "Memorize the ones that appear most often.\n{context}\nQuestion: What are the {num_cw} most common words in the above list?"
)
ANSWER_PREFIX = " Answer: The top {num_cw} words that appear most often in the list are:"
TOKENS_TO_GENERATE = 120
ENGLISH_WORDS = "ruler/english_words.json"


@lru_cache(maxsize=4)
def word_pool(seed: int) -> tuple[str, ...]:
    from wonderwords.random_word import _get_words_from_text_file

    words = sorted({w for name in ("nounlist.txt", "adjectivelist.txt", "verblist.txt") for w in _get_words_from_text_file(name)})
    random.Random(seed).shuffle(words)
    return tuple(words)


def english_words(data_dir: str | None) -> tuple[str, ...]:
    path = find_file(ENGLISH_WORDS, data_dir, url=f"{RULER_RAW}/english_words.json")
    return _parse_words(str(path), file_sha256(path))


@lru_cache(maxsize=2)
def _parse_words(path: str, sha256: str) -> tuple[str, ...]:
    """Parsed once per file content."""
    return tuple(str(w) for w in read_json(path, "RULER's english_words.json").values())


def numbered(words: list[str]) -> str:
    return " ".join(f"{i + 1}. {w}" for i, w in enumerate(words))


def word_list(r: random.Random, seed: int, num_words: int, freq_common: int, freq_uncommon: int, num_common: int, data_dir) -> tuple[str, list[str]]:
    """The numbered list and its common words."""
    pool = word_pool(seed)
    chosen = r.sample(pool if num_words <= len(pool) else english_words(data_dir), num_words)
    common, uncommon = chosen[:num_common], chosen[num_common:]
    words = common * freq_common + uncommon * freq_uncommon
    random.Random(seed).shuffle(words)
    return numbered(words), common


MAX_REDRAWS = 20


UPSTREAM_STEP = 10  # words
UPSTREAM_PROBE_WORDS = 4096  # upstream estimates tokens per word on a list this long


def prepare(
    tokenizer, max_seq_length: int, seed: int, data_dir: str | None = None, *,
    freq_cw: int = 30, freq_ucw: int = 3, num_cw: int = 10, num_fewshot: int = 1, length_fit: str = "upstream",
):
    short = max_seq_length < 4096
    example_args = (20, 3, 1) if short else (40, 10, 3)
    main_freq = (6, 1) if short else (freq_cw, freq_ucw)
    template = TEMPLATE.replace("{num_cw}", str(num_cw))
    prefix = ANSWER_PREFIX.replace("{num_cw}", str(num_cw))
    budget = max_seq_length - TOKENS_TO_GENERATE

    def make(r: random.Random, num_words: int):
        shots = []
        for _ in range(num_fewshot):
            context, common = word_list(r, seed, example_args[0], example_args[1], example_args[2], num_cw, data_dir)
            shots.append(template.replace("{context}", context) + prefix + " " + numbered(common))
        context, common = word_list(r, seed, num_words, *main_freq, num_cw, data_dir)
        head = "\n".join(shots) + "\n"
        return Prompt(head + template, context, prefix, meta={"haystack_size": num_words}), common

    def build_for(r_state):
        def build(num_words: int):
            r = random.Random()
            r.setstate(r_state)
            return make(r, num_words)

        return build

    count = lambda built: built[0].tokens(tokenizer)  # noqa: E731

    if length_fit == "upstream":
        size = _upstream_size(make, count, budget, max_seq_length, seed)
        fit = lambda r: step_down(build_for(r.getstate()), count, budget, size, UPSTREAM_STEP, minimum=num_cw)  # noqa: E731
    else:
        guess = fit_size(build_for(random.Random(f"{seed}-probe").getstate()), count, budget, budget // (4 * main_freq[1]), minimum=num_cw).size
        fit = lambda r: fit_size(build_for(r.getstate()), count, budget, guess, minimum=num_cw)  # noqa: E731

    def fit_some_draw(index: int):
        # With digit-per-token tokenizers, 10 common words x 30 repeats can just overflow 4K when the
        # drawn words are long: redraw (deterministically) instead of failing the whole task.
        for attempt in range(MAX_REDRAWS):
            try:
                return fit(sample_rng(seed, index) if attempt == 0 else random.Random(f"{seed}-{index}-redraw{attempt}"))
            except LcevalError:
                if attempt == MAX_REDRAWS - 1:
                    raise

    def sample(index: int):
        fitted = fit_some_draw(index)
        prompt, common = fitted.payload
        if length_fit == "upstream":
            prompt.meta["task_haystack_size"] = size
        return to_sample(
            prompt,
            tokenizer,
            task="cwe",
            answers=common,
            metric="string_match_all",
            max_new_tokens=TOKENS_TO_GENERATE,
            prompt_tokens=fitted.tokens,
            aggregation=True,
        )

    return sample


def _upstream_size(make, count, budget: int, max_seq_length: int, seed: int) -> int:
    """Upstream's sizing: tokens per word from a 4,096-word list, then one binary search.

    The search draws from one stream seeded as upstream's, so it sees upstream's word lists.
    """
    stream = random.Random(seed)
    count_at = lambda n: count(make(stream, n))  # noqa: E731
    per_word = count_at(UPSTREAM_PROBE_WORDS) / UPSTREAM_PROBE_WORDS
    upper = max(int(max_seq_length // per_word) * 2, UPSTREAM_STEP * 2)
    return search_once(count_at, budget, UPSTREAM_STEP, upper) or UPSTREAM_STEP
