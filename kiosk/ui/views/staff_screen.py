"""The staff screen behind the PIN: usage at a glance, the content's status, four big buttons.

It is a layer over the whole window: the patient screens under it are not touched,
so they come back exactly as they were. It closes itself after a minute untouched
(timed with the window's clock, so tests move time instead of waiting). It shows
counts and page ids only: nothing that identifies a patient.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content_status import ContentStatus
from kiosk.core.staff_data import NOTHING_TO_SHOW, RELOADED, StaffSources
from kiosk.core.theme import Metrics, Palette
from kiosk.core.usage_summary import UsageSummary
from kiosk.ui.input.idle_watcher import INPUT_EVENTS
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.views.staff_usage import PERIODS, UsagePanel

STAFF_TIMEOUT_S = 60


class StaffScreen(QWidget):
    """Emits ``closed`` when it goes (Back, time-out) and ``exitRequested`` for Exit kiosk."""

    closed = Signal()
    exitRequested = Signal()  # noqa: N815
    readAloudRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget, sources: StaffSources,
                 clock: Callable[[], float] = time.monotonic, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("StaffScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.sources = sources
        self.clock = clock
        self.today = today
        self.days = PERIODS[0]
        self.last_touch = clock()
        self.summary: UsageSummary | None = None
        self.return_focus: QWidget | None = None
        """Where the keyboard focus was before staff came, given back when the screen goes."""

        self.title = QLabel(self)
        self.title.setObjectName("StaffTitle")
        self.note = QLabel(self)
        self.note.setObjectName("StaffNote")
        self.note.setWordWrap(True)
        self.usage = UsagePanel(self)
        self.usage.periodChosen.connect(self.show_period)
        self._wanted: tuple[Palette, Metrics, QSize] | None = None
        self._applied: tuple[Palette, Metrics, QSize] | None = None

        self.status_title = QLabel(self)
        self.status_title.setObjectName("StaffHeading")
        self.status_text = QLabel(self)
        self.status_text.setObjectName("StaffStatus")
        self.status_text.setWordWrap(True)
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.action_text = QLabel(self)
        self.action_text.setObjectName("StaffAction")
        self.action_text.setWordWrap(True)
        self.back_button = self._button("PrimaryButton", self.close_screen)
        self.reload_button = self._button("StaffButton", self.reload)
        self.read_button = self._button("StaffButton", self.readAloudRequested)
        self.exit_button = self._button("StaffExit", self.exitRequested)

        side = QVBoxLayout()
        side.addWidget(self.status_title)
        side.addWidget(self.status_text)
        side.addWidget(self.action_text)
        side.addStretch(1)
        for button in (self.back_button, self.reload_button, self.read_button, self.exit_button):
            side.addWidget(button)
        main = QVBoxLayout()
        main.addWidget(self.title)
        main.addWidget(self.note)
        main.addWidget(self.usage, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.body.addLayout(main, 3)
        self.body.addLayout(side, 1)
        self.side = side
        self.tick = named_timer(self, "staff-idle", 1000, self.poll)
        self.retranslate()
        self.hide()

    def _button(self, name: str, action: Callable[[], object] | object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def retranslate(self) -> None:
        """The words in the kiosk's language of the moment (set again at each opening)."""
        self.title.setText(self.tr("Staff screen"))
        self.note.setText(self.tr("Counts only: nothing here identifies a patient. "
                                  "Closes by itself after a minute untouched."))
        self.usage.retranslate()
        self.status_title.setText(self.tr("Content"))
        for button, text in ((self.back_button, self.tr("Back to patients")),
                             (self.reload_button, self.tr("Reload content now")),
                             (self.read_button, self.tr("Test read aloud")),
                             (self.exit_button, self.tr("Exit kiosk"))):
            button.setText(text)
            button.setAccessibleName(text)

    # -- opening, closing, the minute untouched ------------------------------------

    def open(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            parent.installEventFilter(self)
        self.action_text.setText("")
        self.retranslate()
        self._apply_metrics()
        self.refresh()
        self.last_touch = self.clock()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.tick.start()
        self.raise_()
        self.show()
        self.back_button.setFocus()

    def close_screen(self) -> None:
        """Back to the patient screens (Back, or a minute untouched)."""
        if not self.isVisible():
            return
        self._stop()
        self.closed.emit()

    def dismiss(self) -> None:
        """Go without a signal (the window is closing)."""
        self._stop()

    def _stop(self) -> None:
        self.tick.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()
        focus, self.return_focus = self.return_focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def poll(self) -> None:
        if self.clock() - self.last_touch >= STAFF_TIMEOUT_S:
            self.close_screen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS:
            self.last_touch = self.clock()
        elif watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    # -- what it shows ------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_period(self.days)
        self.show_status(self.sources.status())

    def show_period(self, days: int) -> None:
        self.days = days
        self.summary = self.sources.usage(days)
        self.usage.show_usage(days, self.summary, self.sources.questions())

    def show_status(self, status: ContentStatus) -> None:
        self.status = status
        self.status_text.setText("\n".join(status.lines()))

    def reload(self) -> None:
        outcome = self.sources.reload()
        if outcome == RELOADED:
            said = self.tr("Reloaded: the new content is showing.")
        elif outcome == NOTHING_TO_SHOW:
            said = self.tr("Not reloaded: the content has no page to show. The kiosk keeps what it shows.")
        else:
            said = self.tr("Not reloaded: the content has {0} problem(s), listed above. "
                           "The kiosk keeps what it shows.").format(outcome)
        self.action_text.setText(said)
        self.show_status(self.sources.status())

    def say(self, text: str) -> None:
        self.action_text.setText(text)

    # -- look -----------------------------------------------------------------------------

    def apply_metrics(self, palette: Palette, sizes: Metrics, area: QSize) -> None:
        """Kept until the screen is open: a hidden screen is not styled (start-up is faster)."""
        self._wanted = (palette, sizes, area)
        if self.isVisible():
            self._apply_metrics()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._apply_metrics()  # however it is shown
        super().showEvent(event)

    def _apply_metrics(self) -> None:
        if self._wanted is None or self._wanted == self._applied:
            return
        palette, sizes, area = self._applied = self._wanted
        portrait = area.height() > area.width()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(sizes.pad, sizes.pad, sizes.pad, sizes.pad)
        self.body.setSpacing(sizes.pad)
        self.side.setSpacing(sizes.gap)
        self.setStyleSheet(_STYLE.format(p=palette, s=sizes, half=sizes.gap // 2))
        self.usage.apply_metrics(palette, sizes)
        if self.isVisible():
            self.show_period(self.days)


_STYLE = """
QWidget#StaffScreen {{ background: {p.background}; }}
QLabel#StaffTitle {{ font-size: {s.title}px; font-weight: bold; color: {p.ink}; }}
QLabel#StaffNote, QLabel#StaffStatus {{ font-size: {s.small}px; color: {p.muted_ink}; }}
QLabel#StaffStatus {{ color: {p.ink}; background: {p.surface}; border: {s.border}px solid {p.outline};
    border-radius: {s.radius}px; padding: {half}px; }}
QLabel#StaffHeading {{ font-size: {s.tile_title}px; font-weight: bold; color: {p.ink}; }}
QLabel#StaffAction {{ font-size: {s.small}px; font-weight: bold; color: {p.primary}; }}
QPushButton#StaffPeriod {{ font-size: {s.small}px; }}
QPushButton#StaffPeriod:checked {{ background: {p.primary}; color: {p.on_primary};
    border-color: {p.primary}; }}
QPushButton#StaffExit {{ color: {p.safety}; border-color: {p.safety}; }}
"""
