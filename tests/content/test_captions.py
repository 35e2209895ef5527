"""Captions: read from the header, and `kiosk check` warns about a picture that has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.commands.check import run_check
from kiosk.content.captions import caption_warnings
from kiosk.content.loader import load_pack
from kiosk.content.model import Severity
from kiosk.core.content_status import collect
from tests.conftest import GOOD_PAGES, PackWriter

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10"/></svg>'


def _pack(make_pack: PackWriter, caption: str, alt: str) -> Path:
    """The Home pack's hurt page with an illustration, a header line ``caption`` and a picture."""
    page = GOOD_PAGES["hurt.md"].replace(
        "icon: does-it-hurt", f"icon: does-it-hurt\n        illustration: numbing-cream\n        {caption}"
    )
    page = page.replace("comes first.", f"comes first.\n\n        ![{alt}](images/tube.svg)")
    return make_pack({"hurt.md": page, "images/tube.svg": SVG})


def test_caption_is_loaded_onto_the_page(make_pack: PackWriter, assets: Path) -> None:
    root = _pack(make_pack, "caption:   Cream goes on   first.", "A tube of cream")
    result = load_pack(root / "en", "en", assets)
    assert result.errors == ()
    page = result.pack.page("hurt")
    assert page is not None and page.caption == "Cream goes on   first."
    assert caption_warnings(result.pack) == []


def test_missing_caption_and_empty_alt_are_warned_with_path_and_line(
    make_pack: PackWriter, assets: Path
) -> None:
    root = _pack(make_pack, "", " ")
    pack = load_pack(root / "en", "en", assets).pack
    warnings = caption_warnings(pack)
    assert [(Path(w.path).name, w.line, w.severity) for w in warnings] == [
        ("hurt.md", 8, Severity.WARNING),
        ("hurt.md", 13, Severity.WARNING),
    ]
    assert "caption: ..." in warnings[0].message
    assert "between the [ ]" in warnings[1].message
    assert pack.page("hurt") is not None, "a warning never keeps a page off the kiosk"


def test_a_page_without_a_picture_needs_no_caption(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    assert caption_warnings(pack) == []


def test_kiosk_check_prints_the_warning_and_still_passes(
    make_pack: PackWriter, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _pack(make_pack, "", "A tube of cream")
    problems, _ = collect(root)
    assert [p.message for p in problems if "no caption" in p.message]
    assert run_check(root) == 0
    out = capsys.readouterr().out
    assert "hurt.md:8: warning: this page has a picture but no caption" in out


NO_CAPTION = ("this page has a picture but no caption: add a line 'caption: ...' that says in a few "
              "plain words what the picture shows")
NO_WORDS = ("this picture has no description: write what it shows between the [ ], "
            "like ![A pen-shaped tool](images/pen.png)")


def test_caption_warnings_word_for_word_even_with_a_byte_order_mark(
    make_pack: PackWriter, assets: Path
) -> None:
    root = _pack(make_pack, "", " ")
    hurt = root / "en" / "hurt.md"
    hurt.write_bytes(b"\xef\xbb\xbf" + hurt.read_bytes())
    pack = load_pack(root / "en", "en", assets).pack
    assert [(p.line, p.message) for p in caption_warnings(pack)] == [(8, NO_CAPTION), (13, NO_WORDS)]


def test_a_page_whose_file_is_gone_is_warned_at_its_first_line(make_pack: PackWriter, assets: Path) -> None:
    root = _pack(make_pack, "", "A tube of cream")
    pack = load_pack(root / "en", "en", assets).pack
    (root / "en" / "hurt.md").unlink()
    assert [(p.line, p.message) for p in caption_warnings(pack)] == [(1, NO_CAPTION)]


def test_warnings_come_in_the_order_of_the_file_names(make_pack: PackWriter, assets: Path) -> None:
    """As `kiosk check` prints them: care.md before care/more.md ('.' comes before '/')."""
    page = GOOD_PAGES["hurt.md"].replace("Numbing cream comes first.", "![ ](images/tube.svg)")
    root = make_pack({
        "care/more.md": page.replace("id: hurt", "id: more"),
        "care.md": page.replace("id: hurt", "id: care"),
        "hurt.md": None,
        "images/tube.svg": SVG,
    })
    pack = load_pack(root / "en", "en", assets).pack
    found = [Path(w.path).parts[-2:] for w in caption_warnings(pack)]
    assert found == [("en", "care.md"), ("care", "more.md")]
