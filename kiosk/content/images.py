"""Tell what an image file really is, and how big, from its first bytes."""

from __future__ import annotations

import re
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


def _svg(text: str) -> ImageInfo | None:
    if re.search(r"<script|<foreignObject|javascript:|xlink:href=\"(?!#)|href=\"(?!#)", text, re.I):
        return None
    box = re.search(r'viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)', text)
    if box:
        return ImageInfo("svg", int(float(box.group(1))), int(float(box.group(2))))
    return ImageInfo("svg", 0, 0)


def image_problem(path: Path) -> str | None:
    """Why the file cannot be shown, or None when it is a usable image."""
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            limit = MAX_IMAGE_BYTES // 1024
            return f"image '{path.name}' is {size // 1024} KB; the most is {limit} KB"
        data = path.read_bytes()
    except OSError as error:
        return f"image '{path.name}' cannot be read ({error.strerror})"
    info = sniff(data)
    if info is None:
        return (
            f"'{path.name}' is not a picture the kiosk can show (or it holds scripts or web links)"
        )
    if info.width * info.height > MAX_PIXELS:
        return (
            f"image '{path.name}' is {info.width}x{info.height} pixels; "
            f"make it smaller than 4096x4096"
        )
    return None
