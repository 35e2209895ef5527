"""The kiosk's look as data: palettes, a spacing scale and a type scale.

Pure Python, so contrast can be computed and tested without a display. The Qt
stylesheet (assets/styles/kiosk.qss) is filled in from these values; no widget
holds a colour or size of its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

TEXT_SCALES = {"normal": 1.0, "large": 1.25, "largest": 1.5}
DESIGN_HEIGHT = 1080
"""Sizes below are pixels on a 1080-pixel short side; they scale with the screen."""


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    surface: str
    ink: str
    muted_ink: str
    outline: str
    primary: str
    on_primary: str
    primary_pressed: str
    accent: str
    accent_soft: str
    tile_pressed: str
    safety: str
    safety_soft: str
    on_safety: str
    focus: str
    wrong: str
    """A wrong quiz answer: a red, never the safety notice's amber."""
    wrong_soft: str
    on_wrong: str
    right_soft: str
    """A right quiz answer: a soft tint in the primary's border, never filled like the next step."""
    on_right: str


STANDARD = Palette(
    name="standard",
    background="#F4F7F8",
    surface="#FFFFFF",
    ink="#1F2A33",
    muted_ink="#4A5A66",
    outline="#6E8290",
    primary="#1F6F78",
    on_primary="#FFFFFF",
    primary_pressed="#15535A",
    accent="#B4581F",
    accent_soft="#FBE3CF",
    tile_pressed="#CFE8E6",
    safety="#8A5300",
    safety_soft="#FFF1D0",
    on_safety="#5C3700",
    focus="#B4581F",
    wrong="#B3261E",
    wrong_soft="#FCE8E8",
    on_wrong="#8C1D18",
    right_soft="#DDF0EE",
    on_right="#15535A",
)

HIGH_CONTRAST = Palette(
    name="high-contrast",
    background="#000000",
    surface="#000000",
    ink="#FFFFFF",
    muted_ink="#F0F0F0",
    outline="#FFFFFF",
    primary="#FFE14D",
    on_primary="#000000",
    primary_pressed="#FFFFFF",
    accent="#FFE14D",
    accent_soft="#1A1A1A",
    tile_pressed="#333333",
    safety="#FFB347",
    safety_soft="#000000",
    on_safety="#FFD08A",
    focus="#00E5FF",
    wrong="#FF8A8A",
    wrong_soft="#000000",
    on_wrong="#FFB4B4",
    right_soft="#000000",
    on_right="#FFE14D",
)

PALETTES = {p.name: p for p in (STANDARD, HIGH_CONTRAST)}
SCRIM = "#B3000000"
"""The dimmed backdrop behind the idle warning and the PIN pad (70% black, any theme)."""


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes for one screen, text size and theme."""

    scale: float
    text_scale: float
    body: int
    small: int
    tile_title: int
    title: int
    hero: int
    button: int
    target: int
    gap: int
    pad: int
    radius: int
    border: int
    icon: int
    control: int
    """Bottom-bar labels: they grow a little with the text size, so the bar still fits."""
    sample_normal: int
    sample_large: int
    sample_largest: int
    """Letter sizes on the three text-size buttons: fixed, so the choice stays readable."""
    bar_pad: int
    """Space either side of a bottom-bar button's icon and words."""


def metrics(width: int, height: int, text_size: str = "normal") -> Metrics:
    """Sizes for a screen: targets scale with the screen, text also with the text size."""
    scale = max(0.6, min(width, height) / DESIGN_HEIGHT)
    if width > height:
        # A wide but short screen (1366x768) still needs room for the content column.
        scale = max(scale, min(width / 1920, height / 1080))
    text = TEXT_SCALES[text_size]

    def px(value: float, by_text: bool = False) -> int:
        return max(1, round(value * scale * (text if by_text else 1.0)))

    return Metrics(
        scale=scale,
        text_scale=text,
        body=px(30, True),
        small=px(28, True),
        tile_title=px(34, True),
        title=px(52, True),
        hero=px(max(72, 52 * text)),
        button=px(30, True),
        target=px(88),
        gap=px(24),
        pad=px(32),
        radius=px(20),
        border=max(2, px(3)),
        icon=px(72),
        control=max(1, round(28 * scale * (1 + (text - 1) * 0.3))),
        sample_normal=px(26),
        sample_large=px(34),
        sample_largest=px(44),
        bar_pad=px(16),
    )


def stylesheet(template: str, palette: Palette, sizes: Metrics) -> str:
    """Fill the QSS template's $names from the palette and the sizes."""
    values = {**asdict(palette), **{k: str(v) for k, v in asdict(sizes).items()}}
    # The background at zero opacity (#AARRGGBB): where a scroll fade starts.
    values["background_clear"] = "#00" + palette.background.removeprefix("#")
    return Template(template).substitute(values)


def luminance(colour: str) -> float:
    """Relative luminance of a #RRGGBB colour (WCAG 2.x)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
