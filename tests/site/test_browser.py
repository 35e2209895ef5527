"""The take-home website in a real browser (chromium), at a phone's width and a desktop's.

Every page loads from a local server with its font and pictures; every link and
picture stays inside the site; axe-core finds no serious or critical problem; the
checklist prints on one A4 and one Letter page; each QR address opens its page.
Screenshots of every page at both widths go to KIOSK_SITE_SHOTS (or a temporary
folder, printed) to be looked at.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urldefrag
from urllib.request import urlopen

import pytest

from kiosk.content.loader import load_pack
from kiosk.core.resources import bundled
from kiosk.core.take_home import take_home_url
from tests.site.conftest import CLINIC, DESKTOP, PHONE, set_viewport

WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
LOADED = """
const done = arguments[arguments.length - 1];
document.fonts.ready.then(() => done({
  fonts: [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')),
  images: [...document.images].map(i => [i.currentSrc, i.complete && i.naturalWidth > 0]),
  links: [...document.links].map(a => a.href),
  resources: performance.getEntriesByType('resource').map(e => e.name),
  scripts: document.scripts.length,
  overflow: document.documentElement.scrollWidth - window.innerWidth,
  title: document.title,
  h1: [...document.querySelectorAll('h1')].map(h => h.textContent),
  fontSize: parseFloat(getComputedStyle(document.body).fontSize),
  small: [...document.querySelectorAll('.site-header nav a, .step-nav a, .tiles a, .languages a, summary')]
    .map(a => [a.textContent.trim(), a.getBoundingClientRect().height])
    .filter(([_, h]) => h < 44),
}));
"""


def pages_of(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("index.html"))


def load(browser: Any, url: str) -> dict[str, Any]:
    browser.get(url)
    browser.set_script_timeout(30)
    found: dict[str, Any] = browser.execute_async_script(LOADED)
    return found


def full_page_shot(browser: Any, size: tuple[int, int], path: Path) -> None:
    height = int(browser.execute_script("return document.documentElement.scrollHeight"))
    set_viewport(browser, (size[0], min(max(height, size[1]), 8000)))
    browser.save_screenshot(str(path))
    set_viewport(browser, size)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_loads_whole_and_fits(
    browser: Any, site_dir: Path, site_url: str, shots_dir: Path, width: str
) -> None:
    size = WIDTHS[width]
    set_viewport(browser, size)
    problems = []
    for page in pages_of(site_dir):
        found = load(browser, f"{site_url}/{page}")
        where = f"{page} at {size[0]} px"
        if found["scripts"]:
            problems.append(f"{where}: has a script")
        if "Atkinson Hyperlegible" not in found["fonts"]:
            problems.append(f"{where}: the bundled font did not load ({found['fonts']})")
        problems += [f"{where}: picture {src} did not load" for src, ok in found["images"] if not ok]
        if found["overflow"] > 0:
            problems.append(f"{where}: {found['overflow']} px wider than the screen")
        if len(found["h1"]) != 1 or not found["title"]:
            problems.append(f"{where}: needs one h1 and a title, has {found['h1']} / {found['title']!r}")
        if found["fontSize"] < 18:
            problems.append(f"{where}: body text is {found['fontSize']} px")
        problems += [f"{where}: '{text}' is only {height:.0f} px tall" for text, height in found["small"]]
        if CLINIC not in browser.page_source:
            problems.append(f"{where}: does not name the clinic")
        name = page.removesuffix("index.html").strip("/").replace("/", "_") or "index"
        full_page_shot(browser, size, shots_dir / f"{name}-{size[0]}.png")
    assert problems == [], f"(screenshots in {shots_dir})"


def test_every_link_and_picture_resolves_inside_the_site(browser: Any, site_dir: Path, site_url: str) -> None:
    set_viewport(browser, PHONE)
    problems = []
    checked: dict[str, bool] = {}
    for page in pages_of(site_dir):
        found = load(browser, f"{site_url}/{page}")
        addresses = found["links"] + [src for src, _ in found["images"]] + found["resources"]
        for address in addresses:
            if not address.startswith(site_url + "/"):
                problems.append(f"{page}: {address} is outside the site")
                continue
            target, fragment = urldefrag(address)
            if target not in checked:
                try:
                    with urlopen(target, timeout=10) as response:
                        checked[target] = response.status == 200
                        body = response.read().decode("utf-8", "replace")
                except HTTPError:
                    checked[target] = False
                    body = ""
                if fragment and f'id="{fragment}"' not in body:
                    problems.append(f"{page}: {address} has no part called #{fragment}")
            if not checked[target]:
                problems.append(f"{page}: {address} does not exist")
    assert problems == []
    reached = {urldefrag(a)[0].removeprefix(site_url + "/") for a in checked}
    unreached = [p for p in pages_of(site_dir) if p not in reached and p != "index.html"]
    assert unreached == [], "every page can be reached by a link"


def test_safety_notice_is_one_link_away_on_every_page(browser: Any, site_dir: Path, site_url: str) -> None:
    set_viewport(browser, PHONE)
    for page in pages_of(site_dir):
        if re.fullmatch(r"[a-z]{2}/safety/index.html", page):
            continue
        links = load(browser, f"{site_url}/{page}")["links"]
        assert any(re.search(r"/[a-z]{2}/safety/index\.html$", link) for link in links), page


def test_each_qr_address_opens_its_page(browser: Any, site_url: str) -> None:
    """The address a kiosk's QR code carries (no trailing slash, no index.html) opens the page."""
    set_viewport(browser, PHONE)
    for language in ("en", "es"):
        pack = load_pack(bundled("content") / language, language, bundled("assets")).pack
        for page in pack.pages:
            found = load(browser, take_home_url(site_url, language, page))
            assert found["h1"] == [page.title], take_home_url(site_url, language, page)
            assert not [src for src, ok in found["images"] if not ok]


def test_the_language_switch_keeps_the_page(browser: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    set_viewport(browser, PHONE)
    browser.get(f"{site_url}/en/does-it-hurt/")
    browser.find_element(By.CSS_SELECTOR, 'nav a[hreflang="es"]').click()
    assert browser.current_url == f"{site_url}/es/does-it-hurt/index.html"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    browser.find_element(By.CSS_SELECTOR, 'nav a[hreflang="en"]').click()
    assert browser.current_url == f"{site_url}/en/does-it-hurt/index.html"


def axe_source() -> str:
    try:
        import axe_selenium_python
    except ImportError:
        pytest.fail("axe-selenium-python is not installed (pip install -e '.[test]')")
    path = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    return path.read_text("utf-8")


@pytest.mark.parametrize("width", list(WIDTHS))
def test_axe_finds_no_serious_or_critical_problem(
    browser: Any, site_dir: Path, site_url: str, width: str
) -> None:
    set_viewport(browser, WIDTHS[width])
    axe = axe_source()
    problems = []
    for page in pages_of(site_dir):
        browser.get(f"{site_url}/{page}")
        browser.execute_script(axe)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']})"
            ".then(r => done({version: axe.version, checked: r.passes.length, violations: r.violations}))"
            ".catch(e => done({error: String(e)}));"
        )
        assert "error" not in result, result
        assert result["checked"] > 10, f"axe {result['version']} checked almost nothing on {page}"
        for violation in result["violations"]:
            if violation["impact"] in ("serious", "critical"):
                nodes = [node["target"] for node in violation["nodes"]][:3]
                problems.append(f"{page}: {violation['id']} ({violation['impact']}): "
                                f"{violation['help']} at {nodes}")
    assert problems == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_checklist_prints_on_one_page(
    browser: Any, site_url: str, shots_dir: Path, paper: str, language: str
) -> None:
    from selenium.webdriver.common.print_page_options import PrintOptions

    browser.get(f"{site_url}/{language}/questions/")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    full_page_shot(browser, (794, 1123), shots_dir / f"{language}_questions-print.png")  # A4 at 96 dpi
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    options = PrintOptions()
    options.page_width, options.page_height = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}[paper]
    pdf = base64.b64decode(browser.print_page(options))
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    assert pages == 1, f"the {language} checklist prints on {pages} {paper} pages"
