"""Before Qt starts: are the system libraries its display platform needs installed?

Qt aborts (exit 134, "could not load the Qt platform plugin") when the X11 (xcb) or
Wayland platform plugin cannot load a system library. This check asks the dynamic
loader (``ldd``) which libraries that plugin lacks, and turns them into the one
``apt-get install`` line that adds them. Plain Python: it never imports Qt.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

EXIT_MISSING_LIBRARIES = 4
"""`kiosk` stops with this code when the display's system libraries are missing."""

PACKAGES: dict[str, str] = {
    # Qt GUI on any platform
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    # X11 (the xcb platform)
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    # Wayland
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
"""Shared library (soname) -> the Debian/Ubuntu package that installs it."""

PLUGINS = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
"""The platforms this check knows, and the Qt plugin file that loads each."""


def platform_name(env: Mapping[str, str]) -> str:
    """The platform Qt will try first, from QT_QPA_PLATFORM or the session type, as Qt picks it."""
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def plugin_path(platform: str) -> Path | None:
    """The Qt platform plugin PySide6 ships for ``platform``, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if platform not in PLUGINS or spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms" / PLUGINS[platform]
    return path if path.is_file() else None


def not_found(library: Path) -> list[str] | None:
    """Libraries the loader cannot find for ``library`` (ldd's 'not found'); None if unknown."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return sorted(set(re.findall(r"^\s*(\S+)\s+=>\s+not found", done.stdout, re.M)))


def install_line(missing: list[str]) -> str:
    """The one apt-get line that adds ``missing`` (sonames without a known package are named)."""
    packages = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    unknown = [name for name in missing if name not in PACKAGES]
    line = f"sudo apt-get install {' '.join(packages)}" if packages else ""
    if unknown:
        line += ("  # and the package with " if line else "the package with ") + ", ".join(unknown)
    return line


def check_display_libraries(env: Mapping[str, str] | None = None) -> str | None:
    """None when Qt's platform can load; otherwise the message for the person at the screen."""
    env = os.environ if env is None else env
    platform = platform_name(env)
    plugin = plugin_path(platform)
    if plugin is None:
        return None
    missing = not_found(plugin)
    if missing is None:
        log.debug("cannot ask the loader about %s; starting without the library check", plugin.name)
        return None
    if not missing:
        return None
    return (
        f'kiosk: the screen cannot open: Qt\'s "{platform}" platform needs system libraries '
        f"that are missing ({', '.join(missing)}). Install them with:\n"
        f"  {install_line(missing)}\n"
        "then start the kiosk again."
    )
