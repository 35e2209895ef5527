"""The bar's Read aloud and Repeat: read what is on screen, pause, go on, or say it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.core.session import Card, Session
from kiosk.ui.platform.speech import ReadAloud, Speech
from kiosk.ui.views.bottom_bar import BottomBar


class Reader(QObject):
    """Reads the screen the session is on, in its language; ``card_label`` words a
    walkthrough card's place as the screen shows it ("Step 2 of 6"); ``picture_shown``
    says whether the page's picture (so its caption) is on screen."""

    def __init__(self, speech: ReadAloud, bar: BottomBar, session: Session,
                 card_label: Callable[[Card], str], picture_shown: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speech, self.session, self.card_label = speech, session, card_label
        self.picture_shown = picture_shown
        bar.set_speech(speech.state)
        speech.stateChanged.connect(bar.set_speech)
        bar.readPressed.connect(self.read_aloud)
        bar.repeatPressed.connect(lambda: speech.repeat(session.language))

    def read_aloud(self) -> None:
        """The one Read aloud button: read, pause, or go on."""
        if self.speech.state is Speech.SPEAKING:
            self.speech.pause()
        elif self.speech.state is Speech.PAUSED:
            self.speech.resume()
        else:
            self.speech.say(self.screen_text(), self.session.language)

    def screen_text(self) -> str:
        """What is on screen, in reading order, as plain text."""
        card = self.session.current_card
        return self.session.screen_text(self.card_label(card) if card else "",
                                        caption_shown=self.picture_shown())
