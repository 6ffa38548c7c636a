"""``python -m lceval.report RUN_DIR`` is ``lceval report RUN_DIR``."""

import sys

from ..sweep.cli import main

sys.exit(main("report"))
