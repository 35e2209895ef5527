"""Contrast and sizes, computed from the theme itself."""

import colorsys

import pytest

from kiosk.core import theme

TEXT_PAIRS = [
    ("ink", "background"), ("ink", "surface"), ("muted_ink", "background"), ("muted_ink", "surface"),
    ("primary", "background"), ("primary", "surface"), ("on_primary", "primary"),
    ("on_primary", "primary_pressed"), ("on_safety", "safety_soft"), ("ink", "tile_pressed"),
    ("on_wrong", "wrong_soft"), ("on_right", "right_soft"),
]
OUTLINE_PAIRS = [("outline", "background"), ("outline", "surface"), ("safety", "safety_soft"),
                 ("focus", "surface"), ("primary", "surface"), ("wrong", "wrong_soft"),
                 ("wrong", "background"), ("primary", "right_soft")]


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_standard_text_reaches_4_5_to_1(fg: str, bg: str) -> None:
    p = theme.STANDARD
    assert theme.contrast(getattr(p, fg), getattr(p, bg)) >= 4.5


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_high_contrast_text_reaches_7_to_1(fg: str, bg: str) -> None:
    p = theme.HIGH_CONTRAST
    assert theme.contrast(getattr(p, fg), getattr(p, bg)) >= 7


@pytest.mark.parametrize("palette", [theme.STANDARD, theme.HIGH_CONTRAST])
@pytest.mark.parametrize(("fg", "bg"), OUTLINE_PAIRS)
def test_icons_and_outlines_reach_3_to_1(palette: theme.Palette, fg: str, bg: str) -> None:
    assert theme.contrast(getattr(palette, fg), getattr(palette, bg)) >= 3


def test_contrast_formula_matches_wcag_examples() -> None:
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_targets_and_body_text_at_1080p_and_scaling() -> None:
    m = theme.metrics(1920, 1080)
    assert m.target >= 64 and m.body >= 28
    big = theme.metrics(3840, 2160)
    assert big.target == 2 * m.target and big.body == 2 * m.body
    assert theme.metrics(1920, 1080, "largest").body == round(m.body * 1.5)


def hue(colour: str) -> float:
    """Hue in degrees (0 to 360) of a #RRGGBB colour, by the usual HSV formula."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(red, green, blue)[0] * 360


@pytest.mark.parametrize("palette", [theme.STANDARD, theme.HIGH_CONTRAST])
def test_wrong_answer_colour_is_not_the_safety_colour(palette: theme.Palette) -> None:
    """A wrong quiz answer must not look like the safety notice (amber)."""
    apart = abs(hue(palette.wrong) - hue(palette.safety))
    assert min(apart, 360 - apart) >= 25, (palette.wrong, palette.safety)
    assert palette.wrong_soft != palette.safety_soft or palette.name == "high-contrast"
    assert palette.on_wrong != palette.on_safety
