"""Train the hybrid's slot models (role, key match, question kind) on training-only text.

    lceval train-slots [--episodes 2500] [--corpus all|five|sixall|allreasons|three|both|narrow|wide|varied|lookalikes|machine|reasons] [--out lceval/selection/weights/slots.json]

Data: episodes of ``slot_corpus`` (narrow: a few styles), ``slot_corpus_wide``
(60+ forms per role in many styles, keys as identifiers),
``slot_corpus_varied`` (80+ forms per role varying sentence construction,
written by a third hand) and ``slot_corpus_lookalikes`` (look-alikes in the
same record shapes as genuine writes, written by a fourth hand), a quarter
each by default (``--corpus all``; ``three`` is the first three, ``both`` the
first two); ``slot_corpus_machine`` (machine-format records: API traffic, CLI
runs, SQL, diffs, status-column rows, segments, logs, facts, written by a
fifth hand) is used alone (``machine``) or as a fifth share (``five``), never
by default; ``slot_corpus_reasons`` (records whose role only a stated reason
decides: a reason a named value did not take effect, or a neutral remark,
before the holder, between holder and value, after the value, in a remarks
column, an inline comment or a note joined as ``<note>: <record> <note>``,
written by a sixth hand) is used alone (``reasons``), with the four of
``all`` (``allreasons``) or with the five of ``five`` (``sixall``), never by
default — phrasings written for training only,
sharing no template with any memory-lifecycle family, drawn with seeds
from 10,000,000 up — and sentences of RULER's essay haystack as ``other``
text and as sentences about no key. No evaluation record is read. Each model is a
multinomial logistic regression (L2, full-batch L-BFGS; ``--role-l2`` for the
role model alone); 20% of the episodes are held out and their accuracy is
printed and stored in the weights' meta. That split shares templates with
training; ``--leave-one-corpus-out`` also fits each model once per corpus on
the others alone and scores it there: accuracy on another hand's phrasings.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import numpy as np

from ..errors import ArgumentParser, LcevalError
from . import slot_corpus, slot_corpus_lookalikes, slot_corpus_machine, slot_corpus_reasons, slot_corpus_varied, slot_corpus_wide
from ..selection.encoder import ENCODERS, shared_encoder
from ..selection.slot_reader import role_input
from ..selection.slot_models import KINDS, ROLE_INPUTS, ROLES, Linear, SlotModels, content_words, key_words, frame, kind_features, match_features, readable, role_features, sentence_stems
from .selector import TRAIN_SEED

CORPORA = {"narrow": (slot_corpus,), "wide": (slot_corpus_wide,), "varied": (slot_corpus_varied,), "lookalikes": (slot_corpus_lookalikes,),
           "both": (slot_corpus, slot_corpus_wide), "three": (slot_corpus, slot_corpus_wide, slot_corpus_varied),
           "all": (slot_corpus, slot_corpus_wide, slot_corpus_varied, slot_corpus_lookalikes),
           "machine": (slot_corpus_machine,),
           "five": (slot_corpus, slot_corpus_wide, slot_corpus_varied, slot_corpus_lookalikes, slot_corpus_machine),
           "reasons": (slot_corpus_reasons,),
           "allreasons": (slot_corpus, slot_corpus_wide, slot_corpus_varied, slot_corpus_lookalikes, slot_corpus_reasons),
           "sixall": (slot_corpus, slot_corpus_wide, slot_corpus_varied, slot_corpus_lookalikes, slot_corpus_machine, slot_corpus_reasons)}


def draw_episodes(corpora, n: int, rng: random.Random) -> list[slot_corpus.Episode]:
    """Episode i from ``corpora[i % len(corpora)]``: equal shares, interleaved so any held-out subset sees each."""
    return [corpora[i % len(corpora)].episode(rng) for i in range(n)]


def essay_sentences(rng: random.Random, n: int, data_dir: str | None = None) -> list[str]:
    from ..sources.ruler.haystack import load_essay, split_sentences

    words = load_essay(data_dir).words
    out: list[str] = []
    while len(out) < n:
        start = rng.randrange(len(words) - 400)
        out += [s for s in split_sentences(" ".join(words[start : start + 400]))[1:-1] if 3 <= len(s.split()) <= 60]
    return out[:n]


def build(episodes: list[slot_corpus.Episode], essays: list[str], rng: random.Random, encoder: str = "minilm", role_reads: str = "both"):
    """(role X, y), (match X, y), (kind X, y) with an episode id per row for the held-out split.

    role_reads: what the role model reads of a sentence (``SlotModels.role_input``): frame, sentence or both."""
    encoder = shared_encoder(encoder)
    q_words = [key_words(content_words(e.question), [sentence_stems(l.text) for l in e.lines]) for e in episodes]
    negatives = [rng.sample(essays, 6) for _ in episodes]
    texts = list(dict.fromkeys([l.text for e in episodes for l in e.lines] + [e.question for e in episodes] + essays))
    vectors = dict(zip(texts, encoder.encode([readable(t) for t in texts])))
    role_texts = list(dict.fromkeys((t, tuple(words)) for e, words, neg in zip(episodes, q_words, negatives)
                                    for t in [l.text for l in e.lines] + neg[:3]))
    role_vector = dict(zip(role_texts, role_input(role_reads, np.stack([vectors[t] for t, _ in role_texts]),
                                                   [frame(t, list(w)) for t, w in role_texts], encoder)))
    role, match, kind = ([], [], []), ([], [], []), ([], [], [])
    for gid, (e, words, neg) in enumerate(zip(episodes, q_words, negatives)):
        q_vec = vectors[e.question]
        for line in e.lines:
            _add(role, role_features(line.text, role_vector[line.text, tuple(words)], words), ROLES.index(line.role), gid)
            _add(match, match_features(words, q_vec, line.text, vectors[line.text]), int(line.about == "key"), gid)
        for s in neg:
            _add(match, match_features(words, q_vec, s, vectors[s]), 0, gid)
        for s in neg[:3]:
            _add(role, role_features(s, role_vector[s, tuple(words)], words), ROLES.index("other"), gid)
        _add(kind, kind_features(e.question, q_vec), KINDS.index(e.kind), gid)
    return [tuple(np.asarray(a) for a in part) for part in (role, match, kind)]


def _add(part, x, y, gid):
    part[0].append(x)
    part[1].append(y)
    part[2].append(gid)


def fit(x: np.ndarray, y: np.ndarray, classes, l2: float = 1e-3) -> Linear:
    """Multinomial logistic regression, full batch L-BFGS on standardised features."""
    import torch

    mean, std = x.mean(0), x.std(0) + 1e-6
    xt = torch.from_numpy(((x - mean) / std).astype(np.float32))
    yt = torch.from_numpy(y.astype(np.int64))
    weight = torch.zeros(x.shape[1], len(classes), requires_grad=True)
    bias = torch.zeros(len(classes), requires_grad=True)
    optimizer = torch.optim.LBFGS([weight, bias], max_iter=300, line_search_fn="strong_wolfe")

    def closure():
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(xt @ weight + bias, yt) + l2 * (weight**2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return Linear(list(classes), mean, std, weight.detach().double().numpy(), bias.detach().double().numpy())


def leave_one_corpus_out(parts, corpora, l2: float, role_l2: float | None = None) -> dict[str, dict[str, float]]:
    """Per corpus, each model's accuracy on it when trained on the other corpora alone: how well the models carry to
    phrasings by another hand (a held-out split of episodes only shows how well they carry to new episodes of the
    same templates). Essay sentences go with the episode they were drawn for."""
    out: dict[str, dict[str, float]] = {}
    for name, (x, y, gid), classes in zip(("role", "match", "kind"), parts, (ROLES, ("other key", "asked key"), KINDS)):
        for k, corpus in enumerate(corpora):
            mine = gid % len(corpora) == k
            model = fit(x[~mine], y[~mine], classes, role_l2 if name == "role" and role_l2 is not None else l2)
            out.setdefault(corpus.__name__.rsplit(".", 1)[-1], {})[name] = round(float((model(x[mine]).argmax(1) == y[mine]).mean()), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.seed < TRAIN_SEED:
        raise LcevalError(f"training seeds must be >= {TRAIN_SEED:,} so they never meet evaluation seeds; got {args.seed}.")
    started = time.perf_counter()
    rng = random.Random(args.seed)
    corpora = CORPORA[args.corpus]
    if args.leave_one_corpus_out and len(corpora) < 2:
        raise LcevalError(f"--leave-one-corpus-out needs a --corpus of two corpora or more (all, five, ...); {args.corpus!r} is one.")
    episodes = draw_episodes(corpora, args.episodes, rng)
    essays = essay_sentences(rng, args.essay_sentences, args.data_dir)
    parts = build(episodes, essays, rng, args.encoder, args.role_input)
    held = {g for g in range(args.episodes) if rng.random() < args.validation}
    models, accuracy, by_corpus = [], {}, {}
    for name, (x, y, gid), classes in zip(("role", "match", "kind"), parts, (ROLES, ("other key", "asked key"), KINDS)):
        test = np.isin(gid, list(held))
        l2 = args.role_l2 if name == "role" and args.role_l2 is not None else args.l2
        model = fit(x[~test], y[~test], classes, l2)
        right = model(x[test]).argmax(1) == y[test]
        accuracy[name] = round(float(right.mean()), 4) if test.any() else None
        for k, corpus in enumerate(corpora):  # episode i came from corpora[i % len(corpora)]
            mine = gid[test] % len(corpora) == k
            by_corpus.setdefault(corpus.__name__.rsplit(".", 1)[-1], {})[name] = round(float(right[mine].mean()), 4) if mine.any() else None
        models.append(fit(x, y, classes, l2) if test.any() else model)  # the shipped model sees every episode
    meta = {"encoder": args.encoder, "role_input": args.role_input, "episodes": args.episodes, "essay_sentences": len(essays), "seed": args.seed, "l2": args.l2,
            **({"role_l2": args.role_l2} if args.role_l2 is not None else {}), "held_out_accuracy": accuracy, "held_out_accuracy_by_corpus": by_corpus, "corpus": args.corpus,
            **({"leave_one_corpus_out": leave_one_corpus_out(parts, corpora, args.l2, args.role_l2)} if args.leave_one_corpus_out else {}),
            "data": " + ".join(c.__name__ for c in corpora) + " (training-only phrasings) + essay sentences"}
    SlotModels(*models, meta=meta).save(args.out)
    print(f"wrote {args.out} in {time.perf_counter() - started:.0f}s; held-out accuracy {accuracy}; by corpus {by_corpus}", file=sys.stderr)
    if args.leave_one_corpus_out:
        print(f"leave-one-corpus-out accuracy {meta['leave_one_corpus_out']}", file=sys.stderr)
    return 0


def _parser() -> argparse.ArgumentParser:
    from ..selection.slot_models import DEFAULT_WEIGHTS

    p = ArgumentParser(prog="lceval train-slots", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--episodes", type=int, default=2500)
    p.add_argument("--corpus", choices=sorted(CORPORA), default="all", help="training phrasings: slot_corpus (narrow), slot_corpus_wide, slot_corpus_varied, slot_corpus_lookalikes, "
                   "slot_corpus_machine (machine), slot_corpus_reasons (reasons), half each of narrow and wide (both), a third each of the first three (three), "
                   "a quarter each of the first four (all), a fifth each of the first five (five), the four of all plus reasons (allreasons) "
                   "or a sixth each of all six (sixall)")
    p.add_argument("--essay-sentences", type=int, default=6000)
    p.add_argument("--seed", type=int, default=TRAIN_SEED + 15, help=f"corpus seed, >= {TRAIN_SEED:,}")
    p.add_argument("--l2", type=float, default=1e-3)
    p.add_argument("--role-l2", type=float, default=None, help="the role model's L2 weight (default: --l2)")
    p.add_argument("--encoder", choices=ENCODERS, default="minilm",
                   help="sentence encoder whose embeddings the models read (static: the learned selector's slot features)")
    p.add_argument("--role-input", choices=ROLE_INPUTS, default="both",
                   help="what the role model reads: the sentence with its key and values as placeholders (frame), the sentence, or both")
    p.add_argument("--validation", type=float, default=0.2, help="share of episodes held out to report accuracy")
    p.add_argument("--leave-one-corpus-out", action="store_true",
                   help="also report each model's accuracy on each corpus when trained on the others only (phrasings by another hand)")
    p.add_argument("--data-dir", default=None, help="benchmark data folder holding RULER's essays (default: $LCEVAL_DATA_DIR)")
    p.add_argument("--out", default=str(DEFAULT_WEIGHTS))
    return p


if __name__ == "__main__":
    from ..errors import run_entry_point

    sys.exit(run_entry_point(main))
