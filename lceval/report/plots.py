"""The report's PNG plots, built as figures first so tests can read what was drawn.

- score / evidence recall vs budget: token budgets on a log-2 axis, fractions on
  their own; 95% bootstrap bands; every selector its own marker and line style,
  nudged sideways so coinciding lines stay visible; n per point in the title.
- score vs length, when the compared runs differ in ``max_seq_length``.
- the selection diagnostics (``diagnostic_plots``): NIAH depth heatmaps and
  kept-vs-lost accuracy per task.
"""

from __future__ import annotations

from pathlib import Path

from .build import Report
from .diagnostic_plots import depth_heatmaps, kept_vs_lost
from .plot_kit import MARKERS, STYLES, ci, grid, is_nan, pyplot, shared_legend
from .tables import budget_label

PLOT_FILES = (
    "score_vs_budget.png", "score_vs_fraction.png", "evidence_recall_vs_budget.png", "evidence_recall_vs_fraction.png",
    "niah_depth_accuracy.png", "niah_depth_recall.png", "kept_vs_lost.png", "score_vs_length.png",
)
DODGE = 0.06  # log2 units (token axis) or fraction units / 10 between neighbouring selectors


def figures(report: Report) -> dict[str, object]:
    """File name -> matplotlib Figure, for whatever the run holds."""
    if not report.finished:
        return {}
    out = {}
    tokens = [b for b in report.budgets if isinstance(b, int)]
    fractions = [b for b in report.budgets if isinstance(b, float)]
    for metric, label, scale in (("score", "score", 1.0), ("evidence_recall", "evidence recall (%)", 100.0)):
        for budgets, kind in ((tokens, "budget"), (fractions, "fraction")):
            if budgets:
                fig = _lines(report, metric, label, scale, budgets, kind)
                if fig is not None:
                    out[f"{metric}_vs_{kind}.png"] = fig
    for metric, name in (("score", "niah_depth_accuracy.png"), ("evidence", "niah_depth_recall.png")):
        fig = depth_heatmaps(report, metric)
        if fig is not None:
            out[name] = fig
    fig = kept_vs_lost(report)
    if fig is not None:
        out["kept_vs_lost.png"] = fig
    fig = _vs_length(report)
    if fig is not None:
        out["score_vs_length.png"] = fig
    return out


def write_plots(report: Report, folder: Path) -> list[Path]:
    """Save the figures; plots an earlier rendering made that no longer apply are removed."""
    plt = pyplot()
    paths = []
    for name, fig in figures(report).items():
        fig.savefig(folder / name, dpi=110)
        plt.close(fig)
        paths.append(folder / name)
    for stale in set(PLOT_FILES) - {p.name for p in paths}:
        (folder / stale).unlink(missing_ok=True)
    return paths


def _panels(report: Report) -> list[tuple[str, callable]]:
    """('overall', lookup) then one panel per task; lookup(selector, budget) -> summary row."""
    panels = [("overall (mean over tasks)", lambda s, b: report.overall.get((s, b)))]
    return panels + [(t, lambda s, b, t=t: report.groups.get((t, s, b))) for t in report.tasks]


def _lines(report: Report, metric: str, label: str, scale: float, budgets: list, kind: str):
    """One panel per task (and overall): each selector's line with its CI band, the whole-context line."""
    panels = _panels(report)
    fig, axes = grid(len(panels))
    drawn = False
    for ax, (title, lookup) in zip(axes, panels):
        counts = set()
        for k, selector in enumerate(report.selectors):
            rows = [lookup(selector, b) for b in budgets]
            points = [(b, r) for b, r in zip(budgets, rows) if r and not is_nan(r.get(metric))]
            if not points:
                continue
            xs = [_x(b, kind, k, len(report.selectors)) for b, _ in points]
            ys = [r[metric] * scale for _, r in points]
            line, = ax.plot(xs, ys, **_style(report, k, selector), label=selector, markersize=5, linewidth=1.4)
            lo, hi = zip(*[ci(r, metric, scale) for _, r in points])
            ax.fill_between(xs, lo, hi, color=line.get_color(), alpha=0.15, linewidth=0, label=f"_band {selector}")
            counts.update(r["n"] for _, r in points)
            drawn = True
        for j, ref in enumerate(report.references):
            row = lookup(ref, None)
            if row and not is_nan(row.get(metric)):
                y = row[metric] * scale
                ax.axhline(y, linestyle=("--", ":", "-.")[j % 3], color="grey", linewidth=1, label=f"{ref} (whole context)")
                lo, hi = ci(row, metric, scale)
                ax.axhspan(lo, hi, color="grey", alpha=0.1, linewidth=0)
                counts.add(row["n"])
        n_text = f"n={counts.pop()}/point" if len(counts) == 1 else "n varies: see tables"
        ax.set_title(f"{title} ({n_text})", fontsize=8)
        ax.set_ylim(-3, 103)  # scores and recall are both 0-100
        _budget_axis(ax, budgets, kind)
        ax.set_ylabel(label, fontsize=8)
    if not drawn:
        pyplot().close(fig)
        return None
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=max(1, min(len(labels), 6)), fontsize=8)
    notes = _identical_note(report, budgets)
    if notes:
        fig.text(0.01, 0.005, notes, fontsize=7, color="dimgrey")
    fig.tight_layout(rect=(0, 0.09, 1, 1))
    return fig


