"""``python -m lceval.report RUN_DIR`` is ``lceval report RUN_DIR``."""

import sys

from .cli import main

if __name__ == "__main__":  # engines spawn subprocesses that import the main module
    sys.exit(main())
