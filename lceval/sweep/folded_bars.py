"""lm-eval's and vLLM's own progress bars, drawn nowhere and counted in the sweep's progress.

lm-eval's API models draw a bar per call whatever ``disable_tqdm`` says, and
vLLM's ``LLM.generate`` draws one per batch; in a sweep they would flood the
live display. While a sweep runs, those bars draw to /dev/null and each
update is handed to ``sink(n)`` (vLLM's updates as requests finish; the
asynchronous API path reports through lm-eval's cache hook instead).
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Callable

from tqdm import tqdm
from tqdm.asyncio import tqdm_asyncio


def _bars(sink: Callable[[int], None]) -> dict[tuple[str, str], Callable]:
    devnull = open(os.devnull, "w")  # a real stream: vLLM reads the bar's timing fields

    class Folded(tqdm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **{**kwargs, "file": devnull, "disable": False})

        def update(self, n=1):
            if n:
                sink(n)
            return super().update(n)

    class SilentAsync(tqdm_asyncio):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **{**kwargs, "file": devnull, "disable": False})

    return {
        ("lm_eval.models.api_models", "tqdm"): Folded,
        ("lm_eval.models.api_models", "tqdm_asyncio"): SilentAsync,
        ("vllm.entrypoints.common.offline", "tqdm"): Folded,
        ("vllm.entrypoints.common.offline", "maybe_tqdm"): _no_bar,  # vLLM's "Rendering prompts" bar
    }


def _no_bar(iterable, **_):
    return iterable


@contextmanager
def folded_bars(sink: Callable[[int], None]):
    """Swap the bars of the backend modules already imported; restore them afterwards."""
    saved = []
    for (module_name, attr), bar in _bars(sink).items():
        module = sys.modules.get(module_name)
        if module is not None and hasattr(module, attr):
            saved.append((module, attr, getattr(module, attr)))
            setattr(module, attr, bar)
    try:
        yield
    finally:
        for module, attr, original in saved:
            setattr(module, attr, original)
