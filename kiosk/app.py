"""Start-up, as a story.

``main(argv)`` parses the arguments, sets up logging, loads the config, loads
and validates the content (all plain Python, so a broken file is reported
before any window exists), and only then creates the QApplication and the
window. It returns the exit code: 0 for a normal or staff exit, non-zero for a
failure, so a supervisor (assets/deploy/kiosk.service) restarts only failures.

Broken content degrades, it never darkens the kiosk: a file with an error is left
out, a language is left out only when it has nothing to show, the kiosk starts in
another language when the starting one has nothing, and exit 3 means that no
language has anything at all. The kiosk, ``kiosk check`` and ``kiosk snapshot``
all find problems with the same function (``check_content``), so they agree.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

import platformdirs

from kiosk.commands import cli
from kiosk.core import collector
from kiosk.core.config import Config, ConfigError, load_config
from kiosk.core.logs import setup_logging
from kiosk.core.pin import hash_problem
from kiosk.core.resources import bundled
from kiosk.core.startup import (
    EXIT_CONFIG,
    EXIT_CONTENT,
    EXIT_INTERRUPTED,
    content_root,
    load_packs,
    nothing_to_show,
    settings_for,
)

log = logging.getLogger("kiosk")


def main_entry() -> None:
    collector.hold()  # until the first frame (kiosk/core/collector.py)
    try:
        code = main(sys.argv[1:])
    except KeyboardInterrupt:
        print("\nkiosk: stopped", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
    leave(code)


def leave(code: int) -> NoReturn:
    """End the process with ``code`` once its work is done: the exit handlers run (the log is
    closed, temporary files go) and the output is flushed, as at any exit, but Python does not
    then take apart every module and Qt object one by one (a tenth of `kiosk snapshot`'s time);
    the system frees the memory at once. Threads have finished by then: the kiosk's last
    usage flush runs on the GUI thread as it quits."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def default_config_path() -> Path:
    return platformdirs.user_config_path("kiosk", appauthor=False) / "kiosk.toml"


def config_path(args: argparse.Namespace) -> Path | None:
    """--config, else the user's config file when there is one, else built-in defaults."""
    if getattr(args, "config", None):
        return Path(args.config)
    path = default_config_path()
    return path if path.exists() else None


def main(argv: list[str]) -> int:
    args = cli.parse(argv)
    running = args.command is None
    setup_logging(args.verbose, to_file=running)
    if args.command == "set-pin":
        from kiosk.commands.set_pin import run_set_pin

        return run_set_pin(Path(args.config) if args.config else default_config_path())
    try:
        config = load_config(config_path(args))
    except ConfigError as error:
        print("kiosk: the config file has problems, so the kiosk did not start:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "check":
        from kiosk.commands.check import run_check

        return run_check(args.dir or content_root(config, None), args.format)
    if args.command == "stats":
        from kiosk.commands.stats import run_stats

        return run_stats(args.since, args.csv, args.by_hour, args.file)
    if args.command == "export-site":
        from kiosk.commands.export_site import run_export_site

        return run_export_site(content_root(config, getattr(args, "content", None)), args.out,
                               bundled("assets"), config.clinic_name, config.take_home_url)
    if args.command == "snapshot":
        from kiosk.commands.snapshot import run_snapshot

        return run_snapshot(args, config)
    return run_kiosk(args, config)


def run_kiosk(args: argparse.Namespace, config: Config) -> int:
    config = settings_for(args, config)
    root = content_root(config, getattr(args, "content", None))
    if config.staff_pin_hash and hash_problem(config.staff_pin_hash):
        print(f"kiosk: {hash_problem(config.staff_pin_hash)}", file=sys.stderr)
        return EXIT_CONFIG
    packs = load_packs(root, config.language)
    if not packs:
        print(nothing_to_show(root), file=sys.stderr)
        return EXIT_CONTENT
    if not config.staff_pin_hash:
        log.warning(
            "no staff PIN is set: the staff gesture exits without one "
            "(run 'kiosk set-pin' to protect the exit)"
        )
    from kiosk.core.preflight import EXIT_MISSING_LIBRARIES, check_display_libraries

    problem = check_display_libraries()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_MISSING_LIBRARIES
    from kiosk.ui.run import run_window

    return run_window(packs, config, windowed=bool(args.windowed), content=root)
