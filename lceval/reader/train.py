"""Train the built-in reader: ``python -m lceval.reader.train [--out DIR] [--smoke]``.

Phase 1 teaches recall on a synthetic key-value task with the embeddings
frozen at random init (so the skill is "match and copy", not tied to
particular tokens); phase 2 unfreezes everything and trains on RULER-format
prompts from lceval's own generators at growing lengths, with PoSE position
skips. Deterministic given ``--seed`` (and the thread count); every training
seed is >= ``TRAIN_SEED_BASE`` so no evaluation sample is ever trained on.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from ..errors import ArgumentParser
from . import CHECK_SEED_BASE, DEFAULT_READER, TRAIN_SEED_BASE
from .model import SMOKE_SHAPE, ModelShape

DEFAULT_OUT = DEFAULT_READER


@dataclass
class Settings:
    out: str = str(DEFAULT_OUT)
    seed: int = TRAIN_SEED_BASE
    shape: ModelShape = field(default_factory=ModelShape)
    vocab_size: int = 4096
    tokens_per_step: int = 8192
    recall_steps: int = 2000
    recall_tokens_per_step: int = 2048  # measured: recall emerges after ~1,000 such steps (small batches, more updates)
    recall_pairs: int = 16
    read_steps: int = 3500
    lr: float = 2e-3
    final_lr: float = 2e-4
    # (fraction of phase 2 done, lengths drawn from until then)
    schedule: tuple = ((0.10, (256,)), (0.30, (256, 512)), (0.75, (512, 1024)), (1.0, (1024, 2048)))
    pose_max_position: int = 4608
    extra_questions: int = 7
    vt_pool: int = 60  # fitted vt samples per length, reused with fresh names and values
    check_lengths: tuple = (256, 512, 1024, 2048, 4096)
    check_samples: int = 30
    threads: int = 1  # measured: under a shared 2-core load one thread is ~5x faster than two
    log_every: int = 25
    data_dir: str | None = None

    @classmethod
    def smoke(cls, out: str) -> "Settings":
        """Seconds, not hours: a tiny model on short prompts, for tests and a first look."""
        return cls(
            out=out, shape=SMOKE_SHAPE, vocab_size=512, tokens_per_step=1024, recall_tokens_per_step=512, recall_steps=10, read_steps=10,
            schedule=((1.0, (256,)),), pose_max_position=512, extra_questions=2, vt_pool=2,
            check_lengths=(256,), check_samples=2, log_every=5,
        )


def lengths_at(settings: Settings, progress: float) -> tuple[int, ...]:
    for until, lengths in settings.schedule:
        if progress < until:
            return lengths
    return settings.schedule[-1][1]


def cosine_lr(settings: Settings, step: int, total: int, warmup: int = 20) -> float:
    if step < warmup:
        return settings.lr * (step + 1) / warmup
    t = (step - warmup) / max(1, total - warmup)
    return settings.final_lr + 0.5 * (settings.lr - settings.final_lr) * (1 + math.cos(math.pi * t))


def main(argv: list[str] | None = None) -> int:
    """The ``lceval train-reader`` entry point; returns the exit code."""
    args = _parser().parse_args(argv)
    settings = Settings.smoke(args.out or "/tmp/lceval-reader-smoke") if args.smoke else Settings()
    shape = {k: getattr(args, k) for k in ("layers", "heads", "hidden") if getattr(args, k) is not None}
    overrides = {k: v for k, v in vars(args).items() if v is not None and k not in ("smoke", "overwrite", *shape)}
    settings = replace(settings, shape=replace(settings.shape, **shape), **overrides)
    check_out(Path(settings.out), DEFAULT_OUT, "config.json", args.overwrite)
    train(settings)
    return 0


def check_out(out: Path, shipped: Path, marker: str, overwrite: bool) -> None:
    """Never replace the shipped model by default; an output path must be a folder we may write."""
    from ..errors import LcevalError

    if out.resolve() == shipped.resolve() and (shipped / marker).exists() and not overwrite:
        raise LcevalError(f"{shipped} holds the shipped model; pass --out DIR for a new one, or --overwrite to replace it.")
    if out.exists() and not out.is_dir():
        raise LcevalError(f"--out {str(out)!r} is a file; give a folder.")


def _parser() -> ArgumentParser:
    p = ArgumentParser(prog="lceval train-reader", description=__doc__.splitlines()[0])
    p.add_argument("--out", help=f"output folder (default {DEFAULT_OUT}; with --smoke a tmp folder)")
    p.add_argument("--seed", type=int, help=f"training seed, >= {TRAIN_SEED_BASE:,}")
    p.add_argument("--recall-steps", dest="recall_steps", type=int, help="phase 1 steps")
    p.add_argument("--read-steps", dest="read_steps", type=int, help="phase 2 steps")
    p.add_argument("--layers", type=int, help="transformer layers")
    p.add_argument("--heads", type=int, help="attention heads per layer")
    p.add_argument("--hidden", type=int, help="hidden size (the MLP stays as set in ModelShape)")
    p.add_argument("--tokens-per-step", dest="tokens_per_step", type=int)
    p.add_argument("--check-samples", dest="check_samples", type=int, help="prompts per cell of the closing table")
    p.add_argument("--threads", type=int, help="torch threads (default 1)")
    p.add_argument("--data-dir", dest="data_dir", help="benchmark data folder (default $LCEVAL_DATA_DIR)")
    p.add_argument("--smoke", action="store_true", help="tiny settings, a few steps, output to a tmp folder")
    p.add_argument("--overwrite", action="store_true", help="replace the shipped reader in models/lceval-reader")
    return p


def train(settings: Settings) -> Path:
    import torch
    from rich.console import Console

    from ..cache import staged_folder
    from ..errors import LcevalError

    if settings.seed < TRAIN_SEED_BASE:
        raise LcevalError(f"--seed {settings.seed} is below {TRAIN_SEED_BASE:,}: training seeds must stay disjoint from evaluation seeds.")
    console = Console(log_path=False, width=None if sys.stdout.isatty() else 140)
    torch.set_num_threads(settings.threads)
    with staged_folder(Path(settings.out)) as stage:  # the output appears complete or not at all
        return _train_into(settings, stage, Path(settings.out), console)


def _train_into(settings: Settings, out: Path, final: Path, console) -> Path:
    from .model import build_model
    from .tokenizer import corpus, train_tokenizer

    started = time.time()

    from ..sources.ruler.haystack import load_essay

    essay = load_essay(settings.data_dir)
    tokenizer = train_tokenizer(corpus(" ".join(essay.words), settings.seed), settings.vocab_size)
    tokenizer.save_pretrained(out)
    model = build_model(settings.shape, tokenizer, settings.seed)
    n_params = sum(p.numel() for p in model.parameters())
    console.log(f"reader: {n_params:,} parameters, vocabulary {len(tokenizer):,}, output {final}")

    stats = {"tokens": 0, "train_seconds": 0.0}
    _recall_phase(settings, model, tokenizer, console, stats)
    _reading_phase(settings, model, tokenizer, console, stats)
    model.save_pretrained(out, safe_serialization=True)
    model.generation_config.save_pretrained(out)
    wall = time.time() - started

    from .checks import closing_table, render_table

    console.log("closing check: greedy exact match on fresh prompts (seeds from " f"{CHECK_SEED_BASE:,})")
    table = closing_table(model, tokenizer, settings)
    console.print(render_table(table))
    report = {
        "settings": _jsonable(asdict(settings)),
        "parameters": n_params,
        "train_tokens": stats["tokens"],
        "train_seconds": round(stats["train_seconds"], 1),
        "tokens_per_second": round(stats["tokens"] / max(stats["train_seconds"], 1e-9)),
        "wall_seconds_to_checkpoint": round(wall, 1),
        "haystack_sha256": essay.sha256,
        "closing_check": table,
    }
    (out / "training_report.json").write_text(json.dumps(report, indent=2) + "\n")
    console.log(f"done: {stats['tokens']:,} tokens in {stats['train_seconds'] / 60:.1f} min "
                f"({report['tokens_per_second']:,} tokens/s); checkpoint in {final}")
    return final


def _jsonable(value):
    return json.loads(json.dumps(value, default=str))


def _optimizer(model, lr: float):
    import torch

    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.ndim >= 2]
    rest = [p for p in params if p.ndim < 2]
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": rest, "weight_decay": 0.0}], lr=lr, betas=(0.9, 0.98)
    )


def _step(model, optimizer, ids, labels, positions, lr: float) -> tuple[float, float]:
    """One update; returns the loss and the accuracy on supervised positions."""
    import torch

    model.train()
    for group in optimizer.param_groups:
        group["lr"] = lr
    # An explicit all-ones mask: without it transformers reads PoSE's position jumps as packed-sequence boundaries.
    hidden = model.model(input_ids=ids, position_ids=positions, attention_mask=torch.ones_like(ids)).last_hidden_state
    mask = labels != -100
    logits = model.lm_head(hidden[mask])  # only supervised positions: the 4,096-way head is the costliest layer
    loss = torch.nn.functional.cross_entropy(logits.float(), labels[mask])
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    accuracy = (logits.argmax(-1) == labels[mask]).float().mean().item()
    return loss.item(), accuracy


def _recall_phase(settings: Settings, model, tokenizer, console, stats) -> None:
    import torch

    from .data import recall_batch

    embeddings = model.get_input_embeddings().weight
    embeddings.requires_grad_(False)
    optimizer = _optimizer(model, settings.lr)
    rng = random.Random(settings.seed + 1)
    seq_len = 4 * settings.recall_pairs
    batch = max(1, settings.recall_tokens_per_step // seq_len)
    first_id = len(tokenizer.all_special_ids) + 256  # skip special tokens and the byte alphabet
    tick, recent = time.time(), []
    for step in range(settings.recall_steps):
        ids, labels = recall_batch(rng, batch, settings.recall_pairs, len(tokenizer), first_id)
        positions = torch.arange(ids.shape[1]).repeat(batch, 1)
        recent.append(_step(model, optimizer, ids, labels, positions, min(settings.lr, settings.lr * (step + 1) / 20)))
        stats["tokens"] += ids.numel()
        tick = _log(console, "recall", step, settings.recall_steps, recent, stats, tick, settings.log_every)
    embeddings.requires_grad_(True)


def _reading_phase(settings: Settings, model, tokenizer, console, stats) -> None:
    from .data import collate
    from .sampling import TrainingPrompts

    prompts = TrainingPrompts(tokenizer, settings, console)
    optimizer = _optimizer(model, settings.lr)
    pose_rng = random.Random(settings.seed + 3)
    tick, recent = time.time(), []
    for step in range(settings.read_steps):
        length = prompts.rng.choice(lengths_at(settings, step / settings.read_steps))
        batch = max(1, settings.tokens_per_step // length)
        data_start = time.time()
        seqs = [prompts.sequence(length) for _ in range(batch)]
        stats["data_seconds"] = stats.get("data_seconds", 0.0) + time.time() - data_start
        ids, labels, positions = collate(seqs, tokenizer.pad_token_id, pose_rng, settings.pose_max_position)
        recent.append(_step(model, optimizer, ids, labels, positions, cosine_lr(settings, step, settings.read_steps)))
        stats["tokens"] += ids.numel()
        tick = _log(console, f"read@{length}", step, settings.read_steps, recent, stats, tick, settings.log_every)
    console.log(f"prompt generation took {stats.get('data_seconds', 0):.0f} s of phase 2; skipped draws: {prompts.skipped}")


def _log(console, phase: str, step: int, total: int, recent: list, stats: dict, tick: float, every: int) -> float:
    now = time.time()
    stats["train_seconds"] += now - tick
    if (step + 1) % every == 0 or step + 1 == total:
        loss = sum(r[0] for r in recent) / len(recent)
        acc = sum(r[1] for r in recent) / len(recent)
        console.log(
            f"{phase:>10} step {step + 1:>5}/{total}  loss {loss:.3f}  answer-token acc {acc:.3f}  "
            f"{stats['tokens'] / max(stats['train_seconds'], 1e-9):,.0f} tok/s  {stats['train_seconds'] / 60:.1f} min"
        )
        recent.clear()
    return now


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from ..errors import run_entry_point

    sys.exit(run_entry_point(main))  # one-line errors, as `lceval train-reader` gives
