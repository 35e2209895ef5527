"""Take-home QR codes: built offline, big enough, and they scan back to the right address."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.app import main
from kiosk.content.loader import load_pack
from kiosk.core.take_home import take_home_url
from tests.conftest import GOOD_PAGES, PackWriter


def decode(png: Path) -> list[str]:
    """Read every QR code in a screenshot with a real decoder (zxing-cpp)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_address_is_base_language_and_page_unless_the_page_has_its_own(
    make_pack: PackWriter, assets: Path
) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    page = pack.page("hurt")
    assert page is not None
    assert take_home_url("https://clinic.example/learn/", "es", page) == (
        "https://clinic.example/learn/es/hurt")
    assert take_home_url("", "en", page) == ""
    assert take_home_url("https://x.example", "en", replace(page, url="https://y.example/a")) == (
        "https://y.example/a")


@pytest.mark.parametrize("size", ["1920x1080", "1080x1920"])
def test_snapshot_qr_code_scans_back_to_the_page_address(
    qtbot: QtBot, make_pack: PackWriter, tmp_path: Path, size: str
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('take_home_url = "https://clinic.example/learn"\n')
    out = tmp_path / "shots"
    root = str(make_pack())
    assert main(["snapshot", "--config", str(config), "--content", root, "--out", str(out),
                 "--size", size, "--page", "hurt", "--page", "step-one", "--lang", "en"]) == 0
    assert decode(out / "hurt.png") == ["https://clinic.example/learn/en/hurt"]
    assert decode(out / "step-one.png") == ["https://clinic.example/learn/en/step-one"]


def test_a_page_url_wins_and_no_base_means_no_code(
    qtbot: QtBot, make_pack: PackWriter, tmp_path: Path
) -> None:
    own = GOOD_PAGES["hurt.md"].replace(
        "icon: does-it-hurt", "icon: does-it-hurt\n        url: https://clinic.example/pain"
    )
    root = str(make_pack({"hurt.md": own}))
    out = tmp_path / "shots"
    args = ["snapshot", "--content", root, "--out", str(out), "--page", "hurt", "--page", "what"]
    assert main(args) == 0
    assert decode(out / "hurt.png") == ["https://clinic.example/pain"]
    assert decode(out / "what.png") == []


def test_code_is_at_least_3_cm_on_a_1080p_screen(qtbot: QtBot) -> None:
    from kiosk.core import theme

    # 1080 pixels on a 24-inch 16:9 screen are 299 mm tall: 3.6 px per mm.
    side_px = round(theme.metrics(1920, 1080).scale * 200)
    assert side_px / (1080 / 299) >= 30
