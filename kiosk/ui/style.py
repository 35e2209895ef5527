"""Apply the theme to Qt: bundled fonts, the stylesheet, the page CSS."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk import theme
from kiosk.resources import asset

log = logging.getLogger(__name__)
FAMILY = "Atkinson Hyperlegible"


@cache
def load_fonts() -> str:
    """Register the bundled typeface once; return the family to use."""
    folder = asset("fonts")
    loaded = [QFontDatabase.addApplicationFont(str(path)) for path in sorted(folder.glob("*.ttf"))]
    if not loaded or min(loaded) < 0:
        log.warning("bundled fonts did not all load from %s; using the system sans-serif", folder)
        return "Sans Serif"
    QGuiApplication.setFont(QFont(FAMILY))
    return FAMILY


@cache
def _template(name: str) -> str:
    return asset(f"styles/{name}").read_text("utf-8")


def window_stylesheet(palette: theme.Palette, sizes: theme.Metrics) -> str:
    return theme.stylesheet(_template("kiosk.qss"), palette, sizes)


def page_css(palette: theme.Palette, sizes: theme.Metrics) -> str:
    return theme.stylesheet(_template("page.css"), palette, sizes)
