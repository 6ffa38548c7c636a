"""The stream of phase-2 training sequences, drawn from the mixture with lceval's RULER generators.

NIAH prompts are fitted fresh for every sequence (measured here: 3-25 ms per
prompt up to 4K tokens, a few percent of a training step). Variable-tracking
prompts come from ``ruler.generate``: a small pool per length, each reuse with
fresh variable names and values.
"""

from __future__ import annotations

import random

from ..errors import LcevalError
from .data import Sequence, needle_sequence, refresh
from .mixture import pick

TRAIN_TOKENS_TO_GENERATE = 32  # room left for the answer when fitting training prompts


class TrainingPrompts:
    def __init__(self, tokenizer, settings, console=None):
        from ..sources import ruler
        from ..sources.ruler.niah import _wonderwords

        self.ruler, self.tokenizer, self.settings = ruler, tokenizer, settings
        self.rng = random.Random(settings.seed + 2)
        self.words = _wonderwords()
        self.with_vt = hasattr(ruler, "generate")
        self.vt_pools: dict[int, list] = {}
        self.skipped = 0
        if console is not None and not self.with_vt:
            console.log("[yellow]ruler.generate is not available: training without variable tracking")

    def sequence(self, length: int) -> Sequence:
        name, kwargs = pick(self.rng, length, self.with_vt)
        if name == "vt":
            sample = refresh(self.rng.choice(self._vt_pool(length)), self.rng, self.words)
        else:
            sample = self._niah(length, kwargs)
        return needle_sequence(self.tokenizer, sample, self.rng, self.settings.extra_questions)

    def _niah(self, length: int, kwargs: dict):
        """A fitted prompt; a setting that cannot fit ``length`` falls back to one needle, then to a noise haystack."""
        one = {**kwargs, "num_needle_k": 1, "num_needle_q": 1}
        simplest = dict(type_haystack="noise", type_needle_k="words", type_needle_v="numbers")
        for attempt in (kwargs, one, simplest):
            try:
                return self.ruler.niah_sample(
                    self.rng, self.tokenizer, length, tokens_to_generate=TRAIN_TOKENS_TO_GENERATE,
                    data_dir=self.settings.data_dir, **attempt,
                )
            except (ValueError, LcevalError):
                self.skipped += 1
        raise LcevalError(f"cannot fit a training prompt of {length} tokens: use longer lengths.")

    def _vt_pool(self, length: int) -> list:
        if length not in self.vt_pools:
            self.vt_pools[length] = self.ruler.generate(
                "vt", num_samples=self.settings.vt_pool, seed=self.settings.seed + 100 + length,
                tokenizer=self.settings.out, max_seq_length=length, data_dir=self.settings.data_dir,
            )
        return self.vt_pools[length]
