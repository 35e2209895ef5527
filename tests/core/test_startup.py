"""What the kiosk reads at start: the start language in full, the others when first chosen.

Calls are counted through the loader's seam (``render_markdown``, ``load_pack``), never timed.
A broken other language is still named at start-up (header checks) and by `kiosk check`
(every language in full), and in full the moment a patient chooses it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kiosk.app import main
from kiosk.content import loader
from kiosk.content.check import check_content
from kiosk.content.loader import page_files
from kiosk.core.startup import LazyPacks, load_packs
from tests.conftest import GOOD_PAGES, PackWriter, write_pack

BAD_LINK_ES = GOOD_PAGES["hurt.md"].replace("Numbing cream comes first.", "Vea [la guía](http://x.example).")
BAD_HEADER_ES = GOOD_PAGES["hurt.md"].replace("kind: section", "kind: secton")


def counting(monkeypatch: pytest.MonkeyPatch, name: str, module: ModuleType = loader) -> list[Any]:
    """Record the first argument of every call to ``<module>.<name>`` (the loader's by default)."""
    calls: list[Any] = []
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def two_languages(make_pack: PackWriter, spanish: dict[str, str] | None = None) -> Path:
    root = make_pack()
    return write_pack(root, {**GOOD_PAGES, **(spanish or {})}, language="es")


def test_only_the_start_language_is_rendered_at_start(
    monkeypatch: pytest.MonkeyPatch, content: Path
) -> None:
    rendered = counting(monkeypatch, "render_markdown")
    packs = load_packs(content, "en")
    english = len(page_files(content / "en"))
    assert isinstance(packs, LazyPacks)
    assert packs.loaded == ("en",)
    assert len(rendered) == english, "each English page once, no Spanish page"
    assert list(packs) == ["en", "es"], "Spanish is offered before it is read"


def test_the_other_language_is_read_when_first_chosen_and_only_once(
    monkeypatch: pytest.MonkeyPatch, content: Path
) -> None:
    packs = load_packs(content, "en")
    loads = counting(monkeypatch, "load_pack")
    rendered = counting(monkeypatch, "render_markdown")
    assert "es" in packs
    spanish = packs["es"]
    assert [path.name for path in loads] == ["es"]
    assert len(rendered) == len(page_files(content / "es"))
    assert packs["es"] is spanish and "es" in packs
    assert len(loads) == 1 and packs.loaded == ("en", "es"), "read once"


def test_what_a_patient_sees_is_the_same_as_a_full_load(content: Path, assets: Path) -> None:
    lazy = load_packs(content, "en")
    full = {lang: result.pack for lang, result in check_content(content, assets).packs.items()}
    assert list(lazy) == list(full)
    for language in full:
        assert lazy[language] == full[language], language


def test_a_broken_spanish_header_is_named_at_start_up(
    make_pack: PackWriter, caplog: pytest.LogCaptureFixture
) -> None:
    root = two_languages(make_pack, {"hurt.md": BAD_HEADER_ES})
    with caplog.at_level(logging.INFO, logger="kiosk"):
        packs = load_packs(root, "en")
    assert isinstance(packs, LazyPacks) and packs.loaded == ("en",)
    assert "es/hurt.md:3: kind 'secton' is not one of" in caplog.text
    assert "es: 1 problem(s) above" in caplog.text


def test_a_broken_spanish_body_is_named_in_full_when_chosen_and_by_kiosk_check(
    make_pack: PackWriter, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = two_languages(make_pack, {"hurt.md": BAD_LINK_ES})
    monkeypatch.chdir(root)
    problem = "es/hurt.md:9: link 'http://x.example' leaves the kiosk"
    with caplog.at_level(logging.INFO, logger="kiosk"):
        packs = load_packs(root, "en")
    assert problem not in caplog.text, "a body is checked when its language is first chosen"
    assert "es: no problem in its headers; its pages are checked in full when" in caplog.text
    with caplog.at_level(logging.INFO, logger="kiosk"):
        assert "hurt" not in packs["es"].page_ids, "the broken page is left out, as before"
    assert problem in caplog.text
    assert main(["check", str(root)]) == 1
    assert problem in capsys.readouterr().out, "kiosk check checks every language in full"


def test_a_spanish_folder_with_nothing_to_show_is_dropped_when_chosen(make_pack: PackWriter) -> None:
    root = two_languages(make_pack, {name: "no header\n" for name in GOOD_PAGES})
    packs = load_packs(root, "en")
    assert list(packs) == ["en", "es"]
    assert "es" not in packs
    assert list(packs) == ["en"], "no longer offered"
    with pytest.raises(KeyError):
        packs["es"]


def test_a_start_language_with_nothing_falls_back_and_reads_only_what_it_needs(
    make_pack: PackWriter, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_pack({name: b"no header\n" for name in GOOD_PAGES})
    write_pack(root, dict(GOOD_PAGES), language="es")
    write_pack(root, dict(GOOD_PAGES), language="fr")
    loads = counting(monkeypatch, "load_pack")
    packs = load_packs(root, "en")
    assert [path.name for path in loads] == ["en", "es"]
    assert list(packs) == ["es", "fr"]
