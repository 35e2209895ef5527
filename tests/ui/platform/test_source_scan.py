"""PySide6's import hook no longer reads (and keeps) the source of every module imported."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import kiosk.ui  # noqa: F401  (installs the cheaper answer)
from kiosk.ui.platform.source_scan import uses_pyside


@pytest.mark.parametrize(("source", "expected"), [
    ("from PySide6.QtCore import QObject\n", 0),
    ("import PySide6.QtGui as gui\n", 0),
    ("import json\n# PySide6 named only in a comment\n", -1),
])
def test_a_module_imported_later_is_answered_without_keeping_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, expected: int
) -> None:
    name = f"kiosk_scan_probe_{abs(hash(source))}"
    path = tmp_path / f"{name}.py"
    path.write_text(source + "\n" * 1000, "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    __import__(name)  # the import statement's way, which PySide6 hooks
    feature = sys.modules["PySide6.support.feature"]
    assert feature.pyside_feature_dict.get(name) == expected
    assert str(path) not in linecache.cache, "its lines are not kept in memory"
    monkeypatch.delitem(sys.modules, name)


def test_the_kiosk_skin_counts_as_using_pyside() -> None:
    import kiosk.content.model
    import kiosk.ui.window

    assert uses_pyside(kiosk.ui.window)
    assert not uses_pyside(kiosk.content.model)
