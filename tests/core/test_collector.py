"""Python's garbage collector at start (kiosk/core/collector.py): held while the kiosk
starts, back on afterwards with what start-up made frozen, never left off."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import collector


@pytest.fixture(autouse=True)
def collector_as_found() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    collector._held = False
    gc.unfreeze()
    if was_on:
        gc.enable()


def test_held_then_released_the_collector_is_on_again_with_start_up_frozen() -> None:
    gc.enable()
    collector.hold()
    assert not gc.isenabled()
    made = [[n] for n in range(1000)]
    collector.release(settle=False)
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made), "what start-up made is not walked again"


def test_a_settled_release_collects_start_up_garbage_before_it_freezes() -> None:
    gc.enable()
    collector.hold()

    class Cycle:
        pass

    garbage = Cycle()
    garbage.me = garbage  # type: ignore[attr-defined]
    del garbage
    collector.release(settle=True)
    assert not [o for o in gc.get_objects() if type(o).__name__ == "Cycle"]
    assert gc.isenabled()


def test_release_without_hold_changes_nothing() -> None:
    gc.disable()  # turned off by someone else: not ours to turn on
    collector.hold()
    collector.release(settle=False)
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    gc.enable()
    collector.release(settle=True)
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_command_holds_it_from_its_first_line_and_ends_with_it_on(tmp_path: Path) -> None:
    """`python -m kiosk snapshot`, in a process of its own: off while it starts, on once it has
    drawn its first frame."""
    repo = Path(__file__).resolve().parents[2]
    code = ("import gc, runpy, sys\n"
            "import kiosk.commands.snapshot as snap\n"
            "seen = []\n"
            "real = snap.run_snapshot\n"
            "def spy(args, config):\n"
            "    seen.append(gc.isenabled())\n"
            "    code = real(args, config)\n"
            "    seen.append(gc.isenabled())\n"
            "    print('collector', seen, flush=True)\n"
            "    return code\n"
            "snap.run_snapshot = spy\n"
            f"sys.argv = ['kiosk', 'snapshot', '--page', 'home', '--out', {str(tmp_path)!r}]\n"
            "runpy.run_module('kiosk', run_name='__main__')\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo,
                          env=env, timeout=120)
    assert "collector [False, True]" in done.stdout, done.stderr
