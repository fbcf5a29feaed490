"""The review page: self-contained, every fact in the table, every place highlighted; and in a real browser
(headless Chromium) a click on a fact scrolls to its place and marks it.

Set UPDATE_DOCS_SCREENSHOT=1 to rewrite docs/review-sample.png from the bundled sample.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CORPUS
from lxml import html as lxml_html

from converter import pipeline
from converter.model import Entity, Fact, Period, Report, Source, currency
from converter.render.review import family, is_non_gaap, render_review

SAMPLE = CORPUS / "iec_2004q2_ex991.txt"
DOCS = Path(__file__).resolve().parent.parent / "docs"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def _page(document: Path) -> tuple[Report, str]:
    report = pipeline.convert(document)
    return report, render_review(report, pipeline.read(document).source)


def _fid(report: Report, concept: str, value: str) -> str:
    """The id every writer gives the fact (f1, f2, ... in report order)."""
    return next(f"f{n}" for n, f in enumerate(report.facts, 1) if f.concept == concept and f.value == Decimal(value))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    report, page = _page(SAMPLE)
    path = tmp_path_factory.mktemp("review") / "review.html"
    path.write_text(page, encoding="utf-8")
    return report, path


def test_every_fact_has_a_row_and_every_place_a_highlight(sample: tuple[Report, Path]) -> None:
    report, path = sample
    root = lxml_html.fromstring(path.read_text(encoding="utf-8"))
    rows = root.xpath("//table[@class='cv-table']/tbody/tr")
    assert len(rows) == len(report.facts)
    places = root.xpath("//span[contains(@class, 'cv-hl')]")
    assert len(places) == sum(1 for f in report.facts if f.is_numeric) > 10
    ids = {p.get("id") for p in places}
    for row in rows:
        if row.get("data-at"):
            assert row.get("data-at") in ids
    revenue = root.xpath("//span[contains(@class, 'cv-hl') and contains(@class, 'cv-fam-revenue')]")
    assert [p.text for p in revenue] == ["7.3", "15.5", "13.8", "25.1"]
    assert "Revenues" in revenue[0].get("title") and "2003-12-27" in revenue[0].get("title")
    assert root.xpath("//ul[@id='cv-warnings']/li")[0].text_content() == report.warnings[0]


def test_inferred_dates_are_marked(sample: tuple[Report, Path]) -> None:
    root = lxml_html.fromstring(sample[1].read_text(encoding="utf-8"))
    assert root.xpath("//span[contains(@class, 'cv-hl') and contains(@class, 'cv-inferred')]")
    assert root.xpath("//span[contains(@class, 'cv-badge-inferred')]")
    stated = _fid(sample[0], "LongTermDebt", "1900000")  # "at the end of March": a date the text states
    assert "cv-inferred" not in root.xpath(f"//span[@id='cv-at-{stated}']")[0].get("class")


def test_the_page_is_self_contained(sample: tuple[Report, Path]) -> None:
    page = sample[1].read_text(encoding="utf-8")
    root = lxml_html.fromstring(page)
    assert root.xpath("//script[@src] | //link | //img | //iframe | //object") == []
    assert "url(" not in page and "@import" not in page and "@font-face" not in page


def test_families() -> None:
    assert family("Revenues") == "revenue"
    assert family("PremiumsEarnedNet") == "revenue"
    assert family("NetIncomeLoss") == "income"
    assert family("CostOfRevenue") == "income"
    assert family("EarningsPerShareDiluted") == "eps"
    assert family("LongTermDebtCurrent") == "debt"
    assert family("Assets") == "balance"
    assert family("NetCashProvidedByUsedInOperatingActivities") == "cashflow"
    assert family("WeightedAverageNumberOfSharesOutstandingBasic") == "other"
    assert family("EntityRegistrantName") == "other"


NAME = "A&B <Widgets> \"Holdings\" 'Inc.'"
TEXT = f"{NAME} reported adjusted net income of $2.5 million and revenue of $9.1 million.\n"


def _report() -> Report:
    quarter = Period(dt.date(2024, 3, 31), dt.date(2024, 1, 1))

    def fact(concept: str, value: str, needle: str, quote: str, inferred: tuple[str, ...] = ()) -> Fact:
        at = TEXT.index(needle)
        return Fact(concept, Decimal(value), quarter, currency("USD"), -5,
                    Source(at, at + len(needle), quote, number=(at, at + len(needle)), scale=6), inferred)

    facts = (Fact("EntityRegistrantName", NAME, quarter),
             fact("NetIncomeLoss", "2500000", "2.5", "adjusted net income of $2.5 million"),
             fact("Revenues", "9100000", "9.1", "revenue of $9.1 million", ("start",)))
    return Report(Entity("https://converter.dev/entity-name", "A-B", NAME), facts, ("<script>alert(1)</script> & co",),
                  source_name="<b>x</b>.txt")


def test_non_gaap_amounts_are_marked_and_names_escaped() -> None:
    report = _report()
    assert [is_non_gaap(f) for f in report.facts] == [False, True, False]
    page = render_review(report, TEXT, "text")
    assert "<script>alert(1)" not in page and "<b>x</b>" not in page
    root = lxml_html.fromstring(page)
    assert root.findtext(".//h1") == NAME
    assert root.xpath("//ul[@id='cv-warnings']/li")[0].text_content() == "<script>alert(1)</script> & co"
    net = root.xpath("//span[@id='cv-at-f2']")[0]
    assert "cv-nongaap" in net.get("class") and "cv-inferred" not in net.get("class")
    assert "cv-inferred" in root.xpath("//span[@id='cv-at-f3']")[0].get("class")
    assert root.xpath("//tr[@id='cv-row-f2']//span[contains(@class, 'cv-badge-nongaap')]")
    assert "".join(root.xpath("//pre")[0].itertext()) == TEXT


def test_review_is_deterministic() -> None:
    report = _report()
    assert render_review(report, TEXT, "text") == render_review(report, TEXT, "text")


# -- in a browser --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    # .ci/run installs them; a machine without them fails here rather than skipping the browser test
    assert Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(), (
        "headless Chromium is not installed: run .ci/run, or apt-get install chromium chromium-driver")
    profile = tempfile.mkdtemp(prefix="cv-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--force-device-scale-factor=1", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _visible_in_pane(driver: object, element_id: str) -> bool:
    return bool(driver.execute_script(  # type: ignore[attr-defined]
        "var el = document.getElementById(arguments[0]), pane = document.getElementById('cv-doc');"
        "var a = el.getBoundingClientRect(), b = pane.getBoundingClientRect();"
        "return a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;", element_id))


def test_clicking_a_fact_scrolls_to_its_place(browser: object, sample: tuple[Report, Path], tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    report, path = sample
    driver.get(path.as_uri())  # type: ignore[attr-defined]
    find = driver.find_elements  # type: ignore[attr-defined]
    assert len(find(By.CSS_SELECTOR, "#cv-doc .cv-hl")) == sum(1 for f in report.facts if f.is_numeric)
    assert len(find(By.CSS_SELECTOR, "table.cv-table tbody tr")) == len(report.facts)
    # nothing was fetched: no script, style sheet, font or image from anywhere
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0  # type: ignore
    debt, revenue = _fid(report, "LongTermDebt", "4400000"), _fid(report, "Revenues", "7300000")
    pane = driver.find_element(By.ID, "cv-doc")  # type: ignore[attr-defined]
    assert not _visible_in_pane(driver, f"cv-at-{debt}")
    assert driver.execute_script("return arguments[0].scrollTop", pane) == 0  # type: ignore[attr-defined]

    driver.find_element(By.ID, f"cv-row-{debt}").click()  # type: ignore[attr-defined]  # on page 3 of the release
    place = driver.find_element(By.ID, f"cv-at-{debt}")  # type: ignore[attr-defined]
    assert "cv-current" in place.get_attribute("class")
    assert "cv-flash" in place.get_attribute("class")
    assert place.text == "4.4"
    assert driver.execute_script("return arguments[0].scrollTop", pane) > 0  # type: ignore[attr-defined]
    assert _visible_in_pane(driver, f"cv-at-{debt}")
    assert "cv-current" in driver.find_element(By.ID, f"cv-row-{debt}").get_attribute("class")  # type: ignore
    assert "Long-Term Debt" in place.get_attribute("title") and "2003-03-28" in place.get_attribute("title")

    # and back: a click on a highlight marks its row in the table
    driver.execute_script("document.getElementById(arguments[0]).click()", f"cv-at-{revenue}")  # type: ignore
    assert "cv-current" in driver.find_element(By.ID, f"cv-row-{revenue}").get_attribute("class")  # type: ignore
    assert "cv-current" not in driver.find_element(By.ID, f"cv-row-{debt}").get_attribute("class")  # type: ignore

    # the screenshot a reader of the README sees: the sample with its first revenue fact selected
    driver.execute_script("document.getElementById('cv-doc').scrollTop = 0")  # type: ignore[attr-defined]
    driver.find_element(By.ID, f"cv-row-{revenue}").click()  # type: ignore[attr-defined]
    driver.execute_script(  # type: ignore[attr-defined]
        "document.querySelectorAll('.cv-flash').forEach(function (e) { e.classList.remove('cv-flash'); });"
        "document.getElementById('cv-facts').scrollTop = 0;")
    shot = tmp_path / "review-sample.png"
    assert driver.save_screenshot(str(shot))  # type: ignore[attr-defined]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("UPDATE_DOCS_SCREENSHOT"):
        DOCS.mkdir(exist_ok=True)
        shutil.copyfile(shot, DOCS / "review-sample.png")


def test_html_release_in_the_browser(browser: object, tmp_path: Path) -> None:
    """An HTML exhibit inside an EDGAR file: its tables shown, a fact deep in the page reached by a click."""
    from selenium.webdriver.common.by import By

    driver = browser
    report, page = _page(CORPUS / "microsoft_fy2020q3_ex991.htm")
    path = tmp_path / "review.html"
    path.write_text(page, encoding="utf-8")
    driver.get(path.as_uri())  # type: ignore[attr-defined]
    highlights = driver.find_elements(By.CSS_SELECTOR, "#cv-doc .cv-hl")  # type: ignore[attr-defined]
    rows = driver.find_elements(By.CSS_SELECTOR, "table.cv-table tr[data-at]")  # type: ignore[attr-defined]
    assert len(highlights) == len({row.get_attribute("data-at") for row in rows}) > 50
    assert driver.find_elements(By.CSS_SELECTOR, "#cv-doc table")  # type: ignore[attr-defined]
    last = rows[-1]
    target = last.get_attribute("data-at")
    assert not _visible_in_pane(driver, target)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", last)  # type: ignore[attr-defined]
    last.click()
    assert _visible_in_pane(driver, target)
    assert "cv-current" in driver.find_element(By.ID, target).get_attribute("class")  # type: ignore[attr-defined]
