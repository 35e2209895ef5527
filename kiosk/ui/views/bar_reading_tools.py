"""The bar's reading tools: Read aloud (Pause, Resume), Repeat, Text size, Contrast,
and the button that changes the language.

The bottom bar (``bottom_bar``) owns these buttons as its children and places them;
this module makes them and keeps their words, which give way to icons when the bar
is short of room (never the text-size label or the language's name). Their words
belong to the bar's translation context, "BottomBar".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.core.languages import language_name
from kiosk.core.theme import Palette
from kiosk.ui.platform.speech import Speech
from kiosk.ui.views.icons import themed_icon
from kiosk.ui.views.text_size_control import TextSizeControl


def _tool_button(bar: QWidget) -> QPushButton:
    button = QPushButton(bar)
    button.setObjectName("ToolButton")
    return button


class ReadingTools:
    """The reading tools and the language button, made as children of the bar."""

    def __init__(self, bar: QWidget, languages: list[str]) -> None:
        self.languages = languages
        self.language = languages[0] if languages else "en"
        self.text_size = TextSizeControl(bar)
        self.contrast_button = _tool_button(bar)
        self.contrast_button.setCheckable(True)
        self.read_button = _tool_button(bar)
        self.repeat_button = _tool_button(bar)
        self.speech = Speech.UNAVAILABLE
        self.language_button = QPushButton(bar)
        self.language_button.setObjectName("LanguageButton")
        self.palette: Palette | None = None
        self.compact = 0
        """0: words on every tool; 1: Repeat shows only its icon; 2: so do Read aloud and Contrast."""

    # -- words -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.text_size.retranslate(short=bool(self.compact))
        contrast = QCoreApplication.translate("BottomBar", "Contrast")
        self.contrast_button.setText("" if self.compact >= 2 else contrast)
        self.contrast_button.setAccessibleName(QCoreApplication.translate("BottomBar", "High contrast"))
        self.contrast_button.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Switches to white text on black, for low vision")
        )

    def speech_words(self, state: Speech) -> tuple[str, str, str]:
        """The read button's words, spoken hint and icon in this state of the speech."""
        return {
            Speech.SPEAKING: (QCoreApplication.translate("BottomBar", "Pause"),
                              QCoreApplication.translate("BottomBar", "Pauses the reading"), "pause"),
            Speech.PAUSED: (QCoreApplication.translate("BottomBar", "Resume"),
                            QCoreApplication.translate("BottomBar", "Goes on reading"), "speaker"),
        }.get(state, (QCoreApplication.translate("BottomBar", "Read aloud"),
                      QCoreApplication.translate("BottomBar", "Reads this screen out loud"), "speaker"))

    def label_speech(self) -> None:
        state = self.speech
        self.read_button.setVisible(state is not Speech.UNAVAILABLE)
        self.repeat_button.setVisible(state in (Speech.SPEAKING, Speech.PAUSED))
        text, hint, icon = self.speech_words(state)
        self.read_button.setText("" if self.compact >= 2 else text)
        self.read_button.setAccessibleName(text)
        self.read_button.setAccessibleDescription(hint)
        self.read_button.setProperty("icon_name", icon)
        repeat = QCoreApplication.translate("BottomBar", "Repeat")
        self.repeat_button.setText("" if self.compact >= 1 else repeat)
        self.repeat_button.setAccessibleName(repeat)
        self.repeat_button.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Reads this screen again from the start"))
        if self.palette is not None:
            self.read_button.setIcon(themed_icon(icon, self.palette.ink))

    def label_language(self) -> None:
        target = self.other_language()
        name = language_name(target)
        self.language_button.setText(name)
        self.language_button.setAccessibleName(name)
        self.language_button.setAccessibleDescription(
            QCoreApplication.translate("BottomBar", "Changes the language"))

    def other_language(self) -> str:
        """The language the language button offers: the next one after this."""
        if len(self.languages) < 2:
            return self.language
        index = self.languages.index(self.language) if self.language in self.languages else 0
        return self.languages[(index + 1) % len(self.languages)]

    # -- looks -------------------------------------------------------------------

    def apply_icons(self, palette: Palette, size: QSize) -> None:
        self.palette = palette
        for button, name in (
            (self.contrast_button, "contrast"),
            (self.language_button, "language"),
            (self.read_button, str(self.read_button.property("icon_name") or "speaker")),
            (self.repeat_button, "replay"),
        ):
            button.setIcon(themed_icon(name, palette.ink))
            button.setIconSize(size)
