"""RULER variable tracking (upstream ``scripts/data/synthetic/variable_tracking.py``), written anew.

One chain ``VAR A = 12345``, ``VAR B = VAR A ``, ... of ``num_hops`` hops over
5-letter upper-case names, its lines scattered in order through the noise
paragraph repeated one per line. One in-context example comes first: built
once per task at 500 tokens with 3-letter names and the value 12345, then
given fresh names and value for every sample (as upstream's ``randomize_icl``).

Deviations: chain names are drawn distinct (upstream can, rarely, reuse one);
the example's names are replaced as whole words (upstream replaces substrings).
"""

from __future__ import annotations

import random
import re
import string

import numpy

from ...errors import LcevalError
from ...rendering import as_render
from ...tokenization import count_tokens
from .common import Prompt, sample_rng, to_sample
from .fitting import fit_size, search_once, step_down, upstream_upper_bound
from .haystack import NOISE, join_pieces

TEMPLATE = (
    "Memorize and track the chain(s) of variable assignment hidden in the following text.\n\n{context}\n"
    "Question: Find all variables that are assigned the value {query} in the text above."
)
ANSWER_PREFIX = (
    " Answer: According to the chain(s) of variable assignment in the text above, "
    "{num_v} variables are assigned the value {query}, they are: "
)
TOKENS_TO_GENERATE = 30
ICL_LENGTH = 500  # upstream builds its example for a 500-token budget, without generation room
ICL_STEP = 5  # noise lines


