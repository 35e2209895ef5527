"""Watchers that start once the window has drawn its first frame
(kiosk/ui/platform/first_frame.py), and the focus rings that use them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Pack
from kiosk.core.config import Config
from kiosk.ui.platform.first_frame import AfterFirstFrame
from kiosk.ui.window import KioskWindow


def test_the_work_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstFrame(widget, lambda: calls.append(1))
    widget.resize(200, 100)
    widget.show()
    assert calls == [], "not before the window has painted"
    qtbot.waitUntil(lambda: calls == [1])
    widget.repaint()
    widget.hide()
    widget.show()
    qtbot.waitExposed(widget)
    QCoreApplication.processEvents()
    assert calls == [1], "once"


def test_a_window_shown_but_never_painted_gets_its_watchers_all_the_same(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    waiting = AfterFirstFrame(widget, lambda: calls.append(1))
    QCoreApplication.sendEvent(widget, QShowEvent())  # shown, as far as the window knows
    fallback = widget.findChild(QTimer, "first-frame-fallback")
    assert fallback is not None and fallback.isActive() and fallback.interval() >= 1000
    assert waiting.then is not None and calls == []
    fallback.timeout.emit()
    assert calls == [1]


def tab() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)


def test_the_focus_rings_watch_the_app_once_the_first_frame_is_drawn(
    qtbot: QtBot, bundled_packs: dict[str, Pack]
) -> None:
    """Building and drawing Home sends thousands of events; a filter on the whole app would see
    each of them in Python. While Home first paints, a Tab does not reach the focus rings;
    once the kiosk is up it does."""
    window = KioskWindow(bundled_packs, Config(speech_engine="mock"))
    qtbot.addWidget(window)
    during: list[bool] = []

    def tab_while_painting() -> None:
        if not during:
            QApplication.sendEvent(window, tab())
            during.append(bool(window.property("keyboard")))

    spy = PaintSpy(tab_while_painting)
    window.pages.home.installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: bool(during))
    window.pages.home.removeEventFilter(spy)
    assert during == [False], "the focus rings saw the events of the first frame"
    ready = window.findChild(QTimer, "after-first-frame")
    assert ready is not None
    qtbot.waitUntil(lambda: not ready.isActive())
    QApplication.sendEvent(window, tab())
    assert window.property("keyboard") is True, "Tab shows the focus rings once the kiosk is up"


class PaintSpy(QObject):
    def __init__(self, on_paint: Callable[[], object]) -> None:
        super().__init__()
        self.on_paint = on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.on_paint()
        return False
