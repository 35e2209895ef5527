"""Read aloud with Qt's QTextToSpeech; when no voice can be had, say so in the log and hide."""

from __future__ import annotations

import enum
import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QLocale, QLoggingCategory, QObject, Signal

log = logging.getLogger(__name__)


class Speech(enum.Enum):
    UNAVAILABLE = "unavailable"
    READY = "ready"
    SPEAKING = "speaking"
    PAUSED = "paused"


def plugins_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech"


def installed_engines() -> list[str]:
    """The speech engines Qt can offer, named as QTextToSpeech names them, from its plugin
    files (so Read aloud can be offered without loading QtTextToSpeech)."""
    prefix = "libqtexttospeech_" if sys.platform != "win32" else "qtexttospeech_"
    folder = plugins_folder()
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted({name[len(prefix):].split(".")[0] for name in names if name.startswith(prefix)})


def speechd_cannot_load() -> bool:
    """True when Qt's speech-dispatcher plugin lacks its library (speech-dispatcher not installed).

    Asks the dynamic loader itself, as Qt would: a missing library fails at once, silently."""
    plugin = plugins_folder() / "libqtexttospeech_speechd.so"
    if not plugin.is_file():
        return False
    import ctypes

    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError:
        return True
    return False


def unavailable_because(engine: str) -> str:
    """Why Read aloud cannot be offered with ``engine`` ('' = Qt's choice), or '' when it can."""
    if engine == "none":
        return "read aloud is turned off in the config (speech_engine = \"none\")"
    engines = installed_engines()
    if engine and engine not in engines:
        return f"no speech engine {engine!r} (found: {', '.join(engines) or 'none'})"
    if not engines:
        return "no speech engine is installed"
    if engine in ("", "speechd") and "speechd" in engines and speechd_cannot_load():
        # Creating it anyway makes Qt print a raw "Error loading text-to-speech plug-in".
        return "no voice is installed (to turn it on: sudo apt-get install speech-dispatcher espeak-ng)"
    return ""


class ReadAloud(QObject):
    """Speaks a page's text; can pause, resume and repeat; stops when told to.

    Whether a voice can be had is known at start from the installed engines; the engine
    itself (QtTextToSpeech) is loaded when something is first read."""

    stateChanged = Signal(object)  # noqa: N815  (a Speech)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.text = ""
        self._tts: Any = None
        self.reason = unavailable_because(engine)
        self.state = Speech.UNAVAILABLE if self.reason else Speech.READY
        if self.reason:
            log.info("Read aloud is hidden: %s", self.reason)

    def can_speak(self) -> bool:
        """Load the engine if it is not yet; False (and Read aloud hidden) when it fails."""
        if self._tts is None and self.state is not Speech.UNAVAILABLE:
            self._tts = self._create(self.engine)
            if self._tts is None:
                log.warning("Read aloud is hidden: %s", self.reason)
                self.state = Speech.UNAVAILABLE
                self.stateChanged.emit(self.state)
        return self._tts is not None

    def _create(self, engine: str) -> Any:
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:
            self.reason = f"the QtTextToSpeech module cannot load ({error})"
            return None
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            self.reason = f"the speech engine failed: {tts.errorString() or 'no reason given'}"
            return None
        tts.stateChanged.connect(self._changed)
        return tts

    @property
    def available(self) -> bool:
        return self.state is not Speech.UNAVAILABLE

    def say(self, text: str, language: str) -> None:
        if not text.strip() or not self.can_speak():
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
