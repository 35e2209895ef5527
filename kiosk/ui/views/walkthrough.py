"""The walkthrough: one card per screen, with "Step 2 of 6" and progress dots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Pack, Page
from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.ui.views.page_view import PageView
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.views.quiz_view import QuizView

SWIPE_FRACTION = 0.12
"""A horizontal drag longer than this share of the width is a swipe."""


class ProgressDots(QWidget):
    """A row of dots: filled up to the current card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.current = 0
        self.dot = 18
        self.filled = QColor(STANDARD.primary)
        self.empty = QColor(STANDARD.outline)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_progress(self, current: int, count: int) -> None:
        self.current, self.count = current, count
        self.updateGeometry()
        self.update()

    def set_style(self, palette: Palette, size: int) -> None:
        self.filled, self.empty, self.dot = QColor(palette.primary), QColor(palette.outline), size
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(max(1, self.count) * self.dot * 2, self.dot * 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.dot / 2
        for index in range(self.count):
            centre = QPointF(self.dot * (2 * index + 1), self.height() / 2)
            box = QRectF(centre.x() - radius, centre.y() - radius, self.dot, self.dot)
            if index <= self.current:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.filled)
            else:
                painter.setPen(self.empty)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                box.adjust(1, 1, -1, -1)
            painter.drawEllipse(box if index != self.current else box.adjusted(-3, -3, 3, 3))
        painter.end()


class WalkthroughView(QWidget):
    """Shows one walkthrough card; swipes left/right ask for next/previous.

    The first card opens with the walkthrough page's own words (its intro); each step
    shows its number in place of an icon; the last step offers the quiz in a button
    under the card, never hidden in the text.
    """

    swipedNext = Signal()  # noqa: N815
    swipedBack = Signal()  # noqa: N815

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.step_label = PlainLabel(self)
        self.step_label.setObjectName("StepLabel")
        self.dots = ProgressDots(self)
        self.card = PageView(pack, self)
        self.quiz = QuizView(self)
        self.cards = QStackedWidget(self)
        self.cards.addWidget(self.card)
        self.cards.addWidget(self.quiz)
        self.pageLinkClicked = self.card.pageLinkClicked
        self.intro = PlainLabel(self)
        self.intro.setObjectName("WalkIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.intro.hide()
        self.quiz_offer = QPushButton(self)
        self.quiz_offer.setObjectName("QuizOffer")
        self.quiz_offer.hide()
        offer_row = QHBoxLayout()
        offer_row.addStretch(1)
        offer_row.addWidget(self.quiz_offer)
        self.offer_row = offer_row
        self.intro_text = ""
        self.first_card = ""
        self.set_pack(pack)
        self.retranslate()
        top = QHBoxLayout()
        top.addWidget(self.step_label, 1)
        top.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignVCenter)
        self.top = top
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.cards, 1)
        layout.addLayout(offer_row)
        self.layout_ = layout
        self._press: QPointF | None = None
        for watched in (self, self.card, self.card.text.viewport(), self.card.illustration):
            watched.installEventFilter(self)

    def set_pack(self, pack: Pack) -> None:
        self.card.set_pack(pack)
        walk = pack.walkthrough
        self.intro_text = walk.text.strip() if walk else ""
        first = pack.safety or (pack.steps[0] if pack.steps else None)
        self.first_card = first.id if first else ""

    def retranslate(self) -> None:
        self.quiz_offer.setText(self.tr("Check what you learned"))
        self.quiz_offer.setAccessibleDescription(
            self.tr("A few short questions; answers are counted but not linked to you"))
        self.quiz.retranslate()

    def offer_quiz(self, offer: bool) -> None:
        self.quiz_offer.setVisible(offer)

    def show_card(self, page: Page, label: str, index: int, count: int, css: str) -> None:
        """Show ``page``; ``index`` is its step number from 0 (below 0 before the steps)."""
        self.step_label.setText(label)
        self.step_label.setAccessibleName(label)
        self.dots.set_progress(index, count)
        first = page.id == self.first_card and bool(self.intro_text)
        self.intro.setText(self.intro_text if first else "")
        self.intro.setVisible(first)
        if page.questions:
            self.quiz.show_quiz(page)
            self.cards.setCurrentWidget(self.quiz)
        else:
            self.card.show_page(page, css)
            self.card.set_number(str(index + 1) if 0 <= index < count else "")
            self.cards.setCurrentWidget(self.card)

    def apply_metrics(self, sizes: Metrics, palette: Palette, portrait: bool, area: QSize) -> None:
        margin = sizes.pad * 2 if not portrait else sizes.pad
        self.top.setContentsMargins(margin, sizes.pad, margin, 0)
        self.intro.setContentsMargins(margin, sizes.gap // 2, margin, 0)
        self.offer_row.setContentsMargins(margin, 0, margin, sizes.gap // 2)
        self.dots.set_style(palette, max(12, sizes.gap * 3 // 4))
        self.card.apply_metrics(sizes, portrait, area)
        self.quiz.apply_metrics(sizes, portrait, palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Watch presses and releases for a swipe; never swallow them."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press = event.globalPosition()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if self._press is not None:
                self._swipe(event.globalPosition() - self._press)
            self._press = None
        return False

    def _swipe(self, delta: QPointF) -> None:
        if abs(delta.x()) < self.width() * SWIPE_FRACTION or abs(delta.x()) < 2 * abs(delta.y()):
            return
        if delta.x() < 0:
            self.swipedNext.emit()
        else:
            self.swipedBack.emit()
