"""Languages are named in themselves, the same way on the kiosk and on the take-home website."""

from __future__ import annotations

import pytest

from kiosk.core.languages import LANGUAGE_NAMES, language_name


@pytest.mark.parametrize("code", sorted(LANGUAGE_NAMES))
def test_the_website_names_each_language_as_the_kiosk_does(code: str) -> None:
    from kiosk.site import pages
    from kiosk.ui.views import bar_reading_tools, bottom_bar, staff_usage

    for shown_by in (pages, bar_reading_tools, bottom_bar, staff_usage):
        assert shown_by.language_name(code) == LANGUAGE_NAMES[code], shown_by.__name__


def test_a_regional_code_takes_its_language_and_an_unknown_one_stays_as_written() -> None:
    assert language_name("es-MX") == "Español"
    assert language_name("vi") == "Tiếng Việt"
    assert language_name("xx") == "xx"
