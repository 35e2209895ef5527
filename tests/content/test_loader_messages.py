"""Each problem the loader finds, with the exact words and line an editor will read."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.content.loader import MAX_FILE_BYTES, display_path, load_pack, page_files
from tests.conftest import GOOD_PAGES, PackWriter


def problems_of(root: Path, assets: Path, name: str) -> list[tuple[int, str]]:
    """(line, message) of the problems in one file of root/en."""
    shown = display_path(root / "en" / name)
    return [(p.line, p.message) for p in load_pack(root / "en", "en", assets).problems if p.path == shown]


def test_files_that_are_not_pages_are_not_read(make_pack: PackWriter) -> None:
    root = make_pack({"README.md": "# notes for editors", ".draft.md": "x", "Readme.MD": "x"})
    names = {p.name for p in page_files(root / "en")}
    assert "README.md" not in names and ".draft.md" not in names and "home.md" in names
    assert {"01.md", "02.md"} <= names


def test_a_file_too_big_for_a_page(make_pack: PackWriter, assets: Path) -> None:
    body = GOOD_PAGES["hurt.md"] + "\n" + "word " * (MAX_FILE_BYTES // 5 + 400)
    root = make_pack({"hurt.md": body})
    size = (root / "en" / "hurt.md").stat().st_size
    assert problems_of(root, assets, "hurt.md") == [
        (1, f"the file is {size // 1024} KB; a page may be at most 200 KB (split it into several pages)")
    ]


def test_a_file_of_exactly_the_largest_size_is_read(make_pack: PackWriter, assets: Path) -> None:
    head = GOOD_PAGES["hurt.md"]
    root = make_pack({"hurt.md": head})
    path = root / "en" / "hurt.md"
    path.write_bytes(path.read_bytes().ljust(MAX_FILE_BYTES, b" "))
    assert not [m for _, m in problems_of(root, assets, "hurt.md") if "KB" in m]


def test_a_nul_byte_names_its_line(make_pack: PackWriter, assets: Path) -> None:
    text = GOOD_PAGES["hurt.md"] + "\n        One.\n        Two\x00.\n        Three\x00.\n"
    root = make_pack({"hurt.md": text})
    assert problems_of(root, assets, "hurt.md") == [(12, "this file holds a NUL byte; it is not a text file")]


def test_a_folder_named_like_a_page_is_not_read(make_pack: PackWriter, assets: Path) -> None:
    root = make_pack()
    (root / "en" / "odd.md").mkdir()
    assert problems_of(root, assets, "odd.md") == [
        (1, "this is not a plain file (it is a folder, pipe or device); it is not read")
    ]


def test_links_out_of_the_content_folder_are_not_followed(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    root = make_pack()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.md").write_text(GOOD_PAGES["hurt.md"].replace("hurt", "secret"))
    os.symlink(outside / "secret.md", root / "en" / "secret.md")
    os.symlink(outside, root / "en" / "more")
    result = load_pack(root / "en", "en", assets)
    found = {(p.path, p.line, p.message) for p in result.problems}
    assert (display_path(root / "en" / "secret.md"), 1,
            "this file is a link to a file outside the content folder") in found
    assert (display_path(root / "en" / "more"), 1,
            "this folder is a link to a folder outside the content folder; its pages are not read") in found
    assert result.pack.page("secret") is None


def test_header_problems_name_the_key_and_its_line(make_pack: PackWriter, assets: Path) -> None:
    hurt = (GOOD_PAGES["hurt.md"].replace("kind: section", "kind: sektion")
            .replace("order: 2", "order: second").replace("        summary: Very little.\n", ""))
    root = make_pack({"hurt.md": hurt, "what.md": GOOD_PAGES["what.md"].replace("        id: what\n", "")})
    assert problems_of(root, assets, "hurt.md") == [
        (3, "kind 'sektion' is not one of checklist, home, quiz, safety, section, step, walkthrough "
            "(did you mean 'section'?)"),
        (4, "order must be a whole number, not 'second'"),
    ]
    assert problems_of(root, assets, "what.md") == [(7, "the header needs 'id: ...'")]  # the closing ---


def test_a_tile_or_step_without_a_summary(make_pack: PackWriter, assets: Path) -> None:
    step = GOOD_PAGES["steps/01.md"].replace("        summary: Talk first.\n", "")
    home = GOOD_PAGES["home.md"].replace("summary: Welcome.\n", "")
    root = make_pack({"steps/01.md": step, "home.md": home})
    assert problems_of(root, assets, "steps/01.md") == [
        (6, "the header needs 'summary: ...' (one short line for the tile)")
    ]
    assert problems_of(root, assets, "home.md") == []


def test_problems_come_sorted_by_file_then_line(make_pack: PackWriter, assets: Path) -> None:
    root = make_pack({
        "what.md": GOOD_PAGES["what.md"].replace("order: 1", "order: x").replace("what-is", "wat"),
        "hurt.md": GOOD_PAGES["hurt.md"].replace("order: 2", "order: y"),
    })
    problems = load_pack(root / "en", "en", assets).problems
    keys = [(p.path, p.line) for p in problems]
    assert keys == sorted(keys) and len(keys) >= 3


QUIZ = """
    ---
    id: quiz
    kind: quiz
    order: 7
    title: Check what you learned
    summary: Two questions.
    icon: check
    ---
    ### One?
    - [x] Yes
    - [ ] No
    Because.
    """


def test_steps_and_a_quiz_without_a_walkthrough_are_named_at_their_kind_line(
    make_pack: PackWriter, assets: Path
) -> None:
    root = make_pack({"walkthrough.md": None, "quiz.md": QUIZ})
    problems = {(p.path, p.line, p.message) for p in load_pack(root / "en", "en", assets).problems}
    assert (display_path(root / "en" / "steps" / "01.md"), 3,
            "there are steps but no walkthrough page: add one with 'kind: walkthrough'") in problems
    assert (display_path(root / "en" / "quiz.md"), 3,
            "a quiz is offered at the end of the walkthrough, but there is no walkthrough page") in problems


def test_every_repeated_id_and_second_home_is_reported(make_pack: PackWriter, assets: Path) -> None:
    second_home = GOOD_PAGES["home.md"].replace("id: home", "id: home-two")
    root = make_pack({
        "again.md": GOOD_PAGES["what.md"],
        "hurt-again.md": GOOD_PAGES["hurt.md"],
        "zz-home.md": second_home,
    })
    found = [(p.path.rsplit("/", 1)[-1], p.line, p.message)
             for p in load_pack(root / "en", "en", assets).problems]
    first_home = display_path(root / "en" / "home.md")
    assert ("zz-home.md", 3, f"there can be only one 'home' page; {first_home} is one already") in found
    assert sum("is already used by" in message for _, _, message in found) == 2


def _what_with(body: str) -> dict[str, str | bytes | None]:
    return {"what.md": GOOD_PAGES["what.md"].replace(
        "        Microneedling is a skin treatment. See [the steps](walkthrough).\n",
        "".join(f"        {line}\n" for line in body.splitlines()))}


def _unknown_links(root: Path, assets: Path) -> list[tuple[int, str]]:
    """(line, page id) of each link to a page that does not exist, in what.md."""
    found = problems_of(root, assets, "what.md")
    assert all("but no page has that id" in message for _, message in found), found
    return [(line, message.split("'")[1]) for line, message in found]


def test_each_way_of_writing_a_link_is_named_at_its_own_line(make_pack: PackWriter, assets: Path) -> None:
    """The body starts at line 9; the ids are mentioned as plain words first, on line 9."""
    body = """Words first: walktrough and gide and stepps.

