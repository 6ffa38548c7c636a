"""PNG plots (matplotlib, Agg backend): score and evidence recall vs budget, NIAH depth x budget heatmaps."""

from __future__ import annotations

import math
from pathlib import Path

from ..families import family
from .build import Report
from .stats import depth_recall
from .tables import budget_label

DEPTH_BINS = 10
PLOT_FILES = ("score_vs_budget.png", "evidence_recall_vs_budget.png", "niah_depth_heatmap.png")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    return plt


def write_plots(report: Report, folder: Path) -> list[Path]:
    if not report.finished:
        return []
    score, recall, depth = (folder / name for name in PLOT_FILES)
    paths = [_lines(report, "score", "score", score), _lines(report, "evidence_recall", "evidence recall", recall, scale=100)]
    heatmap = _niah_heatmap(report, depth)
    return [p for p in [*paths, heatmap] if p]


def _panels(report: Report) -> list[tuple[str, callable]]:
    """('overall', lookup) then one panel per task; lookup(selector, budget) -> summary row."""
    panels = [("overall (mean over tasks)", lambda s, b: report.overall.get((s, b)))]
    return panels + [(t, lambda s, b, t=t: report.groups.get((t, s, b))) for t in report.tasks]


def _lines(report: Report, metric: str, label: str, path: Path, scale: float = 1.0) -> Path | None:
    plt = _pyplot()
    panels = _panels(report)
    cols = min(4, len(panels))
    rows = math.ceil(len(panels) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4 * cols, 3 * rows), squeeze=False)
    xs = range(len(report.budgets))
    drawn = False
    for ax, (title, lookup) in zip(axes.flat, panels):
        for selector in report.selectors:
            ys = [_value(lookup(selector, b), metric, scale) for b in report.budgets]
            if any(not math.isnan(y) for y in ys):
                ax.plot(xs, ys, marker="o", label=selector)
                drawn = True
        for ref in report.references:
            y = _value(lookup(ref, None), metric, scale)
            if not math.isnan(y):
                ax.axhline(y, linestyle="--", color="grey", label=f"{ref} (whole context)")
        ax.set_title(title, fontsize=9)
        ax.set_ylim(-3, 103)  # scores and recall are both 0-100
        ax.set_xticks(list(xs), [budget_label(b) for b in report.budgets], fontsize=8)
        ax.set_xlabel("budget", fontsize=8)
        ax.set_ylabel(label, fontsize=8)
    for ax in list(axes.flat)[len(panels):]:
        ax.axis("off")
    if not drawn:
        plt.close(fig)
        return None
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=max(1, len(labels)), fontsize=8)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _value(row, metric: str, scale: float) -> float:
    if not row or row[metric] is None or math.isnan(row[metric]):
        return math.nan
    return row[metric] * scale


def _niah_heatmap(report: Report, path: Path) -> Path | None:
    """Per selector: share of needles kept, by needle depth (rows) and budget (columns), over the tasks whose family shows depth (NIAH)."""
    niah = [f for f in report.finished if f.cell.budget is not None and _shows_depth(f.records)]
    if not niah or not report.budgets:
        return None
    plt = _pyplot()
    selectors = report.selectors
    fig, axes = plt.subplots(1, len(selectors), figsize=(3.2 * len(selectors) + 1, 3.6), squeeze=False, layout="constrained")
    for ax, selector in zip(axes.flat, selectors):
        grid = [
            depth_recall([r for f in niah if f.cell.selector == selector and f.cell.budget == b for r in f.records], DEPTH_BINS)
            for b in report.budgets
        ]
        image = ax.imshow([list(row) for row in zip(*grid)], vmin=0, vmax=1, cmap="viridis", aspect="auto", origin="upper")
        ax.set_title(selector, fontsize=9)
        ax.set_xticks(range(len(report.budgets)), [budget_label(b) for b in report.budgets], fontsize=8)
        ax.set_yticks(range(DEPTH_BINS), [f"{100 * i // DEPTH_BINS}%" for i in range(DEPTH_BINS)], fontsize=7)
        ax.set_xlabel("budget", fontsize=8)
        ax.set_ylabel("needle depth", fontsize=8)
    fig.colorbar(image, ax=axes.ravel().tolist(), label="evidence recall")
    fig.suptitle("NIAH: needles kept by depth and budget", fontsize=10)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _shows_depth(records: list[dict]) -> bool:
    """Whether a cell's task is one its family's depth view shows (e.g. RULER's NIAH tasks), from its records."""
    return any(family(r["family"]).shows_depth(r["task"]) for r in records[:1])
