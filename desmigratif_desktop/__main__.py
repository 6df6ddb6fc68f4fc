"""`python -m desmigratif_desktop`: the same as the `desmigratif` command."""

import sys

from desmigratif_desktop.cli import main

sys.exit(main())
