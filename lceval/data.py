"""Where benchmark source files come from: a local data directory, else a public download."""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

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


def find_file(relative: str, explicit_dir: str | None = None, url: str | None = None, sha256: str | None = None) -> Path:
    """``relative`` inside the data directory, or downloaded from ``url`` into the cache.

    Never substitutes other data: if neither source works the error says which
    file is missing and how to provide it. A download must match ``sha256`` when
    one is pinned. Every file found is noted for ``recording_reads``.
    """
    path = _locate(relative, explicit_dir, url, sha256)
    note_read(relative, file_sha256(path))
    return path


def _locate(relative: str, explicit_dir: str | None, url: str | None, sha256: str | None) -> Path:
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
    return _download(url, cached, relative, sha256)


def _download(url: str, target: Path, relative: str, sha256: str | None = None) -> Path:
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
    if sha256 is not None and file_sha256(tmp) != sha256:
        tmp.unlink()
        raise LcevalError(
            f"{relative} downloaded from {url} does not match its pinned sha256 {sha256[:12]}...; "
            f"the source changed. Set `data_dir` or ${DATA_DIR_ENV} to a folder holding the expected {relative}."
        )
    os.replace(tmp, target)
    return target


# ---- content: hashes, reads, parsing --------------------------------------------------


def file_sha256(path: str | os.PathLike) -> str:
    """The sha256 of a file's bytes, computed once per file version (path, size, mtime) per process."""
    stat = os.stat(path)
    return _sha256(str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=256)
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_RECORDERS: list[dict[str, str]] = []


def note_read(name: str, sha256: str) -> None:
    """Tell every active ``recording_reads`` that data file ``name`` with this content was read."""
    for reads in _RECORDERS:
        reads[name] = sha256


@contextmanager
def recording_reads() -> Iterator[dict[str, str]]:
    """Collect ``{data file: sha256}`` of every data file read inside the block (nested blocks all see them)."""
    reads: dict[str, str] = {}
    _RECORDERS.append(reads)
    try:
        yield reads
    finally:
        _RECORDERS.remove(reads)


def current_sha256(relative: str, explicit_dir: str | None = None) -> str | None:
    """The content hash of ``relative`` as ``find_file`` would find it now, without downloading; None if absent."""
    try:
        return file_sha256(_locate(relative, explicit_dir, None, None))
    except LcevalError:
        return None


def read_text(path: str | os.PathLike, what: str) -> str:
    """A UTF-8 data file's text; a bad byte is one line naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LcevalError(f"{path}: not UTF-8 text (byte {exc.start}); {what} must be a UTF-8 file.") from None
    except OSError as exc:
        raise LcevalError(f"{path}: cannot read it ({exc.strerror}); {what} must be a readable file.") from None


def read_json(path: str | os.PathLike, what: str, kind: type = dict) -> Any:
    """A JSON data file holding one ``kind`` value; truncated or mistyped files are one line naming the file."""
    try:
        value = json.loads(read_text(path, what))
    except json.JSONDecodeError as exc:
        raise LcevalError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}); {what} must be one JSON {kind.__name__}.") from None
    if not isinstance(value, kind):
        raise LcevalError(f"{path}: holds a JSON {type(value).__name__}; {what} must be one JSON {kind.__name__}.")
    return value
