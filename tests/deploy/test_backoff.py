"""kiosk-session.sh's own back-off, which works on every systemd version (Debian 12 has 252,
without RestartSteps=): the first failure restarts at once, a kiosk that keeps failing right
after it starts waits 2, 4, 8, 16, 32, then 60 s, and a staff exit or a long run starts again.

cage and sleep are stand-ins on PATH here (cage runs its program, sleep writes down how long
it was asked to wait), so the script's own logic is what is tested, without waiting.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.deploy.conftest import REPO, clean_env

SESSION = REPO / "assets" / "deploy" / "kiosk-session.sh"


def stand_ins(folder: Path) -> Path:
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    (bin_dir / "cage").write_text('#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done\nshift\n"$@"\nexit 0\n')
    (bin_dir / "sleep").write_text(f'#!/bin/sh\necho "$1" >> "{folder}/slept"\n')
    (bin_dir / "kiosk").write_text(f'#!/bin/sh\nexit "$(cat "{folder}/code")"\n')
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return bin_dir


def start(folder: Path, bin_dir: Path, code: int, healthy_after: int = 60) -> tuple[int, str | None]:
    """One start of the session (as systemd does after RestartSec=), the kiosk exiting ``code``:
    the session's exit code and how long it waited first (None: it did not wait)."""
    (folder / "code").write_text(str(code))
    slept = folder / "slept"
    slept.unlink(missing_ok=True)
    env = clean_env(PATH=f"{bin_dir}:/usr/bin:/bin", XDG_RUNTIME_DIR=str(folder / "session"),
                    RUNTIME_DIRECTORY=str(folder / "run-kiosk"), KIOSK_BIN=str(bin_dir / "kiosk"),
                    KIOSK_HEALTHY_AFTER=str(healthy_after))
    (folder / "session").mkdir(exist_ok=True)
    (folder / "run-kiosk").mkdir(exist_ok=True)
    done = subprocess.run(["/bin/sh", str(SESSION)], env=env, capture_output=True, text=True, timeout=30)
    return done.returncode, slept.read_text().strip() if slept.exists() else None


def test_quick_failures_back_off_to_60_s_and_a_staff_exit_starts_again(tmp_path: Path) -> None:
    bin_dir = stand_ins(tmp_path)
    waits = [start(tmp_path, bin_dir, 137) for _ in range(8)]
    assert [code for code, _ in waits] == [137] * 8, "the session hands back the kiosk's code"
    assert [wait for _, wait in waits] == [None, None, "2", "4", "8", "16", "32", "60"], (
        "the first restart is at once (back within 5 s of a crash), then it backs off to 60 s")
    assert start(tmp_path, bin_dir, 0) == (0, "60"), "a staff exit after the failures"
    assert start(tmp_path, bin_dir, 1) == (1, None), "after a staff exit the count starts again"


def test_a_kiosk_that_ran_a_while_before_failing_is_back_at_once(tmp_path: Path) -> None:
    bin_dir = stand_ins(tmp_path)
    for _ in range(4):
        start(tmp_path, bin_dir, 70)
    assert start(tmp_path, bin_dir, 70)[1] == "8", "a kiosk failing quickly again and again"
    # A run longer than KIOSK_HEALTHY_AFTER (here 0 s, so any run) counts as healthy.
    assert start(tmp_path, bin_dir, 70, healthy_after=0)[1] == "16"
    assert start(tmp_path, bin_dir, 70)[1] is None, "after a long run, a failure restarts at once"
