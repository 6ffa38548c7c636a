"""``python -m lceval.sweep CONFIG`` is ``lceval sweep CONFIG``."""

import sys

from .cli import main

if __name__ == "__main__":  # engines spawn subprocesses that import the main module
    sys.exit(main())
