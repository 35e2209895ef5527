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
import logging
import sys
from dataclasses import replace
from pathlib import Path

import platformdirs

from kiosk import cli
from kiosk.config import Config, ConfigError, load_config
from kiosk.content.check import check_content
from kiosk.content.loader import display_path
from kiosk.content.model import Pack, Severity
from kiosk.logs import setup_logging
from kiosk.pin import hash_problem
from kiosk.resources import bundled

log = logging.getLogger("kiosk")

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""`kiosk check` found problems; `kiosk set-pin` refused the PIN; `snapshot` could not write."""
EXIT_CONFIG = 2
EXIT_CONTENT = 3
EXIT_CRASH = 70
EXIT_INTERRUPTED = 130


def main_entry() -> None:
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        print("\nkiosk: stopped", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)


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
    if args.command == "export-site":
        from kiosk.site.export_command import run_export_site

        return run_export_site(content_root(config, getattr(args, "content", None)), args.out,
                               bundled("assets"), config.clinic_name, config.take_home_url)
    if args.command == "snapshot":
        from kiosk.snapshot import run_snapshot

        return run_snapshot(args, config)
    return run_kiosk(args, config)


def content_root(config: Config, override: Path | None) -> Path:
    if override is not None:
        return override
    return Path(config.content_dir).expanduser() if config.content_dir else bundled("content")


def load_packs(root: Path, first: str) -> dict[str, Pack]:
    """Every language that has a good page, ``first`` first; problems go to the log."""
    return load_packs_counted(root, first)[0]


def load_packs_counted(root: Path, first: str) -> tuple[dict[str, Pack], int]:
    """Like load_packs, with the number of problems (errors) found on the way.

    Every problem ``kiosk check`` reports is logged. ``first`` comes first when it has
    something to show; otherwise the first language that has is, with an error logged.
    """
    report = check_content(root, bundled("assets"))
    for problem in report.problems:
        level = logging.ERROR if problem.severity is Severity.ERROR else logging.WARNING
        log.log(level, "%s", problem)
    errors = sum(1 for problem in report.problems if problem.severity is Severity.ERROR)
    shown: dict[str, Pack] = {}
    for language, result in report.packs.items():
        pack = result.pack
        if not pack.showable:
            log.error("leaving out language '%s': it has no page that can be shown", language)
            continue
        shown[language] = pack
        if not pack.has_own_home:
            log.error("%s: its home page is missing or has problems; showing a plain Home "
                      "with a tile for each good page", language)
        if result.errors:
            log.warning("%s: showing %d good page(s); %d problem(s) above",
                        language, len(pack.pages), len(result.errors))
    if not shown:
        return {}, max(errors, 1)
    start = first if first in shown else next(iter(shown))
    if start != first:
        log.error("language '%s' has nothing to show in %s; starting in '%s' instead",
                  first, display_path(root), start)
    return {start: shown[start], **{lang: pack for lang, pack in shown.items() if lang != start}}, errors


def nothing_to_show(root: Path) -> str:
    return (
        f"kiosk: no page in {display_path(root)} can be shown, in any language; "
        f"run 'kiosk check {display_path(root)}' to see why"
    )


def settings_for(args: argparse.Namespace, config: Config) -> Config:
    """The config with the command line's --lang (and snapshot's --theme/--text-size) on top."""
    changes = {
        "language": getattr(args, "lang", None),
        "theme": getattr(args, "theme", None),
        "text_size": getattr(args, "text_size", None),
    }
    return replace(config, **{k: v for k, v in changes.items() if v})


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
    from kiosk.ui.run import run_window

    return run_window(packs, config, windowed=bool(args.windowed), content=root)
