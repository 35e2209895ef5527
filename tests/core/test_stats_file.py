"""One rule for a usage file the kiosk cannot use: the file is left exactly as it is,
counting goes on in memory, the log says why (a full disk by name), and `kiosk stats`
still shows every earlier count. Each way a file can be unusable is made for real
where the machine allows it (permissions, a tiny full tmpfs), and injected otherwise."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.stats import UsageCounts
from tests.conftest import FakeClock
from tests.core.test_stats import counts_of

EARLIER = {("page_view", "en/home"): 5, ("quiz_right", "es/q1"): 2}


def earlier_counts(path: Path, clock: FakeClock) -> bytes:
    """A usage file with EARLIER in it, as yesterday's kiosk left it; returns its bytes."""
    with UsageCounts(path, clock.wall) as counts:
        for _ in range(5):
            counts.page_view("home", "en")
        counts.quiz_answer("q1", True, "es")
        counts.quiz_answer("q1", True, "es")
    assert counts_of(path) == EARLIER
    return path.read_bytes()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "kiosk" / "usage.sqlite3"


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "kiosk.core.stats" and r.levelno >= logging.WARNING]


# --- damaged files and files that are not ours ------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"\x00\xffnot a database at all\x13" * 200, b"SQLite format 3\x00" + b"\xee" * 4000],
    ids=["garbage", "damaged-sqlite"],
)
def test_a_damaged_file_is_left_as_it_is_and_counting_goes_on_in_memory(
    path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="kiosk.core.stats"):
        counts = UsageCounts(path, clock.wall)
        counts.page_view("home", "en")
        counts.flush()
        counts.page_view("home", "en")
        counts.flush()
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == ["usage.sqlite3"]  # nothing set aside
    assert counts.unsaved == 2
    [warning] = warnings_of(caplog)  # one line, not one a minute
    assert str(path) in warning and "left as it is" in warning and "in memory" in warning
    assert "not a database" in warning or "damaged" in warning or "malformed" in warning


def test_a_file_damaged_while_the_kiosk_runs_keeps_its_bytes(path: Path, clock: FakeClock) -> None:
    counts = UsageCounts(path, clock.wall)
    counts.page_view("home", "en")
    counts.flush()
    path.write_bytes(b"garbage!" * 1000)
    counts.page_view("safety", "en")
    counts.flush()
    counts.close()
    assert path.read_bytes() == b"garbage!" * 1000
    assert counts.unsaved == 1


