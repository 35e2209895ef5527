"""The bundled content, every language, loads with zero problems and keeps the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.check import check_content, languages
from kiosk.content.model import Kind


def test_bundled_content_is_clean(content: Path, assets: Path) -> None:
    report = check_content(content, assets)
    assert [str(p) for p in report.problems] == []
    assert set(report.packs) >= {"en", "es"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_bundled_pack_has_what_a_patient_needs(content: Path, assets: Path, language: str) -> None:
    pack = check_content(content, assets).packs[language].pack
    assert pack.home is not None
    assert pack.safety is not None and pack.safety.illustration is not None
    assert pack.walkthrough is not None
    assert len(pack.steps) == 6
    sections = pack.of_kind(Kind.SECTION)
    assert len(sections) == 5
    for page in pack.pages:
        for link in page.links:
            assert pack.page(link) is not None, f"{page.id} links to missing {link}"
        if page.kind is not Kind.HOME:
            assert page.text, f"{page.id} has no text"
    who = pack.page("who-should-get-it")
    assert who is not None and who.html.count("<li>") >= 4


def test_every_language_has_the_same_pages(content: Path, assets: Path) -> None:
    report = check_content(content, assets)
    ids = {lang: set(result.pack.page_ids) for lang, result in report.packs.items()}
    assert len({frozenset(v) for v in ids.values()}) == 1, ids
    assert languages(content) == sorted(ids)
