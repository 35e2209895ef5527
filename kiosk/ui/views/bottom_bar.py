"""The controls always in reach, and the slim safety strip above them.

The bar is a fixed set of slots (see ``bar_slots``): Back and Home at the left,
the reading tools (Read aloud, Repeat, Text size, Contrast) in the middle,
the language and Next at the right. A control that does not apply on this
screen leaves its slot empty, so the others never move. When the words do not
fit, the reading tools drop their words (never the text-size label or the
language's name); in portrait, or when even that does not fit, the tools take
a row of their own above the way on.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.content.model import Page
from kiosk.core.theme import Metrics, Palette
from kiosk.ui.platform.speech import Speech
from kiosk.ui.views.bar_slots import Groups, fits_one_row, place
from kiosk.ui.views.icons import themed_icon
from kiosk.ui.views.text_size_control import TextSizeControl

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "ko": "한국어",
    "ar": "العربية",
}


class BottomBar(QWidget):
    """Emits what the patient asked for; the window decides what it means."""

    textSizeChosen = Signal(str)  # noqa: N815
    contrastToggled = Signal(bool)  # noqa: N815
    languageChosen = Signal(str)  # noqa: N815
    readPressed = Signal()  # noqa: N815
    repeatPressed = Signal()  # noqa: N815

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BottomBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.languages = languages
        self.language = languages[0] if languages else "en"
        self.safety_strip = QPushButton(parent)
        self.safety_strip.setObjectName("SafetyStrip")
        self.back_button = QPushButton(self)
        self.home_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("PrimaryButton")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text_size = TextSizeControl(self)
        self.text_size.chosen.connect(self.textSizeChosen)
        self.size_label = self.text_size.label
        self.size_buttons = self.text_size.buttons
        self.contrast_button = QPushButton(self)
        self.contrast_button.setObjectName("ToolButton")
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.contrastToggled)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("ToolButton")
        self.read_button.clicked.connect(self.readPressed)
        self.repeat_button = QPushButton(self)
        self.repeat_button.setObjectName("ToolButton")
        self.repeat_button.clicked.connect(self.repeatPressed)
        self.speech = Speech.UNAVAILABLE
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("LanguageButton")
        self.language_button.clicked.connect(self._next_language)
        self._state = (True, False, False, False)
        self._palette: Palette | None = None
        self._portrait = False
        self._compact = 0
        """0: words on every tool; 1: Repeat shows only its icon; 2: so do Read aloud and Contrast."""
        self._safety: Page | None = None
        self._pad = 32
        self._gap = 24
        self._margins = (64, 12, 32)
        """Sides, top and bottom: the bottom keeps a finger's room from the screen's edge."""
        self.rows = 1
        self.retranslate()
        self.show_for(on_home=True, in_walkthrough=False, last_card=False, safety_here=False)

    # -- words -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("Goes back one step"))
        self.home_button.setText(self.tr("Home"))
        self.home_button.setAccessibleDescription(self.tr("Goes to the start screen"))
        self.text_size.retranslate(short=bool(self._compact))
        self.contrast_button.setText("" if self._compact >= 2 else self.tr("Contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.contrast_button.setAccessibleDescription(
            self.tr("Switches to white text on black, for low vision")
        )
        self.safety_strip.setAccessibleDescription(self.tr("Opens the safety notice"))
        self._label_next()
        self._label_language()
        self._label_speech()

    def set_speech(self, state: Speech) -> None:
        available_before = self.speech is not Speech.UNAVAILABLE
        self.speech = state
        self._label_speech()
        if available_before != (state is not Speech.UNAVAILABLE):
            self.fit()

    def _speech_words(self, state: Speech) -> tuple[str, str, str]:
        return {
            Speech.SPEAKING: (self.tr("Pause"), self.tr("Pauses the reading"), "pause"),
            Speech.PAUSED: (self.tr("Resume"), self.tr("Goes on reading"), "speaker"),
        }.get(state, (self.tr("Read aloud"), self.tr("Reads this screen out loud"), "speaker"))

    def _label_speech(self) -> None:
        state = self.speech
        self.read_button.setVisible(state is not Speech.UNAVAILABLE)
        self.repeat_button.setVisible(state in (Speech.SPEAKING, Speech.PAUSED))
        text, hint, icon = self._speech_words(state)
        self.read_button.setText("" if self._compact >= 2 else text)
        self.read_button.setAccessibleName(text)
        self.read_button.setAccessibleDescription(hint)
        self.read_button.setProperty("icon_name", icon)
        self.repeat_button.setText("" if self._compact >= 1 else self.tr("Repeat"))
        self.repeat_button.setAccessibleName(self.tr("Repeat"))
        self.repeat_button.setAccessibleDescription(self.tr("Reads this screen again from the start"))
        if self._palette is not None:
            self.read_button.setIcon(themed_icon(icon, self._palette.ink))

    def _label_next(self) -> None:
        _, _, last, _ = self._state
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setAccessibleDescription(
            self.tr("Ends the walkthrough and goes to the start screen")
            if last
            else self.tr("Goes to the next step")
        )

    def _label_language(self) -> None:
        target = self._other_language()
        name = LANGUAGE_NAMES.get(target, target)
        self.language_button.setText(name)
        self.language_button.setAccessibleName(name)
        self.language_button.setAccessibleDescription(self.tr("Changes the language"))

    def _other_language(self) -> str:
        if len(self.languages) < 2:
            return self.language
        index = self.languages.index(self.language) if self.language in self.languages else 0
        return self.languages[(index + 1) % len(self.languages)]

    def _next_language(self) -> None:
        self.languageChosen.emit(self._other_language())

    def set_language(self, language: str) -> None:
        self.language = language
        self._label_language()

    def set_safety(self, safety: Page | None) -> None:
        self.safety_strip.setText(f"{safety.title}: {safety.summary}   ›" if safety else "")
        self.safety_strip.setAccessibleName(safety.title if safety else "")
        self.safety_strip.setAccessibleDescription(
            f"{safety.summary} {self.tr('Opens the safety notice')}" if safety else "")
        self._safety = safety
        self._fit_safety()

    # -- what shows where ------------------------------------------------------

    def show_for(
        self, *, on_home: bool, in_walkthrough: bool, last_card: bool, safety_here: bool,
        quiz_offer: bool = False,
    ) -> None:
        """Show what applies on this screen; the slots stay where they are.

        The safety strip shows on every screen but the safety notice itself, Home included.
        """
        del quiz_offer  # offered on the walkthrough's last step, not in the bar
        self._state = (on_home, in_walkthrough, last_card, safety_here)
        self.back_button.setVisible(not on_home)
        self.home_button.setVisible(not on_home)
        self.next_button.setVisible(in_walkthrough)
        self.language_button.setVisible(len(self.languages) > 1)
        self.safety_strip.setVisible(not safety_here and bool(self.safety_strip.text()))
        self._label_next()
        self._fit_safety()

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
        read_words = [self._speech_words(s)[0] for s in (Speech.READY, Speech.SPEAKING, Speech.PAUSED)]
        tools: list[int] = []
        if speech:
            tools += [self._width(self.read_button, read_words),
                      self._width(self.repeat_button, [self.tr("Repeat")])]
        tools += [self.text_size.sizeHint().width(), self._width(self.contrast_button, [self.tr("Contrast")])]
        right: list[int] = []
        if len(self.languages) > 1:
            names = [LANGUAGE_NAMES.get(code, code) for code in self.languages]
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
            for margin in (side, self._pad):
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
        self._fit_safety()
        order = self._widgets()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _set_compact(self, compact: int) -> None:
        if compact != self._compact:
            self._compact = compact
            self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def _fit_safety(self) -> None:
        safety = self._safety
        if safety is None:
            return
        strip = self.safety_strip
        strip.ensurePolished()
        metrics = QFontMetrics(strip.font())
        arrow = "   ›"
        width = (strip.width() if strip.isVisible() else self.width()) - 2 * self._pad
        text = metrics.elidedText(f"{safety.title}: {safety.summary}", Qt.TextElideMode.ElideRight,
                                  max(0, width - metrics.horizontalAdvance(arrow)))
        strip.setText(text + arrow)

    def apply_metrics(self, sizes: Metrics, palette: Palette, portrait: bool, text_size: str) -> None:
        self._palette = palette
        self._pad = sizes.pad
        self._gap = sizes.gap * 2 // 3
        side = sizes.pad * (1 if portrait else 2)
        # Room below the last row: a bezel or a resting hand must not cover a control.
        self._margins = (side, sizes.gap // 2, sizes.pad)
        icon = QSize(sizes.button * 6 // 5, sizes.button * 6 // 5)
        for button, name, colour in (
            (self.back_button, "back", palette.ink),
            (self.home_button, "home", palette.ink),
            (self.next_button, "next", palette.on_primary),
            (self.contrast_button, "contrast", palette.ink),
            (self.language_button, "language", palette.ink),
            (self.read_button, str(self.read_button.property("icon_name") or "speaker"), palette.ink),
            (self.repeat_button, "replay", palette.ink),
        ):
            button.setIcon(themed_icon(name, colour))
            button.setIconSize(icon)
        self.text_size.set_current(text_size)
        self.text_size.set_spacing(self._gap // 2)
        self.contrast_button.setChecked(palette.name == "high-contrast")
        self._portrait = portrait
        self._compact = 0
        self.retranslate()
        self.fit()

    def _widgets(self) -> list[QWidget]:
        """The bar's controls in visual (and focus) order."""
        return [self.back_button, self.home_button, self.read_button, self.repeat_button,
                *self.size_buttons.values(), self.contrast_button, self.language_button,
                self.next_button]
