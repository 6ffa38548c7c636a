"""User-facing errors: one clear line naming the problem and the fix."""

import argparse


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
