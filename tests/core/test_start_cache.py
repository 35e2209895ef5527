"""A start with the same files as the last one reads back what that start found
(kiosk/core/start_cache.py); any change to what a start reads means a full start.

Work is counted through the loader's seam (``render_markdown``), never timed; the log of a
start from the cache is compared with the log of the full start it replays.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.content import loader
from kiosk.core import start_cache
from kiosk.core.startup import load_packs
from tests.conftest import GOOD_PAGES, PackWriter, write_pack

BROKEN_LINK = GOOD_PAGES["hurt.md"].replace("Numbing cream comes first.", "See [this](http://x.example).")


def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real: Callable[..., Any] = loader.render_markdown

    def counted(body: str, *args: Any, **kwargs: Any) -> Any:
        calls.append(body)
        return real(body, *args, **kwargs)

    monkeypatch.setattr(loader, "render_markdown", counted)
    return calls


def start(root: Path, caplog: pytest.LogCaptureFixture) -> tuple[dict[str, Any], list[tuple[str, int, str]]]:
    """One kiosk start: its packs (every language read) and what it logged."""
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="kiosk"):
        packs = load_packs(root, "en")
        first = {lang: packs[lang] for lang in list(packs)[:1]}
    lines = [(r.name, r.levelno, r.getMessage()) for r in caplog.records if r.name.startswith("kiosk")
             and r.name != start_cache.log.name]
    return first, lines


def two_languages(make_pack: PackWriter, english: dict[str, str] | None = None) -> Path:
    root = make_pack(english or {})
    return write_pack(root, dict(GOOD_PAGES), language="es")


def test_a_second_start_with_the_same_files_renders_nothing_and_logs_the_same(
    make_pack: PackWriter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    root = two_languages(make_pack, {"hurt.md": BROKEN_LINK})
    rendered = renders(monkeypatch)
    packs, log = start(root, caplog)
    assert rendered, "the first start reads and renders"
    assert any("hurt.md" in message and "leaves the kiosk" in message for _, _, message in log)
    rendered.clear()
    again, log_again = start(root, caplog)
    assert rendered == [], "nothing rendered the second time"
    assert again == packs, "the same pages, words and pictures"
    assert log_again == log, "the same problems in the log, so staff still see them"


@pytest.mark.parametrize("change", ["edit", "add", "remove", "picture"])
def test_any_change_to_the_content_means_a_full_start(
    make_pack: PackWriter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, change: str
) -> None:
    root = two_languages(make_pack)
    start(root, caplog)
    rendered = renders(monkeypatch)
    english = root / "en"
    if change == "edit":  # same size, same modification time: the change time still moves
        page = english / "hurt.md"
        stat = page.stat()
        write_pack(root, {"hurt.md": GOOD_PAGES["hurt.md"].replace("Numbing", "Numbimg")})
        assert page.stat().st_size == stat.st_size
        os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif change == "add":
        write_pack(root, {"extra.md": GOOD_PAGES["hurt.md"].replace("id: hurt", "id: extra")})
    elif change == "remove":
        (english / "hurt.md").unlink()
    else:
        (english / "new-picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    packs, _ = start(root, caplog)
    assert rendered, f"a full start after: {change}"
    if change == "edit":
        edited = packs["en"].page("hurt")
        assert edited is not None and "Numbimg" in edited.text
    if change == "add":
        assert "extra" in packs["en"].page_ids
    if change == "remove":
        assert "hurt" not in packs["en"].page_ids


def test_a_damaged_cache_means_a_full_start_and_is_replaced(
    make_pack: PackWriter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    own_cache_folder: Path,
) -> None:
    root = two_languages(make_pack)
    packs, _ = start(root, caplog)
    kept = start_cache.default_cache_path()
    assert kept.is_relative_to(own_cache_folder)
    kept.write_bytes(b"not a cache at all")
    rendered = renders(monkeypatch)
    again, _ = start(root, caplog)
    assert rendered and again == packs
    rendered.clear()
    start(root, caplog)
    assert rendered == [], "the cache was written again"


def test_a_cache_folder_that_cannot_be_written_only_means_no_cache(
    make_pack: PackWriter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    root = two_languages(make_pack)
    packs, _ = start(root, caplog)
    rendered = renders(monkeypatch)
    again, _ = start(root, caplog)
    assert again == packs and rendered, "every start is a full one, and none fails"


def test_a_link_in_the_content_means_every_start_is_a_full_one(
    make_pack: PackWriter, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    root = two_languages(make_pack)
    outside = tmp_path / "outside.md"
    outside.write_text(GOOD_PAGES["hurt.md"], "utf-8")
    (root / "en" / "linked.md").symlink_to(outside)
    start(root, caplog)
    rendered = renders(monkeypatch)
    start(root, caplog)
    assert rendered, "what a link points to can change without the folder changing"


def test_a_new_version_of_the_kiosk_code_means_a_full_start(tmp_path: Path) -> None:
    content, code = tmp_path / "content", tmp_path / "code"
    (content / "en").mkdir(parents=True)
    (content / "en" / "home.md").write_text("x", "utf-8")
    (code / "__pycache__").mkdir(parents=True)
    (code / "loader.py").write_text("A = 1\n", "utf-8")
    before = start_cache.fingerprint({"content": content}, code=code)
    (code / "__pycache__" / "loader.cpython-311.pyc").write_bytes(b"compiled")
    assert start_cache.fingerprint({"content": content}, code=code) == before, "compiling is no change"
    (code / "loader.py").write_text("A = 22\n", "utf-8")
    assert start_cache.fingerprint({"content": content}, code=code) != before
