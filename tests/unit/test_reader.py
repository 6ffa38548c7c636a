"""The built-in reader: its training command on tiny settings, its data, and the committed checkpoint."""

import os
import random
from pathlib import Path

import pytest
import torch

from lceval.errors import LcevalError
from lceval.reader import TRAIN_SEED_BASE
from lceval.reader.data import IGNORE, Sequence, answer_text, collate, needle_sequence, recall_batch, refresh
from lceval.sources import ruler

REPO = Path(__file__).resolve().parents[2]
CHECKPOINT = REPO / "models" / "lceval-reader"


@pytest.fixture(autouse=True)
def _private_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("LCEVAL_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def reader_tokenizer():
    """The reader's tokenizer as the training command builds it (about 2 s)."""
    from lceval.reader.tokenizer import corpus, train_tokenizer
    from lceval.sources.ruler.haystack import load_essay

    if not os.environ.get("LCEVAL_DATA_DIR"):
        pytest.skip("no benchmark data: set LCEVAL_DATA_DIR")
    return train_tokenizer(corpus(" ".join(load_essay().words), TRAIN_SEED_BASE))


@pytest.fixture(scope="module")
def committed():
    """The committed checkpoint's folder."""
    if not (CHECKPOINT / "model.safetensors").is_file():
        pytest.skip("no committed reader checkpoint")
    return CHECKPOINT


def test_smoke_training_writes_a_model_hf_loads(tmp_path, data_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from lceval.reader.train import main

    out = tmp_path / "reader"
    assert main(["--smoke", "--out", str(out), "--layers", "2"]) == 0
    model = AutoModelForCausalLM.from_pretrained(out)
    assert model.config.num_hidden_layers == 2  # the smoke shape has one: the flag reached the model
    tokenizer = AutoTokenizer.from_pretrained(out)
    assert (out / "model.safetensors").is_file() and (out / "training_report.json").is_file()
    ids = tokenizer("What is the special magic number?", return_tensors="pt")["input_ids"]
    generated = model.generate(ids, max_new_tokens=3, do_sample=False)
    assert generated.shape[1] > ids.shape[1]


def test_training_refuses_seeds_that_evaluation_uses(tmp_path):
    from lceval.reader.train import main

    with pytest.raises(LcevalError, match="disjoint"):
        main(["--smoke", "--out", str(tmp_path), "--seed", "42"])


def test_training_module_reports_a_user_mistake_in_one_line(tmp_path):
    """``python -m lceval.reader.train`` (the model card's command) answers as ``lceval train-reader`` does."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "lceval.reader.train", "--smoke", "--out", str(tmp_path), "--seed", "42"],
        capture_output=True, text=True, cwd=REPO,
    )
    assert run.returncode == 2
    assert run.stderr.strip().startswith("error:") and "disjoint" in run.stderr and "Traceback" not in run.stderr


def test_every_digit_is_its_own_token(reader_tokenizer):
    pieces = reader_tokenizer.tokenize(" is: 9081726354.")
    assert [p for p in pieces if p.isdigit()] == list("9081726354")


def test_recall_batch_supervises_only_the_queried_values():
    ids, labels = recall_batch(random.Random(TRAIN_SEED_BASE), batch=2, pairs=4, vocab_size=100, first_id=10)
    assert ids.shape == labels.shape == (2, 16)
    row, lab = ids[0].tolist(), labels[0].tolist()
    pairs = dict(zip(row[0:8:2], row[1:8:2]))
    for t in range(8, 16, 2):  # at each query key the target is its value
        assert lab[t] == pairs[row[t]]
        assert lab[t + 1] == IGNORE
    assert all(x == IGNORE for x in lab[:8])


def test_refresh_gives_fresh_needles_in_the_same_places(reader_tokenizer, data_dir):
    rng = random.Random(TRAIN_SEED_BASE)
    sample = ruler.niah_sample(rng, reader_tokenizer, 512, type_haystack="noise", num_needle_k=3, tokens_to_generate=32)
    from lceval.sources.ruler.niah import _wonderwords

    fresh = refresh(sample, rng, _wonderwords())
    assert fresh.answers != sample.answers and fresh.answers[0] in fresh.context
    assert sample.answers[0] not in fresh.context
    before = reader_tokenizer(sample.prompt())["input_ids"]
    after = reader_tokenizer(fresh.prompt())["input_ids"]
    assert abs(len(after) - len(before)) <= 12  # only the keys' word pieces may change length


def test_needle_sequence_supervises_answers_and_asks_other_needles(reader_tokenizer, data_dir):
    rng = random.Random(TRAIN_SEED_BASE + 1)
    sample = ruler.niah_sample(rng, reader_tokenizer, 512, type_haystack="essay", num_needle_k=4, tokens_to_generate=32)
    seq = needle_sequence(reader_tokenizer, sample, rng, extra_questions=3)
    supervised = [t for t in seq.labels if t != IGNORE]
    eos = reader_tokenizer.eos_token_id
    assert supervised.count(eos) == 4  # the real question and three more
    first = reader_tokenizer.decode(supervised[: supervised.index(eos)])
    assert first == answer_text(sample) == f": {sample.answers[0]}."


def test_collate_shifts_labels_and_skips_positions():
    seqs = [Sequence([5, 6, 7, 8], [IGNORE, IGNORE, 7, 8]), Sequence([5, 6], [IGNORE, 6])]
    ids, labels, positions = collate(seqs, pad_id=0, pose_rng=None, max_position=100)
    assert ids.tolist() == [[5, 6, 7, 8], [5, 6, 0, 0]]
    assert labels.tolist() == [[IGNORE, 7, 8, IGNORE], [6, IGNORE, IGNORE, IGNORE]]
    skipped = [collate(seqs, 0, random.Random(seed), 100)[2][0].tolist() for seed in range(20)]
    assert any(p[-1] > 3 for p in skipped) and all(p[0] == 0 and p == sorted(p) for p in skipped)


def test_committed_checkpoint_reads_a_fresh_needle(committed, data_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    reader_tokenizer = AutoTokenizer.from_pretrained(committed)
    model = AutoModelForCausalLM.from_pretrained(committed)
    assert sum(p.numel() for p in model.parameters()) < 2_000_000
    assert (CHECKPOINT / "model.safetensors").stat().st_size <= 20 * 2**20
    sample = ruler.niah_sample(random.Random(7), reader_tokenizer, 512, type_haystack="noise", tokens_to_generate=32)
    ids = reader_tokenizer(sample.prompt() + sample.answer_prefix, return_tensors="pt")["input_ids"]
    out = model.generate(ids, max_new_tokens=16, do_sample=False, pad_token_id=reader_tokenizer.pad_token_id)
    answer = reader_tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True)
    assert sample.answers[0] in answer


@pytest.mark.parametrize("check", ["niah_single_3", "niah_multikey_1"])
def test_committed_checkpoint_copies_uuids_and_picks_the_asked_needle(committed, data_dir, check):
    """The acceptance goal's hard cases at 512 tokens: a uuid to copy, four needles with one asked."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from lceval.reader.evaluate import check_sample, greedy_correct
    from lceval.reader.mixture import CHECKS

    reader_tokenizer = AutoTokenizer.from_pretrained(committed)
    model = AutoModelForCausalLM.from_pretrained(committed).eval()
    rng = random.Random(f"test-{check}")
    samples = [ruler.niah_sample(rng, reader_tokenizer, 512, tokens_to_generate=32, **CHECKS[check]) for _ in range(10)]
    correct = sum(greedy_correct(model, check_sample(reader_tokenizer, s)) for s in samples)
    assert correct >= 8, f"{check}: {correct}/10 exact (the card reports 0.97 at 512 tokens)"


def test_committed_checkpoint_loads_through_lm_eval_hf(committed):
    from lm_eval.models.huggingface import HFLM
    from transformers import AutoTokenizer

    reader_tokenizer = AutoTokenizer.from_pretrained(committed)
    lm = HFLM(pretrained=str(committed), batch_size=1, device="cpu")
    assert lm.max_length >= 4096  # lm-eval would silently cut longer prompts from the left
    assert lm.tok_encode("1234") == [reader_tokenizer.convert_tokens_to_ids(d) for d in "1234"]
