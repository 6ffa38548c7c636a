"""A static sentence encoder distilled from all-MiniLM-L6-v2: a lookup table instead of a forward pass.

After model2vec (Tulkens & van Dongen 2024): every token of MiniLM's WordPiece
vocabulary is embedded once by MiniLM itself (``[CLS] token [SEP]``, mean
pooled), the table is centred and rotated onto its top ``DIMS`` principal
components, and each row is weighted by log(2 + token id) (WordPiece ids
roughly follow frequency, so frequent words weigh less, like a Zipf/IDF
weight). A sentence is the normalised mean of its tokens' rows, computed by
``model2vec.StaticModel``: about a thousand times cheaper than a forward pass,
at some loss of sentence-level meaning (word order is gone).

The table is not committed: it is distilled on first use (about half a
minute on two cores) into the content-keyed cache, keyed by the MiniLM files
and the distillation parameters, and written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..code_identity import code_digest
from ..data import cache_dir
from ..library_versions import library_versions
from .minilm import MODEL_FILES

DIMS = 256
BATCH = 512


def table_path(model_dir: Path) -> Path:
    """Where the table distilled from ``model_dir`` is cached."""
    digest = hashlib.sha256(f"static-{code_digest(__name__)}-dims{DIMS}".encode())  # the recipe's code, not a hand-kept version
    digest.update(json.dumps(library_versions(), sort_keys=True).encode())  # MiniLM's numerics come from torch and transformers
    for name in MODEL_FILES:
        digest.update((model_dir / name).read_bytes())
    return cache_dir() / "static-encoder" / f"{digest.hexdigest()[:20]}.npy"


def distil(model_dir: Path) -> np.ndarray:
    """The (vocabulary x DIMS) float32 table, computed from MiniLM's own forward passes."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir)).eval()
    vocab = model.config.vocab_size
    cls, sep = _special_ids(model_dir)
    rows = []
    with torch.inference_mode():
        for start in range(0, vocab, BATCH):
            ids = torch.arange(start, min(start + BATCH, vocab)).unsqueeze(1)
            batch = torch.cat([torch.full_like(ids, cls), ids, torch.full_like(ids, sep)], dim=1)
            rows.append(model(input_ids=batch).last_hidden_state.mean(dim=1).numpy())
    table = np.concatenate(rows).astype(np.float64)
    table -= table.mean(axis=0)
    _, _, components = np.linalg.svd(table, full_matrices=False)
    table = table @ components[:DIMS].T
    table *= np.log(2.0 + np.arange(vocab))[:, None]
    return table.astype(np.float32)


def _special_ids(model_dir: Path) -> tuple[int, int]:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    return tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")


def load_table(model_dir: Path) -> np.ndarray:
    """The cached table, distilled and written atomically when missing."""
    path = table_path(model_dir)
    if path.is_file():
        return np.load(path)
    table = distil(model_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(partial, "wb") as f:
        np.save(f, table)
    os.replace(partial, path)
    return table


@lru_cache(maxsize=1)
def load_static_model(model_dir: Path):
    """The ``model2vec.StaticModel`` over the distilled table and MiniLM's tokenizer, loaded once per process."""
    from model2vec import StaticModel
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    return StaticModel(vectors=load_table(model_dir), tokenizer=tokenizer, normalize=True)


if __name__ == "__main__":  # `python -m lceval.selection.static_encoder`: build the table ahead of a run (make run does)
    from .minilm import model_path

    load_table(model_path())
    print(f"static encoder table: {table_path(model_path())}")
