"""The built-in reader: a ~1M-parameter Llama that lceval trains itself to read RULER-format prompts.

No pretrained generative model can be downloaded where lceval is built and
tested, so the harness ships a small model trained for the job (see
``models/lceval-reader/README.md``). Every training sample comes from lceval's
own generators with seeds >= ``TRAIN_SEED_BASE``; evaluation seeds are far
below it, so the reader never trains on an evaluation sample.
"""

from pathlib import Path

DEFAULT_READER = Path(__file__).resolve().parents[2] / "models" / "lceval-reader"  # where the built-in reader lives
TRAIN_SEED_BASE = 10_000_000  # all training data; evaluation seeds (default 42, dev/eval) are < 1,000,000
CHECK_SEED_BASE = 5_000_000  # the training run's own closing accuracy table: disjoint from both
