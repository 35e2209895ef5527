"""systemd's Restart=on-failure for one ExecStart=, for tests on machines where systemd is not running.

The unit's own lines drive it: the command is the unit's ExecStart=, its Environment= lines
are added, and after the command ends with a non-zero code or a signal it starts again
RestartSec= later; a clean exit (code 0, a staff exit) ends it, as with systemd.
"""

from __future__ import annotations

import configparser
import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import IO


def read_unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path)
    return parser


def environment_lines(path: Path) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in path.read_text().splitlines():
        if line.startswith("Environment="):
            key, _, value = line.removeprefix("Environment=").partition("=")
            env[key] = value
    return env


def children(pid: int) -> list[int]:
    """Every process below ``pid`` (read from /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def command_line(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    except OSError:
        return []


class Supervisor:
    """Runs ``command`` under Restart=on-failure with ``restart_sec``, in a thread."""

    def __init__(self, command: list[str], env: dict[str, str], restart_sec: float, log: IO[str]) -> None:
        self.command = command
        self.env = env
        self.restart_sec = restart_sec
        self.log = log
        self.runs: list[subprocess.Popen[bytes]] = []
        self.exits: list[int] = []
        self.ended_at: list[float] = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        while not self._stopping.is_set():
            run = subprocess.Popen(self.command, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
            self.runs.append(run)
            code = run.wait()
            self.exits.append(code)
            self.ended_at.append(time.monotonic())
            if code == 0 or self._stopping.is_set():
                return
            self._stopping.wait(self.restart_sec)

    def kiosk_pid(self) -> int | None:
        """The kiosk's own (Python) process in the current run, if it is up."""
        if not self.runs or self.runs[-1].poll() is not None:
            return None
        for pid in children(self.runs[-1].pid):
            words = command_line(pid)
            if len(words) > 1 and "python" in Path(words[0]).name and words[1].endswith("bin/kiosk"):
                return pid
        return None

    def stop(self, timeout: float = 20) -> None:
        self._stopping.set()
        if self.runs and self.runs[-1].poll() is None:
            os.killpg(self.runs[-1].pid, signal.SIGTERM)
            try:
                self.runs[-1].wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.runs[-1].pid, signal.SIGKILL)
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
