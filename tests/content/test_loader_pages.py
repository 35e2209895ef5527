"""What a page holds after loading: the words, pictures and addresses from its header."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.content.loader import TICK_BOX, display_path, load_pack
from kiosk.content.model import Kind, LoadResult
from tests.conftest import GOOD_PAGES, PackWriter
from tests.content.test_images import qt_wrote

CHECKLIST = """
    ---
    id: questions
    kind: checklist
    order: 5
    title: Questions to ask
    summary: Take a photo of this list.
    icon: check
    url: https://clinic.example/questions
    ---
    Ask your doctor:

    - Is it right for my skin?
    - How many treatments?
    """


def load(root: Path, assets: Path) -> LoadResult:
    return load_pack(root / "en", "en", assets)


def test_a_page_keeps_its_summary_order_and_own_address(make_pack: PackWriter, assets: Path) -> None:
    result = load(make_pack({"questions.md": CHECKLIST}), assets)
    assert result.problems == ()
    page = result.pack.page("questions")
    assert page is not None and page.kind is Kind.CHECKLIST
    assert (page.summary, page.order, page.url) == (
        "Take a photo of this list.", 5, "https://clinic.example/questions")
    hurt = result.pack.page("hurt")
    assert hurt is not None and (hurt.summary, hurt.url) == ("Very little.", "")
    step = result.pack.page("step-one")
    assert step is not None and step.summary == "Talk first."


def test_a_checklist_gets_a_box_to_tick_before_each_item(make_pack: PackWriter, assets: Path) -> None:
    page = load(make_pack({"questions.md": CHECKLIST}), assets).pack.page("questions")
    assert page is not None
    assert page.html.count("<li>" + TICK_BOX) == 2
    assert '<ul style="list-style-type: none">' in page.html
    other = load(make_pack({"questions.md": CHECKLIST.replace("checklist", "section")}), assets)
    section = other.pack.page("questions")
    assert section is not None and TICK_BOX not in section.html and "<ul>" in section.html


def test_a_page_address_must_be_a_web_address(make_pack: PackWriter, assets: Path) -> None:
    bad = CHECKLIST.replace("https://clinic.example/questions", "clinic/questions")
    root = make_pack({"questions.md": bad})
    problems = [(p.line, p.message) for p in load(root, assets).problems]
    assert problems == [(8, "url 'clinic/questions' must be a web address like https://clinic.example/page")]


def test_a_tile_without_an_icon_is_told_where_icons_come_from(make_pack: PackWriter, assets: Path) -> None:
    root = make_pack({"hurt.md": GOOD_PAGES["hurt.md"].replace("        icon: does-it-hurt\n", "")})
    problems = [(p.path, p.line, p.message) for p in load(root, assets).problems]
    assert problems == [(display_path(root / "en" / "hurt.md"), 7,
                         "the header needs 'icon: ...' (a name from assets/icons)")]


def test_an_illustration_from_the_pack_or_the_bundled_set(make_pack: PackWriter, assets: Path) -> None:
    bundled = sorted((assets / "illustrations").glob("*.svg"))[0].stem
    own = GOOD_PAGES["what.md"].replace("icon: what-is", "icon: what-is\n        illustration: images/me.png")
    theirs = GOOD_PAGES["hurt.md"].replace("icon: does-it-hurt",
                                           f"icon: does-it-hurt\n        illustration: {bundled}")
    root = make_pack({"what.md": own, "hurt.md": theirs, "images/me.png": qt_wrote("png", 20, 10)})
    result = load(root, assets)
    assert result.problems == ()
    what, hurt = result.pack.page("what"), result.pack.page("hurt")
    assert what is not None and what.illustration == (root / "en" / "images" / "me.png").resolve()
    assert hurt is not None and hurt.illustration == assets / "illustrations" / f"{bundled}.svg"
    wrong = make_pack({"what.md": own.replace("images/me.png", "images/gone.png")})
    [(line, message)] = [(p.line, p.message) for p in load(wrong, assets).problems]
    assert line == 8 and "images/gone.png" in message and "does not exist" in message


def test_a_markdown_problem_is_named_on_its_own_line(make_pack: PackWriter, assets: Path) -> None:
    body = GOOD_PAGES["hurt.md"] + "\n        Two.\n\n        Write to [us](mailto:a@b.example).\n"
    problems = [(p.line, p.message) for p in load(make_pack({"hurt.md": body}), assets).problems]
    assert [line for line, message in problems if "mailto" in message] == [13]


def test_a_page_without_a_summary_or_address_holds_empty_text(make_pack: PackWriter, assets: Path) -> None:
    home = GOOD_PAGES["home.md"].replace("        summary: Welcome.\n", "")
    pack = load(make_pack({"home.md": home}), assets).pack
    assert pack.home is not None and (pack.home.summary, pack.home.url, pack.home.order) == ("", "", 0)
    assert pack.home.illustration is None and pack.home.questions == ()


def test_an_icon_added_to_the_assets_is_found_at_the_next_load(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    import shutil

    mine = tmp_path / "assets"
    shutil.copytree(assets, mine)
    root = make_pack({"hurt.md": GOOD_PAGES["hurt.md"].replace("icon: does-it-hurt", "icon: new-icon")})
    assert [p.message for p in load(root, mine).problems][0].startswith("icon 'new-icon' is not in")
    shutil.copy(mine / "icons" / "does-it-hurt.svg", mine / "icons" / "new-icon.svg")
    assert load(root, mine).problems == ()


def test_a_picture_named_with_a_dot_is_a_file_of_the_pack(make_pack: PackWriter, assets: Path) -> None:
    own = GOOD_PAGES["what.md"].replace("icon: what-is", "icon: what-is\n        illustration: me.png")
    root = make_pack({"what.md": own, "me.png": qt_wrote("png", 20, 10)})
    result = load(root, assets)
    assert result.problems == ()
    what = result.pack.page("what")
    assert what is not None and what.illustration == (root / "en" / "me.png").resolve()


def test_links_inside_the_content_folder_are_fine(make_pack: PackWriter, assets: Path) -> None:
    import os

    root = make_pack({"images/me.png": qt_wrote("png", 20, 10)})
    os.symlink(root / "en" / "images" / "me.png", root / "en" / "images" / "same.png")
    os.symlink(root / "en" / "images", root / "en" / "pictures")
    assert load(root, assets).problems == ()


def test_a_broken_page_does_not_stop_the_check_for_repeated_ids(make_pack: PackWriter, assets: Path) -> None:
    root = make_pack({"aaa-broken.md": "no header at all", "zz-again.md": GOOD_PAGES["what.md"]})
    messages = [p.message for p in load(root, assets).problems]
    assert any("is already used by" in m for m in messages)


def test_an_icon_can_be_a_picture_of_the_pack(make_pack: PackWriter, assets: Path) -> None:
    own = GOOD_PAGES["what.md"].replace("icon: what-is", "icon: images/me.png")
    root = make_pack({"what.md": own, "images/me.png": qt_wrote("png", 20, 10)})
    result = load(root, assets)
    assert result.problems == ()
    what = result.pack.page("what")
    assert what is not None and what.icon == (root / "en" / "images" / "me.png").resolve()


def _shown_words(html: str) -> list[str]:
    """The words a patient reads, one entry per paragraph or list item."""
    return [part.strip() for part in re.split(r"<[^>]+>", html) if part.strip()]


def test_a_checklist_shows_only_its_words_and_boxes(make_pack: PackWriter, assets: Path) -> None:
    page = load(make_pack({"questions.md": CHECKLIST}), assets).pack.page("questions")
    assert page is not None
    assert _shown_words(page.html) == [
        "Ask your doctor:", "\u2610\u00a0Is it right for my skin?", "\u2610\u00a0How many treatments?"
    ]


def test_a_checklist_with_a_wrong_link_keeps_its_boxes(make_pack: PackWriter, assets: Path) -> None:
    checklist = CHECKLIST.replace("Ask your doctor:", "Ask your doctor, or see [the steps](walktrough):")
    result = load(make_pack({"questions.md": checklist}), assets)
    assert any("link to page 'walktrough'" in p.message for p in result.problems), result.problems
    page = result.pack.page("questions")
    assert page is not None
    assert _shown_words(page.html) == [
        "Ask your doctor, or see the steps:",
        "\u2610\u00a0Is it right for my skin?",
        "\u2610\u00a0How many treatments?",
    ]