def _style(report: Report, k: int, selector: str) -> dict:
    """One run: each selector its own colour, marker and line style. Several: colour by selector, style by run."""
    if len(report.runs) <= 1:
        return {"color": f"C{k % 10}", "marker": MARKERS[k % len(MARKERS)], "linestyle": STYLES[k % len(STYLES)]}
    run, _, base = selector.rpartition("/")
    bases = list(dict.fromkeys(s.rpartition("/")[2] for s in report.selectors))
    i = [r["name"] for r in report.runs].index(run) if run in [r["name"] for r in report.runs] else 0
    return {"color": f"C{bases.index(base) % 10}", "marker": MARKERS[i % len(MARKERS)], "linestyle": STYLES[i % len(STYLES)]}


def _x(budget, kind: str, k: int, n: int) -> float:
    """The budget's position, nudged by selector so equal values do not hide each other."""
    shift = (k - (n - 1) / 2) * DODGE
    return budget * 2 ** shift if kind == "budget" else budget + shift / 10


def _budget_axis(ax, budgets: list, kind: str) -> None:
    if kind == "budget":
        ax.set_xscale("log", base=2)
        ax.set_xticks(budgets, [str(b) for b in budgets], fontsize=7)
        ax.minorticks_off()
        ax.set_xlabel("budget (tokens, log2)", fontsize=8)
    else:
        ax.set_xticks(budgets, [budget_label(b) for b in budgets], fontsize=7)
        ax.set_xlabel("budget (fraction of the context)", fontsize=8)
    if budgets:
        lo, hi = min(budgets), max(budgets)
        ax.set_xlim((lo / 1.4, hi * 1.4) if kind == "budget" else (lo - 0.08, hi + 0.08))


def _identical_note(report: Report, budgets: list) -> str:
    pairs = sorted({" = ".join(e["selectors"]) for e in report.identical if e["budget"] in budgets})
    return f"identical selections on some tasks (lines coincide, see report.md): {'; '.join(pairs)}" if pairs else ""


def _vs_length(report: Report):
    """Runs that differ in max_seq_length (a length axis): score against length, one panel per budget."""
    lengths = {r["name"]: (r["fingerprint"] or {}).get("max_seq_length") for r in report.runs}
    if len(report.runs) < 2 or None in lengths.values() or len(set(lengths.values())) < 2:
        return None
    bases = list(dict.fromkeys(s.rpartition("/")[2] for s in [*report.references, *report.selectors]))
    budgets = [None, *report.budgets]
    fig, axes = grid(len(budgets))
    xs = sorted(set(lengths.values()))
    for ax, budget in zip(axes, budgets):
        for k, base in enumerate(bases):
            points = [(lengths[run], row) for run in lengths
                      if (row := report.overall.get((f"{run}/{base}", budget))) and not is_nan(row.get("score"))]
            if not points:
                continue
            points.sort(key=lambda p: p[0])
            x, rows = zip(*points)
            line, = ax.plot(x, [r["score"] for r in rows], marker=MARKERS[k % len(MARKERS)], linestyle=STYLES[k % len(STYLES)],
                            color=f"C{k % 10}", label=base)
            lo, hi = zip(*[ci(r, "score", 1.0) for r in rows])
            ax.fill_between(x, lo, hi, color=line.get_color(), alpha=0.15, linewidth=0)
        ax.set_title("whole context" if budget is None else f"budget {budget_label(budget)}", fontsize=8)
        ax.set_xscale("log", base=2)
        ax.set_xticks(xs, [str(x) for x in xs], fontsize=7)
        ax.minorticks_off()
        ax.set_ylim(-3, 103)
        ax.set_xlabel("max_seq_length (tokens, log2)", fontsize=8)
        ax.set_ylabel("score (mean over tasks)", fontsize=8)
    shared_legend(fig, axes, ncol=6)
    fig.tight_layout(rect=(0, 0.09, 1, 1))
    return fig
