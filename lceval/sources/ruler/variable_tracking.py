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

from ...errors import LcevalError
from .common import Prompt, sample_rng, to_sample
from .fitting import fit_size
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


def _names(r: random.Random, count: int, length: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = "".join(r.choices(string.ascii_uppercase, k=length))
        if name not in names:
            names.append(name)
    return names


def _chain(r: random.Random, num_hops: int, name_length: int, value: str | None) -> tuple[list[str], list[str], str]:
    names = _names(r, num_hops + 1, name_length)
    value = value or str(r.randint(10000, 99998))
    lines = [f"VAR {names[0]} = {value}"] + [f"VAR {names[j + 1]} = VAR {names[j]} " for j in range(num_hops)]
    return names, lines, value


def _vt_prompt(r: random.Random, num_noise: int, num_hops: int, name_length: int, value: str | None, head: str) -> tuple[Prompt, list[str], str]:
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


def _fit(r: random.Random, tokenizer, budget: int, num_hops: int, name_length: int, value, head: str, guess: int):
    state = r.getstate()

    def build(size: int):
        rr = random.Random()
        rr.setstate(state)
        return _vt_prompt(rr, size, num_hops, name_length, value, head)

    return fit_size(build, lambda built: built[0].tokens(tokenizer), budget, guess, minimum=num_hops + 1)


def icl_example(r: random.Random, tokenizer, num_hops: int) -> str:
    """The task's in-context example: a full solved prompt followed by a newline."""
    fitted = _fit(r, tokenizer, ICL_LENGTH, min(10, num_hops), 3, "12345", "", guess=15)
    prompt, names, _ = fitted.payload
    return prompt.text() + " " + " ".join(names) + "\n"


def randomize_example(r: random.Random, example: str, num_hops: int) -> str:
    """Fresh names (same length) and a fresh value for the example's chain."""
    for name in example.split()[-(num_hops + 1) :]:
        fresh = "".join(r.choices(string.ascii_uppercase, k=len(name)))
        example = re.sub(rf"\b{name}\b", fresh, example)
    return example.replace("12345", str(r.randint(10000, 99998)))


def prepare(tokenizer, max_seq_length: int, seed: int, data_dir: str | None = None, *, num_chains: int = 1, num_hops: int = 4):
    if num_chains != 1:
        raise LcevalError("variable tracking supports one chain (num_chains=1), as RULER's synthetic.yaml uses.")
    example = icl_example(random.Random(f"{seed}-icl"), tokenizer, num_hops)
    budget = max_seq_length - TOKENS_TO_GENERATE
    guess = _fit(random.Random(f"{seed}-probe"), tokenizer, budget, num_hops, 5, None, example + "\n", budget // 25).size

    def sample(index: int):
        r = sample_rng(seed, index)
        head = randomize_example(r, example, num_hops) + "\n"
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