def _names(r: random.Random, count: int, length: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(r.choices(string.ascii_uppercase, k=length))
        if name not in names:
            names.append(name)
    return names


def _chain(r: random.Random, num_hops: int, name_length: int, value) -> tuple[list[str], list[str], str]:
    """``value``: the chain's value, None to draw it from ``r``, or a function that draws it."""
    names = _names(r, num_hops + 1, name_length)
    value = value() if callable(value) else value or str(r.randint(10000, 99998))
    lines = [f"VAR {names[0]} = {value}"] + [f"VAR {names[j + 1]} = VAR {names[j]} " for j in range(num_hops)]
    return names, lines, value


def _vt_prompt(r: random.Random, num_noise: int, num_hops: int, name_length: int, value, head: str) -> tuple[Prompt, list[str], str]:
    names, chain, value = _chain(r, num_hops, name_length, value)
    pieces: list[tuple[str, str | None]] = [(NOISE, None)] * num_noise
    for j, position in enumerate(sorted(r.sample(range(num_noise), len(chain)))):
        pieces.insert(position + j, (chain[j], "assignment"))
    context, evidence = join_pieces(pieces, "\n")
    prompt = Prompt(
        template=head + TEMPLATE.replace("{query}", value),
        context=context,
        answer_prefix=ANSWER_PREFIX.format(num_v=num_hops + 1, query=value),
        evidence=evidence,
        meta={"haystack_size": num_noise, "depths": [round(100 * e.start / len(context), 1) for e in evidence]},
    )
    return prompt, names, value


def _builder(r: random.Random, num_hops: int, name_length: int, value, head: str):
    state = r.getstate()

    def build(size: int):
        rr = random.Random()
        rr.setstate(state)
        return _vt_prompt(rr, size, num_hops, name_length, value, head)

    return build


def _count(tokenizer):
    return lambda built: built[0].tokens(tokenizer)


def _fit(r: random.Random, tokenizer, budget: int, num_hops: int, name_length: int, value, head: str, guess: int):
    return fit_size(_builder(r, num_hops, name_length, value, head), _count(tokenizer), budget, guess, minimum=num_hops + 1)


def _upstream_size(stream: random.Random, count, budget: int, max_seq_length: int, step: int, build_at) -> int:
    """Upstream's once-per-task binary search over noise lines; ``build_at(stream, n)`` draws a fresh example."""
    count_at = lambda n: count(build_at(stream, n))  # noqa: E731
    upper = upstream_upper_bound(count_at(step), step, max_seq_length)
    return search_once(count_at, budget, step, upper) or step


def icl_example(r: random.Random, tokenizer, num_hops: int, length_fit: str = "tight") -> str:
    """The task's in-context example: a full solved prompt followed by a newline.

    Upstream builds it as a plain prompt (no chat template) for a 500-token
    budget without generation room: its own binary search, steps of 5 lines.
    """
    plain = as_render(tokenizer).tokenizer
    hops = min(10, num_hops)
    if length_fit == "upstream":
        build_at = lambda rng, n: _vt_prompt(rng, n, hops, 3, "12345", "")  # noqa: E731
        size = _upstream_size(r, _count(plain), ICL_LENGTH, ICL_LENGTH, ICL_STEP, build_at)
        # Upstream draws afresh at every step down, from the same stream.
        fitted = step_down(lambda n: build_at(r, n), _count(plain), ICL_LENGTH, size, ICL_STEP, minimum=hops + 1)
    else:
        fitted = _fit(r, plain, ICL_LENGTH, hops, 3, "12345", "", guess=15)
    prompt, names, _ = fitted.payload
    return prompt.text() + " " + " ".join(names) + "\n"


def randomize_example(r: random.Random, example: str, num_hops: int) -> str:
    """Fresh names (same length) and a fresh value for the example's chain."""
    for name in example.split()[-(num_hops + 1) :]:
        fresh = "".join(r.choices(string.ascii_uppercase, k=len(name)))
        example = re.sub(rf"\b{name}\b", fresh, example)
    return example.replace("12345", str(r.randint(10000, 99998)))


def prepare(tokenizer, max_seq_length: int, seed: int, data_dir: str | None = None, *, num_chains: int = 1, num_hops: int = 4, length_fit: str = "upstream"):
    if num_chains != 1:
        raise LcevalError("variable tracking supports one chain (num_chains=1), as RULER's synthetic.yaml uses.")
    # Upstream draws the example, then the task's search, from one seeded stream.
    stream = random.Random(seed if length_fit == "upstream" else f"{seed}-icl")
    example = icl_example(stream, tokenizer, num_hops, length_fit)
    budget = max_seq_length - TOKENS_TO_GENERATE
    if length_fit == "upstream":
        # Upstream searches without the example in the prompt and adds the example's own token count.
        step = 5 if max_seq_length < 4096 else 10
        example_tokens = count_tokens(as_render(tokenizer).tokenizer, example)
        values = numpy.random.RandomState(seed)  # upstream draws chain values from numpy's seeded stream
        build_at = lambda rng, n: _vt_prompt(rng, n, num_hops, 5, lambda: str(values.randint(10000, 99999)), "")  # noqa: E731
        size = _upstream_size(stream, _count(tokenizer), budget - example_tokens, max_seq_length, step, build_at)
    else:
        guess = _fit(random.Random(f"{seed}-probe"), tokenizer, budget, num_hops, 5, None, example + "\n", budget // 25).size

    def sample(index: int):
        r = sample_rng(seed, index)
        head = randomize_example(r, example, num_hops) + "\n"
        if length_fit == "upstream":
            fitted = step_down(_builder(r, num_hops, 5, None, head), _count(tokenizer), budget, size, step, minimum=num_hops + 1)
            fitted.payload[0].meta["task_haystack_size"] = size
        else:
            fitted = _fit(r, tokenizer, budget, num_hops, 5, None, head, guess)
        prompt, names, value = fitted.payload
        return to_sample(
            prompt,
            tokenizer,
            task="vt",
            question=f"Find all variables that are assigned the value {value} in the text above.",
            answers=names,
            metric="string_match_all",
            max_new_tokens=TOKENS_TO_GENERATE,
            prompt_tokens=fitted.tokens,
        )

    return sample
