"""What an image file really is and how big, checked against Qt, which wrote the files
and is what will draw them (an oracle independent of kiosk/content/images.py)."""

from __future__ import annotations

import random
import struct
from pathlib import Path

import pytest

from kiosk.content.images import MAX_IMAGE_BYTES, ImageInfo, image_problem, sniff

RASTER = ("png", "jpeg", "webp")


def qt_wrote(kind: str, width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(20, 120, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind.upper())
    buffer.close()
    return bytes(data.data())


def qt_reads(data: bytes) -> tuple[str, int, int]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    return bytes(reader.format().data()).decode(), size.width(), size.height()


@pytest.mark.parametrize("kind", RASTER)
def test_the_size_is_the_size_qt_reads(kind: str, rng: random.Random) -> None:
    for _ in range(15):
        width, height = rng.randint(1, 3000), rng.randint(1, 3000)
        if kind == "webp" and rng.random() < 0.5:
            width, height = rng.randint(1, 300), rng.randint(1, 300)
        data = qt_wrote(kind, width, height)
        qt_kind, qt_width, qt_height = qt_reads(data)
        assert (qt_width, qt_height) == (width, height)
        assert sniff(data) == ImageInfo(kind, width, height), (kind, width, height)


def test_a_gif_header_gives_its_size() -> None:
    data = b"GIF89a" + (640).to_bytes(2, "little") + (480).to_bytes(2, "little") + b"\x00" * 20
    assert sniff(data) == ImageInfo("gif", 640, 480)
    assert sniff(b"GIF87a" + b"\x01\x00\x02\x00") == ImageInfo("gif", 1, 2)
    assert sniff(b"GIF89a\x01\x00\x02") is None  # cut short


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 15,  # a PNG cut short
        b"\xff\xd8\xff\xe0\x00\x10JFIF",  # a JPEG with no frame
        b"\xff\xd8" + b"\x00" * 40,  # a JPEG whose segments are garbage
        b"RIFF\x00\x00\x00\x00WEBPVP8Z" + b"\x00" * 20,  # an unknown WebP chunk
        b"RIFF\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 5,  # a WebP cut short
        b"BM" + b"\x00" * 60,  # a bitmap: not a kind the kiosk shows
        b"just some text",
    ],
)
def test_bytes_that_are_not_an_image_we_show(data: bytes) -> None:
    assert sniff(data) is None


@pytest.mark.parametrize(
    ("tag", "size"),
    [
        ('width="120" height="80"', (120, 80)),
        ('width="120px" height="80px"', (120, 80)),
        ('viewBox="0 0 300 200"', (300, 200)),
        ('viewBox="-10,-10,300,200"', (300, 200)),
        ('width="120" height="80" viewBox="0 0 300 200"', (120, 80)),
        # Attribute names are case-sensitive: Qt reads no width or height here.
        ('WIDTH="900" Height="700" viewBox="0 0 300 200"', (300, 200)),
        ('stroke-width="40" data-height="9" viewBox="0 0 300 200"', (300, 200)),
        ('viewbox="0 0 30 20" width="120" height="80"', (120, 80)),
    ],
)
def test_an_svg_is_as_big_as_qt_draws_it(tag: str, size: tuple[int, int]) -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    text = f'<svg xmlns="http://www.w3.org/2000/svg" {tag}><rect width="5" height="5"/></svg>'
    drawn = QSvgRenderer(QByteArray(text.encode())).defaultSize()
    assert (drawn.width(), drawn.height()) == size
    assert sniff(text.encode()) == ImageInfo("svg", *size)


def test_svg_units_make_it_bigger() -> None:
    inch = sniff(b'<svg width="1in" height="2cm">')
    assert inch is not None and inch.width > 80 and 70 < inch.height < 80
    assert sniff(b'<svg width="abc" height="5">') == ImageInfo("svg", 0, 5)


