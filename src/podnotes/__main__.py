"""``python -m podnotes``: the command line."""

import sys

from podnotes.cli import main

sys.exit(main())
