"""The ``sweep`` and ``report`` subcommands (registered on ``lceval``'s parser by ``add_commands``)."""

from __future__ import annotations

import argparse
import sys

from ..errors import run_entry_point


def add_commands(subparsers) -> None:
    p = subparsers.add_parser(
        "sweep", help="compare selectors across budgets with one model: resumable, ends in the report",
        description="Run every cell (task x selector x budget x seed) of a sweep config, skipping finished ones.",
    )
    p.add_argument("config", help="sweep config YAML, e.g. configs/quick.yaml")
    p.add_argument("--output", default=None, help="run folder (default: the config's `output`, else runs/<name>)")
    p.add_argument("--model", dest="model_type", default=None, help="replace the config's model, e.g. `tiny-random`")
    p.add_argument("--no-report", action="store_true", help="stop after the cells; render later with `lceval report`")
    p.set_defaults(run=run_sweep)

    r = subparsers.add_parser("report", help="render the report of a finished or partial run (no model needed)")
    r.add_argument("run_dir", help="a run folder written by `lceval sweep`")
    r.add_argument("--bootstrap", type=int, default=2000, help="bootstrap resamples for the 95%% intervals (0: none)")
    r.add_argument("--no-plots", action="store_true", help="skip the PNG plots")
    r.set_defaults(run=run_report)


def main(command: str, argv: list[str] | None = None) -> int:
    """``python -m lceval.sweep`` / ``python -m lceval.report``: one of these subcommands, with one-line errors."""
    parser = argparse.ArgumentParser(prog=f"python -m lceval.{command}")
    add_commands(parser.add_subparsers())
    args = parser.parse_args([command, *(sys.argv[1:] if argv is None else argv)])
    return run_entry_point(lambda: args.run(args))


def run_sweep(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .config import load_config
    from .runner import sweep

    cfg = load_config(args.config, output=args.output, model_type=args.model_type)
    console = Console(stderr=True)
    stats = sweep(cfg, console)
    console.print(
        f"sweep {cfg.name}: {stats.cells_run} cells run, {stats.cells_skipped} already finished; "
        f"model calls {stats.calls.model_calls}, cache hits {stats.calls.cache_hits}, {stats.wall_s:.1f} s -> {cfg.output}"
    )
    if not args.no_report:
        from ..report import write_report

        write_report(cfg.output, Console())
    return 0


def run_report(args: argparse.Namespace) -> int:
    from rich.console import Console

    from ..errors import LcevalError
    from ..report import write_report

    if args.bootstrap < 0:
        raise LcevalError(f"--bootstrap is a number of resamples (0: no intervals), got {args.bootstrap}.")
    write_report(args.run_dir, Console(), bootstrap_iters=args.bootstrap, plots=not args.no_plots)
    return 0