@pytest.mark.parametrize(
    "inside",
    [
        "<script>alert(1)</script>",
        "<foreignObject><p>x</p></foreignObject>",
        '<!ENTITY a "aaaa">',
        '<a href="javascript:alert(1)">x</a>',
        '<image href="http://example.com/a.png"/>',
        "<image href='/etc/passwd'/>",
        '<rect style="fill: url(http://example.com/p)"/>',
        "<rect style='fill: url( /x.svg)'/>",
    ],
)
def test_an_svg_with_scripts_links_or_entities_is_refused(inside: str) -> None:
    assert sniff(f'<svg width="10" height="10">{inside}</svg>'.encode()) is None


def test_an_svg_may_point_inside_itself() -> None:
    text = '<svg width="10" height="10"><use href="#a"/><rect style="fill: url(#g)"/></svg>'
    assert sniff(text.encode()) == ImageInfo("svg", 10, 10)


def test_problems_with_image_files_say_what_to_do(tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    good.write_bytes(qt_wrote("png", 40, 30))
    assert image_problem(good) is None
    folder = image_problem(tmp_path)
    assert folder == f"'{tmp_path.name}' is not a plain file (it is a folder, pipe or device)"
    missing = image_problem(tmp_path / "gone.png")
    assert missing == "image 'gone.png' cannot be read (No such file or directory)"
    big = tmp_path / "big.png"
    big.write_bytes(qt_wrote("png", 10, 10) + b"\x00" * MAX_IMAGE_BYTES)
    assert image_problem(big) == f"image 'big.png' is {big.stat().st_size // 1024} KB; the most is 4096 KB"
    just = tmp_path / "just.png"
    just.write_bytes(qt_wrote("png", 10, 10).ljust(MAX_IMAGE_BYTES, b"\x00"))
    assert image_problem(just) is None
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    assert image_problem(text) == (
        "'notes.png' is not a picture the kiosk can show (or it holds scripts or web links)"
    )


def png_claiming(width: int, height: int) -> bytes:
    data = bytearray(qt_wrote("png", 4, 4))
    data[16:24] = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    return bytes(data)


def test_the_largest_picture_is_4096_by_4096(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(png_claiming(4096, 4096))
    assert image_problem(path) is None
    path.write_bytes(png_claiming(4096, 4097))
    assert image_problem(path) == "image 'huge.png' is 4096x4097 pixels; make it smaller than 4096x4096"


def test_a_png_header_alone_is_enough_and_absurd_sizes_are_refused(tmp_path: Path) -> None:
    header = png_claiming(300, 200)[:24]
    assert sniff(header) == ImageInfo("png", 300, 200)
    path = tmp_path / "liar.png"
    path.write_bytes(png_claiming(0xFFFFFFFF, 0xFFFFFFFF))
    assert image_problem(path) == (
        "image 'liar.png' is 4294967295x4294967295 pixels; make it smaller than 4096x4096"
    )


def test_odd_svgs_and_near_webps() -> None:
    assert sniff(b'<svg width="5" height="5"') == ImageInfo("svg", 0, 0)  # the tag never closes
    assert sniff(b'<svg width="5">') == ImageInfo("svg", 5, 0)
    assert sniff(b'<svg width="4" height="2">\xff\xfe</svg>') == ImageInfo("svg", 4, 2)
    assert sniff(b"NOPE\x00\x00\x00\x00WEBPVP8X" + b"\x00" * 20) is None


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _sof(marker: int, width: int, height: int) -> bytes:
    return _segment(marker, bytes([8]) + struct.pack(">HH", height, width) + b"\x03" + bytes(9))


@pytest.mark.parametrize(
    ("data", "info"),
    [
        # Tables and markers that are not a frame come before the size, as cameras write them.
        (b"\xff\xd8" + _segment(0xC4, bytes(30)) + _segment(0xC8, bytes(4)) + _segment(0xCC, bytes(4))
         + _segment(0xD0, bytes(4)) + _sof(0xC2, 640, 480), ImageInfo("jpeg", 640, 480)),
        (b"\xff\xd8" + _sof(0xCF, 33, 44), ImageInfo("jpeg", 33, 44)),
        (b"\xff\xd8" + _sof(0xC5, 33, 44), ImageInfo("jpeg", 33, 44)),
        # A camera's EXIF block may be longer than 32 KiB.
        (b"\xff\xd8" + _segment(0xE1, bytes(40_000)) + _sof(0xC0, 4000, 3000), ImageInfo("jpeg", 4000, 3000)),
        (b"\xff\xd8" + _sof(0xC0, 40_000, 50_000), ImageInfo("jpeg", 40_000, 50_000)),
        (b"\xff\xd8" + _sof(0xC0, 7, 9)[:9] + b"\x03", ImageInfo("jpeg", 7, 9)),
        (b"\xff\xd8" + _sof(0xC0, 7, 9)[:9], None),  # cut off right after its size: no picture
        (b"\xff\xd8" + _segment(0xE0, bytes(14)), None),  # no frame at all
        (b"GIF89a" + struct.pack("<HH", 40_000, 2), ImageInfo("gif", 40_000, 2)),
    ],
    ids=["tables-first", "sof15", "sof5", "long-exif", "huge", "frame-at-the-end", "cut-off", "no-frame",
         "wide-gif"],
)
def test_jpeg_and_gif_headers_give_their_size(data: bytes, info: ImageInfo | None) -> None:
    assert sniff(data) == info


def _webp_file(chunk: bytes, body: bytes) -> bytes:
    size = struct.pack("<I", 4 + 8 + len(body))
    return b"RIFF" + size + b"WEBP" + chunk + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize(
    ("data", "info"),
    [
        # Extended: width-1 and height-1 in three bytes each, the file ending right there.
        (_webp_file(b"VP8X", bytes(4) + (299).to_bytes(3, "little") + (199).to_bytes(3, "little")),
         ImageInfo("webp", 300, 200)),
        (_webp_file(b"VP8X", bytes(4) + (299).to_bytes(3, "little") + (199).to_bytes(2, "little")), None),
        # Lossy: a frame tag, the start code, then 14-bit sizes (the top two bits scale).
        (_webp_file(b"VP8 ", bytes(3) + b"\x9d\x01\x2a" + struct.pack("<HH", 0xC000 | 300, 200)),
         ImageInfo("webp", 300, 200)),
        (_webp_file(b"VP8 ", bytes(3) + b"\x9d\x01\x2a" + struct.pack("<HH", 300, 200))[:29], None),
        # Lossless: a signature byte, then width-1 and height-1 in 14 bits each.
        (_webp_file(b"VP8L", b"\x2f" + (299 | 199 << 14).to_bytes(4, "little")), ImageInfo("webp", 300, 200)),
        (_webp_file(b"VP8L", b"\x2f" + (299 | 199 << 14).to_bytes(4, "little"))[:24], None),
    ],
    ids=["extended", "extended-cut", "lossy", "lossy-cut", "lossless", "lossless-cut"],
)
def test_webp_headers_give_their_size(data: bytes, info: ImageInfo | None) -> None:
    assert sniff(data) == info


def test_an_extended_webp_followed_by_its_picture_gives_its_size() -> None:
    """A real extended WebP goes on after the sizes (here with its lossless picture chunk)."""
    picture = b"VP8L" + struct.pack("<I", 5) + b"\x2f" + (299 | 199 << 14).to_bytes(4, "little")
    sizes = (299).to_bytes(3, "little") + (199).to_bytes(3, "little")
    header = b"VP8X" + struct.pack("<I", 10) + bytes(4) + sizes
    body = b"WEBP" + header + picture
    data = b"RIFF" + struct.pack("<I", len(body)) + body
    assert sniff(data) == ImageInfo("webp", 300, 200)
