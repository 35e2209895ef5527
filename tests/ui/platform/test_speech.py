"""Read aloud is offered from what is installed, and its engine loads when first used.

The engines are read from Qt's plugin folder (faked here with files); whether the
speech-dispatcher plugin can load is asked of the dynamic loader, so a plugin file that
is not a library counts as no voice.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.ui.platform import speech
from kiosk.ui.platform.speech import ReadAloud, Speech

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "texttospeech"
    folder.mkdir()
    monkeypatch.setattr(speech, "plugins_folder", lambda: folder)
    return folder


def test_the_engines_are_the_plugin_files(plugins: Path) -> None:
    (plugins / "libqtexttospeech_mock.so").write_bytes(b"")
    (plugins / "libqtexttospeech_flite.so").write_bytes(b"")
    (plugins / "README.txt").write_text("not a plugin", "utf-8")
    assert speech.installed_engines() == ["flite", "mock"]


@pytest.mark.parametrize(("files", "engine", "reason"), [
    ([], "", "no speech engine is installed"),
    (["mock"], "flite", "no speech engine 'flite' (found: mock)"),
    (["mock", "speechd"], "", "no voice is installed (to turn it on: sudo apt-get install speech-dispatcher"),
    (["speechd"], "speechd", "no voice is installed"),
    (["mock"], "none", "read aloud is turned off in the config"),
])
def test_read_aloud_is_hidden_with_the_reason(
    plugins: Path, files: list[str], engine: str, reason: str
) -> None:
    for name in files:  # a speech-dispatcher "plugin" that is no library cannot load, like one
        (plugins / f"libqtexttospeech_{name}.so").write_bytes(b"not a shared library")
    voice = ReadAloud(engine)
    assert voice.state is Speech.UNAVAILABLE and not voice.available
    assert voice.reason.startswith(reason)


def test_a_usable_engine_is_offered_without_loading_it(plugins: Path) -> None:
    (plugins / "libqtexttospeech_mock.so").write_bytes(b"")
    voice = ReadAloud("mock")
    assert voice.available and voice.state is Speech.READY and voice.reason == ""


def test_the_engine_loads_when_something_is_first_read() -> None:
    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from kiosk.ui.platform.speech import ReadAloud\n"
            "voice = ReadAloud('mock')\n"
            "print(voice.available, 'PySide6.QtTextToSpeech' in sys.modules)\n"
            "voice.say('Hello', 'en')\n"
            "print(voice.can_speak(), 'PySide6.QtTextToSpeech' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.stdout.split("\n")[:2] == ["True False", "True True"], done.stderr
