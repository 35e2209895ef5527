"""Words on balanced lines (kiosk/core/lines.py): the QR caption and the safety strip."""

from __future__ import annotations

from kiosk.core.lines import balanced_lines


def test_balanced_lines_never_leave_a_word_alone() -> None:
    words = ["Scan", "to", "read", "this", "at", "home"]
    assert balanced_lines(words, len, 10) == ["Scan to read", "this at home"]
    assert balanced_lines(words, len, 40) == ["Scan to read this at home"]


def test_words_that_fit_stay_on_one_line_and_a_long_word_keeps_its_own() -> None:
    assert balanced_lines(["Read", "this"], len, 9) == ["Read this"]
    lines = balanced_lines(["Microneedling", "is", "safe"], len, 8)
    assert "Microneedling" in lines and all(len(line) <= 8 or " " not in line for line in lines)
