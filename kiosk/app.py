"""Start-up, as a story.

``main(argv)`` parses the arguments, sets up logging, loads the config, loads
and validates the content (all plain Python, so a broken file is reported
before any window exists), and only then creates the QApplication and the
window. It returns the exit code: 0 for a normal or staff exit, non-zero for a
failure, so a supervisor (assets/deploy/kiosk.service) restarts only failures.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import platformdirs

from kiosk import cli
from kiosk.config import Config, ConfigError, load_config
from kiosk.content.loader import display_path
from kiosk.logs import setup_logging
from kiosk.pin import hash_problem
from kiosk.startup import EXIT_CONFIG, EXIT_CONTENT, content_root, load_packs, settings_for

log = logging.getLogger("kiosk")


def main_entry() -> None:
    sys.exit(main(sys.argv[1:]))


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
        from kiosk.set_pin import run_set_pin

        return run_set_pin(Path(args.config) if args.config else default_config_path())
    try:
        config = load_config(config_path(args))
    except ConfigError as error:
        print("kiosk: the config file has problems, so the kiosk did not start:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "check":
        from kiosk.check_command import run_check

        return run_check(args.dir or content_root(config, None), args.format)
    if args.command == "stats":
        from kiosk.stats_command import run_stats

        return run_stats(args.since, args.csv, args.by_hour, args.file)
    if args.command == "snapshot":
        from kiosk.snapshot import run_snapshot

        return run_snapshot(args, config)
    return run_kiosk(args, config)


def run_kiosk(args: argparse.Namespace, config: Config) -> int:
    config = settings_for(args, config)
    root = content_root(config, getattr(args, "content", None))
    packs = load_packs(root, config.language)
    if not packs:
        print(
            f"kiosk: no page in {display_path(root / config.language)} can be shown; "
            f"run 'kiosk check {display_path(root)}' to see why",
            file=sys.stderr,
        )
        return EXIT_CONTENT
    if config.staff_pin_hash and hash_problem(config.staff_pin_hash):
        print(f"kiosk: {hash_problem(config.staff_pin_hash)}", file=sys.stderr)
        return EXIT_CONFIG
    if not config.staff_pin_hash:
        log.warning(
            "no staff PIN is set: the staff gesture exits without one "
            "(run 'kiosk set-pin' to protect the exit)"
        )
    from kiosk.ui.run import run_window

    return run_window(packs, config, windowed=bool(args.windowed), content=root)
