"""The real kiosk session (cage + the kiosk on Wayland) with real input, for tests/deploy/test_wayland.py.

cage's headless backend has no input devices and cage 0.1.4 offers no virtual-input protocol,
so these tests run cage on wlroots' X11 backend instead: cage's output is a window on an X
server, and everything the X server gets as input (XTest pointer and keys, or a touch from
Xorg's ``inputtest`` driver) reaches cage as the input of a real seat, which cage hands to the
kiosk as Wayland events (wl_pointer, wl_keyboard, wl_touch), exactly as it hands it the
input of a USB touch screen through libinput on a kiosk PC. What the kiosk draws is read back
from the X server (what cage shows) and with grim (cage's own screen copy).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import time
from pathlib import Path
from typing import Any

from tests.deploy.conftest import REPO, Installed, clean_env
from tests.deploy.supervisor import environment_lines, read_unit
from tests.realdisplay.xserver import Kiosk, Shot, XServer

UNIT = REPO / "assets" / "deploy" / "kiosk.service"
NOBODY = 65534
OUTPUT = (1024, 768)
"""The size of the window wlroots' X11 backend opens for cage's output (its fixed default),
so the X server is made the same size and cage's output covers it exactly."""


def cage_version() -> tuple[int, ...]:
    done = subprocess.run(["cage", "-v"], capture_output=True, text=True, timeout=10)
    found = re.search(r"(\d+)\.(\d+)\.(\d+)", done.stdout + done.stderr)
    return tuple(int(part) for part in found.groups()) if found else (0,)


class CageKiosk(Kiosk):
    """The unit's ExecStart= (kiosk-session.sh: cage with the kiosk in it) on the X server ``x``,
    with the unit's Environment= lines and the installed wheel; ``platform`` is the kiosk's
    QT_QPA_PLATFORM: wayland (the unit's) or xcb (install-kiosk.sh's drop-in on cage < 0.1.5,
    which makes the kiosk an X client of cage's Xwayland)."""

    def __init__(self, x: XServer, folder: Path, settings: dict[str, Any], installed: Installed,
                 extra_env: dict[str, str] | None = None, platform: str = "wayland") -> None:
        super().__init__(x, folder, settings)
        self.installed = installed
        self.platform = platform
        self.extra_env = extra_env or {}
        self.runtime = folder / "runtime"
        self.home = folder / "home"

    def start(self, timeout: float = 90.0) -> CageKiosk:
        assert read_unit(UNIT)["Service"]["ExecStart"] == "/opt/kiosk/bin/kiosk-session"
        session = self.installed.venv / "bin" / "kiosk-session"  # where install-kiosk.sh puts it
        shutil.copy(REPO / "assets" / "deploy" / "kiosk-session.sh", session)
        session.chmod(0o755)
        config = self.home / ".config" / "kiosk" / "kiosk.toml"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text("".join(f"{key} = {json.dumps(value)}\n" for key, value in self.settings.items()))
        self.runtime.mkdir(mode=0o700, exist_ok=True)
        self.probe.write_text("")
        env = clean_env(HOME=str(self.home), XDG_RUNTIME_DIR=str(self.runtime), DISPLAY=self.x.display,
                        WLR_BACKENDS="x11", WLR_RENDERER="pixman", KIOSK_PROBE=str(self.probe))
        for key in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_CONFIG_HOME", "XDG_STATE_HOME",
                    "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env.pop(key, None)
        env.update(environment_lines(UNIT))
        env["QT_QPA_PLATFORM"] = self.platform
        if self.platform == "xcb":  # Qt logs the X input devices it finds: Xwayland's, not the X server's
            env["QT_LOGGING_RULES"] = "qt.qpa.input.devices=true"
        env.update(self.extra_env)
        command = [str(session)]
        if os.geteuid() == 0:
            # cage refuses to run as root (the unit runs it as User=kiosk): run it as nobody, which
            # owns the kiosk's folder. Not in a user namespace (unshare --user): X servers failed to
            # compile their keymap there, and the xcb kiosk needs cage's Xwayland.
            for path in [self.folder, *self.folder.rglob("*")]:
                os.chown(path, NOBODY, NOBODY)
            # It keeps the right to look through folders (CAP_DAC_READ_SEARCH) and only that, since
            # the test's Python may live in root's home.
            command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                       "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search", *command]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, env=env, cwd=self.folder, stdout=log,
                                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                            start_new_session=True)
        width, height = OUTPUT
        self.wait(lambda s: s["window"] == [0, 0, width, height] and s["settled"],
                  "the kiosk fills cage's output", timeout)
        if self.platform == "xcb":
            assert re.search(r'"xwayland-pointer:\d+"', self.log_text()), (
                "the xcb kiosk is not on cage's Xwayland (cage sets DISPLAY for it)\n" + self.log_text())
        self.x.still()
        return self

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return self.process.returncode

    def grim(self, out: Path) -> Shot:
        """cage's own copy of its output (wlr-screencopy), as grim writes it (PPM: no decoder needed)."""
        env = {**os.environ, "XDG_RUNTIME_DIR": str(self.runtime), "WAYLAND_DISPLAY": "wayland-0"}
        subprocess.run(["grim", "-t", "ppm", str(out)], check=True, timeout=30, capture_output=True, env=env)
        return read_ppm(out)


