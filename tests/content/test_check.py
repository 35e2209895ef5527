"""Checking a whole content folder: which folders are languages, and pages missing in one."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.check import check_content, languages
from kiosk.content.loader import display_path
from tests.conftest import GOOD_PAGES, PackWriter


def test_language_folders_are_codes_and_nothing_else(tmp_path: Path) -> None:
    for name in ("en", "es", "pt-BR", "haw", ".git", "_drafts", ".ab", "_ab", "images", "e"):
        (tmp_path / name).mkdir()
    (tmp_path / "fr").write_text("a file, not a folder")
    assert languages(tmp_path) == ["en", "es", "haw", "pt-BR"]
    assert languages(tmp_path / "missing") == []


def test_a_page_missing_in_one_language_is_named_with_where_it_exists(
    make_pack: PackWriter, assets: Path
) -> None:
    root = make_pack()
    make_pack({"hurt.md": None}, language="es")
    report = check_content(root, assets)
    assert {lang: result.pack.language for lang, result in report.packs.items()} == {"en": "en", "es": "es"}
    missing = [p for p in report.problems if "missing in" in p.message]
    assert [(p.path, p.line, p.message) for p in missing] == [
        (display_path(root / "es"), 1,
         f"page 'hurt' is missing in 'es' (it exists as {display_path(root / 'en' / 'hurt.md')})"),
    ]
    assert not report.ok


def test_the_id_is_found_wherever_it_is_in_the_header(make_pack: PackWriter, assets: Path) -> None:
    root = make_pack()
    moved = GOOD_PAGES["hurt.md"].replace("        id: hurt\n", "").replace(
        "        icon: does-it-hurt\n", "        icon: does-it-hurt\n        ID: hurt\n"
    )
    broken = b"---\nid: what\ntitle: \xff\xfe broken bytes\n---\nText.\n"
    make_pack({"hurt.md": moved, "what.md": broken}, language="es")
    report = check_content(root, assets)
    assert not [p for p in report.problems if "missing in" in p.message]


def test_a_language_folder_linked_from_outside_is_named_and_not_read(
    make_pack: PackWriter, tmp_path: Path, assets: Path
) -> None:
    root = make_pack()
    elsewhere = make_pack(language="es") / "es"  # a good language folder, moved out below
    outside = tmp_path / "outside" / "fr"
    outside.parent.mkdir()
    elsewhere.rename(outside)
    (root / "fr").symlink_to(outside, target_is_directory=True)
    report = check_content(root, assets)
    assert list(report.packs) == ["en"]
    assert [str(p) for p in report.problems] == [
        f"{display_path(root / 'fr')}:1: this language folder is a link to a folder outside the content "
        "folder; it is not read (move the folder itself into the content folder)"
    ]


def test_only_a_refused_language_folder_is_still_reported(tmp_path: Path) -> None:
    root = tmp_path / "content"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "en").symlink_to(outside, target_is_directory=True)
    problems = [str(p) for p in check_content(root, None).problems]
    assert len(problems) == 1 and "is a link to a folder outside the content folder" in problems[0], problems


def test_an_empty_content_folder_says_what_it_expects(tmp_path: Path) -> None:
    root = tmp_path / "content"
    root.mkdir()
    assert [str(p) for p in check_content(root, None).problems] == [
        f"{display_path(root)}:1: no language folders here (expected folders like en/ and es/)"
    ]


def test_an_id_written_below_the_header_is_not_the_page_s_id(make_pack: PackWriter, assets: Path) -> None:
    """The Spanish page lost its `id:` line; the same words in its text do not stand in for it."""
    root = make_pack()
    no_id = GOOD_PAGES["hurt.md"].replace("        id: hurt\n", "").replace(
        "Numbing cream comes first.", "Numbing cream comes first.\n\n        id: hurt"
    )
    make_pack({"hurt.md": no_id}, language="es")
    report = check_content(root, assets)
    missing = [p.message for p in report.problems if "missing in" in p.message]
    where = display_path(root / "en" / "hurt.md")
    assert missing == [f"page 'hurt' is missing in 'es' (it exists as {where})"]