See [the steps](walktrough).

See [the guide][g].

See [the page](<stepps>).

See [more]( ovr ).

[g]: gide"""
    root = make_pack(_what_with(body))
    assert _unknown_links(root, assets) == [(11, "walktrough"), (15, "stepps"), (17, "ovr"), (19, "gide")]


def test_the_same_wrong_link_three_times_is_named_at_each_line(make_pack: PackWriter, assets: Path) -> None:
    body = """Words first: walktrough.

See [the steps](walktrough) or [these](walktrough).
Or [those](walktrough)."""
    root = make_pack(_what_with(body))
    assert _unknown_links(root, assets) == [(11, "walktrough"), (11, "walktrough"), (12, "walktrough")]


def test_a_wrong_link_on_the_first_line_is_named_there(make_pack: PackWriter, assets: Path) -> None:
    """Not at the next line whose link starts with the same letters."""
    root = make_pack(_what_with("See [the steps](walktrough).\n\nSee [more](walktrough-two)."))
    assert _unknown_links(root, assets) == [(9, "walktrough"), (11, "walktrough-two")]


def test_a_missing_picture_shown_twice_on_a_line_is_named_there_twice(
    make_pack: PackWriter, assets: Path
) -> None:
    body = "See [this]( gone.png ) and ![one](gone.png) and ![two](gone.png).\n\nThe file gone.png is gone."
    root = make_pack(_what_with(body))
    found = problems_of(root, assets, "what.md")
    assert [line for line, _ in found] == [9, 9, 9], found
    assert [m for _, m in found].count("image 'gone.png' does not exist in this language folder") == 2, found


def test_twenty_wrong_links_are_all_named_and_no_more_is_promised(
    make_pack: PackWriter, assets: Path
) -> None:
    body = "\n\n".join(f"See [page {n}](nowhere-{n})." for n in range(20))
    found = problems_of(make_pack(_what_with(body)), assets, "what.md")
    assert len(found) == 20 and not any("more links like these" in m for _, m in found), found
    body = "\n\n".join(f"See [page {n}](nowhere-{n})." for n in range(21))
    found = problems_of(make_pack(_what_with(body)), assets, "what.md")
    assert len(found) == 21 and (9, "... and 1 more links like these in this file") in found, found


def test_words_a_patient_reads_are_checked_at_their_own_line(make_pack: PackWriter, assets: Path) -> None:
    title = "Does it hurt when the needles go in, and for how long after it?"  # 63 characters
    hurt = (GOOD_PAGES["hurt.md"].replace("title: Does it hurt?", f"title: {title}")
            .replace("summary: Very little.", "summary: Very [little](what).")
            .replace("icon: does-it-hurt", "icon: does-it-hurt\n        caption: A <b>tube</b>"))
    assert problems_of(make_pack({"hurt.md": hurt}), assets, "hurt.md") == [
        (5, "the title is 63 characters long; a title may have at most 60 (it must fit on a tile), "
            "so make it shorter"),
        (6, "the summary holds a Markdown link ('[little](');"
            " a summary is shown as plain words, so markup would show as code (write the words only)"),
        (8, "the caption holds an HTML tag ('<b>'); a caption is shown as plain words, "
            "so markup would show as code (write the words only)"),
    ]


def test_a_page_without_a_kind_is_told_only_that(make_pack: PackWriter, assets: Path) -> None:
    hurt = GOOD_PAGES["hurt.md"].replace("        kind: section\n", "")
    found = problems_of(make_pack({"hurt.md": hurt}), assets, "hurt.md")
    assert found == [(7, "the header needs 'kind: ...'")]


def test_a_wrong_page_address_is_quoted_up_to_60_characters(make_pack: PackWriter, assets: Path) -> None:
    url = "clinic.example/" + "a" * 60
    hurt = GOOD_PAGES["hurt.md"].replace("icon: does-it-hurt", f"icon: does-it-hurt\n        url: {url}")
    assert problems_of(make_pack({"hurt.md": hurt}), assets, "hurt.md") == [
        (8, f"url 'clinic.example/{'a' * 45}' must be a web address like https://clinic.example/page"),
    ]


def test_a_line_nested_too_deep_is_named_at_its_line_in_the_file(make_pack: PackWriter, assets: Path) -> None:
    found = problems_of(make_pack(_what_with("One.\n\n> > > > > > > > > Deep.")), assets, "what.md")
    assert found == [
        (11, "this line is nested 9 levels deep (lists, quotes or indents); at most 8 levels are allowed")
    ]


def test_twenty_web_links_are_all_named_and_no_more_is_promised(make_pack: PackWriter, assets: Path) -> None:
    def web_links(count: int) -> str:
        return "\n\n".join(f"See [site {n}](https://site{n}.example)." for n in range(count))

    found = problems_of(make_pack(_what_with(web_links(20))), assets, "what.md")
    assert len(found) == 20 and not any("more problems like these" in m for _, m in found), found
    found = problems_of(make_pack(_what_with(web_links(21))), assets, "what.md")
    assert (49, "... and 1 more problems like these in this file") in found and len(found) == 21, found


def test_each_way_of_writing_a_missing_picture_is_named_at_its_own_line(
    make_pack: PackWriter, assets: Path
) -> None:
    """The body starts at line 9, where two of the names are mentioned as plain words first."""
    body = """Words first: gone-a.png and gone-b.png.

