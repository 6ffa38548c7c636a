"""One model, many cells: a response cache so identical requests are computed once.

lm-eval's own ``use_cache`` keys responses by request alone, not by model, and
reports nothing; this wrapper keeps one cache per run folder (one model per
run), stores each response the moment it exists (a killed sweep loses at most
the batch in flight), and counts model calls and model time for the report.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from lm_eval.api.model import LM

KINDS = ("generate_until", "loglikelihood", "loglikelihood_rolling")


def request_key(kind: str, args) -> str:
    blob = json.dumps([kind, list(args)], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


class ResponseCache:
    """Responses by request key in SQLite: every insert is its own committed transaction.

    ``model`` (a hash of the model's identity) prefixes every key, so a model
    or tokenizer changed in place never gets the old model's answers. A file
    that is not a readable database is moved aside (one line on stderr) and a
    new cache starts: responses are recomputed, never lost silently.
    """

    def __init__(self, path: Path, model: str = ""):
        self.path, self.model = Path(path), model
        try:
            self.db = self._connect()
        except sqlite3.DatabaseError:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    os.replace(source, f"{aside}{suffix}")
            print(f"notice: {self.path} was not a readable response cache; moved it to {aside.name} and started a new one.", file=sys.stderr)
            self.db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives a killed process, without an fsync per response
            db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get(self, key: str) -> Any | None:
        row = self.db.execute("SELECT value FROM responses WHERE key = ?", (self.model + key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, value: Any) -> None:
        self.db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?)", (self.model + key, json.dumps(value)))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def close(self) -> None:
        self.db.close()


@dataclass
class CallStats:
    requests: int = 0
    cache_hits: int = 0
    model_calls: int = 0  # requests the model actually computed
    model_s: float = 0.0

    def since(self, before: "CallStats") -> "CallStats":
        return CallStats(*(getattr(self, f) - getattr(before, f) for f in ("requests", "cache_hits", "model_calls", "model_s")))


class CachedLM(LM):
    """Wraps a loaded lm-eval model: cached responses first, the rest in small groups.

    ``on_progress(n)`` is called after every group the model computes, so a
    display can show samples/s while a cell runs.
    """

    def __init__(self, inner: LM, cache: ResponseCache, group_size: int = 8, on_progress: Callable[[int], None] | None = None):
        super().__init__()
        self.inner, self.cache, self.group_size, self.on_progress = inner, cache, max(1, group_size), on_progress
        self.stats = CallStats()

    @property
    def rank(self) -> int:
        return self.inner.rank

    @property
    def world_size(self) -> int:
        return self.inner.world_size

    @property
    def tokenizer_name(self) -> str:
        return self.inner.tokenizer_name

    def chat_template(self, chat_template: bool | str = False):
        return self.inner.chat_template(chat_template)

    def apply_chat_template(self, chat_history, add_generation_prompt: bool = True):
        return self.inner.apply_chat_template(chat_history, add_generation_prompt)

    def __getattr__(self, name: str):  # device, batch_sizes, get_model_info, ...
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    def generate_until(self, requests):
        return self._run("generate_until", requests)

    def loglikelihood(self, requests):
        return self._run("loglikelihood", requests)

    def loglikelihood_rolling(self, requests):
        return self._run("loglikelihood_rolling", requests)

    def _run(self, kind: str, requests) -> list:
        keys = [request_key(kind, r.args) if _cacheable(kind, r) else f"uncached-{i}" for i, r in enumerate(requests)]
        results: dict[str, Any] = {}
        todo: dict[str, Any] = {}  # first request per key: identical prompts run once
        for key, request in zip(keys, requests):
            hit = None if key.startswith("uncached-") else self.cache.get(key)
            if hit is not None:
                results[key] = tuple(hit) if isinstance(hit, list) else hit
                self.stats.cache_hits += 1
            elif key not in todo:
                todo[key] = request
        self.stats.requests += len(requests)
        pending = list(todo.items())
        for start in range(0, len(pending), self.group_size):
            group = pending[start : start + self.group_size]
            for key, out in zip([k for k, _ in group], self._compute(kind, [r for _, r in group])):
                if not key.startswith("uncached-"):
                    self.cache.put(key, out)
                results[key] = out
            if self.on_progress:
                self.on_progress(len(group))
        return [results[k] for k in keys]

    def _compute(self, kind: str, requests) -> list:
        method = getattr(self.inner, kind)
        quiet = {"disable_tqdm": True} if "disable_tqdm" in inspect.signature(method).parameters else {}
        started = time.perf_counter()
        outs = method(requests, **quiet)
        self.stats.model_s += time.perf_counter() - started
        self.stats.model_calls += len(requests)
        return outs


def _cacheable(kind: str, request) -> bool:
    """Sampled generations differ on purpose, so they are never served from the cache."""
    return not (kind == "generate_until" and request.args[1].get("do_sample", False))
