"""Selector comparison sweeps: cells = tasks x selectors x budgets x seeds, one model, resumable."""

from .config import SweepConfig, load_config, parse_config
from .plan import Cell, plan

__all__ = ["Cell", "SweepConfig", "load_config", "parse_config", "plan", "sweep"]


def sweep(cfg, console=None):
    """Run a sweep (imports lm-eval and torch lazily)."""
    from .runner import sweep as run

    return run(cfg, console)
