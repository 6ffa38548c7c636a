"""``python -m lceval ...`` is ``lceval ...``."""

import sys

from .cli import main

if __name__ == "__main__":  # engines spawn subprocesses that import the main module: never run it twice
    sys.exit(main())
