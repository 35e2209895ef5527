"""The bundled content, every language, loads with zero problems and keeps the rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.content.check import check_content, languages
from kiosk.content.model import Kind, Pack


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
    assert len(pack.steps) == 7
    sections = pack.of_kind(Kind.SECTION)
    assert len(sections) == 5
    assert any(page.links for page in pack.pages), "no page links to another: the check below is empty"
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


def _pack(content: Path, assets: Path, language: str) -> Pack:
    return check_content(content, assets).packs[language].pack


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_picture_has_a_caption_and_every_step_its_own_picture(
    content: Path, assets: Path, language: str
) -> None:
    pack = _pack(content, assets, language)
    uncaptioned = [p.id for p in pack.pages if p.illustration is not None and not p.caption]
    assert uncaptioned == []
    echoes = [p.id for p in pack.pages if p.caption and p.caption == p.summary]
    assert echoes == [], "a caption says what the picture shows, not the summary again"
    step_pictures = [step.illustration for step in pack.steps]
    assert None not in step_pictures
    assert len(set(step_pictures)) == len(step_pictures), "two steps share a picture"
    others = {p.illustration for p in pack.pages if p.kind is not Kind.STEP}
    assert [s.id for s in pack.steps if s.illustration in others] == []


@pytest.mark.parametrize("language", ["en", "es"])
def test_pictures_the_content_review_asked_for(content: Path, assets: Path, language: str) -> None:
    pack = _pack(content, assets, language)
    names = {p.id: p.illustration.stem for p in pack.pages if p.illustration is not None}
    assert names["who-should-get-it"] != "results", "a results picture implies an outcome"
    assert names["step-treatment"] == "clock-15"
    assert pack.steps[-1].id == "step-key-points"
    assert pack.quiz is not None and pack.quiz.order > pack.steps[-1].order


def test_spanish_and_english_captions_are_twins(content: Path, assets: Path) -> None:
    english, spanish = _pack(content, assets, "en"), _pack(content, assets, "es")
    for page in english.pages:
        twin = spanish.page(page.id)
        assert twin is not None
        assert bool(twin.caption) == bool(page.caption), page.id
        assert twin.caption != page.caption or not page.caption, f"{page.id}: caption not translated"


@pytest.mark.parametrize(
    ("language", "wrong"),
    [
        ("en", r"nothing is saved|\bnot saved"),
        ("es", r"no se guarda|proveedor|\bhacer microagujas|las microagujas (son|funcionan)"
               r"|señales de la edad|su piel sana\b|más llen[oa]\b|agujeritos pequeños|baja el riesgo"
               r"|suele pasarse|reúnase"),
    ],
)
def test_words_the_review_ruled_out_are_gone(content: Path, assets: Path, language: str, wrong: str) -> None:
    pack = _pack(content, assets, language)
    found = {
        p.id: hit.group(0)
        for p in pack.pages
        if (hit := re.search(wrong, " ".join([p.title, p.summary, p.caption, p.text]), re.IGNORECASE))
    }
    assert found == {}


@pytest.mark.parametrize(
    ("language", "not_advice", "ask_provider"),
    [
        ("en", "not medical advice", "provider"),
        ("es", "no es consejo médico", "el profesional que le atiende"),
    ],
)
def test_home_says_not_medical_advice_and_who_to_ask(
    content: Path, assets: Path, language: str, not_advice: str, ask_provider: str
) -> None:
    pack = _pack(content, assets, language)
    assert pack.home is not None
    assert not_advice in pack.home.summary.lower(), "Home shows only its summary line"
    checklist = pack.page("questions")
    assert checklist is not None
    items = re.findall(r"<li>(.*?)</li>", checklist.html, re.S)
    assert len(items) >= 10
    assert [item for item in items if not item.rstrip().endswith("?")] == [], "questions only, no answers"
    first = pack.page("what-is-microneedling")
    assert first is not None and ask_provider in first.text.lower()
