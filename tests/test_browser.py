"""The main journey in Debian's Chromium through Playwright, with screenshots.

Skips with a reason when Chromium or Playwright is missing; .ci/run installs both.
Screenshots land in test-artifacts/ at desktop and phone widths.
"""

import os
import shutil

import pytest

from tests.support import REPO

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = shutil.which("chromium")
ARTIFACTS = REPO / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 900},
    "phone": {"width": 390, "height": 844},
}


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright not installed"
    )
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by
    # fixtures here are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def archive(seeds):
    """The seeds, the English 78/197 (side by side) and a text citing 78/197."""
    from resolutions.ingest import ingest_bytes
    from tests.support import CORPUS, SEED_72_169

    english = CORPUS / "pdftext" / "A-RES-78-197.en.txt"
    if not english.exists():
        pytest.skip(f"no shared corpus at {CORPUS}")
    ingest_bytes(english.read_bytes(), english.name)
    citing = (
        SEED_72_169.read_text("utf-8")
        .replace("72/169. 增进人权领域的国际合作", "72/170. 测试引用")
        .replace("第 55/2 号决议", "第 78/197 号决议")
    )
    ingest_bytes(citing.encode("utf-8"), "citing.txt")
    return seeds


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_browser_home_to_resolution_to_footnote(browser, live_server, seeds, viewport):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=VIEWPORTS[viewport])
    page.goto(live_server.url + "/")
    page.screenshot(path=ARTIFACTS / f"home-{viewport}.png", full_page=True)
    page.get_by_role("link", name="A/RES/78/197").first.click()
    page.wait_for_url("**/resolutions/A/RES/78/197/zh/")
    assert page.locator("#op1 strong.lead").inner_text() == "表示注意到"
    page.screenshot(path=ARTIFACTS / f"resolution-{viewport}.png", full_page=False)
    # marker -> footnote -> back to the paragraph
    page.locator("#op1 sup.fnref a").first.click()
    page.wait_for_url("**#fn5")
    assert page.locator("#fn5").is_visible()
    page.locator("#fn5 a.backref").first.click()
    page.wait_for_url("**#fnref5-op1")
    assert page.locator("#op1").is_visible()
    page.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_browser_session_citation_language_side_by_side(
    browser, live_server, archive, viewport
):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=VIEWPORTS[viewport])
    page.goto(live_server.url + "/sessions/72/")
    page.screenshot(path=ARTIFACTS / f"session-{viewport}.png", full_page=True)
    page.locator('a[href="/resolutions/A/RES/72/170/zh/"]').click()
    page.wait_for_url("**/resolutions/A/RES/72/170/zh/")
    # follow a citation held by the archive
    page.locator('a.cite[href="/resolutions/A/RES/78/197/zh/"]').first.click()
    page.wait_for_url("**/resolutions/A/RES/78/197/zh/")
    # other language version, then side by side
    page.get_by_role("link", name="English").first.click()
    page.wait_for_url("**/resolutions/A/RES/78/197/en/")
    assert "Reiterates" in page.locator("#op2").inner_text()
    page.get_by_role("link", name="Side by side").click()
    page.wait_for_url("**/compare/?langs=en,zh")
    row = page.locator("tr#op2")
    assert "Reiterates" in row.inner_text() and "重申" in row.inner_text()
    page.screenshot(path=ARTIFACTS / f"compare-{viewport}.png", full_page=False)
    page.close()


def test_browser_filter_list_and_switch_interface_language(
    browser, live_server, archive
):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=VIEWPORTS["desktop"])
    page.goto(live_server.url + "/resolutions/")
    page.locator("#id_language").select_option("en")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**language=en**")
    assert page.locator("ul.resolutions > li").count() == 1
    page.screenshot(path=ARTIFACTS / "list-filtered-desktop.png", full_page=True)
    page.locator("#interface-language").select_option("zh-hans")
    page.get_by_role("button", name="Switch").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert "决议" in page.locator("h1").inner_text()
    page.goto(live_server.url + "/search/?q=人权理事会")
    assert page.locator("mark").first.inner_text() == "人权理事会"
    page.screenshot(path=ARTIFACTS / "search-zh-desktop.png", full_page=True)
    page.close()
