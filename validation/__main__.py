"""`python -m validation` runs every check and writes validation/RESULTS.md."""

import sys

from validation.run import main

sys.exit(main())
