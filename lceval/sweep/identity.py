"""A cell's identity: everything that changes its result, hashed into its folder name.

A run folder keeps one folder per cell identity, so changing a selector's
parameters or its code (the source of the modules it runs, ``code_identity``), a learned selector's weights file, the model's weights or
tokenizer files, the chunking, the lengths or the generation settings gives
the affected cells new identities: they are computed again and the others are
kept. Data files are covered after the fact: a cell records the content hash
of every data file it read, and a cell whose files changed is recomputed
(which files a task reads is known only once it has run).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from ..code_identity import code_digest
from ..data import file_sha256

# Files of a local model folder that change what it computes (weights, its config, its tokenizer).
MODEL_SUFFIXES = (".safetensors", ".bin", ".json", ".model", ".txt", ".tiktoken")
MODEL_SKIP = ("training_report.json",)  # written by training, read by nobody at evaluation time


def digest(value: Any, length: int = 16) -> str:
    """A short stable hash of a JSON-able value."""
    blob = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:length]


def selector_identity(selector) -> dict[str, Any]:
    """Class and every parameter of a resolved selector, nested ones included, plus its files' content."""
    cls = type(selector)
    out: dict[str, Any] = {"class": f"{cls.__module__}.{cls.__qualname__}"}
    out["code"] = code_digest(cls.__module__)  # any edit to the code it runs gives its cells new identities
    if dataclasses.is_dataclass(selector):
        out["params"] = {
            f.name: _value_identity(getattr(selector, f.name))
            for f in dataclasses.fields(selector)
            if f.init and not f.name.startswith("_")
        }
    files = getattr(selector, "content_files", lambda: [])()
    if files:
        out["files"] = {str(p): file_sha256(p) if Path(p).is_file() else None for p in files}
    return out


def _value_identity(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return selector_identity(value)
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if isinstance(value, (list, tuple)):
        return [_value_identity(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _value_identity(v) for k, v in value.items()}
    return repr(value)


def folder_identity(path: str | None) -> dict[str, str] | None:
    """Content hashes of a local model or tokenizer folder's files (None for a hub name)."""
    if not (isinstance(path, str) and Path(path).is_dir()):
        return None
    files = sorted(
        p for p in Path(path).iterdir()
        if p.is_file() and p.suffix in MODEL_SUFFIXES and p.name not in MODEL_SKIP and not p.name.startswith(".")
    )
    return {p.name: file_sha256(p) for p in files}

