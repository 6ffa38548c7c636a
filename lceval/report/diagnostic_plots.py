"""The selection-diagnostic plots: NIAH accuracy and recall by needle depth x budget, and kept-vs-lost accuracy per task."""

from __future__ import annotations

from .build import Report
from .plot_kit import MARKERS, grid, is_nan, pyplot, shared_legend
from .stats import depth_bins
from .tables import NEAR_ZERO, budget_label

DEPTH_BINS = 10


def depth_heatmaps(report: Report, metric: str):
    """Per selector: rows = whole context (top) then budgets, columns = needle depth; cells = accuracy or recall."""
    cells = [f for f in report.finished if report.shows_depth(f.cell.task)]
    budgeted = [s for s in report.selectors if any(f.cell.selector == s for f in cells)]
    if not budgeted:
        return None
    plt = pyplot()
    full = [r for f in cells if f.cell.budget is None for r in f.records]
    fig, axes = plt.subplots(1, len(budgeted), figsize=(3.6 * len(budgeted) + 1.2, 0.45 * (len(report.budgets) + 1) + 1.8),
                             squeeze=False, layout="constrained")
    image = None
    for ax, selector in zip(axes.flat, budgeted):
        labels = ["full"] + [budget_label(b) for b in report.budgets]
        groups = [full] + [[r for f in cells if f.cell.selector == selector and f.cell.budget == b for r in f.records] for b in report.budgets]
        grid = [depth_bins(records, metric, DEPTH_BINS) for records in groups]
        values = [[v for v, _ in row] for row in grid]
        image = ax.imshow(values, vmin=0, vmax=1, cmap="viridis", aspect="auto")
        for i, row in enumerate(grid):
            for j, (value, n) in enumerate(row):
                text = "·" if n == 0 else f"{100 * value:.0f}"
                ax.text(j, i, text, ha="center", va="center", fontsize=6, color="white" if n and value < 0.6 else "black")
        ax.axhline(0.5, color="white", linewidth=2)  # the whole-context row apart from the budgets
        ax.set_title(selector, fontsize=9)
        ax.set_yticks(range(len(labels)), labels, fontsize=7)
        ax.set_xticks(range(DEPTH_BINS), [f"{100 * i // DEPTH_BINS}" for i in range(DEPTH_BINS)], fontsize=7)
        ax.set_xlabel("needle depth (% of the context)", fontsize=8)
        ax.set_ylabel("budget", fontsize=8)
    what = "accuracy (score / 100)" if metric == "score" else "share of needles kept"
    fig.colorbar(image, ax=axes.ravel().tolist(), label=what)
    fig.suptitle(f"NIAH: {what} by needle depth and budget (top row: whole context; '·': no sample at that depth)", fontsize=9)
    return fig


def kept_vs_lost(report: Report):
    """Per task: accuracy when the evidence was kept (filled) vs lost (open), 95% intervals, whole-context line."""
    tasks = [t for t in report.tasks if any(report.groups.get((t, s, b), {}).get("n_kept", 0) + report.groups.get((t, s, b), {}).get("n_lost", 0)
                                            for s in report.selectors for b in report.budgets)]
    if not tasks:
        return None
    fig, axes = grid(len(tasks))
    n = len(report.selectors)
    for ax, task in zip(axes, tasks):
        xs = range(len(report.budgets))
        for k, selector in enumerate(report.selectors):
            color = f"C{k % 10}"
            for which, fill, offset in (("kept", color, -0.04), ("lost", "white", 0.04)):
                points = [(i, r) for i, b in enumerate(report.budgets) if (r := report.groups.get((task, selector, b))) and r[f"n_{which}"]]
                if not points:
                    continue
                x = [i + (k - (n - 1) / 2) * 0.6 / max(n, 1) + offset for i, _ in points]
                y = [r[f"acc_if_{which}"] for _, r in points]
                ci = [r.get(f"acc_if_{which}_ci") or (v, v) for (_, r), v in zip(points, y)]
                err = [[max(v - (lo if not is_nan(lo) else v), 0) for v, (lo, _) in zip(y, ci)],
                       [max((hi if not is_nan(hi) else v) - v, 0) for v, (_, hi) in zip(y, ci)]]
                ax.errorbar(x, y, yerr=err, fmt=MARKERS[k % len(MARKERS)], color=color, markerfacecolor=fill,
                            markersize=5, capsize=2, linewidth=1, label=f"{selector}: evidence {which}")
        title = task
        for ref in report.references:
            row = report.groups.get((task, ref, None))
            if row:
                ax.axhline(row["score"], linestyle="--", color="grey", linewidth=1, label=f"{ref} (whole context)")
                if row["score"] <= NEAR_ZERO:
                    title += f"\n{ref} ≈ 0: 'lost' says nothing about selection"
        ax.set_title(title, fontsize=8)
        ax.set_ylim(-3, 103)
        ax.set_xticks(list(xs), [budget_label(b) for b in report.budgets], fontsize=7)
        ax.set_xlabel("budget", fontsize=8)
        ax.set_ylabel("accuracy", fontsize=8)
    shared_legend(fig, axes, ncol=4, fontsize=7)
    fig.suptitle("Accuracy when the evidence was kept (filled) vs lost (open), 95% bootstrap intervals", fontsize=9)
    fig.tight_layout(rect=(0, 0.12, 1, 0.97))
    return fig