def read_ppm(path: Path) -> Shot:
    data = path.read_bytes()
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert magic == b"P6" and depth == b"255", f"{path} is not an 8-bit PPM"
    w, h = int(width), int(height)
    rgb = pixels[: w * h * 3]
    bgrx = bytearray(w * h * 4)
    bgrx[0::4], bgrx[1::4], bgrx[2::4] = rgb[2::3], rgb[1::3], rgb[0::3]
    return Shot(w, h, bytes(bgrx))


def pointer_pixels(x: XServer) -> int:
    """How many pixels of the mouse pointer the X server draws now (XFixes' cursor image).

    cage's X11 output shows the Wayland cursor the kiosk set (wl_pointer.set_cursor) as the
    X cursor of its window, with a transparent cursor when the kiosk set none; so this is
    the pointer a patient would see over the kiosk.
    """
    x.conn.xfixes_query_version()
    image = x.conn.xfixes_get_cursor_image(x.conn.screen().root)
    return sum(1 for pixel in image.cursor_image if (pixel >> 24) & 0xFF)


# -- a real touch screen: Xorg's inputtest driver ------------------------------------------------

XORG_CONF = """\
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoAddGPU" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 32768
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "{w}x{h}" 65.00 {w} 1048 1184 1344 {h} 771 777 806 -hsync -vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Modes "{w}x{h}"
    Virtual {w} {h}
  EndSubSection
EndSection
Section "InputDevice"
  Identifier "touchscreen"
  Driver "inputtest"
  Option "SocketPath" "{socket}"
  Option "DeviceType" "Touch"
EndSection
Section "ServerLayout"
  Identifier "layout"
  Screen "screen"
  InputDevice "touchscreen"
EndSection
"""
INPUTTEST = Path("/usr/lib/xorg/modules/input/inputtest_drv.so")


class TouchXServer(XServer):
    """Xorg with the dummy screen and a touch screen from the ``inputtest`` driver (in
    xserver-xorg-core): the driver turns what is written to its socket into the XI2 touch
    events of a direct-touch device, as the X server gets them from a real touch screen."""

    def __init__(self, width: int, height: int, folder: Path) -> None:
        super().__init__(width, height)
        self.folder = folder
        self.socket_path = folder / "touch.sock"
        self.touch: socket.socket | None = None

    def command(self, displayfd: int) -> list[str]:
        config = self.folder / "xorg.conf"
        config.write_text(XORG_CONF.format(w=self.width, h=self.height, socket=self.socket_path))
        return ["Xorg", "-displayfd", str(displayfd), "-config", str(config), "-noreset", "-nolisten",
                "tcp", "-novtswitch", "-sharevts", "-logfile", str(self.folder / "Xorg.log")]

    def start(self) -> TouchXServer:
        super().start()
        deadline = time.monotonic() + 20
        while not self.socket_path.exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the inputtest driver made no socket; see {self.folder / 'Xorg.log'}")
            time.sleep(0.05)
        self.touch = socket.socket(socket.AF_UNIX)
        self.touch.connect(str(self.socket_path))
        self._send(0, struct.pack("=HH", 1, 1))  # the client's protocol version: 1.1
        self._read(12)  # the driver's version
        return self

    def stop(self) -> None:
        if self.touch is not None:
            self.touch.close()
            self.touch = None
        super().stop()

    def _send(self, kind: int, body: bytes) -> None:
        assert self.touch is not None
        self.touch.sendall(struct.pack("=II", 8 + len(body), kind) + body)

    def _read(self, size: int) -> bytes:
        assert self.touch is not None
        data = b""
        while len(data) < size:
            piece = self.touch.recv(size - len(data))
            if not piece:
                raise RuntimeError("the inputtest driver closed its socket")
            data += piece
        return data

    def finger(self, phase: int, x: int, y: int, touch_id: int = 1) -> None:
        """One XI2 touch event (18 begin, 19 update, 20 end) at screen pixel x, y; waits until
        the X server has handled it."""
        mask = bytes([0b11]) + bytes(7)  # valuators 0 and 1: MT position x and y
        values = [0.0] * 64
        values[0] = x * 0xFFFF / (self.width - 1)  # the driver's axes run 0..0xffff over the screen
        values[1] = y * 0xFFFF / (self.height - 1)
        valuators = struct.pack("=I8s4x", 0, mask) + struct.pack("=64d", *values) + bytes(64 * 8)
        self._send(6, struct.pack("=II", touch_id, phase) + valuators)
        self._send(1, b"")  # wait for sync
        self._read(8)

    def touch_tap(self, x: int, y: int, hold: float = 0.08) -> None:
        self.finger(18, x, y)
        time.sleep(hold)
        self.finger(20, x, y)
