"""Qt translations of the interface's own words (.ts sources, compiled .qm files)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.resources import asset

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def install_translator(language: str) -> bool:
    """Swap the app's translator for ``language``; English needs none."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return True
    path = asset(f"i18n/kiosk_{language}.qm")
    translator = QTranslator(app)
    if not path.exists() or not translator.load(str(path)):
        log.warning("no interface translation for %r at %s; showing English", language, path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
