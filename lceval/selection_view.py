"""Rich terminal views for ``lceval select`` and ``lceval selectors``."""

from __future__ import annotations

import dataclasses
import inspect

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from .context import select_context
from .diagnostics import covered_evidence
from .errors import LcevalError
from .selection import REGISTRY, load_preset, presets, selector_class
from .settings import TaskSettings
from .sources import load_samples
from .tokenization import load_tokenizer


def show_selection(settings: TaskSettings, index: int, console: Console | None = None) -> None:
    """One sample: every chunk, whether it was kept, where the evidence sits, and the verdict."""
    console = console or Console()
    samples = load_samples(settings)
    if index >= len(samples):
        raise LcevalError(f"{settings.task} has {len(samples)} samples here; --index must be 0 to {len(samples) - 1}, got {index}.")
    sample = samples[index]
    tokenizer = load_tokenizer(settings.tokenizer)
    selector = settings.resolved_selector
    selection = select_context(sample, selector, settings.budget, tokenizer, settings.chunk_tokens)
    chunks, budget, kept = selection.chunks, selection.budget, set(selection.kept)
    table = Table(title=f"{settings.family}/{settings.task} #{index} — {selector!r}, budget {budget} tokens")
    for column in ("chunk", "tokens", "kept", "evidence", "text"):
        table.add_column(column, overflow="fold" if column == "text" else None)
    for c in chunks:
        holds = [e for e in sample.evidence if c.overlaps(e)]
        table.add_row(
            str(c.index), str(c.n_tokens), "[green]✓[/]" if c.index in kept else "",
            "[bold yellow]★[/]" if holds else "", _preview(c.text, 70),
        )
    console.print(table)
    kept_evidence = covered_evidence(sample, chunks, kept)
    lines = [
        f"[bold]question[/]: {sample.question}",
        f"[bold]answers[/]: {', '.join(sample.answers)}",
        f"kept {len(kept)}/{len(chunks)} chunks, {sum(chunks[i].n_tokens for i in kept)}/{sum(c.n_tokens for c in chunks)} tokens",
    ]
    if sample.evidence:
        depths = ", ".join(f"{100 * e.start / len(sample.context):.0f}%" for e in sample.evidence)
        verdict = "[green]all evidence kept[/]" if all(kept_evidence) else f"[red]evidence lost: {kept_evidence.count(False)} of {len(kept_evidence)} spans[/]"
        lines.append(f"evidence at depth {depths}: {verdict}")
    else:
        lines.append("evidence: not applicable (aggregation task)" if sample.aggregation else "evidence: no gold spans for this task")
    if hasattr(selector, "explain"):
        lines += ["[bold]slot events[/]:", *(escape(line) for line in selector.explain(sample.question, chunks))]
    console.print(Panel("\n".join(lines), title="selection"))


def _preview(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def selector_rows() -> list[dict]:
    """Registered selectors (with parameters and defaults) and presets."""
    rows = []
    for name in REGISTRY:
        cls = selector_class(name)
        params = {f.name: _default(f) for f in dataclasses.fields(cls)}
        if name in presets():
            params.update(load_preset(name).get("params") or {})
        rows.append({"name": name, "kind": "selector", "class": cls.__name__, "params": params, "doc": _first_line(cls)})
    for name in presets():
        if name in REGISTRY:
            continue  # shown with the selector it configures
        spec = load_preset(name)
        doc = spec.get("description") or f"preset of {spec['selector']}"
        rows.append({"name": name, "kind": f"preset of {spec['selector']}", "class": "", "params": spec.get("params") or {}, "doc": doc})
    return rows


def _default(field):
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return repr(field.default_factory())
    return None


def _first_line(cls) -> str:
    return (inspect.getdoc(cls) or "").splitlines()[0] if inspect.getdoc(cls) else ""


def show_selectors(console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title="lceval selectors")
    for column in ("name", "kind", "parameters", "what it does"):
        table.add_column(column, overflow="fold")
    for row in selector_rows():
        params = ", ".join(f"{k}={v}" for k, v in row["params"].items())
        table.add_row(row["name"], row["kind"], params, row["doc"])
    console.print(table)
