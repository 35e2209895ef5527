"""Bad packs give `path:line: message` for each problem, and the good pages still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.loader import load_pack
from kiosk.content.model import Kind
from tests.conftest import GOOD_PAGES, PackWriter


def load(root: Path, assets: Path) -> tuple[list[str], list[str]]:
    result = load_pack(root / "en", "en", assets)
    return [str(p) for p in result.problems], list(result.pack.page_ids)


def test_good_pack_loads_with_no_problems(make_pack: PackWriter, assets: Path) -> None:
    result = load_pack(make_pack() / "en", "en", assets)
    assert result.problems == ()
    pack = result.pack
    assert [p.id for p in pack.tiles] == ["what", "hurt", "walkthrough", "safety"]
    assert [p.id for p in pack.steps] == ["step-one", "step-two"]
    assert pack.home is not None and pack.home.title == "Microneedling"
    assert pack.safety is not None and pack.safety.kind is Kind.SAFETY
    assert pack.page("what") is not None
    assert pack.page("what").icon == assets / "icons" / "what-is.svg"  # type: ignore[union-attr]


def test_unknown_key_names_file_line_and_hint(make_pack: PackWriter, assets: Path) -> None:
    bad = GOOD_PAGES["hurt.md"].replace("summary:", "sumary:")
    problems, ids = load(make_pack({"hurt.md": bad}), assets)
    assert any(
        p.endswith("en/hurt.md:6: unknown header key 'sumary' (did you mean 'summary'?)") for p in problems
    ), problems
    assert "hurt" not in ids
    assert {"home", "what", "walkthrough", "safety"} <= set(ids)


def test_duplicate_ids(make_pack: PackWriter, assets: Path) -> None:
    copy = GOOD_PAGES["hurt.md"].replace("id: hurt", "id: what")
    problems, ids = load(make_pack({"hurt.md": copy}), assets)
    # Files are read in name order, so the second one, what.md, is the one told off.
    assert any(
        "what.md:2: id 'what' is already used by" in p and p.endswith("hurt.md:2") for p in problems
    ), problems
    assert ids.count("what") == 1


def test_missing_safety_notice(make_pack: PackWriter, assets: Path) -> None:
    problems, ids = load(make_pack({"safety.md": None}), assets)
    assert any("en/safety.md:1: there is no safety notice" in p for p in problems), problems
    assert "what" in ids


def test_walkthrough_with_no_steps(make_pack: PackWriter, assets: Path) -> None:
    problems, _ = load(make_pack({"steps/01.md": None, "steps/02.md": None}), assets)
    assert any("walkthrough.md:3: the walkthrough has no steps" in p for p in problems), problems


def test_link_to_a_page_that_does_not_exist(make_pack: PackWriter, assets: Path) -> None:
    """The mistake is an error, but the page stays: its link shows as plain words."""
    page = GOOD_PAGES["what.md"].replace("(walkthrough)", "(walktrough)")
    result = load_pack(make_pack({"what.md": page}) / "en", "en", assets)
    problems = [str(p) for p in result.errors]
    assert any(
        "what.md:9: link to page 'walktrough', but no page has that id (did you mean 'walkthrough'?); "
        "the kiosk shows the link's words without the link" in p
        for p in problems
    ), problems
    what = result.pack.page("what")
    assert what is not None
    assert "See the steps." in what.text and "<a " not in what.html and what.links == ()


def test_link_to_a_broken_page_keeps_the_linking_page(make_pack: PackWriter, assets: Path) -> None:
    """One broken page takes down only itself, never a chain of pages that link to it."""
    broken = GOOD_PAGES["walkthrough.md"].replace("order: 3", "order: third")
    result = load_pack(make_pack({"walkthrough.md": broken}) / "en", "en", assets)
    problems = [str(p) for p in result.errors]
    assert any("walkthrough.md:4: order must be a whole number" in p for p in problems), problems
    assert any(
        "what.md:9: link to page 'walkthrough', but that page has problems of its own" in p for p in problems
    ), problems
    assert {"what", "hurt", "safety"} <= set(result.pack.page_ids)
    assert "walkthrough" not in result.pack.page_ids
    what = result.pack.page("what")
    assert what is not None and "page:walkthrough" not in what.html


def test_a_broken_home_gives_a_built_in_home(make_pack: PackWriter, assets: Path) -> None:
    broken = GOOD_PAGES["home.md"].replace("kind: home", "kind: hoem")
    result = load_pack(make_pack({"home.md": broken}) / "en", "en", assets)
    assert any("home.md:3: kind 'hoem'" in str(p) for p in result.errors)
    assert not result.pack.has_own_home and result.pack.showable
    assert result.pack.home is not None and result.pack.home.title == "Learn about your treatment"
    assert [p.id for p in result.pack.tiles] == ["what", "hurt", "walkthrough", "safety"]


def test_a_missing_home_is_an_error(make_pack: PackWriter, assets: Path) -> None:
    result = load_pack(make_pack({"home.md": None}) / "en", "en", assets)
    assert any("en/home.md:1: there is no home page" in str(p) for p in result.errors)
    assert result.pack.home is not None


def test_escaped_image_names_find_their_file_and_errors_quote_them_as_written(
    make_pack: PackWriter, assets: Path
) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>'
    page = GOOD_PAGES["hurt.md"] + "\n        Words.\n\n        ![p](images/my\\_photo.svg)\n"
    result = load_pack(make_pack({"hurt.md": page, "images/my_photo.svg": svg}) / "en", "en", assets)
    assert result.problems == ()
    assert set(result.pack.images) == {"images/my_photo.svg"}
    missing = GOOD_PAGES["hurt.md"] + "\n        Words.\n\n        ![p](images/my\\_phot.svg)\n"
    problems, _ = load(make_pack({"hurt.md": missing, "images/my_photo.svg": svg}), assets)
    assert any(
        "hurt.md:13: image 'images/my\\_phot.svg' does not exist in this language folder "
        "(did you mean 'images/my_photo.svg'?)" in p
        for p in problems
    ), problems


@pytest.mark.parametrize(("written", "stored"), [
    ("my_phot.svg", "my_photo.svg"),
    ("images/steps/stpe-1.svg", "images/steps/step-1.svg"),
])
def test_a_missing_image_is_suggested_as_the_page_would_write_it(
    make_pack: PackWriter, assets: Path, written: str, stored: str
) -> None:
    """The suggestion is what to type: the folders the page wrote, none when it wrote none."""
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>'
    page = GOOD_PAGES["hurt.md"] + f"\n        Words.\n\n        ![p]({written})\n"
    problems, _ = load(make_pack({"hurt.md": page, stored: svg}), assets)
    assert any(f"image '{written}' does not exist in this language folder (did you mean '{stored}'?)"
               in p for p in problems), problems


def test_missing_image(make_pack: PackWriter, assets: Path) -> None:
    page = GOOD_PAGES["hurt.md"] + "\n        ![Cream on a cheek](images/cream.png)\n"
    problems, _ = load(make_pack({"hurt.md": page}), assets)
    assert any("hurt.md:11: image 'images/cream.png' does not exist" in p for p in problems), problems


def test_unknown_icon_suggests_the_closest(make_pack: PackWriter, assets: Path) -> None:
    page = GOOD_PAGES["hurt.md"].replace("icon: does-it-hurt", "icon: does-it-hurts")
    problems, _ = load(make_pack({"hurt.md": page}), assets)
    assert any(
        "hurt.md:7: icon 'does-it-hurts' is not in assets/icons (did you mean 'does-it-hurt'?)" in p
        for p in problems
    ), problems


def test_every_problem_is_reported_at_once(make_pack: PackWriter, assets: Path) -> None:
    root = make_pack(
        {
            "hurt.md": GOOD_PAGES["hurt.md"].replace("kind: section", "kind: sectoin"),
            "what.md": GOOD_PAGES["what.md"].replace("order: 1", "order: first"),
            "safety.md": None,
        }
    )
    problems, ids = load(root, assets)
    assert any("kind 'sectoin' is not one of" in p and "(did you mean 'section'?)" in p for p in problems)
    assert any("what.md:4: order must be a whole number, not 'first'" in p for p in problems)
    assert any("no safety notice" in p for p in problems)
    assert sorted(ids) == ["home", "step-one", "step-two", "walkthrough"]


def test_real_image_in_pack_is_owned_by_the_pack(make_pack: PackWriter, assets: Path) -> None:
    page = GOOD_PAGES["hurt.md"] + "\n        ![Cream](images/cream.svg)\n"
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>'
    root = make_pack({"hurt.md": page, "images/cream.svg": svg})
    result = load_pack(root / "en", "en", assets)
    assert result.problems == ()
    assert set(result.pack.images) == {"images/cream.svg"}


def test_non_utf8_bytes_name_the_line(make_pack: PackWriter, assets: Path) -> None:
    problems, ids = load(make_pack({"hurt.md": b"---\nid: hurt\ntitle: caf\xe9\n---\n"}), assets)
    assert any("hurt.md:3: this line has characters that are not UTF-8" in p for p in problems)
    assert "what" in ids


@pytest.mark.parametrize("body", ["", b""])
def test_empty_file(make_pack: PackWriter, assets: Path, body: str | bytes) -> None:
    problems, _ = load(make_pack({"hurt.md": body}), assets)
    assert any("hurt.md:1: a page must start with a '---' line" in p for p in problems)


def test_the_same_mistake_on_two_lines_is_reported_on_each(make_pack: PackWriter, assets: Path) -> None:
    page = GOOD_PAGES["hurt.md"] + (
        "\n        ![a](http://x.example/a.png)\n\n        Words.\n\n        ![a](http://x.example/a.png)\n"
    )
    problems, _ = load(make_pack({"hurt.md": page}), assets)
    web = [p for p in problems if "image 'http://x.example/a.png' is not a file" in p]
    assert [p.split(":")[1] for p in web] == ["11", "15"], problems


def test_asking_a_pack_for_a_page_it_does_not_have(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    assert pack.page("no-such-page") is None


@pytest.mark.parametrize(
    ("folder", "language", "words"),
    [
        ("es", "es-MX", ("Aprenda sobre su tratamiento", "Toque un tema para empezar.")),
        ("es", "es", ("Aprenda sobre su tratamiento", "Toque un tema para empezar.")),
        ("fr", "fr", ("Learn about your treatment", "Touch a topic to start.")),
    ],
)
def test_the_built_in_home_speaks_the_packs_language(
    make_pack: PackWriter, assets: Path, folder: str, language: str, words: tuple[str, str]
) -> None:
    """A pack without its own Home gets one: in its language (English for one without
    words here), first, with no picture and no text of its own."""
    root = make_pack({"home.md": None}, language=folder) / folder
    home = load_pack(root, language, assets).pack.home
    assert home is not None
    assert (home.id, home.kind, (home.title, home.summary), home.order) == ("home", Kind.HOME, words, 0)
    assert (home.icon, home.illustration, home.html, home.text, home.source) == (None, None, "", "", root)
