"""Test-wide setup: offline, the shared benchmark data, a private cache, a tiny model."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the shared helpers_*.py, for tests in every tier folder

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("LCEVAL_CACHE_DIR", tempfile.mkdtemp(prefix="lceval-test-cache-"))
if "LCEVAL_DATA_DIR" not in os.environ and (REPO.parent / "shared" / "data").is_dir():
    os.environ["LCEVAL_DATA_DIR"] = str(REPO.parent / "shared" / "data")


def pytest_addoption(parser):
    parser.addoption("--selector", action="append", default=[], metavar="SPEC",
                     help="also run the selector contract (tests/unit/test_selector_matrix.py) on SPEC: a name, module:Class or a preset file")


def pytest_configure(config):
    """The suite reads real benchmark files; without them say so once instead of failing 100 tests."""
    value = os.environ.get("LCEVAL_DATA_DIR", "")
    if not (Path(value) / "ruler").is_dir() or not (Path(value) / "longbench").is_dir():
        pytest.exit(
            f"benchmark data not found (LCEVAL_DATA_DIR={value!r}): point LCEVAL_DATA_DIR at a folder "
            "holding ruler/ and longbench/ (here: the shared/data folder beside the clone).",
            returncode=4,
        )


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    """A tiny random Llama + byte-level BPE tokenizer saved in HF format."""
    from lceval.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def data_dir() -> str:
    return os.environ["LCEVAL_DATA_DIR"]


@pytest.fixture(scope="session")
def baseline(tmp_path_factory):
    """An uninterrupted small sweep on a tiny random model, run once per session: (config, run folder, stats)."""
    import torch

    from helpers_sweep import write_config
    from lceval.sweep import load_config, sweep

    cfg = load_config(write_config(tmp_path_factory.mktemp("sweep-baseline")))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # the machine is shared: one thread is steadier (and here faster)
    try:
        return cfg, cfg.output, sweep(cfg)
    finally:
        torch.set_num_threads(threads)
