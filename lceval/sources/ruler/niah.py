"""RULER needle-in-a-haystack (upstream ``scripts/data/synthetic/niah.py``), written anew.

Needles read "One of the special magic {type_needle_v} for {key} is: {value}.";
keys and values are 7-digit numbers, wonderwords adjective-noun pairs or
uuids. Haystacks: the noise paragraph repeated (one per line), the essays
(needles at sentence boundaries, depths drawn from 40 evenly spaced
percentages), or lines of distractor needles.

Deviations: an adjective-noun key is an adjective and a noun drawn
independently (upstream draws from the sorted list of all pairs: the same
distribution up to a handful of duplicate pairs, without building 6 million
strings). The essay sentence splitter is a regex (see ``haystack``).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from functools import lru_cache

from ...errors import LcevalError, did_you_mean
from ...sample import Evidence, LongSample
from .common import Prompt, to_sample
from .fitting import Fitted, fit_size, step_down
from .haystack import DEPTHS, NOISE, essay_text, insert_at_depths, join_pieces, load_essay, split_sentences
from .word_pairs import upstream_pairs

NEEDLE = "One of the special magic {type_needle_v} for {key} is: {value}."
TEMPLATE = (
    "Some special magic {type_needle_v} are hidden within the following text. Make sure to memorize it. "
    "I will quiz you about the {type_needle_v} afterwards.\n{context}\n"
    "What are all the special magic {type_needle_v} for {query} mentioned in the provided text?"
)
ANSWER_PREFIX = " The special magic {type_needle_v} for {query} mentioned in the provided text are"
TOKENS_TO_GENERATE = 128
HAYSTACKS = ("essay", "noise", "needle")
NEEDLE_TYPES = ("numbers", "words", "uuids")


@lru_cache(maxsize=1)
def _wonderwords() -> tuple[list[str], list[str]]:
    from wonderwords.random_word import _get_words_from_text_file

    return _get_words_from_text_file("adjectivelist.txt"), _get_words_from_text_file("nounlist.txt")


def random_value(rng: random.Random, kind: str, upstream_words: bool = False) -> str:
    """A key or value; ``upstream_words`` draws adjective-noun pairs exactly as upstream (see ``word_pairs``)."""
    if kind == "numbers":
        return str(rng.randint(10**6, 10**7 - 1))
    if kind == "words":
        if upstream_words:
            return upstream_pairs().choice(rng)
        adjectives, nouns = _wonderwords()
        return f"{rng.choice(adjectives)}-{rng.choice(nouns)}"
    if kind == "uuids":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    raise did_you_mean("needle type", kind, NEEDLE_TYPES)


def _singular(text: str) -> str:
    """Upstream's wording for one query with one value."""
    return text.replace("Some", "A").replace("are all", "is").replace("are", "is").replace("answers", "answer")


@dataclass
class _Draw:
    context: str
    evidence: list[Evidence]
    depths: list[float]


