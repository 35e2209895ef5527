"""Tell what an image file really is, and how big, from its first bytes."""

from __future__ import annotations

import re
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_PIXELS = 4096 * 4096


@dataclass(frozen=True)
class ImageInfo:
    kind: str
    width: int
    height: int


def sniff(data: bytes) -> ImageInfo | None:
    """Return the image type and size, or None when the bytes are not an image we show."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return ImageInfo("png", width, height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return ImageInfo("gif", width, height)
    if data.startswith(b"\xff\xd8"):
        return _jpeg(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp(data)
    head = data[:2048].decode("utf-8", "ignore")
    if re.search(r"<svg[\s>]", head):
        return _svg(data.decode("utf-8", "ignore"))
    return None


def _jpeg(data: bytes) -> ImageInfo | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        length = struct.unpack(">H", data[index + 2 : index + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return ImageInfo("jpeg", width, height)
        index += 2 + length
    return None


def _webp(data: bytes) -> ImageInfo | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = 1 + int.from_bytes(data[24:27], "little")
        height = 1 + int.from_bytes(data[27:30], "little")
        return ImageInfo("webp", width, height)
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return ImageInfo("webp", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(data) >= 25:
        bits = int.from_bytes(data[21:25], "little")
        return ImageInfo("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    return None


_SVG_UNSAFE = re.compile(
    r"<script|<foreignObject|<!ENTITY|javascript:|href\s*=\s*[\"'](?!#)|url\(\s*[\"']?(?!#)", re.I
)
"""Scripts, web or file links, and XML entities (which can expand a small file enormously)."""
_SVG_TAG = re.compile(r"<svg\b[^>]*>", re.I)
# Attribute names are case-sensitive in SVG (as Qt reads them): "viewBox" and "width", never
# "VIEWBOX", "WIDTH" or the end of "stroke-width". Units may be written in any case.
_SVG_BOX = re.compile(
    r"(?<=\s)viewBox\s*=\s*[\"']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)"
)
_SVG_LENGTH = r"(?<=\s){}\s*=\s*[\"']\s*([\d.]+)\s*((?i:px|pt|pc|mm|cm|in|em|ex))?\s*[\"']"
_UNIT_PIXELS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_UNIT_PIXELS.update(em=16.0, ex=8.0)


def _svg(text: str) -> ImageInfo | None:
    if _SVG_UNSAFE.search(text):
        return None
    tag = _SVG_TAG.search(text)
    head = tag.group() if tag else ""
    box = _SVG_BOX.search(head)
    width, height = (float(box.group(1)), float(box.group(2))) if box else (0.0, 0.0)
    # Qt draws an SVG at its width and height when it has them, else at its viewBox.
    for name in ("width", "height"):
        length = re.search(_SVG_LENGTH.format(name), head)
        if length:
            pixels = _number(length.group(1)) * _UNIT_PIXELS[(length.group(2) or "").lower()]
            width, height = (pixels, height) if name == "width" else (width, pixels)
    return ImageInfo("svg", int(width), int(height))


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def image_problem(path: Path) -> str | None:
    """Why the file cannot be shown, or None when it is a usable image."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return f"'{path.name}' is not a plain file (it is a folder, pipe or device)"
        size = info.st_size
        if size > MAX_IMAGE_BYTES:
            limit = MAX_IMAGE_BYTES // 1024
            return f"image '{path.name}' is {size // 1024} KB; the most is {limit} KB"
        data = path.read_bytes()
    except OSError as error:
        return f"image '{path.name}' cannot be read ({error.strerror})"
    found = sniff(data)
    if found is None:
        return f"'{path.name}' is not a picture the kiosk can show (or it holds scripts or web links)"
    if found.width * found.height > MAX_PIXELS:
        return f"image '{path.name}' is {found.width}x{found.height} pixels; make it smaller than 4096x4096"
    return None
