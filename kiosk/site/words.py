"""The few words of the website that are not in the content, per language (English when missing)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "skip": "Skip to the page",
        "home": "Home",
        "safety": "Safety notice",
        "from_clinic": "From {0}",
        "step_of": "Step {0} of {1}",
        "before_start": "Before you start, read the",
        "all_steps": "See all steps on one page",
        "previous_step": "Previous step",
        "next_step": "Next step",
        "check": "Check what you learned",
        "show_answer": "Show the answer",
        "right_answer": "The answer: {0}.",
        "print_tip": "Print this page or take a photo of it. Bring it to your visit.",
        "topics": "Topics",
        "choose_language": "Choose your language",
        "also_in": "Read this in",
        "site_pages": "All pages",
        "footer": "For learning only. It is not medical advice. Talk with your provider about your own skin.",
    },
    "es": {
        "skip": "Ir a la página",
        "home": "Inicio",
        "safety": "Aviso de seguridad",
        "from_clinic": "De {0}",
        "step_of": "Paso {0} de {1}",
        "before_start": "Antes de empezar, lea el",
        "all_steps": "Ver todos los pasos en una página",
        "previous_step": "Paso anterior",
        "next_step": "Paso siguiente",
        "check": "Repase lo que aprendió",
        "show_answer": "Ver la respuesta",
        "right_answer": "La respuesta: {0}.",
        "print_tip": "Imprima esta página o tómele una foto. Tráigala a su cita.",
        "topics": "Temas",
        "choose_language": "Elija su idioma",
        "also_in": "Leer en",
        "site_pages": "Todas las páginas",
        "footer": "Solo para aprender. No es consejo médico. Hable con su proveedor sobre su piel.",
    },
}


def word(language: str, key: str) -> str:
    return WORDS.get(language, WORDS["en"]).get(key) or WORDS["en"][key]
