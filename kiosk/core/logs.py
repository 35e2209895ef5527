"""Logging to stderr and to a size-capped rotating file in the platform's log folder.

Only page ids, counts and problems are logged; never anything a patient typed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import platformdirs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3


def default_log_dir() -> Path:
    return platformdirs.user_log_path("kiosk", appauthor=False)


def setup_logging(verbose: bool = False, log_dir: Path | None = None, to_file: bool = True) -> Path | None:
    """Log to stderr, and to a rotating file when the folder is writable; return the file."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "kiosk", False):
            root.removeHandler(handler)
            handler.close()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(logging.Formatter(FORMAT))
    stderr.kiosk = True  # type: ignore[attr-defined]
    root.addHandler(stderr)
    if not to_file:
        return None
    folder = log_dir or default_log_dir()
    path = folder / "kiosk.log"
    from kiosk.core.log_file import SafeRotatingHandler  # only a running kiosk writes a file

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = SafeRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as error:
        logging.getLogger("kiosk").warning(
            "cannot write logs to %s (%s); logging to stderr only", folder, error.strerror
        )
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
