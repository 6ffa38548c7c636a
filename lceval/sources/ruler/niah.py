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

from ...sample import Evidence, LongSample
from ...tokenization import count_tokens
from .fitting import fit_size
from .haystack import DEPTHS, NOISE, essay_text, insert_at_depths, join_pieces, load_essay, split_sentences

NEEDLE = "One of the special magic {type_needle_v} for {key} is: {value}."
TEMPLATE = (
    "Some special magic {type_needle_v} are hidden within the following text. Make sure to memorize it. "
    "I will quiz you about the {type_needle_v} afterwards.\n{context}\n"
    "What are all the special magic {type_needle_v} for {query} mentioned in the provided text?"
)
ANSWER_PREFIX = " The special magic {type_needle_v} for {query} mentioned in the provided text are"
TOKENS_TO_GENERATE = 128


@lru_cache(maxsize=1)
def _wonderwords() -> tuple[list[str], list[str]]:
    from wonderwords.random_word import _get_words_from_text_file

    return _get_words_from_text_file("adjectivelist.txt"), _get_words_from_text_file("nounlist.txt")


def random_value(rng: random.Random, kind: str) -> str:
    if kind == "numbers":
        return str(rng.randint(10**6, 10**7 - 1))
    if kind == "words":
        adjectives, nouns = _wonderwords()
        return f"{rng.choice(adjectives)}-{rng.choice(nouns)}"
    if kind == "uuids":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    raise ValueError(f"unknown needle type {kind!r}: use numbers, words or uuids")


def _singular(text: str) -> str:
    """Upstream's wording for one query with one value."""
    return text.replace("Some", "A").replace("are all", "is").replace("are", "is").replace("answers", "answer")


@dataclass
class _Draw:
    context: str
    evidence: list
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
) -> LongSample:
    """One NIAH sample whose prompt + answer prefix + ``tokens_to_generate`` fits ``max_seq_length`` tokens.

    ``depth`` (percent, one value or one per needle) fixes where needles go
    instead of drawing them; ``shuffle_seed`` reproduces upstream's fixed-seed
    needle shuffle (default: shuffle with ``rng``); ``size_hint`` is a starting
    haystack size for the length search (speed only).
    """
    if type_haystack not in ("essay", "noise", "needle"):
        raise ValueError(f"unknown haystack {type_haystack!r}: use essay, noise or needle")
    num_needle_k = max(num_needle_k, num_needle_q)
    state = rng.getstate()
    essay = load_essay(data_dir) if type_haystack == "essay" else None

    # Keys, values and query come first so every haystack size in the search shares them.
    def draw(size: int):
        r = random.Random()
        r.setstate(state)
        keys = [random_value(r, type_needle_k) for _ in range(num_needle_k)]
        values = [[random_value(r, type_needle_v) for _ in range(num_needle_v)] for _ in keys]
        needles = [(NEEDLE.format(type_needle_v=type_needle_v, key=k, value=v), k) for k, vs in zip(keys, values) for v in vs]
        (random.Random(shuffle_seed) if shuffle_seed is not None else r).shuffle(needles)
        queried = r.sample(range(num_needle_k), num_needle_q)
        if type_haystack == "essay":
            drawn = _essay_context(r, essay, size, needles, depth)
        else:
            drawn = _line_context(r, type_haystack, size, needles, depth, type_needle_k, type_needle_v)
        queries = [keys[i] for i in queried]
        query = ", ".join(queries[:-1]) + ", and " + queries[-1] if len(queries) > 1 else queries[0]
        answers = [v for i in queried for v in values[i]]
        wanted = set(queries)
        drawn.evidence = [e for e in drawn.evidence if e.label in wanted]
        return drawn, query, answers, r.getstate()

    kind = type_needle_v
    template, prefix = TEMPLATE, ANSWER_PREFIX
    if num_needle_q * num_needle_v == 1:
        template, prefix, kind = _singular(template), _singular(prefix), kind[:-1]

    def render(built):
        drawn, query, _, _ = built
        return template.format(type_needle_v=kind, context=drawn.context, query=query), prefix.format(type_needle_v=kind, query=query)

    def count(built) -> int:
        text, answer_prefix = render(built)
        return count_tokens(tokenizer, text + answer_prefix)

    unit = 1.3 if essay else 25.0  # rough tokens per haystack unit, only for the first guess
    guess = size_hint or max(1, int((max_seq_length - tokens_to_generate) / unit))
    fitted = fit_size(draw, count, max_seq_length - tokens_to_generate, guess)
    drawn, query, answers, end_state = fitted.payload
    rng.setstate(end_state)
    _, answer_prefix = render(fitted.payload)
    filled = template.format(type_needle_v=kind, context="{context}", query=query)
    evidence = [Evidence(e.start, e.end, "needle") for e in drawn.evidence]
    meta = {
        "depths": drawn.depths,
        "haystack_size": fitted.size,
        "context_tokens": count_tokens(tokenizer, drawn.context),
        "prompt_tokens": fitted.tokens,
        "type_haystack": type_haystack,
        "chunk_style": "prose",
    }
    if essay is not None:
        meta["haystack_sha256"] = essay.sha256
    return LongSample(
        task="niah",
        index=0,
        template=filled,
        context=drawn.context,
        question=filled.split("{context}")[1].strip(),
        answers=answers,
        answer_prefix=answer_prefix,
        evidence=evidence,
        metric="string_match_all",
        max_new_tokens=tokens_to_generate,
        meta=meta,
    )


def _depth_list(depth, n: int) -> list[float] | None:
    if depth is None:
        return None
    values = list(depth) if isinstance(depth, (list, tuple)) else [depth] * n
    if len(values) != n:
        raise ValueError(f"depth has {len(values)} values for {n} needles")
    return [float(d) for d in values]


def _essay_context(r: random.Random, essay, size: int, needles, depth) -> _Draw:
    sentences = split_sentences(essay_text(essay, size))
    depths = _depth_list(depth, len(needles)) or r.sample(DEPTHS, len(needles))
    pieces = insert_at_depths(sentences, needles, depths)
    context, evidence = join_pieces(pieces, " ")
    return _Draw(context, evidence, sorted(float(d) for d in depths))


def _line_context(r: random.Random, kind: str, size: int, needles, depth, type_k: str, type_v: str) -> _Draw:
    if kind == "noise":
        lines = [(NOISE, None)] * size
    else:
        lines = [
            (NEEDLE.format(type_needle_v=type_v, key=random_value(r, type_k), value=random_value(r, type_v)), None)
            for _ in range(size)
        ]
    fixed = _depth_list(depth, len(needles))
    if fixed is None:
        positions = sorted(r.sample(range(size), len(needles)), reverse=True)
    else:
        positions = sorted((min(size, int(size * d / 100)) for d in fixed), reverse=True)
    for position, needle in zip(positions, needles):
        lines.insert(position, needle)
    context, evidence = join_pieces(lines, "\n")
    depths = sorted(round(100 * p / max(size, 1), 1) for p in positions)
    return _Draw(context, evidence, depths)
