"""RULER (NVIDIA/RULER) synthetic tasks, generated offline with the evaluated model's tokenizer."""

from .niah import niah_sample

__all__ = ["niah_sample"]
