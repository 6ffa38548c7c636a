"""The live view of a running sweep: cells done/total, a bar, the ETA, samples/s, then the current cell.

On a terminal it is a rich progress bar with one line per finished cell above
it; elsewhere (logs, CI) only the lines are printed. The bar line holds only
short, fixed-width parts, so done/total, the bar and the ETA fit 80 columns;
the current cell gets a line of its own, cut with an ellipsis when too long.
"""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
from rich.text import Text

from .plan import Cell


class _TwoLineProgress(Progress):
    """The bar line, then the current cell's line."""

    current = ""

    def get_renderables(self):
        yield self.make_tasks_table(self.tasks)
        yield Text(self.current, overflow="ellipsis", no_wrap=True, style="dim")


class SweepDisplay:
    def __init__(self, console: Console, total: int, done: int, samples_per_cell: int):
        self.console, self.total, self.done = console, total, done
        self.started, self.computed = time.perf_counter(), 0
        self.samples_per_cell = samples_per_cell
        self.progress = _TwoLineProgress(
            TextColumn("[bold]{task.fields[cells]}[/] cells"),
            BarColumn(bar_width=None),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[rate]}"),
            console=console,
            disable=not console.is_terminal,
            expand=True,
        )
        remaining = (total - done) * samples_per_cell
        self.bar = self.progress.add_task("", total=remaining, cells=self._cells(), rate="")
        self._cell_progress = 0

    def __enter__(self) -> "SweepDisplay":
        self.progress.start()
        self.console.print(f"sweep: {self.total} cells, {self.done} already finished, {self.total - self.done} to run")
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def _cells(self) -> str:
        return f"{self.done}/{self.total}"

    def start(self, cell: Cell) -> None:
        self._cell_progress = 0
        self.progress.current = f"now: {cell.task} · {cell.selector} · budget {cell.budget_label} · seed {cell.seed}"
        self.progress.refresh()

    def advance(self, n: int) -> None:
        """``n`` samples computed by the model."""
        self.computed += n
        self._cell_progress += n
        rate = self.computed / max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(self.bar, advance=n, rate=f"{rate:.2f}/s")

    def finish(self, cell: Cell, result: dict) -> None:
        self.done += 1
        # samples served from the cache (or fewer than planned) complete the cell's share of the bar
        self.progress.update(self.bar, advance=max(self.samples_per_cell - self._cell_progress, 0), cells=self._cells())
        score = result["metrics"].get("score,none")
        self.console.print(
            f"[{self._cells()}] {cell.name}: score {_fmt(score)} on {result['n']} samples, "
            f"{result['wall_s']:.1f} s (model calls {result['model_calls']}, cached {result['cache_hits']})"
        )


def _fmt(value) -> str:
    return "n/a" if value is None else f"{value:.1f}"
