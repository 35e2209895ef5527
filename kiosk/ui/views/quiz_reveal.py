"""The quiz's feedback scrolled into view once an answer is chosen, the view's top edge
resting between two whole blocks (the title, the question, an answer), never through a
line of words."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scroll_into_view(area: QScrollArea, body: QWidget, outer: QVBoxLayout, feedback: QWidget,
                     blocks: list[QWidget]) -> None:
    """Scroll ``area`` until ``feedback`` (in ``body``, laid out by ``outer``) is in view,
    cutting at the top only between ``blocks``; the body grows below the feedback when it
    must."""
    # The viewport's whole height, as it is once the end is in view (the "More below"
    # band under it then goes, so scrolling to the end must not count that band).
    view = area.viewport().height() + area.viewportMargins().bottom()
    # Lay the body out for its new words now, so the sums below use today's heights.
    height = body.heightForWidth(body.width()) if body.hasHeightForWidth() else body.sizeHint().height()
    body.resize(body.width(), max(height, view))
    outer.activate()
    bar = area.verticalScrollBar()
    need = feedback.geometry().bottom() + outer.contentsMargins().bottom() - view
    if need <= bar.value():
        return
    tops = [block.geometry().top() - outer.spacing() // 2 for block in blocks]
    fits = [top for top in tops if top >= need]
    target = min(fits) if fits else need
    if target > bar.maximum() - area.viewportMargins().bottom():
        # Room below the feedback, so the top edge can rest between two blocks.
        body.setMinimumHeight(target + view)
        body.resize(body.width(), body.minimumHeight())
    bar.setValue(target)
