"""The staff screen's usage charts: the last 7 or 30 days, counts only.

Shows the UsageSummary it is given, with question ids as their words; the period buttons
ask for another period with ``periodChosen``. Its words keep the staff screen's
translation context ("StaffScreen").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.languages import language_name
from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.core.usage_summary import UsageSummary

if TYPE_CHECKING:  # QtCharts is loaded when staff first open the screen, not at start
    from kiosk.ui.views.staff_charts import Chart

PERIODS = (7, 30)


class UsagePanel(QWidget):
    """Four charts (pages, walkthroughs, quiz answers, languages) and the period buttons."""

    periodChosen = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_: Palette = STANDARD
        self.period_buttons: dict[int, QPushButton] = {}
        periods = QHBoxLayout()
        for days in PERIODS:
            button = QPushButton(self)
            button.setObjectName("StaffPeriod")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, d=days: self.periodChosen.emit(d))
            periods.addWidget(button)
            self.period_buttons[days] = button
        periods.addStretch(1)
        self.usage_problem = QLabel(self)
        self.usage_problem.setObjectName("StaffNote")
        self.usage_problem.setWordWrap(True)
        self.charts_grid = QGridLayout()
        self._charts: tuple[Chart, Chart, Chart, Chart] | None = None
        self._sizes: Metrics | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(periods)
        layout.addWidget(self.usage_problem)
        layout.addLayout(self.charts_grid, 1)

    def charts(self) -> tuple[Chart, Chart, Chart, Chart]:
        """Page views, walkthroughs, quiz answers, languages: built when first shown."""
        if self._charts is None:
            from kiosk.ui.views.staff_charts import Chart

            made = (Chart(self), Chart(self), Chart(self), Chart(self))
            for index, chart in enumerate(made):
                self.charts_grid.addWidget(chart, index // 2, index % 2)
            self._charts = made
            if self._sizes is not None:
                self._theme_charts(self.palette_, self._sizes)
        return self._charts

    @property
    def views_chart(self) -> Chart:
        return self.charts()[0]

    @property
    def walks_chart(self) -> Chart:
        return self.charts()[1]

    @property
    def quiz_chart(self) -> Chart:
        return self.charts()[2]

    @property
    def languages_chart(self) -> Chart:
        return self.charts()[3]

    def retranslate(self) -> None:
        for days, button in self.period_buttons.items():
            button.setText(QCoreApplication.translate("StaffScreen", "Last {0} days").format(days))

    def show_usage(self, days: int, summary: UsageSummary, words: Mapping[str, str]) -> None:
        """``summary`` of the last ``days`` days; ``words`` names each question id."""
        for length, button in self.period_buttons.items():
            button.setChecked(length == days)
        problem = QCoreApplication.translate("StaffScreen", "The usage counts cannot be read: {0}")
        self.usage_problem.setText(problem.format(summary.problem) if summary.problem else "")
        self.usage_problem.setVisible(bool(summary.problem))
        from kiosk.ui.views.staff_charts import day_labels

        palette = self.palette_
        labels = day_labels(summary.days)
        viewed = QCoreApplication.translate("StaffScreen", "Pages viewed")
        self.views_chart.show_bars(
            QCoreApplication.translate("StaffScreen", "Pages viewed: {0} (today {1})").format(
                summary.total_views, summary.page_views[-1]),
            labels, [(viewed, list(summary.page_views), palette.primary)], numbers=days <= 7)
        self.walks_chart.show_bars(
            QCoreApplication.translate("StaffScreen", "Walkthroughs finished: {0} (today {1})").format(
                summary.total_walkthroughs, summary.walkthroughs[-1]), labels,
            [(QCoreApplication.translate("StaffScreen", "Walkthroughs finished"), list(summary.walkthroughs),
              palette.accent)],
            numbers=days <= 7)
        questions = [_short(words.get(q.question, q.question)) for q in summary.quiz]
        self.quiz_chart.show_bars(
            QCoreApplication.translate("StaffScreen", "Quiz answers, right and wrong"),
            questions or [QCoreApplication.translate("StaffScreen", "No answers yet")],
            [(QCoreApplication.translate("StaffScreen", "Right"), [q.right for q in summary.quiz] or [0],
              palette.primary),
             (QCoreApplication.translate("StaffScreen", "Wrong"), [q.wrong for q in summary.quiz] or [0],
              palette.wrong)],
            stacked=True)
        languages = [language_name(language) for language, _ in summary.languages]
        self.languages_chart.show_bars(
            QCoreApplication.translate("StaffScreen", "Pages viewed in each language"),
            languages or [QCoreApplication.translate("StaffScreen", "None yet")],
            [(viewed, [count for _, count in summary.languages] or [0], palette.primary)],
            horizontal=True)

    def apply_metrics(self, palette: Palette, sizes: Metrics) -> None:
        self.palette_ = palette
        self._sizes = sizes
        self.charts_grid.setSpacing(sizes.gap)
        if self._charts is not None:
            self._theme_charts(palette, sizes)

    def _theme_charts(self, palette: Palette, sizes: Metrics) -> None:
        for chart in self.charts():
            chart.apply_theme(palette, sizes)
            chart.setMinimumHeight(round(sizes.scale * 300))


def _short(text: str, limit: int = 26) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
