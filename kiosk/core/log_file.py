"""The kiosk's log file: size-capped and rotated, and never a reason to stop."""

from __future__ import annotations

import logging
import logging.handlers
import sys


class SafeRotatingHandler(logging.handlers.RotatingFileHandler):
    """A full disk or a vanished folder must not stop the kiosk: drop the line, keep stderr."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        if not getattr(self, "_warned", False):
            self._warned = True
            print("kiosk: cannot write the log file; logging to stderr only", file=sys.stderr)  # noqa: T201