def test_a_sqlite_file_of_another_program_is_not_written_into(
    path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    path.parent.mkdir(parents=True)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE visits (visitor TEXT, seconds INTEGER)")
    other.execute("INSERT INTO visits VALUES ('someone', 30)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with caplog.at_level(logging.WARNING, logger="kiosk.core.stats"), UsageCounts(path, clock.wall) as counts:
        counts.language_chosen("en")
    assert path.read_bytes() == before
    assert "not a usage-count file" in warnings_of(caplog)[0]


def test_a_folder_where_the_file_should_be_is_left_alone(path: Path, clock: FakeClock) -> None:
    path.mkdir(parents=True)
    (path / "keep.txt").write_text("staff notes")
    with UsageCounts(path, clock.wall) as counts:
        counts.language_chosen("es")
        counts.flush()
        assert counts.problem is not None
    assert (path / "keep.txt").read_text() == "staff notes"
    assert sorted(p.name for p in path.parent.iterdir()) == ["usage.sqlite3"]


def test_a_file_where_the_folder_should_be_means_memory_and_one_warning(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="kiosk.core.stats"):
        counts = UsageCounts(blocker / "usage.sqlite3", clock.wall)
        for _ in range(3):
            counts.page_view("home", "en")
            counts.flush()
    assert counts.unsaved == 3
    assert len(warnings_of(caplog)) == 1
    assert blocker.read_text() == "a file where the folder should be"


# --- files and folders the kiosk may not write -------------------------------------------

CHILD = textwrap.dedent(
    """
    import logging, sys
    from datetime import datetime
    from pathlib import Path
    from kiosk.core.stats import UsageCounts

    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(levelname)s %(message)s")
    counts = UsageCounts(Path(sys.argv[1]), lambda: datetime(2025, 3, 5, 10, 0))
    for _ in range(3):
        counts.page_view("safety", "es")
        counts.flush()
    print("UNSAVED", counts.unsaved)
    """
)


def count_without_write_rights(path: Path) -> str:
    """Count and flush in a child process that has no right to write what the test made
    read-only (as root, the child gives up the power to ignore file permissions)."""
    command = [sys.executable, "-c", CHILD, str(path)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv (util-linux), cannot drop root's file rights")
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_read_only_file_is_left_as_it_is_and_the_report_keeps_every_count(
    path: Path, clock: FakeClock
) -> None:
    before = earlier_counts(path, clock)
    path.chmod(0o444)
    try:
        out = count_without_write_rights(path)
    finally:
        path.chmod(0o644)
    assert "UNSAVED 3" in out
    assert out.count("WARNING") == 1 and "readonly" in out.lower() and "left as it is" in out
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["usage.sqlite3"]
    assert counts_of(path) == EARLIER  # `kiosk stats` loses nothing


def test_a_read_only_folder_is_left_as_it_is(path: Path, clock: FakeClock) -> None:
    before = earlier_counts(path, clock)
    path.parent.chmod(0o555)  # the file may be written, but no journal can be made beside it
    try:
        out = count_without_write_rights(path)
    finally:
        path.parent.chmod(0o755)
    assert "UNSAVED 3" in out and out.count("WARNING") == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["usage.sqlite3"]
    assert counts_of(path) == EARLIER


def test_a_read_only_folder_without_a_file_counts_in_memory(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.parent.chmod(0o555)
    try:
        out = count_without_write_rights(path)
    finally:
        path.parent.chmod(0o755)
    assert "UNSAVED 3" in out and out.count("WARNING") == 1
    assert list(path.parent.iterdir()) == []


# --- a full disk ---------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB filesystem (tmpfs); needs root and mount, else the test is skipped
    (the injected tests below cover the same rule everywhere)."""
    folder = tmp_path / "tiny-disk"
    folder.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 512)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)
    return filler


def test_a_full_disk_is_named_and_every_count_is_written_once_there_is_room(
    tiny_disk: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    path = tiny_disk / "usage.sqlite3"
    before = earlier_counts(path, clock)
    filler = fill(tiny_disk)
    with caplog.at_level(logging.INFO, logger="kiosk.core.stats"):
        counts = UsageCounts(path, clock.wall)
        for day in range(1, 29):  # new rows need new pages in the file
            clock.set_wall(datetime(2025, 4, day, 10))
            for page in ("home", "safety", "does-it-hurt", "what-is-it"):
                counts.page_view(page, "en")
        counts.flush()
        assert counts.unsaved == 112
        [warning] = warnings_of(caplog)
        assert "the disk is full" in warning and ("SQLITE_FULL" in warning or "ENOSPC" in warning)
        assert "rollback" not in warning.lower()
        assert path.read_bytes() == before
        assert counts_of(path) == EARLIER
        filler.unlink()  # staff make room
        counts.flush()
    assert counts.unsaved == 0 and counts.problem is None
    assert sum(counts_of(path).values()) == sum(EARLIER.values()) + 112
    assert "can be written again" in caplog.text
    counts.close()


class FullDisk(sqlite3.Connection):
    """A connection whose every write fails as SQLite fails on a full disk."""

    def executemany(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # type: ignore[attr-defined]
        error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
        raise error


def test_sqlite_full_is_named_as_a_full_disk(
    path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = earlier_counts(path, clock)
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=FullDisk, **k))
    with caplog.at_level(logging.WARNING, logger="kiosk.core.stats"):
        counts = UsageCounts(path, clock.wall)
        counts.page_view("home", "en")
        counts.flush()
    assert "the disk is full (SQLITE_FULL" in warnings_of(caplog)[0]
    assert counts.unsaved == 1
    monkeypatch.undo()
    assert path.read_bytes() == before


def test_enospc_is_named_as_a_full_disk(
    path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    monkeypatch.setattr(Path, "mkdir", no_room)
    with caplog.at_level(logging.WARNING, logger="kiosk.core.stats"):
        counts = UsageCounts(path, clock.wall)
        counts.page_view("home", "en")
        counts.flush()
    assert "the disk is full (ENOSPC" in warnings_of(caplog)[0]


# --- flushing from a worker thread -----------------------------------------------------------


def test_counting_while_a_worker_flushes_into_a_busy_file_loses_nothing(
    path: Path, clock: FakeClock
) -> None:
    earlier_counts(path, clock)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN EXCLUSIVE")  # another program holds the file
    counts = UsageCounts(path, clock.wall)
    counts.page_view("home", "en")
    worker = threading.Thread(target=counts.flush)
    worker.start()
    for _ in range(10):
        counts.page_view("home", "en")  # the GUI thread goes on counting meanwhile
    counts.flush()  # a second flush while one runs does nothing and blocks nothing
    reader.execute("ROLLBACK")
    reader.close()
    worker.join()
    counts.close()
    assert counts_of(path)[("page_view", "en/home")] == 5 + 11
