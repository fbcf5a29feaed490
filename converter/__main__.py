"""`python -m converter` is the `converter` command."""

import sys

from .cli import main

sys.exit(main())
