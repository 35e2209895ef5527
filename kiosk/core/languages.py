"""Each language named in itself ("Español", not "Spanish"), for the kiosk's language button,
the staff screen and the take-home website alike: one list, so they never disagree."""

from __future__ import annotations

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "ko": "한국어",
    "ar": "العربية",
}


def language_name(code: str) -> str:
    """``code``'s own name ("es-MX" is "Español"); the code itself for a language not listed."""
    return LANGUAGE_NAMES.get(code, LANGUAGE_NAMES.get(code.split("-")[0].lower(), code))
