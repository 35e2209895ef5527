"""The wheel built from this checkout, installed into a clean venv outside the repository.

Built once per test run and shared by the packaging, session and content-update tests.
The folders are made world-readable (0755) so the session test can run the kiosk as an
unprivileged user when the suite runs as root (cage refuses to run as root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.realdisplay.xserver import Shot

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Installed:
    wheel: Path
    build_output: str
    venv: Path
    scratch: Path
    """A world-readable temp folder outside the repository for the tests' own files."""

    @property
    def kiosk(self) -> Path:
        return self.venv / "bin" / "kiosk"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a fresh shell: no PYTHONPATH, no venv, this checkout out of reach."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("PYTEST")}
    env["PATH"] = ":".join(p for p in env.get("PATH", "").split(":") if p and not p.startswith(str(REPO)))
    env.update(extra)
    return env


def run(command: list[str | Path], *, timeout: float = 900, check: bool = True,
        cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=timeout,
                          cwd=cwd, env=env or clean_env())
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, command))} exited {done.returncode}\n"
                             f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return done


def home_snapshot(installed: Installed, home: Path, size: tuple[int, int]) -> Shot:
    """Home as the installed kiosk renders it offscreen at ``size``, with the config in
    ``home`` (as $HOME): the oracle for what a kiosk session's screen must show."""
    from PySide6.QtGui import QImage

    out = home / "snapshot"
    env = clean_env(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for key in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        env.pop(key, None)
    run([installed.kiosk, "snapshot", "--page", "home", "--size", "x".join(map(str, size)), "--out", out],
        env=env, cwd=home)
    image = QImage(str(out / "home.png")).convertToFormat(QImage.Format.Format_RGB32)
    shot = Shot(image.width(), image.height(), bytes(image.constBits()))
    assert (shot.width, shot.height) == size and len(set(shot.grid(11))) > 50, "the reference Home is blank"
    return shot


def build_wheel(out: Path, scratch: Path) -> tuple[Path, str]:
    """Build the wheel the way pip does (PEP 517, hatchling in its own env), warnings as errors."""
    builder = scratch / "build-env"
    run([sys.executable, "-m", "venv", builder])
    run([builder / "bin/python", "-m", "pip", "install", "--quiet", "hatchling>=1.26"])
    done = run([builder / "bin/python", "-W", "error", "-c",
                "import sys, hatchling.build as b; print(b.build_wheel(sys.argv[1]))", out], cwd=REPO)
    return out / done.stdout.strip().splitlines()[-1], done.stderr


@pytest.fixture(scope="session")
def installed() -> Iterator[Installed]:
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-wheel-"))
    scratch.chmod(0o755)
    try:
        wheel, output = build_wheel(scratch / "dist", scratch)
        venv = scratch / "venv"
        run([sys.executable, "-m", "venv", venv])
        run([venv / "bin/python", "-m", "pip", "install", "--quiet", wheel])
        yield Installed(wheel, output, venv, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
