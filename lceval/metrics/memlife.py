"""``memlife_exact``: exact match of the value, after a light normalisation, as 0 or 100.

Normalisation (prediction and references alike): replace control characters
by newlines as RULER does, strip, keep the first non-empty line, strip again,
drop trailing punctuation (. , ; : ! ?) and surrounding quotes, collapse
inner whitespace, lower-case. A prediction scores 100 when it equals any
reference, so "KX-4821." and " kx-4821" match "KX-4821" but "The code is
KX-4821" does not (the answer prefix asks for the value only).
"""

from __future__ import annotations

from .ruler import CONTROL
_TRAILING = " \t.,;:!?"
_QUOTES = "\"'“”‘’`"


def normalize(text: str) -> str:
    lines = [line.strip() for line in CONTROL.sub("\n", text).strip().split("\n")]
    first = next((line for line in lines if line), "")
    value = first.rstrip(_TRAILING).strip(_QUOTES).rstrip(_TRAILING)
    return " ".join(value.split()).lower()


def exact(prediction: str, answers: list[str], meta: dict | None = None) -> float:
    """100 if the normalised prediction equals a normalised reference, else 0."""
    predicted = normalize(prediction)
    return 100.0 if any(predicted == normalize(a) for a in answers) else 0.0
