"""The take-home website, built without a browser: what is written, and what is not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.content.loader import load_pack
from kiosk.core.take_home import take_home_url
from kiosk.site.build import MARKER, SiteError, export_site
from tests.conftest import GOOD_PAGES, PackWriter

BASE = "https://clinic.example/learn"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kiosk.core.resources import bundled

    out = tmp_path_factory.mktemp("site") / "out"
    result = export_site(bundled("content"), out, bundled("assets"), "Smith & Jones Skin <Clinic>")
    assert result.errors == []
    return out


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def test_every_qr_address_of_the_bundled_content_has_its_page(
    site: Path, content: Path, assets: Path
) -> None:
    for language in ("en", "es"):
        pack = load_pack(content / language, language, assets).pack
        for page in pack.pages:
            address = take_home_url(BASE, language, page)
            assert address.startswith(BASE + "/"), address
            file = site / address.removeprefix(BASE + "/") / "index.html"
            assert file.is_file(), f"the QR code of {page.id} points at {address}, which has no page"
            assert f"<h1>{page.title}</h1>".replace("'", "&#x27;") in file.read_text(), file


def test_no_script_no_handler_and_no_address_outside_the_site(site: Path) -> None:
    for file in html_files(site):
        text = file.read_text()
        assert "<script" not in text.lower(), file
        assert not re.search(r"\son[a-z]+\s*=", text), file
        for address in re.findall(r'(?:href|src)="([^"]*)"', text):
            assert not re.match(r"^[a-z][a-z0-9+.-]*:|^/", address), f"{file}: {address}"
    css = (site / "_assets" / "site.css").read_text()
    outside = re.search(r"url\(\s*[\"']?(?:[a-z]+:|/)", css)
    assert "url(" in css and not outside, "the font comes from the site"
    assert (site / "_assets" / "fonts" / "AtkinsonHyperlegible-Regular.ttf").is_file()


def test_every_page_names_the_clinic_escaped(site: Path) -> None:
    for file in html_files(site):
        text = file.read_text()
        assert "Smith &amp; Jones Skin &lt;Clinic&gt;" in text, file
        assert "<Clinic>" not in text, file


def test_language_switch_keeps_the_page(site: Path) -> None:
    text = (site / "en" / "does-it-hurt" / "index.html").read_text()
    assert 'href="../../es/does-it-hurt/index.html" hreflang="es"' in text
    text = (site / "es" / "index.html").read_text()
    assert 'href="../en/index.html" hreflang="en"' in text


def test_walkthrough_is_one_page_with_its_steps_in_order(site: Path, content: Path, assets: Path) -> None:
    pack = load_pack(content / "en", "en", assets).pack
    text = (site / "en" / "walkthrough" / "index.html").read_text()
    places = [text.index(f'id="{step.id}"') for step in pack.steps]
    steps = len(pack.steps)
    assert steps >= 6 and places == sorted(places)
    assert "Step 1 of" in text and f"Step {steps} of {steps}" in text
    for step in pack.steps:
        if step.caption:
            assert f"<figcaption>{step.caption}</figcaption>".replace("'", "&#x27;") in text
    step = (site / "en" / "step-treatment" / "index.html").read_text()
    assert 'href="../../en/walkthrough/index.html#step-treatment"' in step


def test_quiz_answers_wait_behind_details(site: Path, content: Path, assets: Path) -> None:
    quiz = load_pack(content / "en", "en", assets).pack.quiz
    assert quiz is not None
    text = (site / "en" / "quiz" / "index.html").read_text()
    assert "[x]" not in text and "[ ]" not in text
    assert text.count("<details>") == len(quiz.questions) >= 3
    for question in quiz.questions:
        answer = text.index(f"The answer: {question.choices[question.answer]}.")
        last_choice = text.index(f"<li>{question.choices[-1]}</li>")
        assert text.rindex("<details>", 0, answer) > last_choice, "the answer waits under its choices"


BAD = GOOD_PAGES["hurt.md"].replace(
    "Numbing cream comes first.", "Click [here](javascript:alert(1)) or <script>alert(2)</script>."
)
PICTURE = GOOD_PAGES["what.md"].replace(
    "Microneedling is a skin treatment. See [the steps](walkthrough).",
    "![A pen-shaped tool](images/pen one.svg) See [the steps](walkthrough) and [hurt](hurt).",
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"></svg>'


def test_what_the_kiosk_refuses_never_reaches_the_site(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    root = make_pack({"hurt.md": BAD, "what.md": PICTURE, "images/pen one.svg": SVG})
    out = tmp_path / "site"
    result = export_site(root, out, assets)
    assert any("javascript" in p.message for p in result.errors)
    assert not (out / "en" / "hurt").exists(), "a page the kiosk leaves out is left out of the site"
    every = "".join(f.read_text() for f in html_files(out))
    assert "alert(" not in every and "javascript" not in every
    what = (out / "en" / "what" / "index.html").read_text()
    assert '<img alt="A pen-shaped tool" src="../../en/_media/images/pen%20one.svg">' in what
    assert (out / "en" / "_media" / "images" / "pen one.svg").read_bytes() == SVG
    assert 'href="../../en/walkthrough/index.html">the steps</a>' in what
    assert "hurt</a>" not in what and " hurt." in what, "a link to a left-out page keeps only its words"


def test_only_language_folders_named_like_codes_are_published(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    make_pack(language='e"s')
    root = make_pack()
    result = export_site(root, tmp_path / "site", assets)
    assert result.languages == ["en"]
    assert any("left out of the site" in p.message for p in result.errors)
    assert not (tmp_path / "site" / 'e"s').exists()


def test_an_earlier_site_is_replaced_and_other_folders_are_left_alone(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    root = make_pack()
    out = tmp_path / "site"
    export_site(root, out, assets)
    assert (out / MARKER).exists() and (out / "en" / "hurt" / "index.html").exists()
    (root / "en" / "hurt.md").unlink()
    export_site(root, out, assets)
    assert not (out / "en" / "hurt").exists(), "a page that is gone is gone from the site"
    other = tmp_path / "www"
    other.mkdir()
    (other / "clinic.html").write_text("ours")
    with pytest.raises(SiteError, match="already holds other files"):
        export_site(root, other, assets)
    assert [p.name for p in other.iterdir()] == ["clinic.html"]


def test_export_site_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.core.resources import bundled

    config = tmp_path / "kiosk.toml"
    config.write_text(f'take_home_url = "{BASE}"\nclinic_name = "Bright Skin Clinic"\n')
    assert main(["export-site", str(tmp_path / "out"), "--config", str(config)]) == 0
    said = capsys.readouterr().out
    pages = sum(len(load_pack(bundled("content") / lang, lang, bundled("assets")).pack.pages) + 1
                for lang in ("en", "es"))  # each page, and each language's front page
    assert f"{pages} pages in en, es" in said and f"{BASE}/<language>/<page-id>" in said
    assert "Bright Skin Clinic" in (tmp_path / "out" / "es" / "quiz" / "index.html").read_text()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    assert main(["export-site", str(tmp_path / "full")]) == 1
    assert "already holds other files" in capsys.readouterr().err


def test_the_site_is_built_without_qt(tmp_path: Path) -> None:
    """A web server or a CI job can build the site with no display and no Qt."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kiosk.app import main\n"
        f"assert main(['export-site', {str(tmp_path / 'out')!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
