"""Where benchmark source files come from: a local data directory, else a public download."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import LcevalError

DATA_DIR_ENV = "LCEVAL_DATA_DIR"


def data_dir(explicit: str | os.PathLike | None = None) -> Path | None:
    """The data directory: the explicit argument, else $LCEVAL_DATA_DIR, else None."""
    value = explicit or os.environ.get(DATA_DIR_ENV)
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_dir():
        raise LcevalError(f"data_dir {str(path)!r} is not a directory. Point `data_dir` or ${DATA_DIR_ENV} at a folder of benchmark files.")
    return path


def cache_dir() -> Path:
    """Where lceval keeps generated datasets and downloads ($LCEVAL_CACHE_DIR, default ~/.cache/lceval)."""
    path = Path(os.environ.get("LCEVAL_CACHE_DIR", Path.home() / ".cache" / "lceval")).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def find_file(relative: str, explicit_dir: str | None = None, url: str | None = None) -> Path:
    """``relative`` inside the data directory, or downloaded from ``url`` into the cache.

    Never substitutes other data: if neither source works the error says which
    file is missing and how to provide it.
    """
    root = data_dir(explicit_dir)
    if root is not None:
        path = root / relative
        if path.is_file():
            return path
        raise LcevalError(f"missing {relative} in data_dir {str(root)!r}. Put the file there or set `data_dir`/${DATA_DIR_ENV} to a folder that has it.")
    cached = cache_dir() / "downloads" / relative
    if cached.is_file():
        return cached
    if url is None:
        raise LcevalError(f"missing {relative}: no data_dir given. Set `data_dir` or ${DATA_DIR_ENV} to a folder holding {relative}.")
    return _download(url, cached, relative)


def _download(url: str, target: Path, relative: str) -> Path:
    import urllib.request

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        with urllib.request.urlopen(url, timeout=60) as response, open(tmp, "wb") as out:
            out.write(response.read())
    except OSError as exc:
        raise LcevalError(
            f"missing {relative}: download from {url} failed ({exc.__class__.__name__}). "
            f"Offline? Set `data_dir` or ${DATA_DIR_ENV} to a folder holding {relative}."
        ) from None
    os.replace(tmp, target)
    return target
