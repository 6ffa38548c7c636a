"""Test-wide setup: offline, the shared benchmark data, a private cache, a tiny model."""

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("LCEVAL_CACHE_DIR", tempfile.mkdtemp(prefix="lceval-test-cache-"))
if "LCEVAL_DATA_DIR" not in os.environ and (REPO.parent / "shared" / "data").is_dir():
    os.environ["LCEVAL_DATA_DIR"] = str(REPO.parent / "shared" / "data")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A tiny random Llama + byte-level BPE tokenizer saved in HF format."""
    from lceval.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def data_dir() -> str:
    value = os.environ.get("LCEVAL_DATA_DIR")
    if not value:
        pytest.skip("no benchmark data: set LCEVAL_DATA_DIR")
    return value
