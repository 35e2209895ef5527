"""Many kiosks, one content source: a good commit goes live, a broken one never does.

The update script (assets/deploy/kiosk-content-update.sh, what the timer runs) pulls from a
local bare git repository, as a kiosk would from the clinic group's server.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.core.startup import load_packs_counted
from tests.conftest import WindowMaker
from tests.deploy.conftest import REPO, Installed, clean_env, run
from tests.ui.test_live_content import start

SCRIPT = REPO / "assets" / "deploy" / "kiosk-content-update.sh"
BROKEN_PAGE = ("---\nid: aftercare\nkind: section\norder: 9\ntitel: Aftercare\n"
               "summary: What to do.\n---\nRest.\n")


class Source:
    """The clinic group's content repository and one person's working copy of it."""

    def __init__(self, folder: Path) -> None:
        self.origin = folder / "content.git"
        self.work = folder / "work"
        git("init", "--quiet", "--bare", "--initial-branch=main", str(self.origin))
        git("clone", "--quiet", str(self.origin), str(self.work))
        for language in ("en", "es"):
            shutil.copytree(REPO / "content" / language, self.work / language)
        self.commit("The bundled content")

    def commit(self, message: str) -> str:
        git("-C", str(self.work), "add", "--all")
        git("-C", str(self.work), "-c", "user.name=Clinic", "-c", "user.email=it@clinic.example",
            "commit", "--quiet", "-m", message)
        git("-C", str(self.work), "push", "--quiet", "origin", "HEAD:main")
        return git("-C", str(self.work), "rev-parse", "--short=12", "HEAD")

    def edit(self, page: str, old: str, new: str) -> None:
        path = self.work / page
        text = path.read_text("utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), "utf-8")


def git(*args: str) -> str:
    done = subprocess.run(["git", *args], capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


class Kiosk:
    """One kiosk PC's content folder, updated by the script."""

    def __init__(self, folder: Path, installed: Installed, origin: Path) -> None:
        self.live = folder / "var" / "content"
        self.env = clean_env(KIOSK_CONTENT_REPO=str(origin), KIOSK_CONTENT_LIVE=str(self.live),
                             KIOSK_BIN=str(installed.kiosk), KIOSK_CONTENT_CONF=str(folder / "none.conf"),
                             HOME=str(folder))

    def update(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["sh", str(SCRIPT)], capture_output=True, text=True, timeout=300, env=self.env)

    def target(self) -> str:
        return str(self.live.readlink())


@pytest.fixture
def source(tmp_path: Path) -> Source:
    return Source(tmp_path / "server")


@pytest.fixture
def kiosk(tmp_path: Path, installed: Installed, source: Source) -> Kiosk:
    return Kiosk(tmp_path / "pc", installed, source.origin)


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".git" not in p.parts}


def test_a_good_commit_goes_live_by_one_symlink_swap(
    source: Source, kiosk: Kiosk, installed: Installed
) -> None:
    first = kiosk.update()
    assert first.returncode == 0, first.stderr
    assert kiosk.live.is_symlink() and files(kiosk.live) == files(source.work)

    source.edit("en/home.md", "title: Microneedling", "title: Microneedling at our clinic")
    commit = source.commit("A friendlier title")
    done = kiosk.update()
    assert done.returncode == 0, done.stderr
    assert f"content {commit} is live" in done.stderr
    assert kiosk.target().endswith(commit)
    assert "Microneedling at our clinic" in (kiosk.live / "en" / "home.md").read_text("utf-8")
    assert files(kiosk.live) == files(source.work)
    assert run([installed.kiosk, "check", kiosk.live]).returncode == 0
    assert sorted(p.name for p in (kiosk.live.parent / "content.releases").iterdir()) == [commit]

    again = kiosk.update()
    assert again.returncode == 0 and "already live" in again.stderr


def test_a_broken_commit_never_goes_live_and_the_log_and_check_say_why(
    source: Source, kiosk: Kiosk, installed: Installed
) -> None:
    assert kiosk.update().returncode == 0
    good = kiosk.target()
    (source.work / "en" / "aftercare.md").write_text(BROKEN_PAGE)
    commit = source.commit("A page with a typo in its header")
    done = kiosk.update()
    assert done.returncode == 1
    assert f"content {commit} is NOT installed" in done.stderr
    assert "aftercare.md" in done.stderr and "titel" in done.stderr, done.stderr
    assert kiosk.target() == good, "the live pack is the last good one"
    assert not (kiosk.live / "en" / "aftercare.md").exists()
    staging = kiosk.live.parent / "content.staging"
    check = run([installed.kiosk, "check", staging], check=False)
    assert check.returncode == 1 and "aftercare.md" in check.stdout + check.stderr

    # The fix reaches the kiosk on the next run.
    (source.work / "en" / "aftercare.md").unlink()
    fixed = source.commit("Remove the broken page")
    assert kiosk.update().returncode == 0 and kiosk.target().endswith(fixed)


def test_the_running_kiosk_takes_the_update_at_its_next_idle_reset(
    qtbot: QtBot, source: Source, kiosk: Kiosk, make_window: WindowMaker
) -> None:
    assert kiosk.update().returncode == 0
    window, watcher = start(make_window, kiosk.live, windowed=False)
    source.edit("en/home.md", "title: Microneedling", "title: Microneedling at our clinic")
    source.edit("en/does-it-hurt.md", "title: Does it hurt?", "title: Will it hurt?")
    source.commit("Two new titles")
    # The kiosk notices the swap when the old release folder it watches is deleted; the
    # reload then runs on a worker thread. A generous bound: a loaded CI machine is slow.
    with qtbot.waitSignal(watcher.reloaded, timeout=30_000):
        assert kiosk.update().returncode == 0
    tile = window.home.tiles["does-it-hurt"]
    assert tile.title_label.text() == "Does it hurt?", "not in front of a patient"
    window.reset_for_next_patient()
    assert window.home.tiles["does-it-hurt"].title_label.text() == "Will it hurt?"
    assert load_packs_counted(kiosk.live, "en")[1] == 0