def niah_sample(
    rng: random.Random,
    tokenizer,
    max_seq_length: int,
    *,
    type_haystack: str = "essay",
    type_needle_k: str = "words",
    type_needle_v: str = "numbers",
    num_needle_k: int = 1,
    num_needle_v: int = 1,
    num_needle_q: int = 1,
    tokens_to_generate: int = TOKENS_TO_GENERATE,
    data_dir: str | None = None,
    depth: float | list[float] | None = None,
    shuffle_seed: int | None = None,
    size_hint: int | None = None,
    size: int | None = None,
    step: int | None = None,
    upstream_draws: bool = False,
) -> LongSample:
    """One NIAH sample whose prompt + answer prefix + ``tokens_to_generate`` fits ``max_seq_length`` tokens.

    ``depth`` (percent, one value or one per needle) fixes where needles go
    instead of drawing them; ``shuffle_seed`` reproduces upstream's fixed-seed
    needle shuffle (default: shuffle with ``rng``); ``size_hint`` is a starting
    haystack size for the length search (speed only). ``size`` skips the
    search: the haystack has ``size`` units, ``step`` fewer while it overflows
    (upstream's rule; without ``step`` the sample may overflow, as a search
    probe). ``upstream_draws`` consumes ``rng`` as upstream's generator does
    (keys and values interleaved, keys from its sorted pair list), so that one
    seeded stream gives upstream's examples. ``tokenizer`` may be a
    ``PromptRender`` (lengths of the rendered prompt). Evidence spans are the needles of the queried keys; ``rng`` is
    advanced past this sample.
    """
    if type_haystack not in HAYSTACKS:
        raise did_you_mean("haystack", type_haystack, HAYSTACKS)
    for needle_type in (type_needle_k, type_needle_v):
        if needle_type not in NEEDLE_TYPES:
            raise did_you_mean("needle type", needle_type, NEEDLE_TYPES)
    num_needle_k = max(num_needle_k, num_needle_q)
    state = rng.getstate()
    essay = load_essay(data_dir) if type_haystack == "essay" else None
    single = num_needle_q * num_needle_v == 1
    kind = type_needle_v[:-1] if single else type_needle_v
    template, prefix = (_singular(TEMPLATE), _singular(ANSWER_PREFIX)) if single else (TEMPLATE, ANSWER_PREFIX)

    # Every size tried in the search replays the same draws, so keys and values stay fixed.
    def build(units: int) -> tuple[Prompt, list[str], tuple]:
        r = random.Random()
        r.setstate(state)
        keys, values = _keys_and_values(r, type_needle_k, type_needle_v, num_needle_k, num_needle_v, upstream_draws)
        needles = [(NEEDLE.format(type_needle_v=type_needle_v, key=k, value=v), k) for k, vs in zip(keys, values) for v in vs]
        (random.Random(shuffle_seed) if shuffle_seed is not None else r).shuffle(needles)
        if essay is not None:
            drawn = _essay_context(r, essay, units, needles, depth)
        else:
            drawn = _line_context(r, type_haystack, units, needles, depth, type_needle_k, type_needle_v, upstream_draws)
        picked = r.sample(range(num_needle_k), num_needle_q)
        queried = [keys[i] for i in picked]
        query = ", ".join(queried[:-1]) + ", and " + queried[-1] if len(queried) > 1 else queried[0]
        prompt = Prompt(
            template=template.format(type_needle_v=kind, context="{context}", query=query),
            context=drawn.context,
            answer_prefix=prefix.format(type_needle_v=kind, query=query),
            evidence=[Evidence(e.start, e.end, "needle") for e in drawn.evidence if e.label in queried],
            meta={"depths": drawn.depths, "haystack_size": units, "type_haystack": type_haystack},
        )
        answers = [v for i in picked for v in values[i]]
        return prompt, answers, r.getstate()

    guess = size_hint or max(1, (max_seq_length - tokens_to_generate) * (3 if essay else 1) // (4 if essay else 25))
    budget, fewest = max_seq_length - tokens_to_generate, num_needle_k * num_needle_v  # a line haystack needs a line per needle
    count = lambda built: built[0].tokens(tokenizer)  # noqa: E731
    if size is None:
        fitted = fit_size(build, count, budget, guess, minimum=fewest)
    elif step is None:
        built = build(size)
        fitted = Fitted(size, built, count(built))
    else:
        fitted = step_down(build, count, budget, size, step, minimum=fewest)
    prompt, answers, end_state = fitted.payload
    rng.setstate(end_state)
    if essay is not None:
        prompt.meta["haystack_sha256"] = essay.sha256
    return to_sample(
        prompt,
        tokenizer,
        task="niah",
        answers=answers,
        metric="string_match_all",
        max_new_tokens=tokens_to_generate,
        prompt_tokens=fitted.tokens,
    )


def _keys_and_values(r: random.Random, type_k: str, type_v: str, num_k: int, num_v: int, upstream_draws: bool):
    if not upstream_draws:
        keys = [random_value(r, type_k) for _ in range(num_k)]
        return keys, [[random_value(r, type_v) for _ in range(num_v)] for _ in keys]
    keys, values = [], []
    for _ in range(num_k):  # upstream: a key, then its values
        keys.append(random_value(r, type_k, True))
        values.append([random_value(r, type_v, True) for _ in range(num_v)])
    return keys, values


def _depth_list(depth, n: int) -> list[float] | None:
    if depth is None:
        return None
    values = list(depth) if isinstance(depth, (list, tuple)) else [depth] * n
    if len(values) != n:
        raise LcevalError(f"depth has {len(values)} values for {n} needles: give one value or one per needle.")
    return [float(d) for d in values]


def _essay_context(r: random.Random, essay, size: int, needles, depth) -> _Draw:
    sentences = split_sentences(essay_text(essay, size))
    depths = _depth_list(depth, len(needles)) or r.sample(DEPTHS, len(needles))
    pieces = insert_at_depths(sentences, needles, depths)
    context, evidence = join_pieces(pieces, " ")
    return _Draw(context, evidence, sorted(float(d) for d in depths))


def _line_context(r: random.Random, kind: str, size: int, needles, depth, type_k: str, type_v: str, upstream_words: bool = False) -> _Draw:
    if kind == "noise":
        lines = [(NOISE, None)] * size
    else:
        lines = [
            (NEEDLE.format(type_needle_v=type_v, key=random_value(r, type_k, upstream_words), value=random_value(r, type_v, upstream_words)), None)
            for _ in range(size)
        ]
    fixed = _depth_list(depth, len(needles))
    if fixed is None:
        # Fewer haystack lines than needles happens while the length search probes small sizes.
        drawn = r.sample(range(size), len(needles)) if size >= len(needles) else [r.randint(0, size) for _ in needles]
        positions = sorted(drawn, reverse=True)
    else:
        positions = sorted((min(size, int(size * d / 100)) for d in fixed), reverse=True)
    for position, needle in zip(positions, needles):
        lines.insert(position, needle)
    context, evidence = join_pieces(lines, "\n")
    depths = sorted(round(100 * p / max(size, 1), 1) for p in positions)
    return _Draw(context, evidence, depths)
