"""The staff screen behind the PIN: usage at a glance, the content's status, four big buttons.

It is a layer over the whole window: the patient screens under it are not touched,
so they come back exactly as they were. It closes itself after a minute untouched
(timed with the window's clock, so tests move time instead of waiting). It shows
counts and page ids only: nothing that identifies a patient.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content_status import ContentStatus
from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.core.usage_summary import UsageSummary
from kiosk.ui.input.idle_watcher import INPUT_EVENTS
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.views.bottom_bar import LANGUAGE_NAMES
from kiosk.ui.views.staff_charts import Chart, day_labels

STAFF_TIMEOUT_S = 60
PERIODS = (7, 30)
RELOADED = 0
NOTHING_TO_SHOW = -1
"""What reloading the content did: RELOADED, NOTHING_TO_SHOW, or the number of problems found."""


@dataclass
class StaffSources:
    """Where the staff screen gets what it shows (given by whoever runs the window)."""

    usage: Callable[[int], UsageSummary]
    """Days -> the usage of the last that many days, today included."""
    status: Callable[[], ContentStatus]
    reload: Callable[[], int]
    """Load the content now and show it when it is clean: RELOADED, NOTHING_TO_SHOW or the
    number of problems that kept it out."""
    questions: Callable[[], dict[str, str]] = dict
    """Question id -> its words, to label the quiz chart."""


def no_sources() -> StaffSources:
    """For a window that nobody gave sources: empty figures, nothing to reload."""
    today = date.today()
    return StaffSources(
        usage=lambda days: UsageSummary(tuple(today for _ in range(days)), (0,) * days, (0,) * days,
                                        problem="no usage counts in this window"),
        status=lambda: ContentStatus("(unknown)", (), (), 0),
        reload=lambda: NOTHING_TO_SHOW,
    )


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
        self.palette_: Palette = STANDARD
        self.return_focus: QWidget | None = None
        """Where the keyboard focus was before staff came, given back when the screen goes."""

        self.title = QLabel(self)
        self.title.setObjectName("StaffTitle")
        self.note = QLabel(self)
        self.note.setObjectName("StaffNote")
        self.note.setWordWrap(True)
        self.period_buttons: dict[int, QPushButton] = {}
        periods = QHBoxLayout()
        for days in PERIODS:
            button = QPushButton(self)
            button.setObjectName("StaffPeriod")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, d=days: self.show_period(d))
            periods.addWidget(button)
            self.period_buttons[days] = button
        periods.addStretch(1)
        self.usage_problem = QLabel(self)
        self.usage_problem.setObjectName("StaffNote")
        self.usage_problem.setWordWrap(True)
        self.views_chart = Chart(self)
        self.walks_chart = Chart(self)
        self.quiz_chart = Chart(self)
        self.languages_chart = Chart(self)
        charts = QGridLayout()
        charts.addWidget(self.views_chart, 0, 0)
        charts.addWidget(self.walks_chart, 0, 1)
        charts.addWidget(self.quiz_chart, 1, 0)
        charts.addWidget(self.languages_chart, 1, 1)
        self.charts_grid = charts

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
        main.addLayout(periods)
        main.addWidget(self.usage_problem)
        main.addLayout(charts, 1)
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
        for days, button in self.period_buttons.items():
            button.setText(self.tr("Last {0} days").format(days))
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
        for length, button in self.period_buttons.items():
            button.setChecked(length == days)
        summary = self.sources.usage(days)
        self.summary = summary
        self.usage_problem.setText(self.tr("The usage counts cannot be read: {0}").format(summary.problem)
                                   if summary.problem else "")
        self.usage_problem.setVisible(bool(summary.problem))
        palette = self.palette_
        labels = day_labels(summary.days)
        self.views_chart.show_bars(
            self.tr("Pages viewed: {0} (today {1})").format(summary.total_views, summary.page_views[-1]),
            labels,
            [(self.tr("Pages viewed"), list(summary.page_views), palette.primary)], numbers=days <= 7)
        self.walks_chart.show_bars(
            self.tr("Walkthroughs finished: {0} (today {1})").format(
                summary.total_walkthroughs, summary.walkthroughs[-1]), labels,
            [(self.tr("Walkthroughs finished"), list(summary.walkthroughs), palette.accent)],
            numbers=days <= 7)
        words = self.sources.questions()
        questions = [_short(words.get(q.question, q.question)) for q in summary.quiz]
        self.quiz_chart.show_bars(
            self.tr("Quiz answers, right and wrong"), questions or [self.tr("No answers yet")],
            [(self.tr("Right"), [q.right for q in summary.quiz] or [0], palette.primary),
             (self.tr("Wrong"), [q.wrong for q in summary.quiz] or [0], palette.wrong)],
            stacked=True)
        languages = [LANGUAGE_NAMES.get(language, language) for language, _ in summary.languages]
        self.languages_chart.show_bars(
            self.tr("Pages viewed in each language"), languages or [self.tr("None yet")],
            [(self.tr("Pages viewed"), [count for _, count in summary.languages] or [0], palette.primary)],
            horizontal=True)

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
        self.palette_ = palette
        portrait = area.height() > area.width()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(sizes.pad, sizes.pad, sizes.pad, sizes.pad)
        self.body.setSpacing(sizes.pad)
        self.side.setSpacing(sizes.gap)
        self.charts_grid.setSpacing(sizes.gap)
        self.setStyleSheet(_STYLE.format(p=palette, s=sizes, half=sizes.gap // 2))
        for chart in (self.views_chart, self.walks_chart, self.quiz_chart, self.languages_chart):
            chart.apply_theme(palette, sizes)
            chart.setMinimumHeight(round(sizes.scale * 300))
        if self.isVisible():
            self.show_period(self.days)


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
