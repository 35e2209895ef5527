"""Qt translations of the interface's own words (.ts sources, compiled .qm files)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.core.resources import asset

log = logging.getLogger(__name__)
_loaded: dict[str, QTranslator | None] = {}
_installed: list[QTranslator] = []


def _translator(language: str) -> QTranslator | None:
    """One translator per language, loaded once (patients switch languages all day)."""
    if language not in _loaded:
        path = asset(f"i18n/kiosk_{language}.qm")
        translator = QTranslator()
        if path.exists() and translator.load(str(path)):
            _loaded[language] = translator
        else:
            log.warning("no interface translation for %r at %s; showing English", language, path)
            _loaded[language] = None
    return _loaded[language]


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
    translator = _translator(language)
    if translator is None:
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
