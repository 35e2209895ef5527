"""What every front end shares at start: exit codes, where the content is, loading it.

Plain Python with no Qt, imported by the command line (kiosk/app.py), `kiosk snapshot`
and the window's runner (kiosk/ui/run.py), so none of them imports another.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import replace
from pathlib import Path

from kiosk.config import Config
from kiosk.content.check import languages
from kiosk.content.loader import display_path, load_pack
from kiosk.content.model import Pack, Severity
from kiosk.resources import bundled

log = logging.getLogger("kiosk")

EXIT_OK = 0
EXIT_CONFIG = 2
EXIT_CONTENT = 3
EXIT_CRASH = 70


def content_root(config: Config, override: Path | None) -> Path:
    if override is not None:
        return override
    return Path(config.content_dir) if config.content_dir else bundled("content")


def load_packs(root: Path, first: str) -> dict[str, Pack]:
    """Every language that has a good page, ``first`` first; problems go to the log."""
    return load_packs_counted(root, first)[0]


def load_packs_counted(root: Path, first: str) -> tuple[dict[str, Pack], int]:
    """Like load_packs, with the number of problems (errors) found on the way."""
    errors = 0
    found = languages(root)
    if first not in found:
        log.error(
            "no '%s' folder in %s (languages found: %s)",
            first,
            display_path(root),
            ", ".join(found) or "none",
        )
        return {}, 1
    packs: dict[str, Pack] = {}
    for language in [first] + [lang for lang in found if lang != first]:
        result = load_pack(root / language, language, bundled("assets"))
        for problem in result.problems:
            level = logging.ERROR if problem.severity is Severity.ERROR else logging.WARNING
            log.log(level, "%s", problem)
        if result.pack.pages and result.pack.home is not None:
            packs[language] = result.pack
        else:
            log.error("leaving out language '%s': it has no home page or no good page", language)
        errors += len(result.errors)
        if result.errors:
            log.warning(
                "%s: showing %d good page(s); %d problem(s) above",
                language,
                len(result.pack.pages),
                len(result.errors),
            )
    return (packs if first in packs else {}), errors


def settings_for(args: argparse.Namespace, config: Config) -> Config:
    """The config with the command line's --lang (and snapshot's --theme/--text-size) on top."""
    changes = {
        "language": getattr(args, "lang", None),
        "theme": getattr(args, "theme", None),
        "text_size": getattr(args, "text_size", None),
    }
    return replace(config, **{k: v for k, v in changes.items() if v})
