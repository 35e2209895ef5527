"""Read aloud with Qt's QTextToSpeech; when no voice can be had, say so in the log and hide."""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QLoggingCategory, QObject, Signal

from kiosk.core.preflight import not_found

log = logging.getLogger(__name__)


class Speech(enum.Enum):
    UNAVAILABLE = "unavailable"
    READY = "ready"
    SPEAKING = "speaking"
    PAUSED = "paused"


def speechd_cannot_load() -> bool:
    """True when Qt's speech-dispatcher plugin lacks its library (speech-dispatcher not installed)."""
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "texttospeech" / "libqtexttospeech_speechd.so"
    return plugin.is_file() and bool(not_found(plugin))


class ReadAloud(QObject):
    """Speaks a page's text; can pause, resume and repeat; stops when told to."""

    stateChanged = Signal(object)  # noqa: N815  (a Speech)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reason = ""
        self.text = ""
        self._tts: Any = None
        self.state = Speech.UNAVAILABLE
        if engine == "none":
            self.reason = "read aloud is turned off in the config (speech_engine = \"none\")"
        else:
            self._tts = self._create(engine)
        if self._tts is None:
            log.info("Read aloud is hidden: %s", self.reason)
        else:
            self.state = Speech.READY

    def _create(self, engine: str) -> Any:
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            self.reason = f"the QtTextToSpeech module cannot load ({error})"
            return None
        engines = QTextToSpeech.availableEngines()
        if engine and engine not in engines:
            self.reason = f"no speech engine {engine!r} (found: {', '.join(engines) or 'none'})"
            return None
        if not engines:
            self.reason = "no speech engine is installed"
            return None
        if engine in ("", "speechd") and "speechd" in engines and speechd_cannot_load():
            # Creating it anyway makes Qt print a raw "Error loading text-to-speech plug-in".
            self.reason = ("no voice is installed (to turn it on: "
                           "sudo apt-get install speech-dispatcher espeak-ng)")
            return None
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            self.reason = f"the speech engine failed: {tts.errorString() or 'no reason given'}"
            return None
        tts.stateChanged.connect(self._changed)
        return tts

    @property
    def available(self) -> bool:
        return self._tts is not None

    def say(self, text: str, language: str) -> None:
        if self._tts is None or not text.strip():
            return
        self.text = text
        wanted = QLocale(language)
        for locale in self._tts.availableLocales():
            if locale.language() == wanted.language():
                self._tts.setLocale(locale)
                break
        self._tts.say(text)

    def pause(self) -> None:
        if self._tts is not None and self.state is Speech.SPEAKING:
            self._tts.pause()

    def resume(self) -> None:
        if self._tts is not None and self.state is Speech.PAUSED:
            self._tts.resume()

    def stop(self) -> None:
        if self._tts is not None and self.state in (Speech.SPEAKING, Speech.PAUSED):
            self._tts.stop()

    def repeat(self, language: str) -> None:
        self.stop()
        self.say(self.text, language)

    def _changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.state = {
            QTextToSpeech.State.Speaking: Speech.SPEAKING,
            QTextToSpeech.State.Paused: Speech.PAUSED,
            QTextToSpeech.State.Synthesizing: Speech.SPEAKING,
        }.get(state, Speech.READY)
        if state == QTextToSpeech.State.Error:
            log.warning("speech failed: %s", self._tts.errorString())
        self.stateChanged.emit(self.state)
