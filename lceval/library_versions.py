"""The installed versions of the libraries a result depends on, for cache keys and sweep cell identities.

Token counts (tokenizers, transformers), model numerics (torch), lm-eval's
task handling and metrics, BM25 scores and array maths can all change with a
library upgrade while lceval's own code stays the same; keying cached samples,
training features and sweep cells by these versions means an upgrade
recomputes them instead of serving results the new versions would not give.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

LIBRARIES = ("torch", "transformers", "tokenizers", "lm-eval", "rank-bm25", "numpy")


@lru_cache(maxsize=None)
def library_versions() -> dict[str, str]:
    """``{distribution: installed version}`` for ``LIBRARIES`` ("absent" where one is not installed)."""
    return {name: _installed(name) for name in LIBRARIES}


def _installed(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"
