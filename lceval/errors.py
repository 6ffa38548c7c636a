"""User-facing errors: one clear line naming the problem and the fix."""


class LcevalError(Exception):
    """A mistake in user input or environment; the CLI prints it without a traceback."""


def did_you_mean(kind: str, name: str, known) -> LcevalError:
    """An 'unknown X' error that suggests the closest known names."""
    import difflib

    known = sorted(set(known))
    close = difflib.get_close_matches(str(name), known, n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return LcevalError(f"unknown {kind} {name!r}.{hint} Known: {', '.join(known)}.")
