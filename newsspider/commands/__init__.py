"""Subcommands of ``python -m newsspider``; each module has ``register(subparsers)``.

To add a command, write a module here with ``register`` and list it in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

COMMAND_MODULES = (
    "newsspider.commands.schema",
    "newsspider.commands.extract",
    "newsspider.commands.serve",
    "newsspider.commands.enqueue",
    "newsspider.commands.fixture",
)

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
