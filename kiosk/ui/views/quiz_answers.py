"""A quiz question's answers: one big button per choice.

After a choice the right answer gets a tick and the words "right answer", a wrong pick
a cross and "your answer", so right and wrong never rest on colour alone; the words go
on a line of their own when they do not fit beside the answer (never cut off). A swipe
that ends on an answer is not a choice. Their words belong to the quiz's translation
context, "QuizView".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QPixmap
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.quiz import Question
from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.ui.views.icons import themed_icon
from kiosk.ui.views.style import set_look

SWIPE_SLOP = 0.03
"""A press that moves further than this share of the width is a swipe, not a tap."""


@cache
def blank_icon() -> QIcon:
    """Room for the tick or cross before an answer is chosen, so the words never jump."""
    pixmap = QPixmap(8, 8)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class Answers(QObject):
    """The answer buttons in ``box``; emits ``chosen(number)`` for a tap (not a swipe)."""

    chosen = Signal(int)

    def __init__(self, body: QWidget, box: QVBoxLayout, width: Callable[[], int]) -> None:
        super().__init__(body)
        self.body = body
        self.box = box
        self.width = width
        """The quiz's width, against which a press that moved counts as a swipe."""
        self.buttons: list[QPushButton] = []
        self.palette: Palette = STANDARD
        self.icon_size = QSize(40, 40)
        self.padding = 32
        self.tall = False
        self._press: QPointF | None = None
        self._swiped = False

    def show(self, count: int) -> None:
        """``count`` buttons in view (made when first needed), the others hidden."""
        while len(self.buttons) < count:
            number = len(self.buttons)
            button = QPushButton(self.body)
            button.setObjectName("QuizChoice")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setIconSize(self.icon_size)
            button.setProperty("tall", self.tall)
            button.clicked.connect(lambda _=False, n=number: self._tapped(n))
            button.installEventFilter(self)
            self.box.addWidget(button)
            self.buttons.append(button)
        for number, button in enumerate(self.buttons):
            button.setVisible(number < count)

    def mark(self, question: Question, chosen: int | None) -> None:
        """Each answer's words, tick or cross, and state once ``chosen`` (None: not yet)."""
        answered = chosen is not None
        for number, button in enumerate(self.buttons[: len(question.choices)]):
            state = ""
            if answered and number == question.answer:
                state = "right"
            elif answered and number == chosen:
                state = "wrong"
            words = question.choices[number]
            marker = {"right": QCoreApplication.translate("QuizView", "right answer"),
                      "wrong": QCoreApplication.translate("QuizView", "your answer")}.get(state)
            if marker:
                words = self._beside_or_below(button, words, marker)
            button.setText(words)
            button.setAccessibleName(words)
            set_look(button, "answer", state)
            self._mark_icon(button, state)
            button.setEnabled(not answered or bool(state))
            button.setDown(False)

    def _beside_or_below(self, button: QPushButton, words: str, marker: str) -> str:
        """"words  ·  marker" on one line when it fits the button, else the marker on a line
        of its own (a long Spanish answer at the largest text), never cut off."""
        one_line = f"{words}  ·  {marker}"
        button.ensurePolished()
        room = button.width() - self.icon_size.width() - 2 * self.padding - 16  # borders, icon gap
        fits = button.fontMetrics().horizontalAdvance(one_line) <= room
        return one_line if fits or button.width() <= 0 else f"{words}\n{marker}"

    def _mark_icon(self, button: QPushButton, state: str) -> None:
        colour = {"right": self.palette.on_right, "wrong": self.palette.on_wrong}.get(state)
        icon = {"right": "check", "wrong": "close"}.get(state)
        if icon and colour:
            button.setIcon(themed_icon(icon, colour))
        else:
            button.setIcon(blank_icon())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Note where a press on an answer starts, so a swipe that ends on it is not a choice."""
        if isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress:
                self._press = event.globalPosition()
                self._swiped = False
            elif event.type() == QEvent.Type.MouseButtonRelease and self._press is not None:
                moved = event.globalPosition() - self._press
                self._swiped = max(abs(moved.x()), abs(moved.y())) > SWIPE_SLOP * self.width()
                self._press = None
        return False

    def _tapped(self, number: int) -> None:
        if self._swiped:
            self._swiped = False
            return
        self.chosen.emit(number)

    def apply_metrics(self, sizes: Metrics, portrait: bool, palette: Palette) -> None:
        """Sizes and colours; in portrait the answers are taller (the room is there)."""
        self.palette = palette
        self.padding = sizes.pad
        self.tall = portrait
        self.icon_size = QSize(sizes.button * 4 // 3, sizes.button * 4 // 3)
        for button in self.buttons:
            button.setIconSize(self.icon_size)
            button.setProperty("tall", portrait)
        self.box.setSpacing(sizes.gap if portrait else sizes.gap // 2)
