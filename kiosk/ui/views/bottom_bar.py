"""The controls always in reach, and the slim safety strip above them.

The bar is a fixed set of slots (see ``bar_slots``): Back and Home at the left,
the reading tools (Read aloud, Repeat, Text size, Contrast) in the middle,
the language and Next at the right. A control that does not apply on this
screen leaves its slot empty, so the others never move. When the words do not
fit, the reading tools drop their words (never the text-size label or the
language's name); in portrait, or when even that does not fit, the tools take
a row of their own above the way on.

The buttons and their words live in ``bar_navigation`` (Back, Home, Next, the
safety strip) and ``bar_reading_tools`` (the reading tools and the language);
this module composes them, passes on what the patient asked for, and places them.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.content.model import Page
from kiosk.core.languages import language_name
from kiosk.core.theme import Metrics, Palette
from kiosk.ui.platform.speech import Speech
from kiosk.ui.views.bar_navigation import Navigation
from kiosk.ui.views.bar_reading_tools import ReadingTools
from kiosk.ui.views.bar_slots import Groups, fits_one_row, place


class BottomBar(QWidget):
    """Emits what the patient asked for; the window decides what it means."""

    textSizeChosen = Signal(str)  # noqa: N815
    contrastToggled = Signal(bool)  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815
    readPressed = Signal()  # noqa: N815
    repeatPressed = Signal()  # noqa: N815
    backPressed = Signal()  # noqa: N815
    homePressed = Signal()  # noqa: N815
    nextPressed = Signal()  # noqa: N815
    """Next, or Finish on the walkthrough's last card."""
    safetyPressed = Signal()  # noqa: N815
    """The safety strip, which opens the safety notice."""

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BottomBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.navigation = Navigation(self, parent)
        self.safety_strip = self.navigation.safety_strip
        self.back_button = self.navigation.back_button
        self.home_button = self.navigation.home_button
        self.next_button = self.navigation.next_button
        self.back_button.clicked.connect(self.backPressed)
        self.home_button.clicked.connect(self.homePressed)
        self.next_button.clicked.connect(self.nextPressed)
        self.safety_strip.clicked.connect(self.safetyPressed)
        self.tools = ReadingTools(self, languages)
        self.languages = languages
        self.text_size = self.tools.text_size
        self.text_size.chosen.connect(self.textSizeChosen)
        self.size_label = self.text_size.label
        self.size_buttons = self.text_size.buttons
        self.contrast_button = self.tools.contrast_button
        self.contrast_button.toggled.connect(self.contrastToggled)
        self.read_button = self.tools.read_button
        self.read_button.clicked.connect(self.readPressed)
        self.repeat_button = self.tools.repeat_button
        self.repeat_button.clicked.connect(self.repeatPressed)
        self.language_button = self.tools.language_button
        self.language_button.clicked.connect(self._next_language)
        self._portrait = False
        self._gap = 24
        self._margins = (64, 12, 32)
        """Sides, top and bottom: the bottom keeps a finger's room from the screen's edge."""
        self.rows = 1
        self.retranslate()
        self.show_for(on_home=True, in_walkthrough=False, last_card=False, safety_here=False)

    @property
    def language(self) -> str:
        return self.tools.language

    @property
    def speech(self) -> Speech:
        return self.tools.speech

    # -- words -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.navigation.retranslate()
        self.tools.retranslate()
        self.tools.label_language()
        self.tools.label_speech()

    def set_speech(self, state: Speech) -> None:
        available_before = self.speech is not Speech.UNAVAILABLE
        self.tools.speech = state
        self.tools.label_speech()
        if available_before != (state is not Speech.UNAVAILABLE):
            self.fit()

    def _next_language(self) -> None:
        self.languageChosen.emit(self.tools.other_language())

    def set_language(self, language: str) -> None:
        self.tools.language = language
        self.tools.label_language()

    def set_safety(self, safety: Page | None) -> None:
        self.navigation.set_safety(safety)

    # -- what shows where ------------------------------------------------------

    def show_for(
        self, *, on_home: bool, in_walkthrough: bool, last_card: bool, safety_here: bool,
        quiz_offer: bool = False,
    ) -> None:
        """Show what applies on this screen; the slots stay where they are.

        The safety strip shows on every screen but the safety notice itself, Home included.
        """
        del quiz_offer  # offered on the walkthrough's last step, not in the bar
        self.navigation.show_for(on_home=on_home, in_walkthrough=in_walkthrough, last_card=last_card,
                                 safety_here=safety_here)
        self.language_button.setVisible(len(self.languages) > 1)
        self.navigation.fit_safety()

    def lead_with_next(self, leads: bool) -> None:
        """Whether Next/Finish is the next step (filled) or something on the page is (outlined)."""
        self.navigation.lead(leads)

    # -- slots ---------------------------------------------------------------------

    def _width(self, button: QPushButton, words: list[str]) -> int:
        """The button's width for the longest of the words it may show, so its slot never changes."""
        hint = button.sizeHint().width()
        if not button.text():
            return hint
        metrics = QFontMetrics(button.font())
        return hint - metrics.horizontalAdvance(button.text()) + max(
            metrics.horizontalAdvance(word) for word in words)

    def _groups(self) -> Groups:
        for widget in (*self._widgets(), self.size_label):
            widget.ensurePolished()
        self.text_size.layout().activate()  # type: ignore[union-attr]
        speech = self.speech is not Speech.UNAVAILABLE
        read_words = [self.tools.speech_words(s)[0] for s in (Speech.READY, Speech.SPEAKING, Speech.PAUSED)]
        tools: list[int] = []
        if speech:
            tools += [self._width(self.read_button, read_words),
                      self._width(self.repeat_button, [self.tr("Repeat")])]
        tools += [self.text_size.sizeHint().width(), self._width(self.contrast_button, [self.tr("Contrast")])]
        right: list[int] = []
        if len(self.languages) > 1:
            names = [language_name(code) for code in self.languages]
            right.append(self._width(self.language_button, names))
        right.append(self._width(self.next_button, [self.tr("Next"), self.tr("Finish")]))
        left = [self._width(self.back_button, [self.tr("Back")]),
                self._width(self.home_button, [self.tr("Home")])]
        return Groups(left, tools, right)

    def fit(self) -> None:
        """Choose words or icons and one row or two, then put each control in its slot."""
        side, top, bottom = self._margins
        room = self.width() - 2 * side
        if room <= 0:
            return
        one_row = False
        if not self._portrait:
            # Words first; then fewer words; then a narrower margin at the sides.
            for margin in (side, self.navigation.pad):
                for level in (0, 1, 2):
                    self._set_compact(level)
                    if fits_one_row(self._groups(), self.width() - 2 * margin, self._gap):
                        one_row = True
                        break
                if one_row:
                    side, room = margin, self.width() - 2 * margin
                    break
        if not one_row:
            for level in (0, 1, 2):
                self._set_compact(level)
                widths = self._groups().tools
                if sum(widths) + self._gap * (len(widths) - 1) <= room:
                    break
        groups = self._groups()
        rows = 1 if one_row else 2
        self.rows = rows
        row_height = max(w.sizeHint().height() for w in self._widgets())
        vgap = self._gap // 2
        self.setFixedHeight(top + bottom + rows * row_height + (rows - 1) * vgap)
        slots = place(groups, side, room, self._gap, rows)
        speech = self.speech is not Speech.UNAVAILABLE
        widgets: list[QWidget] = [
            self.back_button, self.home_button,
            *([self.read_button, self.repeat_button] if speech else []), self.text_size,
            self.contrast_button,
            *([self.language_button] if len(self.languages) > 1 else []), self.next_button,
        ]
        for widget, slot in zip(widgets, slots, strict=True):
            y = top + slot.row * (row_height + vgap)
            widget.setGeometry(slot.x, y, slot.width, row_height)
        self.navigation.fit_safety()
        order = self._widgets()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _set_compact(self, compact: int) -> None:
        if compact != self.tools.compact:
            self.tools.compact = compact
            self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def apply_metrics(self, sizes: Metrics, palette: Palette, portrait: bool, text_size: str) -> None:
        self.navigation.pad = sizes.pad
        self._gap = sizes.gap * 2 // 3
        side = sizes.pad * (1 if portrait else 2)
        # Room below the last row: a bezel or a resting hand must not cover a control.
        self._margins = (side, sizes.gap // 2, sizes.pad)
        icon = QSize(sizes.button * 6 // 5, sizes.button * 6 // 5)
        self.navigation.apply_icons(palette, icon)
        self.tools.apply_icons(palette, icon)
        self.text_size.set_current(text_size)
        self.text_size.set_spacing(self._gap // 2)
        self.contrast_button.setChecked(palette.name == "high-contrast")
        self._portrait = portrait
        self.tools.compact = 0
        self.retranslate()
        self.fit()

    def _widgets(self) -> list[QWidget]:
        """The bar's controls in visual (and focus) order."""
        return [self.back_button, self.home_button, self.read_button, self.repeat_button,
                *self.size_buttons.values(), self.contrast_button, self.language_button,
                self.next_button]
