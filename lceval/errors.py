"""User-facing errors: one clear line naming the problem and the fix."""

from __future__ import annotations

import sys
from typing import Callable


class LcevalError(Exception):
    """A mistake in user input or environment; the CLI prints it without a traceback."""


def did_you_mean(kind: str, name: str, known) -> LcevalError:
    """An 'unknown X' error that suggests the closest known names."""
    import difflib

    known = sorted(set(known))
    close = difflib.get_close_matches(str(name), known, n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return LcevalError(f"unknown {kind} {name!r}.{hint} Known: {', '.join(known)}.")


def run_entry_point(run: Callable[[], int | None]) -> int:
    """Run a command-line entry point: an ``LcevalError`` becomes one line on stderr and exit code 2."""
    try:
        return run() or 0
    except LcevalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: finished work is saved; re-run the same command to continue.", file=sys.stderr)
        return 130
