"""Style sheet properties (kiosk/ui/views/style.py ``set_look``): the look a property asks
for is what the screen shows, whether it was set before the widget was first drawn or after."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.ui.views.style import set_look

SHEET = ('QPushButton { background: rgb(0, 0, 255); border: none; }'
         'QPushButton[quiet="true"] { background: rgb(255, 0, 0); }')


def middle(button: QPushButton) -> QColor:
    return button.grab().toImage().pixelColor(button.width() // 2, button.height() // 2)


def test_a_look_set_before_the_first_frame_is_drawn_with_it(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    button.setStyleSheet(SHEET)
    set_look(button, "quiet", True)
    button.resize(120, 60)
    button.show()
    qtbot.waitExposed(button)
    assert middle(button) == QColor(255, 0, 0)


def test_a_look_changed_on_screen_is_redrawn(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    button.setStyleSheet(SHEET)
    button.resize(120, 60)
    button.show()
    qtbot.waitExposed(button)
    assert middle(button) == QColor(0, 0, 255)
    set_look(button, "quiet", True)
    assert middle(button) == QColor(255, 0, 0)
    set_look(button, "quiet", False)
    assert middle(button) == QColor(0, 0, 255)
    set_look(button, "quiet", False)
    assert button.property("quiet") is False
