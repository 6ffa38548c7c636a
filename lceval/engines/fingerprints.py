"""Content fingerprints of a local model: which tokenizer and which weights answer."""

from __future__ import annotations

import hashlib
from pathlib import Path

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.json", "vocab.txt",
                   "merges.txt", "tokenizer.model", "chat_template.jinja", "chat_template.json")


SAMPLE_BYTES = 1 << 20


def local_weights(path) -> dict[str, list] | None:
    """Size and a content sample of a local model's weights and config (None for a hub name).

    A model retrained in place is another model; the same files copied to
    another machine are the same model (shards of a sweep merge). Hashing the
    first and last MiB of each file keeps this cheap for many-GB checkpoints.
    """
    if not (isinstance(path, str) and Path(path).is_dir()):
        return None
    files = sorted(p for p in Path(path).iterdir() if p.suffix in (".safetensors", ".bin") or p.name == "config.json")
    return {p.name: [p.stat().st_size, _sample_sha(p)] for p in files}


def _sample_sha(path: Path) -> str:
    digest, size = hashlib.sha256(), path.stat().st_size
    with open(path, "rb") as f:
        digest.update(f.read(SAMPLE_BYTES))
        if size > 2 * SAMPLE_BYTES:
            f.seek(size - SAMPLE_BYTES)
            digest.update(f.read(SAMPLE_BYTES))
        elif size > SAMPLE_BYTES:
            digest.update(f.read())
    return digest.hexdigest()[:16]


def tokenizer_fingerprint(path) -> str | None:
    """sha256 of a local tokenizer's files; a hub name stands for itself."""
    if not isinstance(path, str):
        return None
    folder = Path(path)
    if not folder.is_dir():
        return path
    digest = hashlib.sha256()
    for name in TOKENIZER_FILES:
        if (folder / name).is_file():
            digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return digest.hexdigest()
