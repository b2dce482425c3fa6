"""`python -m app` runs the command line (and, with no command, the desktop application)."""

import sys

from app.cli import main

sys.exit(main())
