"""What an OpenAI-compatible server says it serves: ``GET /v1/models``, with the standard library."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from urllib.parse import urlsplit, urlunsplit

from ..errors import LcevalError


def models_url(base_url: str) -> str:
    """``http://host:port/v1/completions`` (what lm-eval posts to) -> ``http://host:port/v1/models``."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LcevalError(f"model arg base_url {base_url!r} is not an http(s) URL; e.g. http://127.0.0.1:8000/v1/completions.")
    path = parts.path.rstrip("/")
    for endpoint in ("/chat/completions", "/completions"):
        if path.endswith(endpoint):
            path = path[: -len(endpoint)]
            break
    return urlunsplit((parts.scheme, parts.netloc, f"{path or '/v1'}/models", "", ""))


def served_models(base_url: str, timeout: float = 10.0) -> list[dict]:
    """The server's model entries (``id``, and from vLLM ``root`` and ``max_model_len``)."""
    url = models_url(base_url)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise LcevalError(f"no OpenAI-compatible server answers at {url} ({reason}); start it first, or fix model args base_url.") from None
    entries = body.get("data") if isinstance(body, dict) else None
    if not isinstance(entries, list):
        raise LcevalError(f"{url} did not answer with an OpenAI model list ({str(body)[:80]!r}).")
    return [e for e in entries if isinstance(e, dict) and "id" in e]


def served_model(base_url: str, name: str | None) -> dict:
    """The entry for ``name`` (the only one, if no name is given)."""
    entries = served_models(base_url)
    ids = [e["id"] for e in entries]
    if name is None and len(entries) == 1:
        return entries[0]
    for entry in entries:
        if entry["id"] == name:
            return entry
    raise LcevalError(f"the server at {base_url} serves {ids}, not {name!r}; set model args `model` to one of them.")
