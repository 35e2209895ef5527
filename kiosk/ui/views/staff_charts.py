"""The staff screen's charts (QtCharts) in the kiosk's colours and typeface.

Bars with their numbers on them, one idea per chart, so a receptionist reads
them at a glance: page views per day, walkthroughs finished per day, quiz
answers right and wrong per question, pages read in each language.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.core.theme import Metrics, Palette
from kiosk.ui.views.style import FAMILY

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day_labels(days: Sequence[date]) -> list[str]:
    """'Mon 23' for each day of a week. For a month, a date every 7 days back from today
    ('Nov 4', '11', '18', '25': the month's name when it is new), and unique blanks between
    (a category axis needs every name to differ)."""
    if len(days) <= 7:
        return [f"{DAY_NAMES[d.weekday()]} {d.day}" for d in days]
    labels = []
    month = 0
    for number, day in enumerate(days):
        if (len(days) - 1 - number) % 7:
            labels.append(_blank(number))
            continue
        labels.append(day.strftime("%b %-d") if day.month != month else str(day.day))
        month = day.month
    return labels


_INVISIBLE = "\u200b\u200c\u200d\u2060"


def _blank(number: int) -> str:
    """A label that shows nothing and differs from every other (three invisible characters)."""
    return "".join(_INVISIBLE[(number >> shift) & 3] for shift in (0, 2, 4))


class Chart(QChartView):
    """One chart: a title with the total, bars, and the numbers written on the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.palette_: Palette | None = None
        self.sizes: Metrics | None = None
        self.chart_ = self._new_chart()
        self.categories: list[str] = []
        self.values: list[tuple[str, list[int]]] = []
        """(series name, values) as shown, in reading order (for tests)."""
        self.title_words = ""
        """The whole title; shown on as many lines as the chart's width needs, never cut."""

    def title_lines(self) -> list[str]:
        """The title broken at spaces (not inside brackets) into lines that fit the chart's width."""
        metrics = QFontMetrics(self.chart_.titleFont())
        margins = self.chart_.margins()
        room = self.width() - margins.left() - margins.right() - 2 * metrics.averageCharWidth()
        lines: list[str] = []
        # "(today 1)" stays whole: a lone "1)" on a line of its own reads badly.
        for word in re.findall(r"\([^)]*\)|\S+", self.title_words):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def _show_title(self) -> None:
        lines = self.title_lines()
        self.chart_.setTitle(self.title_words if len(lines) == 1
                             else "<br>".join(html.escape(line) for line in lines))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_title()

    def apply_theme(self, palette: Palette, sizes: Metrics) -> None:
        chart = self.chart_
        self.setBackgroundBrush(QBrush(QColor(palette.background)))
        chart.setBackgroundBrush(QBrush(QColor(palette.surface)))
        chart.setBackgroundPen(QPen(QColor(palette.outline), sizes.border))
        chart.setBackgroundRoundness(sizes.radius)
        chart.setTitleBrush(QBrush(QColor(palette.ink)))
        chart.setTitleFont(_font(sizes.small, bold=True))
        chart.setMargins(QMargins(sizes.gap // 2, sizes.gap // 4, sizes.gap // 2, sizes.gap // 4))
        chart.legend().setFont(_font(round(sizes.small * 0.8)))
        chart.legend().setLabelColor(QColor(palette.ink))
        for axis in chart.axes():
            axis.setLabelsFont(_font(round(sizes.small * 0.7)))
            axis.setLabelsColor(QColor(palette.ink))
            axis.setLinePenColor(QColor(palette.outline))
            grid = palette.accent_soft if palette.name == "standard" else palette.outline
            axis.setGridLineColor(QColor(grid))
        self.palette_, self.sizes = palette, sizes
        self._show_title()

    def show_bars(self, title: str, categories: list[str], sets: list[tuple[str, list[int], str]],
                  *, horizontal: bool = False, stacked: bool = False, numbers: bool = True) -> None:
        """Replace what the chart shows. ``sets`` is (name, values, colour) per series.

        Horizontal charts list their first category at the top, as people read. With
        ``numbers`` the bars carry their values; without (many bars), a scale shows them."""
        self.categories = list(categories)
        self.values = [(name, list(values)) for name, values, _ in sets]
        if horizontal or stacked:
            categories = categories[::-1]
            sets = [(name, values[::-1], colour) for name, values, colour in sets]
        old, self.chart_ = self.chart_, self._new_chart()  # a fresh chart: no axis left behind
        old.deleteLater()
        chart = self.chart_
        self.title_words = title
        chart.setTitle(title)
        if stacked:
            series: QBarSeries | QHorizontalBarSeries | QHorizontalStackedBarSeries = (
                QHorizontalStackedBarSeries())
        elif horizontal:
            series = QHorizontalBarSeries()
        else:
            series = QBarSeries()
        for name, values, colour in sets:
            bars = QBarSet(name)
            bars.append([float(v) for v in values])
            bars.setColor(QColor(colour))
            bars.setBorderColor(QColor(colour))
            bars.setLabelColor(QColor(self._label_ink(colour, stacked)))
            if self.sizes is not None:
                bars.setLabelFont(_font(round(self.sizes.small * 0.8), bold=True))
            series.append(bars)
        series.setLabelsVisible(numbers)
        series.setLabelsFormat("@value")
        if stacked:
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsCenter)
        else:
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        category_axis = QBarCategoryAxis()
        category_axis.setTruncateLabels(horizontal or stacked)  # never cut a day's name
        category_axis.append(categories or [""])
        value_axis = QValueAxis()
        top = max([sum(v[i] for _, v, _ in sets) if stacked else max(v[i] for _, v, _ in sets)
                   for i in range(len(categories))] or [0])
        value_axis.setRange(0, max(4, top * (1.25 if numbers else 1.0)))
        value_axis.setLabelFormat("%d")
        value_axis.setTickCount(5)
        if not numbers:
            value_axis.applyNiceNumbers()
        value_axis.setVisible(not numbers)
        if horizontal or stacked:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if self.palette_ is not None and self.sizes is not None:
            self.apply_theme(self.palette_, self.sizes)

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        self.setChart(chart)
        return chart

    def _label_ink(self, colour: str, inside: bool) -> str:
        palette = self.palette_
        if palette is None:
            return "#000000"
        return palette.on_primary if inside else palette.ink


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font
