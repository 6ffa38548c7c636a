"""Reports of a sweep run: rich tables in the terminal, report.md + PNG plots + summary.json on disk."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.panel import Panel

from ..cache import atomic_write_text
from ..sweep.store import to_json
from .build import Report, build_comparison, build_report
from .markdown import header_lines, render_markdown
from .tables import overall_tables, task_tables, to_rich

__all__ = ["Report", "build_comparison", "build_report", "summary", "write_comparison", "write_report"]


def summary(report: Report) -> dict:
    """summary.json: run facts, one object per cell, and the pooled rows."""
    def rows(groups, keys):
        return [{**dict(zip(keys, key)), **row} for key, row in groups.items()]

    return to_json({
        "run": report.name,
        "model": report.model,
        "runs": report.runs,
        "complete": not report.missing,
        "cells_planned": len(report.planned),
        "cells_finished": len(report.finished),
        "missing": [c.id for c in report.missing],
        "cells": report.cells,
        "overall": rows(report.overall, ("selector", "budget")),
        "tasks": rows(report.groups, ("task", "selector", "budget")),
        "identical_selections": report.identical,
        "has_full_reference": bool(report.references),
    })


def summary_csv(cells: list[dict]) -> str:
    """One row per cell; the columns are exactly the fields of summary.json's cells (lists as JSON)."""
    import csv
    import io

    columns = list(dict.fromkeys(k for c in cells for k in c))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for cell in cells:
        writer.writerow({k: json.dumps(v) if isinstance(v, (list, dict)) else ("" if v is None else v) for k, v in cell.items()})
    return out.getvalue()


def write_report(run_dir: str | Path, console: Console | None = None, bootstrap_iters: int = 2000, plots: bool = True,
                 output: str | Path | None = None) -> Report:
    """Build the report of a (possibly partial) run, save it in the run folder (or ``output``), print it."""
    report = build_report(run_dir, bootstrap_iters)
    if output is not None:  # e.g. reports/<name>: the report files only, without the raw run
        Path(output).mkdir(parents=True, exist_ok=True)
        report.run_dir = Path(output)
    return save(report, console, plots)


def write_comparison(run_dirs: list[str | Path], output: str | Path | None = None, console: Console | None = None,
                     bootstrap_iters: int = 2000, plots: bool = True) -> Report:
    """Several runs side by side (``run/selector`` lines), saved in ``output``
    (default: ``compare-A-vs-B`` beside the first run)."""
    if output is None:
        first = Path(run_dirs[0]).resolve()
        output = first.parent / ("compare-" + "-vs-".join(Path(d).resolve().name for d in run_dirs))
    Path(output).mkdir(parents=True, exist_ok=True)
    return save(build_comparison(run_dirs, Path(output), bootstrap_iters), console, plots)


def save(report: Report, console: Console | None, plots: bool) -> Report:
    """report.md, summary.json, summary.csv and the plots into the report's folder; the tables to the console."""
    from .plots import PLOT_FILES, write_plots

    # --no-plots keeps the plots of an earlier rendering, if any
    pngs = write_plots(report, report.run_dir) if plots else [p for n in PLOT_FILES if (p := report.run_dir / n).is_file()]
    data = summary(report)
    atomic_write_text(report.run_dir / "summary.json", json.dumps(data, indent=2))
    atomic_write_text(report.run_dir / "summary.csv", summary_csv(data["cells"]))
    atomic_write_text(report.run_dir / "report.md", render_markdown(report, pngs))
    if console is not None:
        show(report, console)
    return report


def show(report: Report, console: Console) -> None:
    style = "yellow" if report.tiny or report.missing else "green"
    console.print(Panel("\n".join(header_lines(report)), title=f"lceval sweep report: {report.name}", border_style=style))
    for table in [*overall_tables(report, compact=True), *task_tables(report, compact=True)]:
        console.print(to_rich(table))
    console.print(f"saved: {report.run_dir / 'report.md'}, summary.json and plots")
