"""`python -m signals` runs the command line."""

import sys

from signals.entry import main

sys.exit(main())
