"""What every front end shares at start: exit codes, where the content is, loading it.

Plain Python with no Qt, imported by the command line (kiosk/app.py), `kiosk snapshot`
and the window's runner (kiosk/ui/run.py), so none of them imports another.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from pathlib import Path

from kiosk.content.check import check_content
from kiosk.content.loader import display_path
from kiosk.content.model import Pack, Severity
from kiosk.core.config import Config
from kiosk.core.resources import bundled

log = logging.getLogger("kiosk")

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""`kiosk check` found problems; `kiosk set-pin` refused the PIN; `snapshot` could not write."""
EXIT_CONFIG = 2
EXIT_CONTENT = 3
EXIT_CRASH = 70
EXIT_INTERRUPTED = 130


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
