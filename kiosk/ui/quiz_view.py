"""'Check what you learned': one question at a time, kind feedback at once, no score kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.content.model import Page
from kiosk.content.quiz import Question
from kiosk.theme import Metrics
from kiosk.ui.plain_label import PlainLabel
from kiosk.ui.scrolling import touch_scroll


class QuizView(QWidget):
    """Emits ``answered(question_id, right)`` once per question shown."""

    answered = Signal(str, bool)

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
        self.next_question = QPushButton(body)
        self.next_question.setObjectName("PrimaryButton")
        self.next_question.clicked.connect(self.advance)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_question)
        self.outer = QVBoxLayout(body)
        self.body = body
        self.outer.addWidget(self.title)
        self.outer.addWidget(self.counter)
        self.outer.addWidget(self.prompt)
        self.outer.addLayout(self.choice_box)
        self.outer.addWidget(self.feedback)
        self.outer.addLayout(row)
        self.outer.addStretch(1)

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.page.questions if self.page else ()

    def show_quiz(self, page: Page) -> None:
        self.page = page
        self.title.setText(page.summary)
        self.index = 0
        self._show_question()

    def retranslate(self) -> None:
        if self.page is not None:
            self._show_question(keep_answer=True)

    def _show_question(self, keep_answer: bool = False) -> None:
        if not self.questions:
            return
        question = self.questions[self.index]
        if not keep_answer:
            self.chosen = None
        self.counter.setText(
            self.tr("Question {0} of {1}").format(self.index + 1, len(self.questions)))
        self.prompt.setText(question.prompt)
        while len(self.choices) < len(question.choices):
            number = len(self.choices)
            button = QPushButton(self.body)
            button.setObjectName("QuizChoice")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, n=number: self.choose(n))
            self.choice_box.addWidget(button)
            self.choices.append(button)
        for number, button in enumerate(self.choices):
            shown = number < len(question.choices)
            button.setVisible(shown)
            if shown:
                button.setText(question.choices[number])
                button.setAccessibleName(question.choices[number])
        last = self.index == len(self.questions) - 1
        self.next_question.setText(self.tr("Start again") if last else self.tr("Next question"))
        self._mark()

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
            button.setProperty("answer", state)
            button.setEnabled(not answered or bool(state))
            button.style().unpolish(button)
            button.style().polish(button)
        self.next_question.setVisible(answered)
        if not answered:
            self.feedback.setText("")
        elif self.chosen == question.answer:
            self.feedback.setText(self.tr("Yes, that's right!") + " " + question.explanation)
        else:
            right = question.choices[question.answer]
            self.feedback.setText(
                self.tr("Not quite. The answer is: {0}.").format(right) + " " + question.explanation)

    def advance(self) -> None:
        self.index = (self.index + 1) % max(1, len(self.questions))
        self._show_question()

    def apply_metrics(self, sizes: Metrics, portrait: bool) -> None:
        margin = sizes.pad * 2 if not portrait else sizes.pad
        self.outer.setContentsMargins(margin, sizes.pad, margin, sizes.gap)
        self.outer.setSpacing(sizes.gap)
        self.choice_box.setSpacing(sizes.gap // 2)
        for label in (self.prompt, self.feedback):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
