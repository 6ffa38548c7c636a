"""The live sweep display stays readable in a narrow terminal: done/total, the bar and the ETA always show."""

import io

import pytest
from rich.console import Console

from lceval.sweep.display import SweepDisplay
from lceval.sweep.plan import Cell


def _render(width: int, advance: int = 0) -> list[str]:
    console = Console(width=width, force_terminal=True, record=True, color_system=None, file=io.StringIO())
    display = SweepDisplay(console, total=273, done=12, samples_per_cell=100)
    display.start(Cell("lceval_ruler_niah_multikey_3", "bm25-saturated", 0.25, 12345))
    if advance:
        display.advance(advance)
    for renderable in display.progress.get_renderables():
        console.print(renderable)
    return console.export_text().splitlines()


@pytest.mark.parametrize("width", [80, 100])
def test_the_bar_line_shows_done_total_bar_and_eta(width):
    bar, current = _render(width, advance=5000)[:2]
    assert len(bar) <= width and len(current) <= width
    assert bar.startswith("12/273 cells") and "━" in bar and "ETA" in bar and "/s" in bar
    assert current.startswith("now: lceval_ruler_niah_multikey_3")
    assert "bm25-saturated" in current or current.endswith("…")


def test_the_eta_appears_before_any_sample_finishes():
    bar = _render(80)[0]
    assert "12/273 cells" in bar and "ETA" in bar and "-:--:--" in bar
