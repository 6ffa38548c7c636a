"""``python -m lceval.report RUN_DIR`` is ``lceval report RUN_DIR``."""

import sys

from ..cli import main

sys.exit(main(["report", *sys.argv[1:]]))
