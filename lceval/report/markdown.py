"""report.md: the header (model, completeness, reading notes), the tables, the plots."""

from __future__ import annotations

from pathlib import Path

from .build import TINY_NOTE, Report
from .tables import budget_label, diagnostic_task_tables, overall_tables, task_tables, to_markdown

UPSTREAM_RULER_SAMPLES = 500  # NVIDIA/RULER config_tasks.sh


def header_lines(report: Report) -> list[str]:
    """What was run, on which model, and how complete it is — shared by the terminal and report.md."""
    lines = [_model_line(run["model"], run["name"] if len(report.runs) > 1 else "") for run in report.runs] or [_model_line(report.model)]
    if len(report.runs) > 1:
        lines.append(f"Comparing {len(report.runs)} runs: each line and row is run/selector, compared with its own run's full. "
                     f"Settings that differ: {_differences(report.runs)}.")
    if report.tiny:
        lines.append(f"WARNING: {TINY_NOTE}.")
    done, planned = len(report.finished), len(report.planned)
    lines.append(f"Cells: {done} of {planned} planned finished" + ("." if not report.missing else f"; {len(report.missing)} missing (partial run)."))
    if report.damaged:
        lines.append(f"WARNING: unreadable cell folders (left out; re-run the sweep to recompute them): {', '.join(report.damaged)}.")
    over = sum(c["exceeds_model_max_length"] for c in report.cells)
    if over:
        lines.append(f"WARNING: {over} prompts exceed the model's max_length; lm-eval cut them from the left (see each record's exceeds_model_max_length).")
    cut = sum(c["truncated"] for c in report.cells)
    if cut:
        lines.append(f"{cut} prompts were middle-truncated to the task's max_seq_length, as the benchmark does upstream.")
    ruler_samples = {len(f.records) for f in report.finished if "ruler" in f.cell.task}
    if ruler_samples and max(ruler_samples) < UPSTREAM_RULER_SAMPLES:
        lines.append(f"RULER samples per task: {max(ruler_samples)}, fewer than upstream's {UPSTREAM_RULER_SAMPLES} "
                     "(the first of upstream's set; qa_1/qa_2 ask only the first questions): compare with published tables with care.")
    calls = sum(c["model_calls"] or 0 for c in report.cells)
    requests = sum(c["requests"] or 0 for c in report.cells)
    lines.append(f"Model calls: {calls} for {requests} requests (identical prompts are computed once per run).")
    lines.append(f"Tasks: {len(report.tasks)}; selectors: {', '.join([*report.references, *report.selectors])}; "
                 f"budgets: {', '.join(map(str, report.budgets))} (int = tokens, float = fraction of the context).")
    if report.references:
        lines.append(f"{', '.join(report.references)} keeps the whole context, so it runs once per task and seed and "
                     "is shown as the reference, not repeated per budget.")
    else:
        lines.append("WARNING: no whole-context selector (`full`) in this run, so there is no reference and no gap to full; "
                     "add `full` to `selectors` to see what selection costs.")
    lines += identical_notes(report)
    lines.append("Scores are 0-100 (upstream task metric); intervals are 95% bootstrap over samples "
                 f"({report.iters} resamples; over tasks: stratified by task).")
    return lines


REPO = str(Path(__file__).resolve().parents[2]) + "/"


def _model_line(model: dict, run: str = "") -> str:
    """Paths inside this checkout are shown relative to it, so a committed report names no local folder."""
    args = ", ".join(f"{k}={str(v).replace(REPO, '')}" for k, v in (model.get("args") or {}).items())
    return (f"Run {run}: model " if run else "Model: ") + f"{model.get('type', '?')}" + (f" ({args})" if args else "")


def _differences(runs: list[dict]) -> str:
    """Fingerprint keys whose values differ between the runs, with each run's value."""
    keys = sorted({k for r in runs for k in r["fingerprint"]})
    parts = []
    for key in keys:
        values = [r["fingerprint"].get(key) for r in runs]
        if any(v != values[0] for v in values) and key != "model_weights":
            parts.append(f"{key} = " + " / ".join(str(v) for v in values))
    return "; ".join(parts) or "none besides the selectors"


def identical_notes(report: Report) -> list[str]:
    """One line per selector pair that kept the same chunks on every sample of some task and budget."""
    pairs: dict[tuple[str, str], dict[str, list]] = {}
    for entry in report.identical:
        pairs.setdefault(tuple(entry["selectors"]), {}).setdefault(entry["task"], []).append(entry)
    lines = []
    for (a, b), by_task in pairs.items():
        where = "; ".join(f"{task} at {', '.join(budget_label(e['budget']) for e in entries)} ({sum(e['samples'] for e in entries)} samples)"
                          for task, entries in by_task.items())
        lines.append(f"NOTE: {a} and {b} kept identical chunks on every sample of {where}: same prompts, same scores; "
                     "in the plots one line lies on the other.")
    return lines


def render_markdown(report: Report, plots: list[Path]) -> str:
    parts = [f"# Selector sweep report: {report.name}", "", *[f"- {line}" for line in header_lines(report)], ""]
    if report.missing:
        shown = ", ".join(c.id for c in report.missing[:20])
        more = f" and {len(report.missing) - 20} more" if len(report.missing) > 20 else ""
        parts += [f"Missing cells: {shown}{more}. Re-run the same `lceval sweep` command to finish them.", ""]
    parts += ["## Overall", ""] + [to_markdown(t) for t in overall_tables(report)]
    if plots:
        parts += ["## Plots", ""] + [f"![{p.stem}]({p.name})\n" for p in plots]
    parts += ["## Per task", ""] + [to_markdown(t) for t in task_tables(report)]
    parts += ["## Per task: evidence recall and accuracy when the evidence was kept / lost", ""]
    parts += [to_markdown(t) for t in diagnostic_task_tables(report)]
    return "\n".join(parts)
