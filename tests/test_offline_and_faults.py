"""No network, no stray files, and faults that must not stop the kiosk."""

from __future__ import annotations

import errno
import logging
import logging.handlers
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.content.check import check_content
from kiosk.core.config import Config
from kiosk.core.logs import setup_logging
from tests.conftest import WindowMaker

_watching: list[list[str]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching and event == "open" and isinstance(args[0], (str, Path)):
        _watching[-1].append(str(args[0]))


sys.addaudithook(_audit)


def test_a_whole_visit_opens_no_socket_and_no_file_outside_its_own(
    qtbot: QtBot, content: Path, assets: Path, monkeypatch: pytest.MonkeyPatch, make_window: WindowMaker
) -> None:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("the kiosk must not use the network")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    opened: list[str] = []
    _watching.append(opened)
    try:
        packs = {lang: r.pack for lang, r in check_content(content, assets).packs.items()}
        config = Config(speech_engine="mock", take_home_url="https://clinic.example/learn")
        window = make_window(packs, config)
        for language in packs:
            window.set_language(language)
            for page in ["home", *(p.id for p in window.pack.pages if p.kind.value != "home")]:
                window.open_page(page)
                window.read_aloud()
                window.grab()
        window.reset_for_next_patient()
    finally:
        _watching.pop()
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
    allowed = [str(content.resolve()), str(assets.resolve()), sys.prefix, sys.base_prefix,
               str(Path(__file__).resolve().parent.parent), tempfile.gettempdir(), "/dev/null"]
    strays = [path for path in opened if not any(str(Path(path).resolve()).startswith(a) for a in allowed)]
    assert strays == []


def test_log_folder_that_cannot_be_written_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    try:
        assert setup_logging(log_dir=blocker) is None
        logging.getLogger("kiosk").warning("still logging")
    finally:
        setup_logging(to_file=False)
    err = capsys.readouterr().err
    assert "cannot write logs" in err and "still logging" in err


def test_a_full_disk_does_not_stop_logging_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = setup_logging(log_dir=tmp_path)
    assert path is not None
    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handler, "emit", lambda record: handler.handleError(record))
    monkeypatch.setattr(handler.stream, "write", full)
    try:
        logging.getLogger("kiosk").warning("first after the disk filled")
        logging.getLogger("kiosk").warning("second after the disk filled")
    finally:
        setup_logging(to_file=False)
    err = capsys.readouterr().err
    assert err.count("cannot write the log file") == 1
    assert "second after the disk filled" in err


def test_missing_or_unreadable_content_folder_gives_a_clear_message(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "--content", str(tmp_path / "gone"),
                             "--windowed"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert "no page" in result.stderr and "Traceback" not in result.stderr