![one](gone-a.png)

![two][p]

![three]( gone-c.png )

[p]: gone-b.png"""
    found = problems_of(make_pack(_what_with(body)), assets, "what.md")
    assert all(m.endswith("does not exist in this language folder") for _, m in found), found
    named = [(line, m.split("'")[1]) for line, m in found]
    assert named == [(11, "gone-a.png"), (15, "gone-c.png"), (17, "gone-b.png")]


def test_a_tile_missing_its_title_summary_and_icon_is_told_in_that_order(
    make_pack: PackWriter, assets: Path
) -> None:
    """All at the closing `---` (line 5), in the order an editor fills a header in."""
    hurt = "".join(line for line in GOOD_PAGES["hurt.md"].splitlines(keepends=True)
                   if not line.strip().startswith(("title:", "summary:", "icon:")))
    assert problems_of(make_pack({"hurt.md": hurt}), assets, "hurt.md") == [
        (5, "the header needs 'title: ...'"),
        (5, "the header needs 'summary: ...' (one short line for the tile)"),
        (5, "the header needs 'icon: ...' (a name from assets/icons)"),
    ]


def test_a_picture_path_without_a_file_ending_is_not_taken_for_an_icon_name(
    make_pack: PackWriter, assets: Path
) -> None:
    hurt = GOOD_PAGES["hurt.md"].replace("icon: does-it-hurt", "icon: images/tube")
    assert problems_of(make_pack({"hurt.md": hurt}), assets, "hurt.md") == [
        (7, "image 'images/tube' is not a picture file (use .png, .jpg, .svg or .webp)"),
    ]


def test_an_empty_link_is_named_at_its_line(make_pack: PackWriter, assets: Path) -> None:
    found = problems_of(make_pack(_what_with("One.\n\nSee [this]().")), assets, "what.md")
    assert found == [(11, "a link needs a page id, like [safety notice](safety)")]


def test_an_e_mail_address_is_quoted_as_written_at_its_line(make_pack: PackWriter, assets: Path) -> None:
    """Python-Markdown spells an address out in entities; the editor reads it as typed."""
    body = "One.\n\nWrite to <front@clinic.example>.\n\nOr to <mailto:desk@clinic.example>."
    found = problems_of(make_pack(_what_with(body)), assets, "what.md")
    assert found == [
        (11, "link 'front@clinic.example' leaves the kiosk (mailto links are not allowed); "
             "link to a page id instead, like [safety notice](safety)"),
        (13, "link 'desk@clinic.example' leaves the kiosk (mailto links are not allowed); "
             "link to a page id instead, like [safety notice](safety)"),
    ]
