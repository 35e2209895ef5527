"""Real X displays for the real-display tests and the tour: Xvfb, real input through the X
server (XTest, via python-xlib) and screenshots read back from the X server.

Nothing here imports the kiosk: the kiosk runs as its own process (``.venv/bin/kiosk``) and
is seen only through the screen, the X input it gets, its exit code, its log, and the test
probe it writes when KIOSK_PROBE is set (see kiosk/ui/input/probe.py).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
SIZES = ((1920, 1080), (1080, 1920), (1366, 768))
"""The screens every real-display test runs on: landscape, portrait, a small laptop."""


def missing() -> str | None:
    """Why the real-display tier cannot run here, or None when it can."""
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (apt-get install xvfb)"
    try:
        import Xlib.display  # noqa: F401
        from Xlib.ext import xtest  # noqa: F401
    except ImportError:
        return "python-xlib is not installed (pip install -e '.[test]')"
    return None


# -- pictures -------------------------------------------------------------------------------

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Shot:
    """A screenshot: ``width`` x ``height`` pixels, 4 bytes each (B, G, R, unused)."""

    width: int
    height: int
    data: bytes

    def pixel(self, x: int, y: int) -> RGB:
        at = (y * self.width + x) * 4
        b, g, r = self.data[at : at + 3]
        return r, g, b

    def row(self, y: int, x0: int = 0, x1: int | None = None, step: int = 1) -> list[RGB]:
        x1 = self.width if x1 is None else x1
        start = (y * self.width + x0) * 4
        end = (y * self.width + x1) * 4
        blue = self.data[start:end:4 * step]
        green = self.data[start + 1 : end : 4 * step]
        red = self.data[start + 2 : end : 4 * step]
        return list(zip(red, green, blue, strict=True))

    def grid(self, step: int) -> list[RGB]:
        """Every ``step``-th pixel of every ``step``-th row (a quick sample of the screen)."""
        out: list[RGB] = []
        for y in range(0, self.height, step):
            out.extend(self.row(y, step=step))
        return out

    def region(self, box: Sequence[int]) -> bytes:
        x, y, w, h = box
        return b"".join(
            self.data[((y + dy) * self.width + x) * 4 : ((y + dy) * self.width + x + w) * 4]
            for dy in range(h)
        )

    def colours(self) -> set[RGB]:
        return set(self.grid(7))

    def differing_share(self, other: Shot, step: int = 7) -> float:
        """The share of sampled pixels (every ``step``-th of every ``step``-th row) that differ
        from ``other``'s; 1.0 when the sizes differ."""
        if (self.width, self.height) != (other.width, other.height):
            return 1.0
        if self.data == other.data:
            return 0.0
        mine, theirs = self.grid(step), other.grid(step)
        return sum(a != b for a, b in zip(mine, theirs, strict=True)) / len(mine)

    def save_png(self, path: Path) -> None:
        """An RGB PNG, written with zlib alone (no imaging library needed)."""
        rows = bytearray()
        for y in range(self.height):
            line = self.data[y * self.width * 4 : (y + 1) * self.width * 4]
            rgb = bytearray(self.width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[2::4], line[1::4], line[0::4]
            rows += b"\0" + rgb

        def chunk(kind: bytes, body: bytes) -> bytes:
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                         + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))


def distance(a: RGB, b: RGB) -> int:
    return sum(abs(p - q) for p, q in zip(a, b, strict=True))


# -- the X server -----------------------------------------------------------------------------


