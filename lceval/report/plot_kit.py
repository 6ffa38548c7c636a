"""What every lceval plot shares: the Agg backend, a grid of panels, markers and line styles, one legend."""

from __future__ import annotations

import math

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
STYLES = ("-", "--", "-.", ":")


def pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    return plt


def grid(n: int, width: float = 4.2, height: float = 3.2):
    plt = pyplot()
    cols = min(4, n)
    rows = math.ceil(n / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(width * cols, height * rows + 0.8), squeeze=False)
    for ax in list(axes.flat)[n:]:
        ax.axis("off")
    return fig, list(axes.flat)[:n]


def ci(row: dict, metric: str, scale: float) -> tuple[float, float]:
    lo, hi = row.get(f"{metric}_ci") or (None, None)
    value = row[metric] * scale
    if is_nan(lo) or is_nan(hi):
        return value, value
    return lo * scale, hi * scale


def is_nan(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def shared_legend(fig, axes, ncol: int, fontsize: int = 8) -> None:
    """One legend for the figure, gathered from every panel (a panel may lack some entries)."""
    legend = {}
    for ax in axes:
        for handle, label in zip(*ax.get_legend_handles_labels()):
            legend.setdefault(label, handle)
    fig.legend(list(legend.values()), list(legend), loc="lower center", ncol=max(1, min(len(legend), ncol)), fontsize=fontsize)
