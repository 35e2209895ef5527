"""Create the QApplication and the window, and run until a staff exit or a signal."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Pack
from kiosk.core import collector
from kiosk.core.config import Config
from kiosk.core.resources import asset
from kiosk.core.startup import EXIT_CRASH, load_packs_counted
from kiosk.core.stats import UsageCounts, default_stats_path
from kiosk.ui.input.guard import KeyGuard
from kiosk.ui.input.probe import install_probe
from kiosk.ui.live_content import ContentWatcher, use_reloaded
from kiosk.ui.platform.first_frame import watch_app_after_first_frame
from kiosk.ui.platform.screens import ScreenKeeper
from kiosk.ui.platform.signal_wakeup import SignalWakeup
from kiosk.ui.platform.stats_flush import flush_off_the_gui_thread
from kiosk.ui.window import KioskWindow

log = logging.getLogger("kiosk")


def run_window(
    packs: Mapping[str, Pack], config: Config, *, windowed: bool, content: Path | None = None
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kiosk")
    app.setQuitOnLastWindowClosed(True)
    window = KioskWindow(packs, config, kiosk_mode=not windowed)
    window.setWindowTitle("Microneedling kiosk" if windowed else "kiosk")
    app.setWindowIcon(QIcon(str(asset("icons/app.svg"))))
    # a patient's first touch cannot come before the first frame; until then no event of the
    # thousands that build it passes through Python (kiosk/ui/platform/first_frame.py)
    guards = [] if windowed else [KeyGuard(app)]
    watch_app_after_first_frame(window, window.idle, window.corner, *guards)
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        if config.hide_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        keeper = ScreenKeeper(window, config.screen)
        keeper.place()
    window.idle.start()
    install_probe(window)  # off unless KIOSK_PROBE is set (the real-display tests)
    if content is not None:
        watcher = ContentWatcher(content, lambda: load_packs_counted(content, config.language), window)
        watcher.reloaded.connect(lambda new, problems: use_reloaded(window, new, problems, windowed))

    def stop(signum: int, _frame: object) -> None:
        log.info("signal %d: closing", signum)
        window.allow_close = True
        app.quit()

    def crashed(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Never show a patient a traceback: log it and exit non-zero, so the supervisor
        starts a fresh kiosk."""
        log.critical("unexpected error; exiting so the kiosk restarts", exc_info=(kind, error, tb))
        window.allow_close = True
        app.exit(EXIT_CRASH)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    sys.excepthook = crashed
    SignalWakeup(app)  # Python runs those handlers while Qt waits, without a timer
    window.staffExit.connect(lambda: app.exit(0))
    counts = UsageCounts(default_stats_path())
    if content is not None:
        from kiosk.ui.staff_sources import staff_sources

        window.door.set_sources(staff_sources(window, content, default_stats_path(),
                                                lambda: load_packs_counted(content, config.language), counts))
    window.pageShown.connect(lambda page: counts.page_view(page, window.session.language))
    window.walkthroughFinished.connect(lambda: counts.walkthrough_completed(window.session.language))
    window.languageChosen.connect(counts.language_chosen)
    window.quizAnswered.connect(
        lambda question, right: counts.quiz_answer(question, right, window.session.language))
    # a power cut loses at most the last minute of counts; the file work runs off the GUI thread
    flush_off_the_gui_thread(app, counts)
    app.aboutToQuit.connect(counts.close)
    log.info(
        "kiosk started (%s; languages %s; %s)",
        config.language,
        ", ".join(packs),
        "windowed" if windowed else "kiosk mode",
    )
    # the collector back once the first frames are drawn, what start-up made frozen
    QTimer.singleShot(1000, lambda: collector.release(settle=True))
    return int(app.exec())
