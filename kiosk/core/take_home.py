"""Take-home links: the address a page's QR code carries (pure, no Qt)."""

from __future__ import annotations

from kiosk.content.model import Page


def take_home_url(base: str, language: str, page: Page) -> str:
    """``<base>/<language>/<page-id>``, or the page's own ``url``; '' when there is neither."""
    if page.url:
        return page.url
    if not base:
        return ""
    return f"{base.rstrip('/')}/{language}/{page.id}"


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row, with a 4-module quiet zone."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix_iter(scale=1, border=4)]
