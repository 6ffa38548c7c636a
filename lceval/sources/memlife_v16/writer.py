"""A small document written piece by piece, with the evidence span of the piece that decides (if any)."""

from __future__ import annotations

from ..memlife_common.sampling import Document

__all__ = ["Writer", "cap"]


def cap(text: str) -> str:
    """``text`` with its first letter raised (a holder's code is left as it is)."""
    return text[:1].upper() + text[1:]


class Writer:
    def __init__(self, fmt: str):
        self.fmt = fmt
        self._parts: list[str] = []
        self._spans: list[tuple[int, int, str]] = []
        self._at = 0

    def put(self, text: str, label: str | None = None) -> "Writer":
        """``text`` appended; its span recorded under ``label`` unless that is None."""
        if label:
            self._spans.append((self._at, self._at + len(text), label))
        self._parts.append(text)
        self._at += len(text)
        return self

    def line(self, text: str = "", label: str | None = None) -> "Writer":
        return self.put(text, label).put("\n")

    def paragraph(self, sentences: list[tuple[str, str | None]], indent: str = "") -> "Writer":
        """Sentences (text, label) on one line, a space apart."""
        self.put(indent)
        for i, (text, label) in enumerate(sentences):
            self.put(" " if i else "").put(text, label)
        return self.put("\n")

    def done(self) -> Document:
        text = "".join(self._parts).rstrip("\n")
        assert "\n\n" not in text and all(end <= len(text) for _, end, _ in self._spans)  # one paragraph of the context
        return Document(self.fmt, text, tuple(self._spans))
