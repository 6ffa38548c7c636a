"""A small document being written: text appended piece by piece, the one deciding piece marked as it goes in."""

from __future__ import annotations

from ..memlife_common.sampling import Document

__all__ = ["Page"]


class Page:
    def __init__(self) -> None:
        self.text = ""
        self.span: tuple[int, int, str] | None = None

    def add(self, *pieces: str) -> "Page":
        self.text += "".join(pieces)
        return self

    def mark(self, piece: str, label: str | None) -> "Page":
        """Append ``piece``; it is the evidence when it carries a label (a record nothing is asked about has none)."""
        if label:
            self.span = (len(self.text), len(self.text) + len(piece), label)
        return self.add(piece)

    def lines(self, lines: list[str], ours: int, label: str | None) -> "Page":
        """Append whole lines, line ``ours`` the one that decides."""
        for i, line in enumerate(lines):
            if i:
                self.add("\n")
            self.mark(line, label) if i == ours else self.add(line)
        return self

    def done(self, fmt: str) -> Document:
        return Document(fmt, self.text, (self.span,) if self.span else ())
