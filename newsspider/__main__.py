"""``python -m newsspider``: see :mod:`newsspider.cli`."""

from __future__ import annotations

import sys

from newsspider.cli import main

sys.exit(main())
