"""A fresh Debian/Ubuntu machine: missing display libraries and a missing voice, said plainly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.preflight import (
    EXIT_MISSING_LIBRARIES,
    PACKAGES,
    install_line,
    not_found,
    platform_name,
    plugin_path,
)
from tests.deploy.conftest import REPO

HIDDEN = ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")


def fake_ldd(folder: Path) -> Path:
    """An ldd that answers like the real one on a machine without two of the X libraries."""
    real = shutil.which("ldd")
    assert real, "ldd comes with libc-bin on every Debian"
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "ldd"
    pattern = "|".join(name.replace(".", r"\.") for name in HIDDEN)
    script.write_text(
        "#!/bin/sh\n"
        f'{real} "$@" | grep -Ev "^\\s*({pattern}) " \n'
        + "".join(f'echo "\t{name} => not found"\n' for name in HIDDEN)
    )
    script.chmod(0o755)
    return folder


def kiosk_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.update(extra)
    return env


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "xcb"),
    ({"QT_QPA_PLATFORM": "wayland"}, "wayland"),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, "xcb"),
    ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "xcb"),
])
def test_the_check_looks_at_the_platform_qt_will_load(env: dict[str, str], expected: str) -> None:
    assert platform_name(env) == expected


def test_this_machine_has_every_library_its_display_platforms_need() -> None:
    for platform in ("xcb", "wayland"):
        plugin = plugin_path(platform)
        assert plugin is not None, platform
        assert not_found(plugin) == [], f"{platform}: {install_line(not_found(plugin) or [])}"


def test_missing_x_libraries_stop_the_kiosk_with_the_install_line_not_a_qt_abort(tmp_path: Path) -> None:
    bin_dir = fake_ldd(tmp_path / "bin")
    env = kiosk_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":40",
                    PATH=f"{bin_dir}:{os.environ['PATH']}")
    done = subprocess.run([sys.executable, "-m", "kiosk"], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)
    assert done.returncode == EXIT_MISSING_LIBRARIES, done.stderr
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0\n" in done.stderr
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0" in done.stderr
    assert "qt.qpa" not in done.stderr and "Aborted" not in done.stderr


def test_the_install_line_names_one_package_per_library_and_never_repeats() -> None:
    assert install_line(["libgthread-2.0.so.0", "libglib-2.0.so.0"]) == "sudo apt-get install libglib2.0-0"
    assert "libfoo.so.9" in install_line(["libxcb.so.1", "libfoo.so.9"])


def test_readme_prerequisites_install_what_the_check_would_ask_for() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    prerequisites = readme.split("## Prerequisites", 1)[1].split("\n## ", 1)[0]
    words = set(prerequisites.replace("\\\n", " ").split())
    wayland_only = {"libwayland-client0", "libwayland-cursor0", "libwayland-egl1", "libopengl0"}
    assert {"python3", "python3-venv", "make"} <= words
    assert set(PACKAGES.values()) - wayland_only <= words
    assert readme.index("## Prerequisites") < readme.index("make run")


def test_no_voice_is_one_plain_log_line_and_no_qt_error(tmp_path: Path) -> None:
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech"
    if not not_found(plugin / "libqtexttospeech_speechd.so"):
        pytest.skip("this machine has a voice (speech-dispatcher is installed)")
    code = ("import logging, sys; logging.basicConfig(level=logging.INFO, stream=sys.stderr)\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from kiosk.ui.platform.speech import ReadAloud; print(ReadAloud('').available)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env=kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert done.stdout.strip() == "False"
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == ["INFO:kiosk.ui.platform.speech:Read aloud is hidden: no voice is installed "
                     "(to turn it on: sudo apt-get install speech-dispatcher espeak-ng)"], lines
