"""User-facing errors: one clear line naming the problem and the fix."""

from __future__ import annotations

import argparse
import sys
from typing import Callable


class LcevalError(Exception):
    """A mistake in user input or environment; the CLI prints it without a traceback."""


def suggestion(name, known) -> str:
    """' Did you mean 'x'?' for the closest known names, else ''."""
    import difflib

    close = difflib.get_close_matches(str(name), sorted(set(map(str, known))), n=3, cutoff=0.5)
    return f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def did_you_mean(kind: str, name: str, known) -> LcevalError:
    """An 'unknown X' error that suggests the closest known names."""
    known = sorted(set(known))
    return LcevalError(f"unknown {kind} {name!r}.{suggestion(name, known)} Known: {', '.join(known)}.")


class ArgumentParser(argparse.ArgumentParser):
    """argparse whose usage mistakes are an ``LcevalError`` (one line, exit code 2) instead of usage text."""

    def error(self, message: str):
        raise LcevalError(f"{self.prog}: {message} (see `{self.prog} --help`).")


def run_entry_point(run: Callable[[], int | None]) -> int:
    """Run a command-line entry point: an ``LcevalError`` becomes one line on stderr and exit code 2."""
    try:
        return run() or 0
    except LcevalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the file system refused (permissions, a full disk): the environment, not a bug
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}; check that path and its permissions.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: finished work is saved; re-run the same command to continue.", file=sys.stderr)
        return 130
