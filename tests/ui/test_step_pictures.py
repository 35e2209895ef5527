"""Step pictures show what their step says: the "right after" step is about now, not days."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.content.loader import load_pack
from kiosk.core.resources import bundled

FLUSH = (0xE7, 0xA1, 0xA8)
"""The collagen pink the illustrations use for a flush of redness (assets/illustrations/README.md)."""
TEAL = (0x1F, 0x6F, 0x78)


def rendered(language: str, page_id: str) -> QImage:
    pack = load_pack(bundled("content") / language, language, bundled("assets")).pack
    page = pack.page(page_id)
    assert page is not None and page.illustration is not None
    renderer = QSvgRenderer(str(page.illustration))
    assert renderer.isValid()
    image = QImage(480, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def near(image: QImage, x: int, y: int, colour: tuple[int, int, int], within: int) -> bool:
    pixel = image.pixelColor(x, y)
    red, green, blue = colour
    return abs(pixel.red() - red) + abs(pixel.green() - green) + abs(pixel.blue() - blue) < within


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_right_after_picture_shows_redness_now_and_no_timeline(qapp: object, language: str) -> None:
    """"Your skin may look red" right after: a flush a patient sees at a glance (at least 1%
    of the picture, where small faces in a row over days had under half that), and no
    arrow running across the picture like a timeline."""
    image = rendered(language, "step-right-after")
    width, height = image.width(), image.height()
    flush = sum(near(image, x, y, FLUSH, 40) for y in range(0, height, 2) for x in range(0, width, 2))
    assert flush / ((width // 2) * (height // 2)) >= 0.01, f"the redness covers {flush} of the sampled pixels"
    for y in range(height):
        run = longest = 0
        for x in range(width):
            run = run + 1 if near(image, x, y, TEAL, 30) else 0
            longest = max(longest, run)
        assert longest < width // 2, f"a teal line runs {longest} px across row {y}, like a timeline"
