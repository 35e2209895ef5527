"""Start-up, as a story.

``main(argv)`` parses the arguments, loads the config, loads and validates the
content (all plain Python, so a broken file is reported before any window
exists), and only then creates the QApplication and the window. It returns the
process exit code: 0 for a normal or staff exit, non-zero for a failure, so a
supervisor restarts only failures.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

from kiosk import cli
from kiosk.config import Config, ConfigError, load_config
from kiosk.content.check import check_content, languages
from kiosk.content.loader import display_path, load_pack
from kiosk.content.model import LoadResult, Severity
from kiosk.resources import bundled

log = logging.getLogger("kiosk")

EXIT_OK = 0
EXIT_CONTENT = 3
EXIT_CONFIG = 2


def main_entry() -> None:
    sys.exit(main(sys.argv[1:]))


def main(argv: list[str]) -> int:
    args = cli.parse(argv)
    setup_logging(args.verbose)
    try:
        config = load_config(args.config)
    except ConfigError as error:
        print("kiosk: the config file has problems, so the kiosk did not start:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "check":
        return run_check(args.dir or content_root(config, None))
    if args.command == "snapshot":
        from kiosk.snapshot import run_snapshot

        return run_snapshot(args, config)
    return run_kiosk(args, config)


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def content_root(config: Config, override: Path | None) -> Path:
    if override is not None:
        return override
    return Path(config.content_dir) if config.content_dir else bundled("content")


def run_check(root: Path) -> int:
    report = check_content(root, bundled("assets"))
    for problem in report.problems:
        print(problem)
    for lang, result in report.packs.items():
        ids = sorted(result.pack.page_ids)
        print(f"{lang}: {len(ids)} pages: {', '.join(ids)}")
    errors = [p for p in report.problems if p.severity is Severity.ERROR]
    if errors:
        print(f"{len(errors)} problem(s) in {display_path(root)}", file=sys.stderr)
        return 1
    print(f"{display_path(root)}: no problems")
    return EXIT_OK


def load_language(root: Path, language: str) -> LoadResult | None:
    """The pack for one language, with its problems logged; None if it has no page."""
    if language not in languages(root):
        found = ", ".join(languages(root)) or "none"
        log.error("no '%s' folder in %s (languages found: %s)", language, display_path(root), found)
        return None
    result = load_pack(root / language, language, bundled("assets"))
    for problem in result.problems:
        log.log(
            logging.ERROR if problem.severity is Severity.ERROR else logging.WARNING, "%s", problem
        )
    if not result.pack.pages:
        return None
    if result.problems:
        log.warning(
            "showing %d good page(s); %d file problem(s) above",
            len(result.pack.pages),
            len(result.errors),
        )
    return result


def run_kiosk(args: object, config: Config) -> int:
    root = content_root(config, getattr(args, "content", None))
    language = getattr(args, "lang", None) or config.language
    result = load_language(root, language)
    if result is None:
        print(
            f"kiosk: no page in {display_path(root / language)} can be shown; "
            f"run 'kiosk check {display_path(root)}' to see why",
            file=sys.stderr,
        )
        return EXIT_CONTENT

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.guard import KeyGuard
    from kiosk.ui.window import KioskWindow

    windowed = bool(getattr(args, "windowed", False))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    window = KioskWindow(
        result.pack, kiosk_mode=not windowed, text_size=config.text_size, theme_name=config.theme
    )
    guard = KeyGuard(app)
    if not windowed:
        app.installEventFilter(guard)
        window.setWindowFlag(window.windowFlags().__class__.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()

    def stop(signum: int, _frame: object) -> None:
        log.info("signal %d: closing", signum)
        window.allow_close = True
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    pulse = QTimer(app)  # lets Python run its signal handlers while Qt waits
    pulse.setObjectName("signal-pulse")
    pulse.start(250)
    pulse.timeout.connect(lambda: None)
    log.info(
        "kiosk started (%s, %d pages, %s)",
        language,
        len(result.pack.pages),
        "windowed" if windowed else "kiosk mode",
    )
    code = app.exec()
    os.environ.pop("KIOSK_RUNNING", None)
    return int(code)
