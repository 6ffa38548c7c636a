"""``lceval`` command line: inspect tasks and selectors, run sweeps, train the built-in models.

Every subcommand turns an ``LcevalError`` into one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from .chunking import CHUNK_TOKENS
from .errors import ArgumentParser, LcevalError, run_entry_point
from .reader import DEFAULT_READER
from .report.cli import add_commands as add_report
from .sweep.cli import add_commands as add_sweep


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    return run_entry_point(lambda: _dispatch(parser, argv))


def _dispatch(parser: argparse.ArgumentParser, argv: list[str] | None) -> int:
    args, extra = parser.parse_known_args(argv)
    if extra and "rest" in vars(args):  # a delegate's leading options, which argparse's REMAINDER leaves out
        args.rest = extra + args.rest
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    return args.run(args) or 0


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(prog="lceval", description=__doc__)
    sub = parser.add_subparsers(metavar="COMMAND")
    _add_generate(sub)
    _add_select(sub)
    _add_selectors(sub)
    _add_paths(sub)
    _add_delegate(sub, "train-reader", "lceval.reader.train", "train the built-in reader model")
    _add_delegate(sub, "train-selector", "lceval.training.selector", "train the learned selector's scoring head")
    add_sweep(sub)
    add_report(sub)
    _add_delegate(sub, "train-slots", "lceval.training.slots", "train the hybrid's slot models (role, key match, question kind)")
    return parser


def _add_task_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("task", help="lm-eval task name, e.g. lceval_ruler_niah_single_1")
    p.add_argument("--tokenizer", default=None, help="tokenizer that measures lengths (default: the built-in reader's)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--max-seq-length", type=int, default=None)
    p.add_argument("--data-dir", default=None, help="benchmark data folder (default: $LCEVAL_DATA_DIR)")
    p.add_argument("--data-file", default=None, help="your samples as JSONL, for task lceval_custom")


def _settings(args, **extra):
    from .settings import TaskSettings
    from .task_index import resolve

    family, task = resolve(args.task)
    tokenizer = args.tokenizer or (str(DEFAULT_READER) if DEFAULT_READER.is_dir() else None)
    values = {"tokenizer": tokenizer, "seed": args.seed, "data_dir": args.data_dir, "data_file": args.data_file, "max_seq_length": args.max_seq_length, **extra}
    return TaskSettings.from_kwargs(family, task, **values)


def _add_generate(sub) -> None:
    p = sub.add_parser("generate", help="write a task's generated samples to JSONL")
    _add_task_options(p)
    p.add_argument("--num-samples", type=int, default=10)
    p.add_argument("--out", default="-", help="output .jsonl file (default: stdout)")
    p.set_defaults(run=_generate)


def _generate(args) -> None:
    from .cache import atomic_write_text
    from .sources import load_samples

    out = None if args.out == "-" else check_output_file(args.out)
    samples = load_samples(_settings(args, num_samples=args.num_samples))
    text = "".join(json.dumps(s.to_dict(), ensure_ascii=False) + "\n" for s in samples)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        atomic_write_text(out, text)  # all samples or none: never half a file
    except OSError as exc:
        raise LcevalError(f"cannot write {args.out!r} ({exc.strerror}); choose another --out.") from None
    print(f"wrote {len(samples)} samples to {args.out}", file=sys.stderr)


def check_output_file(name: str) -> Path:
    """An output file path that can be written, checked before any work."""
    path = Path(name)
    if any(len(os.fsencode(part)) > 255 for part in path.parts) or len(os.fsencode(path.absolute())) > 4000:
        raise LcevalError(f"--out {name[:60]!r}... is too long a path for the file system; choose a shorter one.")
    if path.is_dir():
        raise LcevalError(f"--out {name!r} is a folder; give a file name such as {str(path / 'samples.jsonl')!r}.")
    folder = path.absolute().parent
    if not folder.is_dir():
        raise LcevalError(f"--out {name!r}: folder {str(folder)!r} does not exist; create it or choose another --out.")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise LcevalError(f"--out {name!r} is not writable here (no permission); choose another --out.")
    return path


def _add_select(sub) -> None:
    p = sub.add_parser("select", help="show which chunks a selector keeps for one sample")
    _add_task_options(p)
    p.add_argument("--selector", default="bm25")
    p.add_argument("--budget", default="512", help="tokens (int) or a fraction in (0, 1]")
    p.add_argument("--chunk-tokens", type=int, default=CHUNK_TOKENS)
    p.add_argument("--index", type=int, default=0, help="which sample")
    p.set_defaults(run=_select)


def _select(args) -> None:
    from .selection_view import show_selection

    if args.index < 0:
        raise LcevalError(f"--index must be >= 0 (a sample number), got {args.index}.")
    settings = _settings(
        args, num_samples=args.index + 1, selector=args.selector, budget=args.budget, chunk_tokens=args.chunk_tokens
    )
    show_selection(settings, args.index)


def _add_selectors(sub) -> None:
    p = sub.add_parser("selectors", help="list and validate selectors: built-in, presets, entry points, import paths")
    p.add_argument("specs", nargs="*", help="also validate these: an import path module:Class or a preset file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=_selectors)


def _selectors(args) -> int:
    from .selection.catalog import broken, catalog
    from .selection_view import show_selectors

    rows = catalog(args.specs)
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
    else:
        show_selectors(rows)
    for row in broken(rows):
        print(f"error: {row['name']} ({row['source']}): {row['error']}", file=sys.stderr)
    return 2 if broken(rows) else 0


def _add_paths(sub) -> None:
    """Where the shipped assets are, so an installed wheel works outside a checkout."""
    from .reader import DEFAULT_READER
    from .selection.plugins import SHIPPED_PRESETS
    from .task_index import tasks_dir

    paths = {"tasks-path": (tasks_dir, "the task YAMLs, for lm_eval --include_path"),
             "reader-path": (lambda: DEFAULT_READER, "the built-in reader model folder"),
             "presets-path": (lambda: SHIPPED_PRESETS, "the shipped selector presets")}
    for name, (where, help_text) in paths.items():
        p = sub.add_parser(name, help=f"print {help_text}")
        p.set_defaults(run=lambda args, where=where: print(where()))


def _add_delegate(sub, name: str, module: str, help_text: str) -> None:
    """A subcommand whose options belong to another module's ``main(argv)``."""
    p = sub.add_parser(name, help=help_text, add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(run=lambda args: importlib.import_module(module).main(args.rest))


if __name__ == "__main__":
    sys.exit(main())
