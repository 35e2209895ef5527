"""Reading grade and authoring warnings: what `kiosk check` tells staff about their pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.content.loader import display_path, load_pack
from kiosk.content.model import Severity
from kiosk.content.readability import (
    MAX_GRADE,
    UnsupportedLanguage,
    authoring_warnings,
    count_syllables,
    fernandez_huerta,
    grade,
    huerta_grade,
    readability_report,
    sentences,
    text_stats,
)
from tests.conftest import PackWriter

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10"/></svg>'


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("skin", 1),
        ("treatment", 2),
        ("numbing", 2),
        ("collagen", 3),
        ("provider", 3),
        ("irritated", 4),
        ("microneedling", 4),
        ("dermatologist", 5),
        ("makes", 1),
        ("places", 2),
        ("wrinkles", 2),
        ("jumped", 1),
        ("wanted", 2),
        ("little", 2),
        ("while", 1),
        ("safety", 2),
        ("something", 2),
        ("usually", 4),
        ("video", 3),
        ("infection", 3),
        ("language", 2),
        ("quiet", 2),
        ("patient", 2),
        ("eyes", 1),
        ("acne", 2),
        ("SPF", 3),
        ("at-home", 2),
        ("skin's", 1),
        ("15", 2),
    ],
)
def test_english_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word, "en") == syllables


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("piel", 1),
        ("casa", 2),
        ("agua", 2),
        ("día", 2),
        ("país", 2),
        ("aire", 2),
        ("ciudad", 2),
        ("poeta", 3),
        ("que", 1),
        ("guerra", 2),
        ("pingüino", 3),
        ("muy", 1),
        ("y", 1),
        ("ayuda", 3),
        ("cuídese", 3),
        ("infección", 3),
        ("proteína", 4),
        ("tratamiento", 4),
        ("microagujas", 5),
        ("dermatólogo", 5),
        ("reafirmarla", 5),
    ],
)
def test_spanish_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word, "es") == syllables


def test_flesch_kincaid_of_sentences_worked_by_hand() -> None:
    # 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59
    assert grade("The cat sat on the mat.", "en") == pytest.approx(-1.45)
    # Micro-need-ling is a skin treat-ment: 5 words, 9 syllables, 1 sentence.
    assert grade("Microneedling is a skin treatment.", "en") == pytest.approx(0.39 * 5 + 11.8 * 9 / 5 - 15.59)
    # Your skin heals. It makes new col-la-gen: 7 words, 9 syllables, 2 sentences.
    assert grade("Your skin heals. It makes new collagen.", "en") == pytest.approx(
        0.39 * 7 / 2 + 11.8 * 9 / 7 - 15.59
    )


def test_long_sentences_and_long_words_raise_the_grade() -> None:
    plain = "Your skin heals on its own. It makes new collagen. This keeps skin firm."
    dense = (
        "Percutaneous collagen induction therapy stimulates dermal remodeling through "
        "controlled microscopic injuries, which subsequently initiate physiological "
        "regeneration processes involving fibroblast proliferation."
    )
    assert grade(plain, "en") <= 4
    assert grade(dense, "en") > 16


def test_headings_and_list_items_without_a_full_stop_are_sentences() -> None:
    text = "What it can help with\nFine lines\nAcne scars\nIt helps. It is quick"
    assert sentences(text) == [
        "What it can help with",
        "Fine lines",
        "Acne scars",
        "It helps.",
        "It is quick",
    ]
    assert text_stats(text, "en").sentences == 5


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    text = "Dr. Lee sees you at 2.5 pm. Then you go home!\n¿Duele? Sr. Ruiz dice que no."
    assert sentences(text) == [
        "Dr. Lee sees you at 2.5 pm.",
        "Then you go home!",
        "¿Duele?",
        "Sr. Ruiz dice que no.",
    ]


def test_spanish_easy_text_reads_easy_and_dense_text_hard() -> None:
    easy = "Mi casa es azul. El sol sale. Yo como pan. Me gusta el mar."
    dense = (
        "La administración sistemática de procedimientos dermatológicos mínimamente "
        "invasivos requiere consideraciones terapéuticas individualizadas, particularmente "
        "en pacientes inmunocomprometidos con antecedentes de cicatrización hipertrófica."
    )
    assert fernandez_huerta(text_stats(easy, "es")) > 90
    assert grade(easy, "es") < 4
    assert fernandez_huerta(text_stats(dense, "es")) < 30
    assert grade(dense, "es") > 14
    assert grade(easy, "es-MX") == grade(easy, "es")


def test_spanish_grade_threshold_follows_fernandez_huerta_table() -> None:
    # His table: 60-70 is "7th or 8th grade"; below 60 is beyond the 8th grade.
    assert huerta_grade(60) == pytest.approx(MAX_GRADE)
    assert 6 <= huerta_grade(65) < MAX_GRADE
    assert huerta_grade(59) > MAX_GRADE
    assert huerta_grade(95) == pytest.approx(3.5)


def test_a_language_with_no_formula_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage):
        grade("Le soin de la peau.", "fr")


@pytest.mark.parametrize("language", ["en", "es"])
def test_bundled_pages_are_grade_8_or_lower_and_get_no_warnings(
    content: Path, assets: Path, language: str
) -> None:
    pack = load_pack(content / language, language, assets).pack
    levels = readability_report(pack)
    assert len(levels) == len(pack.pages) >= 10
    too_hard = {level.page_id: round(level.grade, 1) for level in levels if level.grade > 8}
    assert too_hard == {}
    assert [str(p) for p in authoring_warnings(pack)] == []


def test_report_is_json_ready(content: Path, assets: Path) -> None:
    pack = load_pack(content / "en", "en", assets).pack
    level = next(r for r in readability_report(pack) if r.page_id == "does-it-hurt")
    data = json.loads(json.dumps(level.as_dict()))
    assert data["page_id"] == "does-it-hurt"
    assert data["language"] == "en"
    assert data["formula"] == "flesch-kincaid"
    assert data["words"] > 50 and data["sentences"] > 5
    assert data["grade"] == round(level.grade, 1)


LONG_PAGE = """
    ---
    id: long
    kind: section
    order: 4
    title: Long page
    summary: Too many words.
    icon: safety
    illustration: images/header.svg
    ---
    A short first paragraph. ![A pen](images/pen.svg)

    {paragraph}

    - A short item.
    - {paragraph}
    """


def _long_pack(make_pack: PackWriter, *, extra: dict[str, str | bytes | None]) -> Path:
    paragraph = " ".join(["Talk with your doctor."] * 17) + " Then rest."  # 70 words
    pages: dict[str, str | bytes | None] = {
        "long.md": LONG_PAGE.replace("{paragraph}", paragraph),
        "images/header.svg": SVG,
        "images/pen.svg": SVG,
        "images/unused.svg": SVG,
    }
    pages.update(extra)
    return make_pack(pages)


def test_long_paragraph_and_unused_image_are_warned_with_path_and_line(
    make_pack: PackWriter, assets: Path
) -> None:
    root = _long_pack(make_pack, extra={"images/old photo.png": b"\x89PNG\r\n\x1a\n" + bytes(16)})
    result = load_pack(root / "en", "en", assets)
    assert result.problems == ()
    warnings = authoring_warnings(result.pack)
    page = display_path(root / "en" / "long.md")
    assert {str(p) for p in warnings} == {
        f"{page}:12: warning: this paragraph has 70 words; keep it to 60 or fewer (split it, or cut words)",
        f"{page}:15: warning: this list item has 70 words; keep it to 60 or fewer (split it, or cut words)",
        f"{display_path(root / 'en/images/unused.svg')}:1: warning: no page shows this image; "
        "use it with ![what it shows](images/unused.svg) or 'illustration: images/unused.svg', "
        "or delete the file",
        f"{display_path(root / 'en/images/old photo.png')}:1: warning: no page shows this "
        "image; use it with ![what it shows](images/old photo.png) or "
        "'illustration: images/old photo.png', or delete the file",
    }
    assert all(p.severity is Severity.WARNING for p in warnings)


def test_image_of_a_page_with_an_error_is_not_called_unused(make_pack: PackWriter, assets: Path) -> None:
    broken = """
        ---
        id: broken
        kind: section
        title: Broken
        summary: No icon line, so this page has an error.
        ---
        ![A photo](images/unused.svg)
        """
    root = _long_pack(make_pack, extra={"broken.md": broken})
    result = load_pack(root / "en", "en", assets)
    assert result.errors  # the page is left out, and its error is reported
    assert not any("unused.svg" in str(p) for p in authoring_warnings(result.pack))


def test_hard_page_is_warned_at_its_longest_sentence(make_pack: PackWriter, assets: Path) -> None:
    hard = """
        ---
        id: hard
        kind: section
        order: 5
        title: Hard page
        summary: Dense words.
        icon: safety
        ---
        ### Mechanism

        Percutaneous collagen induction stimulates fibroblast proliferation.

        Controlled microscopic injuries subsequently initiate physiological regeneration
        processes, significantly improving dermal elasticity and pigmentation irregularities.
        """
    root = make_pack({"hard.md": hard})
    pack = load_pack(root / "en", "en", assets).pack
    [warning] = authoring_warnings(pack)
    level = next(r for r in readability_report(pack) if r.page_id == "hard")
    assert str(warning) == (
        f"{display_path(root / 'en/hard.md')}:13: warning: reading grade {level.grade:.1f} "
        "is above 8: use shorter sentences and common words (the longest sentence, "
        "15 words, starts on this line)"
    )
    assert level.grade > 14


def test_language_with_no_formula_still_gets_paragraph_and_image_warnings(
    make_pack: PackWriter, assets: Path
) -> None:
    root = _long_pack(make_pack, extra={})
    pack = load_pack(root / "en", "fr", assets).pack
    assert readability_report(pack) == []
    messages = [p.message for p in authoring_warnings(pack)]
    assert sum("has 70 words" in m for m in messages) == 2
    assert sum("no page shows this image" in m for m in messages) == 1


def test_a_page_of_one_short_sentence_gets_no_grade_warning(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    step = next(r for r in readability_report(pack) if r.page_id == "step-one")
    assert step.grade > 8  # "Talk with a licensed dermatologist." is five words
    assert authoring_warnings(pack) == []


def test_every_bundled_english_page_reads_at_grade_6_or_lower(content: Path, assets: Path) -> None:
    """Patient-education vendors aim at grade 6 (KIOSK_STANDARDS.md); the kiosk only warns above 8."""
    pack = load_pack(content / "en", "en", assets).pack
    above_6 = {level.page_id: round(level.grade, 1) for level in readability_report(pack) if level.grade > 6}
    assert above_6 == {}
