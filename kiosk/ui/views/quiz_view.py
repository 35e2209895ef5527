"""'Check what you learned': one question at a time, kind feedback at once, no score kept.

Right and wrong never rest on colour alone: the right answer gets a tick and the
words "right answer", a wrong pick a cross and "your answer", in a red that is not
the safety notice's amber. "Next question" sits under the questions, outside the
part that scrolls, so it is never below the fold or under the safety strip. Until an
answer is chosen it takes no room: the answers have the whole height (at the largest
text on a landscape screen that is one more answer in view).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.model import Page
from kiosk.content.quiz import Question, same_place
from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.views.icons import themed_icon
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.views.scrolling import touch_scroll

SWIPE_SLOP = 0.03
"""A press that moves further than this share of the width is a swipe, not a tap."""


@cache
def blank_icon() -> QIcon:
    """Room for the tick or cross before an answer is chosen, so the words never jump."""
    pixmap = QPixmap(8, 8)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class QuizView(QWidget):
    """Emits ``answered(question_id, right)`` once per question shown.

    One thing at a time looks like the way on: "Next question" once an answer is given;
    after the last answer the bar's Finish does, and "Start again" steps back (``leads``).
    """

    answered = Signal(str, bool)
    leadsChanged = Signal(bool)  # noqa: N815
    """Whether the quiz still leads the way (questions left), so the bar's Finish steps back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.area, body = touch_scroll(self)
        self.page: Page | None = None
        self.index = 0
        self.chosen: int | None = None
        self.title = PlainLabel(body)
        self.title.setObjectName("PageSummary")
        self.counter = PlainLabel(body)
        self.counter.setObjectName("StepLabel")
        self.prompt = PlainLabel(body)
        self.prompt.setObjectName("QuizPrompt")
        self.feedback = PlainLabel(body)
        self.feedback.setObjectName("QuizFeedback")
        for label in (self.title, self.prompt, self.feedback):
            label.setWordWrap(True)
        self.choices: list[QPushButton] = []
        self.choice_box = QVBoxLayout()
        self.next_question = QPushButton(self)
        self.next_question.setObjectName("PrimaryButton")
        self.next_question.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_question.clicked.connect(self.advance)
        self.palette_: Palette = STANDARD
        self._icon_size = QSize(40, 40)
        self._press: QPointF | None = None
        self._reveal = named_timer(self, "quiz-reveal", 0, self.reveal_feedback, single_shot=True)
        self._swiped = False
        self.footer = QHBoxLayout()
        self.footer.addStretch(1)
        self.footer.addWidget(self.next_question)
        wrapper = self.layout()
        assert isinstance(wrapper, QVBoxLayout)
        wrapper.addLayout(self.footer)
        self.outer = QVBoxLayout(body)
        self.body = body
        self.outer.addWidget(self.title)
        self.outer.addWidget(self.counter)
        self.outer.addWidget(self.prompt)
        self.outer.addLayout(self.choice_box)
        self.outer.addWidget(self.feedback)
        self.outer.addStretch(1)

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.page.questions if self.page else ()

    def show_quiz(self, page: Page) -> None:
        """Open the quiz at its first question; the same quiz in other words (another
        language chosen on it) stays on the question shown, with its answer when it can."""
        again = self.page is not None and page is not self.page and page.id == self.page.id
        keep = None
        if again:
            self.index, keep = same_place(self.questions, self.index, self.chosen, page.questions)
        else:
            self.index = 0
        self.page = page
        self.title.setText(page.summary)
        self.chosen = keep
        self._show_question(keep_answer=keep is not None)

    def retranslate(self) -> None:
        if self.page is not None:
            self._show_question(keep_answer=True)

    def _show_question(self, keep_answer: bool = False) -> None:
        if not self.questions:
            return
        question = self.questions[self.index]
        if not keep_answer:
            self.chosen = None
            self.body.setMinimumHeight(0)
            self._reveal.stop()
            # A new question (or the quiz opened again) starts at its first line, not
            # where the last answer's feedback left the page scrolled.
            self.area.verticalScrollBar().setValue(0)
        self.counter.setText(
            self.tr("Question {0} of {1}").format(self.index + 1, len(self.questions)))
        self.prompt.setText(question.prompt)
        while len(self.choices) < len(question.choices):
            number = len(self.choices)
            button = QPushButton(self.body)
            button.setObjectName("QuizChoice")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setIconSize(self._icon_size)
            button.clicked.connect(lambda _=False, n=number: self._tapped(n))
            button.installEventFilter(self)
            self.choice_box.addWidget(button)
            self.choices.append(button)
        for number, button in enumerate(self.choices):
            shown = number < len(question.choices)
            button.setVisible(shown)
        last = self.index == len(self.questions) - 1
        self.next_question.setText(self.tr("Start again") if last else self.tr("Next question"))
        self._mark()

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
        self.choose(number)

    def choose(self, number: int) -> None:
        if self.chosen is not None or not self.questions:
            return
        self.chosen = number
        question = self.questions[self.index]
        self.answered.emit(f"{self.page.id if self.page else 'quiz'}-{question.id}",
                           number == question.answer)
        self._mark()

    def _mark(self) -> None:
        question = self.questions[self.index]
        answered = self.chosen is not None
        for number, button in enumerate(self.choices[: len(question.choices)]):
            state = ""
            if answered and number == question.answer:
                state = "right"
            elif answered and number == self.chosen:
                state = "wrong"
            words = question.choices[number]
            if state == "right":
                words += "  ·  " + self.tr("right answer")
            elif state == "wrong":
                words += "  ·  " + self.tr("your answer")
            button.setText(words)
            button.setAccessibleName(words)
            button.setProperty("answer", state)
            self._mark_icon(button, state)
            button.setEnabled(not answered or bool(state))
            button.setDown(False)
            button.style().unpolish(button)
            button.style().polish(button)
        self.next_question.setVisible(answered)
        last = self.index == len(self.questions) - 1
        self._quiet(self.next_question, last)
        self.leadsChanged.emit(self.leads)
        if not answered:
            self.feedback.setText("")
        elif self.chosen == question.answer:
            self.feedback.setText(self.tr("Yes, that's right!") + " " + question.explanation)
        else:
            right = question.choices[question.answer]
            self.feedback.setText(
                self.tr("Not quite. The answer is: {0}.").format(right) + " " + question.explanation)
        if answered:
            self._reveal.start()

    @property
    def leads(self) -> bool:
        """True until the last question is answered: the quiz is the next step, not Finish."""
        last = self.index == len(self.questions) - 1
        return bool(self.questions) and not (last and self.chosen is not None)

    def _quiet(self, button: QPushButton, quiet: bool) -> None:
        """A quiet button is outlined, not filled: it is not the next step."""
        if button.property("quiet") != quiet:
            button.setProperty("quiet", quiet)
            button.style().unpolish(button)
            button.style().polish(button)
        colour = self.palette_.ink if quiet else self.palette_.on_primary
        button.setIcon(themed_icon("next", colour))

    def reveal_feedback(self) -> None:
        """Scroll the feedback into view, cutting at the top only between whole blocks
        (never through a line of words)."""
        body = self.body
        wrapper = self.layout()
        if wrapper is not None:
            wrapper.activate()  # "Next question" has just come: the viewport is shorter now
        # The viewport's whole height, as it is once the end is in view (the "More below"
        # band under it then goes, so scrolling to the end must not count that band).
        view = self.area.viewport().height() + self.area.viewportMargins().bottom()
        # Lay the body out for its new words now, so the sums below use today's heights.
        height = body.heightForWidth(body.width()) if body.hasHeightForWidth() else body.sizeHint().height()
        body.resize(body.width(), max(height, view))
        self.outer.activate()
        bar = self.area.verticalScrollBar()
        margin = self.outer.contentsMargins().bottom()
        need = self.feedback.geometry().bottom() + margin - view
        if need <= bar.value():
            return
        blocks = [self.title, self.counter, self.prompt, *(b for b in self.choices if b.isVisible())]
        tops = [w.geometry().top() - self.outer.spacing() // 2 for w in blocks]
        fits = [top for top in tops if top >= need]
        target = min(fits) if fits else need
        if target > bar.maximum() - self.area.viewportMargins().bottom():
            # Room below the feedback, so the top edge can rest between two blocks.
            body.setMinimumHeight(target + view)
            body.resize(body.width(), body.minimumHeight())
        bar.setValue(target)

    def _mark_icon(self, button: QPushButton, state: str) -> None:
        colour = {"right": self.palette_.on_primary, "wrong": self.palette_.on_wrong}.get(state)
        icon = {"right": "check", "wrong": "close"}.get(state)
        if icon and colour:
            button.setIcon(themed_icon(icon, colour))
        else:
            button.setIcon(blank_icon())

    def advance(self) -> None:
        self.index = (self.index + 1) % max(1, len(self.questions))
        self._show_question()

    def apply_metrics(self, sizes: Metrics, portrait: bool, palette: Palette = STANDARD) -> None:
        margin = sizes.pad * 2 if not portrait else sizes.pad
        self.palette_ = palette
        self.outer.setContentsMargins(margin, sizes.pad, margin, sizes.gap)
        self.footer.setContentsMargins(margin, sizes.gap // 2, margin, sizes.gap // 2)
        self._quiet(self.next_question, bool(self.next_question.property("quiet")))
        self.next_question.setIconSize(QSize(sizes.button, sizes.button))
        self._icon_size = QSize(sizes.button * 4 // 3, sizes.button * 4 // 3)
        for button in self.choices:
            button.setIconSize(self._icon_size)
        if self.page is not None:
            self._mark()
        self.outer.setSpacing(sizes.gap)
        self.choice_box.setSpacing(sizes.gap // 2)
        for label in (self.prompt, self.feedback):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
