"""`python -m signals` runs the command line."""

import sys

from signals.cli import main

sys.exit(main())
