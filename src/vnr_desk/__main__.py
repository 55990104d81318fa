"""`python -m vnr_desk` runs the same entry point as the `vnr-desk` script."""

import sys

from vnr_desk.cli import main

sys.exit(main())
