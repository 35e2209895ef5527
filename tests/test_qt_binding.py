"""The Qt binding must not lose references to None: a kiosk calls Qt for months."""

import sys

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QWidget


def test_null_results_do_not_use_up_none(qapp: QApplication) -> None:
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.addLayout(QHBoxLayout(), 0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.childAt(QPoint(-5, -5))
        widget.parentWidget()
        item = grid.itemAt(0)
        assert item is not None
        item.widget()
    assert sys.getrefcount(None) - before > -100, (
        "this PySide6 drops a reference to None on every null result; pin another version"
    )
