"""Keep the kiosk fullscreen on its screen as screens come, go and rotate."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.ui.platform.timers import named_timer

log = logging.getLogger(__name__)


def pick_screen(index: int) -> QScreen | None:
    """The configured screen, or the primary one when it is not there."""
    screens = QGuiApplication.screens()
    if 0 <= index < len(screens):
        return screens[index]
    primary = QGuiApplication.primaryScreen()
    log.warning(
        "screen = %d in the config, but this computer has %d screen(s) (0 to %d); "
        "using the primary screen%s",
        index, len(screens), max(len(screens) - 1, 0), f" ({primary.name()})" if primary else "",
    )
    return primary


class ScreenKeeper(QObject):
    def __init__(self, window: QWidget, index: int) -> None:
        super().__init__(window)
        self.window = window
        self.index = index
        self.settle = named_timer(self, "screen-settle", 300, self.place, single_shot=True)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(lambda _screen: self.settle.start())
        app.primaryScreenChanged.connect(lambda _screen: self.settle.start())
        for screen in QGuiApplication.screens():
            self._watch(screen)

    def _watch(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(lambda _rect: self.settle.start())
        screen.orientationChanged.connect(lambda _o: self.settle.start())

    def _screen_added(self, screen: QScreen) -> None:
        self._watch(screen)
        self.settle.start()

    def place(self) -> None:
        screen = pick_screen(self.index)
        if screen is None:
            return
        handle = self.window.windowHandle()
        if handle is not None and handle.screen() is not screen:
            log.info("moving the kiosk to screen %s", screen.name())
            handle.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
