"""The ``report`` subcommand (registered on ``lceval``'s parser by ``add_commands``; ``python -m lceval.report``)."""

from __future__ import annotations

import argparse

from ..errors import run_subcommand


def add_commands(subparsers) -> None:
    r = subparsers.add_parser("report", help="render the report of a finished or partial run, or compare several (no model needed)")
    r.add_argument("run_dirs", nargs="+", metavar="RUN", help="run folders written by `lceval sweep` (a folder of shard-i-of-N folders: the shards merged); several: side by side")
    r.add_argument("--output", default=None,
                   help="where the report files go (default: the run folder; with several runs compare-A-vs-B beside the first)")
    r.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples for the 95%% intervals (0: none)")
    r.add_argument("--no-plots", action="store_true", help="skip the PNG plots")
    r.set_defaults(run=run_report)


def main(argv: list[str] | None = None) -> int:
    """``python -m lceval.report``: the ``report`` subcommand, with one-line errors."""
    return run_subcommand("report", add_commands, argv)


def run_report(args: argparse.Namespace) -> int:
    from rich.console import Console

    from ..errors import LcevalError
    from . import write_comparison, write_report

    if args.bootstrap < 0:
        raise LcevalError(f"--bootstrap is a number of resamples (0: no intervals), got {args.bootstrap}.")
    if len(args.run_dirs) == 1:
        write_report(args.run_dirs[0], Console(), bootstrap_iters=args.bootstrap, plots=not args.no_plots, output=args.output)
    else:
        write_comparison(args.run_dirs, args.output, Console(), bootstrap_iters=args.bootstrap, plots=not args.no_plots)
    return 0
