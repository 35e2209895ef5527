"""The readability formulas as published, worked by hand (the oracle is the literature,
not the code): Fernández-Huerta's ease and his grade table, and sentence ends."""

from __future__ import annotations

import pytest

from kiosk.content.readability import (
    HUERTA_GRADES,
    TextStats,
    base_language,
    fernandez_huerta,
    formula,
    huerta_grade,
    sentences,
)


def stats(words: int, sentences: int, syllables: int) -> TextStats:
    return TextStats(words=words, sentences=sentences, syllables=syllables)


def test_fernandez_huerta_ease_by_hand() -> None:
    # 206.84 - 60 * 200/100 - 1.02 * 100/10 = 206.84 - 120 - 10.2
    assert fernandez_huerta(stats(100, 10, 200)) == pytest.approx(76.64)
    # one sentence of ten words of one syllable: 206.84 - 60 - 10.2
    assert fernandez_huerta(stats(10, 1, 10)) == pytest.approx(136.64)


@pytest.mark.parametrize(("ease", "expected"), [(100, 3.0), (95, 3.5), (90, 4.0), (75, 5.5), (60, 8.0)])
def test_huerta_grade_follows_his_table_between_its_edges(ease: float, expected: float) -> None:
    assert (100.0, 3.0) in HUERTA_GRADES and (60.0, 8.0) in HUERTA_GRADES
    assert huerta_grade(ease) == pytest.approx(expected)


def test_huerta_grade_beyond_the_table_continues_its_first_and_last_bands() -> None:
    assert huerta_grade(110) == pytest.approx(2.0)  # along 100 -> 3, 90 -> 4
    assert huerta_grade(60) < huerta_grade(59) < huerta_grade(40)


def test_the_formula_is_chosen_by_the_base_language() -> None:
    assert (formula("es"), formula("es-MX"), formula("en"), formula("en_GB")) == (
        "fernandez-huerta", "fernandez-huerta", "flesch-kincaid", "flesch-kincaid")
    assert base_language(" PT-br ") == "pt"


def test_initials_and_abbreviations_do_not_end_a_sentence() -> None:
    assert sentences("J. Smith came. Dr. Lee left. So did A.") == [
        "J. Smith came.", "Dr. Lee left.", "So did A."
    ]
    assert sentences("It costs 2.5 dollars. Then stop") == ["It costs 2.5 dollars.", "Then stop"]
    assert sentences("Heading\n- item one\n. . .") == ["Heading", "- item one"]
