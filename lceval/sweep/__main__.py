"""``python -m lceval.sweep CONFIG`` is ``lceval sweep CONFIG``."""

import sys

from .cli import main

sys.exit(main("sweep"))