class XServer:
    """An Xvfb of one size, with XTest input and root-window screenshots."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""
        self.conn: Any = None

    def start(self) -> XServer:
        import Xlib.display

        read, write = os.pipe()
        self.process = subprocess.Popen(
            self.command(write), pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read], [], [], left)[0]:
                self.stop()
                raise RuntimeError(f"{self.command(write)[0]} did not start within 20 s")
            piece = os.read(read, 16)
            if not piece:
                self.stop()
                raise RuntimeError(f"{self.command(write)[0]} exited at start")
            number += piece
        os.close(read)
        self.display = f":{number.decode().strip()}"
        self.conn = Xlib.display.Display(self.display)
        return self

    def command(self, displayfd: int) -> list[str]:
        """The X server to run; it writes its display number to ``displayfd``."""
        return ["Xvfb", "-displayfd", str(displayfd), "-screen", "0", f"{self.width}x{self.height}x24",
                "-nolisten", "tcp", "-noreset", "-dpi", "96"]

    def stop(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # -- input, through the X server as a real mouse or keyboard would send it

    def _fake(self, kind: int, detail: int = 0, x: int = 0, y: int = 0) -> None:
        from Xlib.ext import xtest

        if kind == 6:  # MotionNotify
            xtest.fake_input(self.conn, kind, x=x, y=y)
        else:
            xtest.fake_input(self.conn, kind, detail)
        self.conn.sync()

    def move(self, x: int, y: int) -> None:
        self._fake(6, x=x, y=y)

    def press(self, x: int, y: int) -> None:
        self.move(x, y)
        self._fake(4, 1)  # ButtonPress

    def release(self) -> None:
        self._fake(5, 1)  # ButtonRelease

    def tap(self, x: int, y: int, hold: float = 0.08) -> None:
        self.press(x, y)
        time.sleep(hold)  # a finger stays down a moment
        self.release()

    def hold(self, x: int, y: int, seconds: float) -> None:
        self.press(x, y)
        time.sleep(seconds)
        self.release()

    def swipe(self, start: tuple[int, int], end: tuple[int, int], steps: int = 12) -> None:
        (x0, y0), (x1, y1) = start, end
        self.press(x0, y0)
        for step in range(1, steps + 1):
            time.sleep(0.015)
            self.move(x0 + (x1 - x0) * step // steps, y0 + (y1 - y0) * step // steps)
        time.sleep(0.03)
        self.release()

    def key(self, combo: str) -> None:
        """Press and release keys like xdotool does: "alt+F4", "ctrl+w", "Escape"."""
        from Xlib import XK

        names = {"alt": "Alt_L", "ctrl": "Control_L", "shift": "Shift_L"}
        codes = []
        for part in combo.split("+"):
            keysym = XK.string_to_keysym(names.get(part.lower(), part))
            code = self.conn.keysym_to_keycode(keysym)
            if not code:
                raise ValueError(f"no key for {part!r} on this X server")
            codes.append(code)
        for code in codes:
            self._fake(2, code)  # KeyPress
        time.sleep(0.03)
        for code in reversed(codes):
            self._fake(3, code)  # KeyRelease

    # -- reading the screen back

    def shot(self) -> Shot:
        from Xlib import X

        root = self.conn.screen().root
        image = root.get_image(0, 0, self.width, self.height, X.ZPixmap, 0xFFFFFFFF)
        return Shot(self.width, self.height, bytes(image.data))

    def still(self, timeout: float = 8.0, gap: float = 0.12) -> Shot:
        """The screen once two looks ``gap`` seconds apart agree (nothing is moving)."""
        deadline = time.monotonic() + timeout
        last = self.shot()
        while True:
            time.sleep(gap)
            now = self.shot()
            if now.data == last.data or time.monotonic() > deadline:
                return now
            last = now


# -- the kiosk ---------------------------------------------------------------------------------


def kiosk_command() -> list[str]:
    beside = Path(sys.executable).parent / "kiosk"
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "kiosk"]


class Kiosk:
    """The real kiosk, fullscreen in kiosk mode on ``x``, with a config written from ``settings``.

    ``command`` starts it instead of ``kiosk`` (it gets ``--config FILE`` added), for a test that
    runs the kiosk through a wrapper of its own.
    """

    def __init__(self, x: XServer, folder: Path, settings: dict[str, Any],
                 command: Sequence[str] | None = None) -> None:
        self.x = x
        self.folder = folder
        self.command = list(command) if command else kiosk_command()
        self.settings = {"speech_engine": "mock", **settings}
        self.probe = folder / "probe.jsonl"
        self.log = folder / "kiosk.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 40.0) -> Kiosk:
        self.folder.mkdir(parents=True, exist_ok=True)
        config = self.folder / "kiosk.toml"
        config.write_text("".join(f"{key} = {json.dumps(value)}\n" for key, value in self.settings.items()))
        self.probe.write_text("")
        env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "KIOSK_"))}
        env.update(
            DISPLAY=self.x.display,
            QT_QPA_PLATFORM="xcb",
            KIOSK_PROBE=str(self.probe),
            XDG_CONFIG_HOME=str(self.folder / "config"),
            XDG_DATA_HOME=str(self.folder / "data"),
            XDG_STATE_HOME=str(self.folder / "state"),
            XDG_CACHE_HOME=str(self.folder / "cache"),
        )
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [*self.command, "--config", str(config)], env=env, cwd=self.folder,
                stdout=log, stderr=subprocess.STDOUT,
            )
        self.wait(lambda s: s["fullscreen"] and s["window"][2:] == [self.x.width, self.x.height]
                  and s["settled"], "the kiosk fills the screen", timeout)
        self.x.still()
        return self

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def state(self) -> dict[str, Any]:
        text = self.probe.read_text("utf-8")
        whole = text[: text.rfind("\n") + 1]  # the kiosk may be half-way through a line
        lines = whole.splitlines()
        return json.loads(lines[-1]) if lines else {}

    def wait(self, ready: Callable[[dict[str, Any]], bool], what: str, timeout: float = 10.0,
             ) -> dict[str, Any]:
        """The probe's state once ``ready`` says so; fails with the last state and the log."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.state()
            try:
                if state and ready(state):
                    return state
            except (KeyError, IndexError, TypeError):
                pass
            if not self.alive():
                raise AssertionError(f"the kiosk exited ({self.process and self.process.returncode}) "
                                     f"while waiting for: {what}\n{self.log_text()}")
            if time.monotonic() > deadline:
                short = {k: v for k, v in state.items() if k != "controls"}
                raise AssertionError(f"timed out waiting for: {what}; last state {short}\n"
                                     f"{self.log_text()[-3000:]}")
            time.sleep(0.05)

    def settled(self, what: str = "the screen settles", timeout: float = 10.0) -> Shot:
        self.wait(lambda s: s["settled"], what, timeout)
        return self.x.still()

    def log_text(self) -> str:
        return self.log.read_text("utf-8", "replace") if self.log.exists() else ""

    def controls(self, state: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return list((state or self.state())["controls"])

    def control(self, name: str, state: dict[str, Any] | None = None) -> dict[str, Any]:
        """The visible control whose accessible name (or text, or page id) is ``name``."""
        found = [c for c in self.controls(state) if name in (c["name"], c["page_id"], c["object"])]
        if not found:
            names = [c["name"] for c in self.controls(state)]
            raise AssertionError(f"no visible control {name!r} on screen; there are {names}")
        return found[0]


def centre(rect: Sequence[int]) -> tuple[int, int]:
    x, y, w, h = rect
    return x + w // 2, y + h // 2


K = TypeVar("K", bound=Kiosk)


@contextmanager
def started(x: XServer, make: Callable[[XServer], K]) -> Iterator[K]:
    """The X server ``x`` started, with the kiosk ``make`` gives for it started on it; both
    stopped afterwards, also when the kiosk fails to start."""
    x.start()
    kiosk: K | None = None
    try:
        kiosk = make(x)
        kiosk.start()
        yield kiosk
    finally:
        if kiosk is not None:
            kiosk.stop()
        x.stop()


@contextmanager
def running(width: int, height: int, folder: Path, settings: dict[str, Any],
            command: Sequence[str] | None = None) -> Iterator[Kiosk]:
    """An Xvfb of this size with the kiosk on it; both stopped afterwards."""
    with started(XServer(width, height), lambda x: Kiosk(x, folder, settings, command)) as kiosk:
        yield kiosk
