"""'Check what you learned': one question at a time, kind feedback at once, no score kept.

Right and wrong never rest on colour alone: the right answer gets a tick and the
words "right answer", a wrong pick a cross and "your answer", in a red that is not
the safety notice's amber. "Next question" sits under the questions, outside the
part that scrolls, so it is never below the fold or under the safety strip. Until an
answer is chosen it takes no room: the answers have the whole height (at the largest
text on a landscape screen that is one more answer in view).

On a portrait screen, taller than it is wide, the question and its answers sit in the
middle of the room under the quiz's opening line, not under it with half a screen empty
below: the answers are taller (easier to hit), and the room the feedback will take is
kept from the start, so nothing moves when an answer is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.content.model import Page
from kiosk.content.quiz import Question, same_place
from kiosk.core.theme import STANDARD, Metrics, Palette
from kiosk.ui.platform.timers import named_timer
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.views.quiz_answers import Answers
from kiosk.ui.views.quiz_reveal import scroll_into_view
from kiosk.ui.views.scrolling import touch_scroll
from kiosk.ui.views.style import lead_or_quiet


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
        self.choice_box = QVBoxLayout()
        self.answers = Answers(body, self.choice_box, self.width)
        self.answers.chosen.connect(self.choose)
        self.choices = self.answers.buttons
        self.next_question = QPushButton(self)
        self.next_question.setObjectName("PrimaryButton")
        self.next_question.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_question.clicked.connect(self.advance)
        self.palette_: Palette = STANDARD
        self._reveal = named_timer(self, "quiz-reveal", 0, self.reveal_feedback, single_shot=True)
        self.portrait = False
        self.footer = QHBoxLayout()
        self.footer.addStretch(1)
        self.footer.addWidget(self.next_question)
        wrapper = self.layout()
        assert isinstance(wrapper, QVBoxLayout)
        wrapper.addLayout(self.footer)
        self.outer = QVBoxLayout(body)
        self.body = body
        self.outer.addWidget(self.title)
        self.lead_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        """Empty in landscape; in portrait it shares the spare height with the end, so the
        question and its answers sit in the middle of the room."""
        self.outer.addItem(self.lead_space)
        self.outer.addWidget(self.counter)
        self.outer.addWidget(self.prompt)
        self.outer.addLayout(self.choice_box)
        self.outer.addWidget(self.feedback)
        self.feedback_room = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        """Portrait: the room the feedback will take, kept until it comes."""
        self.outer.addItem(self.feedback_room)
        self.outer.addStretch(1)
        body.installEventFilter(self)

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.page.questions if self.page else ()

    def show_quiz(self, page: Page) -> None:
        """Open the quiz at its first question; the same quiz in other words while it is on
        screen (another language chosen on it) stays on the question shown, with its answer
        when it can. Opened again later (another patient, perhaps), it starts afresh."""
        again = (self.isVisible() and self.page is not None and page is not self.page
                 and page.id == self.page.id)
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
        self.answers.show(len(question.choices))
        last = self.index == len(self.questions) - 1
        self.next_question.setText(self.tr("Start again") if last else self.tr("Next question"))
        self._mark()

    def _feedback_words(self, question: Question, chosen: int) -> str:
        if chosen == question.answer:
            return self.tr("Yes, that's right!") + " " + question.explanation
        right = question.choices[question.answer]
        return self.tr("Not quite. The answer is: {0}.").format(right) + " " + question.explanation

    def _keep_room_for_feedback(self) -> None:
        """In portrait, the feedback's room is kept before an answer is chosen (the longest
        of what it may say), so the centred question does not move when it comes."""
        room = 0
        answered = self.chosen is not None
        if self.portrait and self.questions:
            question = self.questions[self.index]
            margins = self.outer.contentsMargins()
            box = QRect(0, 0, max(1, self.body.width() - margins.left() - margins.right()), 100_000)
            self.feedback.ensurePolished()
            metrics = self.feedback.fontMetrics()
            flags = int(Qt.TextFlag.TextWordWrap)
            longest = max(metrics.boundingRect(box, flags, self._feedback_words(question, n)).height()
                          for n in range(len(question.choices)))
            shown = metrics.boundingRect(box, flags, self.feedback.text()).height() if answered else 0
            # No feedback yet: no label either (nor the spacing before it), only its room.
            room = longest - shown if answered else longest + self.outer.spacing()
        self.feedback.setVisible(answered or not self.portrait)
        if self.feedback_room.sizeHint().height() != max(0, room):
            self.feedback_room.changeSize(0, max(0, room), QSizePolicy.Policy.Minimum,
                                          QSizePolicy.Policy.Fixed)
            self.outer.invalidate()


    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Keep the feedback's room for the width the body has now."""
        if (watched is self.body and isinstance(event, QResizeEvent)
                and event.size().width() != event.oldSize().width()):
            self._keep_room_for_feedback()
        return False

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
        self.answers.mark(question, self.chosen)
        self.next_question.setVisible(answered)
        last = self.index == len(self.questions) - 1
        lead_or_quiet(self.next_question, not last, self.palette_)
        self.leadsChanged.emit(self.leads)
        self.feedback.setText(self._feedback_words(question, self.chosen) if self.chosen is not None else "")
        self._keep_room_for_feedback()
        if answered:
            self._reveal.start()

    @property
    def leads(self) -> bool:
        """True until the last question is answered: the quiz is the next step, not Finish."""
        last = self.index == len(self.questions) - 1
        return bool(self.questions) and not (last and self.chosen is not None)

    def reveal_feedback(self) -> None:
        wrapper = self.layout()
        if wrapper is not None:
            wrapper.activate()  # "Next question" has just come: the viewport is shorter now
        blocks = [self.title, self.counter, self.prompt, *(b for b in self.choices if b.isVisible())]
        scroll_into_view(self.area, self.body, self.outer, self.feedback, blocks)

    def advance(self) -> None:
        self.index = (self.index + 1) % max(1, len(self.questions))
        self._show_question()

    def apply_metrics(self, sizes: Metrics, portrait: bool, palette: Palette = STANDARD) -> None:
        margin = sizes.pad * 2 if not portrait else sizes.pad
        self.palette_ = palette
        self.portrait = portrait
        self.answers.apply_metrics(sizes, portrait, palette)
        self.lead_space.changeSize(0, 0, QSizePolicy.Policy.Minimum,
                                   QSizePolicy.Policy.Expanding if portrait else QSizePolicy.Policy.Fixed)
        self.outer.setStretch(self.outer.indexOf(self.lead_space), 1 if portrait else 0)
        keep = self.next_question.sizePolicy()  # portrait: its room stays, so nothing moves
        keep.setRetainSizeWhenHidden(portrait)
        self.next_question.setSizePolicy(keep)
        self.outer.setContentsMargins(margin, sizes.pad, margin, sizes.gap)
        self.footer.setContentsMargins(margin, sizes.gap // 2, margin, sizes.gap // 2)
        lead_or_quiet(self.next_question, not self.next_question.property("quiet"), palette)
        self.next_question.setIconSize(QSize(sizes.button, sizes.button))
        if self.page is not None:
            self._mark()
        self.outer.setSpacing(sizes.gap)
        self.outer.invalidate()
        self._keep_room_for_feedback()
        for label in (self.prompt, self.feedback):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
