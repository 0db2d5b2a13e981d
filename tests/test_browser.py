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


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_browser_home_to_resolution_to_footnote(browser, live_server, seeds, viewport):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=VIEWPORTS[viewport])
    page.goto(live_server.url + "/")
    page.screenshot(path=ARTIFACTS / f"home-{viewport}.png", full_page=True)
    page.get_by_role("link", name="中文").first.click()
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
