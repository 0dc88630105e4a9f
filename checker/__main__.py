"""`python -m checker` runs the crosscheck CLI."""

import sys

from checker.cli import main

sys.exit(main())
