"""The interface's own words are translated through Qt's .ts/.qm files, and they are up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.resources import asset

ROOT = Path(__file__).resolve().parents[3]
TOOLS = Path(sys.executable).parent


def sources(ts: Path) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts.read_text("utf-8"), re.S))


@pytest.mark.parametrize("ts", sorted(asset("i18n").glob("kiosk_*.ts")), ids=lambda p: p.stem)
def test_every_interface_string_is_translated_and_compiled(ts: Path, tmp_path: Path) -> None:
    lupdate, lrelease = TOOLS / "pyside6-lupdate", TOOLS / "pyside6-lrelease"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    code = sorted(str(p) for p in (ROOT / "kiosk" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *code, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) == sources(ts), "run 'make translations' and translate the new words"
    text = ts.read_text("utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text
    qm = tmp_path / "out.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run 'make translations'"
