"""A broken or missing safety.md still leaves a safety notice, in plain words, in the pack's
language; `kiosk check` still names the broken file and line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.loader import load_pack
from kiosk.content.model import BUILT_IN_SAFETY_WORDS, Kind
from kiosk.content.readability import grade
from kiosk.core.resources import bundled
from tests.conftest import GOOD_PAGES, PackWriter
from tests.content.test_source_overlap import FINGERPRINT, word_runs

BROKEN = GOOD_PAGES["safety.md"].replace("kind: safety", "kind: safty")


def test_a_broken_safety_notice_gives_the_built_in_one(make_pack: PackWriter, assets: Path) -> None:
    result = load_pack(make_pack({"safety.md": BROKEN}) / "en", "en", assets)
    assert any("safety.md:3: kind 'safty'" in str(p) for p in result.errors), result.errors
    pack = result.pack
    safety = pack.safety
    assert safety is not None and not pack.has_own_safety
    assert safety.kind is Kind.SAFETY and safety.title == "Safety notice"
    assert "licensed dermatologist" in safety.text and "<p>" in safety.html
    assert pack.page(safety.id) == safety, "it opens like any page"
    assert "safety" not in pack.page_ids, "the broken page itself is still left out"


def test_the_pack_s_own_notice_comes_first(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    assert pack.has_own_safety and pack.safety is not None
    assert pack.safety.summary == "Have a licensed dermatologist do it."


def test_a_page_that_holds_the_id_safety_keeps_it(make_pack: PackWriter, assets: Path) -> None:
    other = GOOD_PAGES["hurt.md"].replace("id: hurt", "id: safety")
    pack = load_pack(make_pack({"safety.md": None, "hurt.md": other}) / "en", "en", assets).pack
    assert pack.page("safety") is not None and pack.page("safety").kind is Kind.SECTION  # type: ignore[union-attr]
    assert pack.safety is not None and pack.safety.id != "safety"
    assert pack.page(pack.safety.id) == pack.safety


def test_spanish_and_other_languages(make_pack: PackWriter, assets: Path) -> None:
    spanish = load_pack(make_pack({"safety.md": None}, language="es") / "es", "es", assets).pack
    assert spanish.safety is not None and spanish.safety.title == "Aviso de seguridad"
    french = load_pack(make_pack({"safety.md": None}, language="fr") / "fr", "fr", assets).pack
    assert french.safety is not None and french.safety.title == "Safety notice", "English for the rest"


def test_no_pages_no_notice(tmp_path: Path, assets: Path) -> None:
    (tmp_path / "en").mkdir()
    assert load_pack(tmp_path / "en", "en", assets).pack.safety is None


@pytest.mark.parametrize("language", sorted(BUILT_IN_SAFETY_WORDS))
def test_the_built_in_words_are_plain(language: str) -> None:
    """US grade 6 or lower (the same formulas `kiosk check` uses), short lines."""
    title, summary, lines = BUILT_IN_SAFETY_WORDS[language]
    assert grade("\n".join([summary, *lines]), language) <= 6.0
    assert all(len(line.split()) <= 16 for line in lines)


def test_the_built_in_words_copy_no_sentence_of_the_source() -> None:
    source = set(FINGERPRINT.read_text("ascii").split())
    title, summary, lines = BUILT_IN_SAFETY_WORDS["en"]
    copied = [run for key, run in word_runs(" ".join([title, summary, *lines])).items() if key in source]
    assert copied == []


def test_kiosk_check_still_names_the_broken_file_and_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(bundled("content"), content)
    notice = content / "en" / "safety.md"
    notice.write_text(notice.read_text("utf-8").replace("kind: safety", "kind: safty"), "utf-8")
    done = subprocess.run([sys.executable, "-m", "kiosk", "check", str(content)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "en/safety.md:3: kind 'safty'" in done.stdout + done.stderr, done.stdout + done.stderr


def test_the_take_home_site_has_the_built_in_notice_every_page_links(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    from kiosk.site.build import export_site

    out = tmp_path / "site"
    export_site(make_pack({"safety.md": BROKEN}), out, assets)
    notice = out / "en" / "safety" / "index.html"
    assert notice.is_file(), "the safety link of every page has a page to go to"
    assert "licensed dermatologist" in notice.read_text()
    assert 'href="../../en/safety/index.html"' in (out / "en" / "hurt" / "index.html").read_text()


def test_the_built_in_notice_word_for_word(make_pack: PackWriter, assets: Path) -> None:
    """The strip under every page shows the summary; read-aloud reads the text, a line each."""
    pack = load_pack(make_pack({"safety.md": None}) / "en", "en", assets).pack
    safety = pack.safety
    assert safety is not None
    assert safety.summary == "Ask your provider before you choose a treatment."
    lines = [
        "This kiosk is here to help you learn. It is not medical advice.",
        "Ask your provider or our staff if this treatment is right for you.",
        "Have it done by a licensed dermatologist. That is a doctor for the skin.",
        "Do not use microneedling tools at home. They can cause scars and infection.",
    ]
    assert safety.text == "\n".join(lines)
    assert safety.html == "".join(f"<p>{line}</p>" for line in lines)


def test_a_pack_without_its_own_notice_has_no_other_page_it_lacks(
    make_pack: PackWriter, assets: Path
) -> None:
    pack = load_pack(make_pack({"safety.md": None}) / "en", "en", assets).pack
    assert pack.page("safety") is not None
    assert pack.page("no-such-page") is None


def test_the_built_in_notice_beside_a_page_called_safety_has_its_own_address(
    make_pack: PackWriter, assets: Path
) -> None:
    """Its id names its page on the take-home site, so it stays the same from one load to the next."""
    other = GOOD_PAGES["hurt.md"].replace("id: hurt", "id: safety")
    pack = load_pack(make_pack({"safety.md": None, "hurt.md": other}) / "en", "en", assets).pack
    assert pack.safety is not None and pack.safety.id == "built-in-safety"


def test_a_regional_spanish_pack_gets_the_spanish_notice(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack({"safety.md": None}, language="es") / "es", "es-MX", assets).pack
    assert pack.safety is not None and pack.safety.title == "Aviso de seguridad"
    assert pack.safety.summary == "Pregunte al profesional que le atiende antes de elegir un tratamiento."
