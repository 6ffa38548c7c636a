"""What the reader trains on and is checked on: RULER NIAH variants and variable tracking, by weight.

Each entry is a ``ruler.niah_sample`` setting (or "vt"). Needle counts are
capped by length so short prompts still have room for haystack.
"""

from __future__ import annotations

import random

# name: (weight, niah_sample keywords; "k" is the largest number of keys at 1,024 tokens and above)
MIXTURE: dict[str, tuple[float, dict]] = {
    "noise-1": (0.08, dict(type_haystack="noise", type_needle_k="words", type_needle_v="numbers", k=1)),
    "noise-k": (0.10, dict(type_haystack="noise", type_needle_k="words", type_needle_v="numbers", k=8)),
    "essay-k": (0.35, dict(type_haystack="essay", type_needle_k="words", type_needle_v="numbers", k=8)),
    "essay-uuid": (0.20, dict(type_haystack="essay", type_needle_k="words", type_needle_v="uuids", k=4)),
    "needle-words": (0.05, dict(type_haystack="needle", type_needle_k="words", type_needle_v="numbers", k=1)),
    "needle-uuids": (0.05, dict(type_haystack="needle", type_needle_k="uuids", type_needle_v="uuids", k=1)),
    "multivalue": (0.05, dict(type_haystack="essay", type_needle_k="words", type_needle_v="numbers", k=1, num_needle_v=4)),
    "multiquery": (0.07, dict(type_haystack="essay", type_needle_k="words", type_needle_v="numbers", k=4, num_needle_q=4)),
    "vt": (0.05, {}),
}

VT_MIN_LENGTH = 1024  # upstream's in-context example alone takes about 500 tokens

# The closing check: upstream settings of the tasks the acceptance goal names.
CHECKS: dict[str, dict] = {
    "niah_single_1": dict(type_haystack="noise", type_needle_k="words", type_needle_v="numbers"),
    "niah_single_2": dict(type_haystack="essay", type_needle_k="words", type_needle_v="numbers"),
    "niah_single_3": dict(type_haystack="essay", type_needle_k="words", type_needle_v="uuids"),
    "niah_multikey_1": dict(type_haystack="essay", type_needle_k="words", type_needle_v="numbers", num_needle_k=4),
}


def pick(rng: random.Random, length: int, with_vt: bool) -> tuple[str, dict]:
    """A mixture entry and its ``niah_sample`` keywords for a prompt of ``length`` tokens."""
    with_vt = with_vt and length >= VT_MIN_LENGTH
    names = [n for n in MIXTURE if with_vt or n != "vt"]
    name = rng.choices(names, weights=[MIXTURE[n][0] for n in names])[0]
    settings = dict(MIXTURE[name][1])
    most = settings.pop("k", 1)
    cap = max(1, min(most, length // 128))
    settings["num_needle_k"] = rng.randint(1, cap) if most > 1 else 1
    if settings.get("num_needle_q", 1) > settings["num_needle_k"]:
        settings["num_needle_q"] = settings["num_needle_k"]
    return name, settings
