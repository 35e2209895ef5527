"""Between patients: "Still reading?" before the reset, the attract loop on an untouched
Home, and the reset when no one answers. Each layer is built the first time it shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Pack
from kiosk.core.theme import Metrics
from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.platform.on_demand import OnDemand
from kiosk.ui.views.style import keyboard_focus_only

if TYPE_CHECKING:
    from kiosk.ui.layers.attract import AttractLoop
    from kiosk.ui.layers.still_reading import StillReadingOverlay


class WaitingRoom(QObject):
    """Shows over ``window`` what the idle watcher says is due; ``reset`` readies the kiosk
    for the next patient. The attract loop shows the tiles of ``pack``."""

    def __init__(self, window: QWidget, idle: IdleWatcher, pack: Pack, reset: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.idle, self.pack = window, idle, pack
        self.look: tuple[Metrics, QSize] | None = None
        self.still_reading = OnDemand(self._new_still_reading)
        self.attract = OnDemand(self._new_attract)
        idle.warn.connect(self.warn)
        idle.countdown.connect(self.count_down)
        idle.dismissed.connect(self.dismiss)
        idle.reset.connect(reset)
        idle.attract.connect(lambda: self.attract().start())
        idle.woken.connect(lambda: self.attract.if_built(lambda layer: layer.stop()))

    def _new_still_reading(self) -> StillReadingOverlay:
        from kiosk.ui.layers.still_reading import StillReadingOverlay

        layer = StillReadingOverlay(self.window)
        layer.keepReading.connect(self.keep_reading)
        keyboard_focus_only(layer)
        if self.look is not None:
            layer.apply_metrics(*self.look)
        return layer

    def _new_attract(self) -> AttractLoop:
        from kiosk.ui.layers.attract import AttractLoop

        layer = AttractLoop(self.window)
        layer.set_pack(self.pack)
        layer.woken.connect(self.idle.restart)
        if self.look is not None:
            layer.apply_metrics(self.look[0])
        return layer

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.attract.if_built(lambda layer: layer.set_pack(pack))

    def apply_metrics(self, sizes: Metrics, size: QSize) -> None:
        self.look = (sizes, size)
        self.still_reading.if_built(lambda layer: layer.apply_metrics(sizes, size))
        self.attract.if_built(lambda layer: layer.apply_metrics(sizes))

    def retranslate(self) -> None:
        self.still_reading.if_built(lambda layer: layer.retranslate())
        self.attract.if_built(lambda layer: layer.retranslate())

    def open_layers(self) -> list[str]:
        layers = (("attract", self.attract.built), ("still_reading", self.still_reading.built))
        return [name for name, layer in layers if layer is not None and layer.isVisible()]

    def fading(self) -> bool:
        """The attract loop is between two slides."""
        return self.attract.built is not None and self.attract.built.fading

    def quiet(self) -> None:
        """Close both layers (staff came, or the reset)."""
        self.attract.if_built(lambda layer: layer.stop())
        self.dismiss()

    def dismiss(self) -> None:
        self.still_reading.if_built(lambda layer: layer.hide())

    def count_down(self, seconds: int) -> None:
        self.still_reading.if_built(lambda layer: layer.set_seconds(seconds))

    def warn(self, seconds: int) -> None:
        layer = self.still_reading()
        layer.set_seconds(seconds)
        layer.open()

    def keep_reading(self) -> None:
        self.dismiss()
        self.idle.restart()
