"""Families whose every sample is fitted to the target length (memlife and memlife_v2 to memlife_v35): one cached ``generate``."""

from __future__ import annotations

from typing import Callable

from ..cache import cached_generation
from ..code_identity import code_digest
from ..errors import LcevalError, did_you_mean
from ..rendering import PromptRender, resolve_chat_template
from ..sample import LongSample
from ..tokenization import load_tokenizer


def fitted_generator(family: str, tasks: tuple[str, ...], version: int, sample: Callable[..., LongSample], code: str | None = None):
    """The family's ``generate(task, num_samples=, seed=, tokenizer=, ...)`` around its uncached ``sample``.

    Lengths count the prompt as lm-eval renders it (``chat_template``: see ``lceval.rendering``).
    These families have no upstream procedure: their one ``length_fit`` fills every sample (``tight``).
    Samples are cached by everything that determines their bytes, ``version`` and the generator's code included:
    that of the module ``code`` names and of every module of lceval it imports (``sample``'s own module by default;
    a memlife family whose ``sample`` is built by ``memlife_common`` names its package).
    """
    code = code or sample.__module__

    def generate(
        task: str,
        *,
        num_samples: int = 100,
        seed: int = 42,
        tokenizer: str,
        max_seq_length: int = 4096,
        data_dir: str | None = None,
        chat_template=None,
        add_bos_token: bool | None = None,
        length_fit: str = "tight",
    ) -> list[LongSample]:
        if task not in tasks:
            raise did_you_mean(f"{family} task", task, tasks)
        if length_fit != "tight":
            raise LcevalError(f"{family} fits every sample to the target (length_fit=tight); it has no upstream procedure, got length_fit={length_fit!r}.")
        tok = load_tokenizer(tokenizer)
        render = PromptRender(tok, resolve_chat_template(chat_template, tok), add_bos_token)

        def make() -> list[LongSample]:
            return [sample(task, i, seed=seed, tokenizer=render, max_seq_length=max_seq_length, data_dir=data_dir) for i in range(num_samples)]

        return cached_generation(
            make, family=family, task=f"{family}_{task}", tokenizer=tokenizer, length=max_seq_length,
            seed=seed, count=num_samples, version=[version, code_digest(code)], data_dir=data_dir, variant=render.identity() or None,
        )

    generate.__doc__ = f"``num_samples`` samples of a {family} task, from the on-disk cache when they were made before."
    return generate
