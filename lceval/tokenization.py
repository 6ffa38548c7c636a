"""Tokenizer loading and counting: lengths are always measured with the evaluated model's tokenizer."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from .data import file_sha256
from .errors import LcevalError


@lru_cache(maxsize=8)
def load_tokenizer(name_or_path: str):
    """A Hugging Face tokenizer, loaded once per process."""
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(name_or_path)
    except Exception as exc:  # transformers raises many types for a bad name
        raise LcevalError(
            f"cannot load tokenizer {name_or_path!r} ({type(exc).__name__}). "
            "Pass a local model folder through `tokenizer` or the model's `pretrained`."
        ) from None


def count_tokens(tokenizer, text: str) -> int:
    return len(tokenizer(text, add_special_tokens=False)["input_ids"])


_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json", "vocab.txt", "merges.txt", "tokenizer.model", "spiece.model")


def tokenizer_identity(name_or_path: str) -> str:
    """A short id that changes whenever the tokenizer's files (or a hub tokenizer's vocabulary) do: keys on-disk caches."""
    folder = Path(name_or_path)
    files = [folder / f for f in _TOKENIZER_FILES if (folder / f).is_file()] if folder.is_dir() else []
    if files:  # a local tokenizer: its files' content, no need to import transformers
        digest = hashlib.sha256()
        for path in files:
            digest.update(path.name.encode() + b"\0" + file_sha256(path).encode())
        return f"files-{digest.hexdigest()[:16]}"
    return _vocabulary_identity(name_or_path)


@lru_cache(maxsize=8)
def _vocabulary_identity(name_or_path: str) -> str:
    tok = load_tokenizer(name_or_path)
    vocab = json.dumps(sorted(tok.get_vocab().items()), ensure_ascii=False)
    digest = hashlib.sha256(vocab.encode()).hexdigest()[:16]
    return f"{type(tok).__name__}-{len(tok)}-{digest}"
