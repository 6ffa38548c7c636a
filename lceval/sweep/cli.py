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
    p.add_argument("--model", dest="model_type", default=None,
                   help="replace the config's model type, e.g. `tiny-random`, `vllm`; its args are dropped unless --keep-model-args")
    p.add_argument("--model-args", default=None, help="model_args k=v,k2=v2 added over the model's (kept or dropped) args")
    p.add_argument("--keep-model-args", action="store_true", help="with --model: keep the config's model args")
    narrow = p.add_argument_group("narrow the config (comma-separated; the run folder name says what changed)")
    narrow.add_argument("--tasks", default=None, help="tasks or groups, e.g. lceval_ruler_vt,lceval_ruler_niah_single_1")
    narrow.add_argument("--selectors", default=None, help="selector names, presets or module:Class paths")
    narrow.add_argument("--budgets", default=None, help="token counts or fractions, e.g. 256,0.25")
    narrow.add_argument("--seeds", default=None, help="e.g. 1,2,3")
    narrow.add_argument("--num-samples", type=int, default=None, help="samples per task")
    p.add_argument("--plan", action="store_true", help="print the planned work (cells, prompts, tokens, time) and stop")
    p.add_argument("--no-report", action="store_true", help="stop after the cells; render later with `lceval report`")
    p.set_defaults(run=run_sweep)

    r = subparsers.add_parser("report", help="render the report of a finished or partial run, or compare several (no model needed)")
    r.add_argument("run_dirs", nargs="+", metavar="RUN", help="run folders written by `lceval sweep`; several: side by side")
    r.add_argument("--output", default=None,
                   help="where the report files go (default: the run folder; with several runs compare-A-vs-B beside the first)")
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

    from .config import length_runs, load_config
    from .overrides import Overrides, parse_list, parse_model_args

    overrides = Overrides(
        **{k: parse_list(getattr(args, k), k) for k in ("tasks", "selectors", "budgets", "seeds") if getattr(args, k)},
        num_samples=args.num_samples, model=args.model_type, keep_model_args=args.keep_model_args,
        model_args=parse_model_args(args.model_args) if args.model_args else None,
    )
    cfg = load_config(args.config, output=args.output, overrides=overrides)
    runs = length_runs(cfg)  # one run per max_seq_length of a length axis
    console = Console(stderr=True)
    if args.plan:
        from .runner import planned_work

        for run in runs:
            console.print(planned_work(run).line() + f" -> {run.output}")
        return 0
    from .runner import sweep

    for run in runs:
        stats = sweep(run, console)
        console.print(
            f"sweep {run.name}: {stats.cells_run} cells run, {stats.cells_skipped} already finished; "
            f"model calls {stats.calls.model_calls}, cache hits {stats.calls.cache_hits}, {stats.wall_s:.1f} s -> {run.output}"
        )
    if not args.no_report:
        from ..report import write_comparison, write_report

        if len(runs) == 1:
            write_report(cfg.output, Console())
        else:  # the lengths side by side, with score against length
            write_comparison([run.output for run in runs], cfg.output, Console())
    return 0


def run_report(args: argparse.Namespace) -> int:
    from rich.console import Console

    from ..errors import LcevalError
    from ..report import write_comparison, write_report

    if args.bootstrap < 0:
        raise LcevalError(f"--bootstrap is a number of resamples (0: no intervals), got {args.bootstrap}.")
    if len(args.run_dirs) == 1:
        write_report(args.run_dirs[0], Console(), bootstrap_iters=args.bootstrap, plots=not args.no_plots, output=args.output)
    else:
        write_comparison(args.run_dirs, args.output, Console(), bootstrap_iters=args.bootstrap, plots=not args.no_plots)
    return 0
