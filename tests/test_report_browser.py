"""The HTML report in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright), no mocks:
opened from disk, sorted, filtered, expanded by mouse and keyboard, the rule link followed, the matrix read, a
phone-width layout checked, no network request made, and a 10,000-article report interactive in under 2 s.

Skipped, with the reason, only when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is not installed (apt-get install chromium); the browser tests need it", allow_module_level=True
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install -e '.[dev]')"
)

from test_injection import (  # noqa: E402
    ALLOWED_TAGS,
    BODY_PAYLOAD,
    PAYLOADS,
    SOURCE_A,
    SOURCE_B,
    TITLE_A,
    URL_A,
    hostile_output,
)
from test_report_runs import full_sample_run, large_run  # noqa: E402

from checker.report.html import interval_text, write_html  # noqa: E402

TRADE = "China–Russia trade, 2023, USD"
READY = "document.documentElement.dataset.ready === 'true'"


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    """The samples' report (with history, baseline and data-quality results) written to disk, and its run."""
    run = full_sample_run()
    out = tmp_path_factory.mktemp("report")
    return write_html(run, out), run


class Visit:
    """A page opened on a report file, recording every request, script error, dialog and policy violation."""

    def __init__(
        self,
        browser,
        path: Path,
        width: int = 1280,
        height: int = 900,
        enforce_csp: bool = False,
        timeout_ms: float | None = None,
    ) -> None:
        # the page's Content-Security-Policy forbids eval; Playwright's wait_for_function needs it, so the test
        # context lifts the policy unless told to enforce it (network requests are still recorded and checked)
        self.enforce_csp = enforce_csp
        self.page = browser.new_page(viewport={"width": width, "height": height}, bypass_csp=not enforce_csp)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda message: self.console.append(f"{message.type}: {message.text}"))
        # runs before the page's own script, outside the page's policy: every violation the policy reports
        self.page.add_init_script(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', "
            "e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        self.url = path.resolve().as_uri()
        if timeout_ms is not None:
            self.page.set_default_timeout(timeout_ms)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self) -> Visit:
        self.page.goto(self.url)
        if self.enforce_csp:
            self.page.wait_for_selector("html[data-ready='true']", state="attached")
        else:
            self.page.wait_for_function(READY)
        return self

    def violations(self) -> list[str]:
        return self.page.evaluate("window.__violations")

    def check_clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.dialogs, f"a script opened dialogs: {self.dialogs}"
        outside = [u for u in self.requests if not (u.startswith("file://") or u.startswith("data:"))]
        assert not outside, f"network requests: {outside}"


@pytest.fixture()
def visit(browser, sample) -> Iterator[Visit]:
    opened = Visit(browser, sample[0]).open()
    yield opened
    opened.check_clean()
    opened.page.close()


def fact_cells(page) -> list[str]:
    return page.locator("#disc-table tbody tr:not(.detail) th.fact").all_inner_texts()


def reveal(page, locator):
    """Scroll to an element as a reader would: sections below the fold are rendered when they come near."""
    locator.scroll_into_view_if_needed()
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return locator


def status(page, name: str) -> str:
    """The live status line of a table."""
    return reveal(page, page.locator(f"#{name}-status")).inner_text()


def problems(run) -> list:
    return [f for f in run.findings if f.kind != "unsupported"]


def test_the_report_opens_from_disk_and_fetches_nothing(visit: Visit, sample) -> None:
    page, run = visit.page, sample[1]
    assert visit.requests == [visit.url]
    assert (
        page.evaluate(
            'document.querySelectorAll(\'link[href]:not([href^="data:"]), script[src], img[src], '
            "iframe, object, embed').length"
        )
        == 0
    )
    assert page.title().startswith("crosscheck report")
    n = len(problems(run))
    assert status(page, "disc") == f"Showing 1–{n} of {n} discrepancies."
    assert len(fact_cells(page)) == n
    assert page.locator("#quality-alert").is_visible()


def test_sorting_by_a_column_heading(visit: Visit) -> None:
    page = visit.page
    header = page.locator("#disc-table thead th", has_text="Fact")
    header.locator("button.sort").click()
    assert header.get_attribute("aria-sort") == "ascending"
    facts = fact_cells(page)
    in_order = page.evaluate(
        """(facts) => { const c = new Intl.Collator('en', {numeric: true, sensitivity: 'base'});
        return facts.every((f, i) => i === 0 || c.compare(facts[i - 1], f) <= 0); }""",
        facts,
    )
    assert in_order and facts != sorted(facts, reverse=True)
    header.locator("button.sort").click()
    assert header.get_attribute("aria-sort") == "descending"
    assert fact_cells(page) == facts[::-1] or fact_cells(page)[0] == facts[-1]
    assert page.locator("#disc-table thead th[aria-sort]").count() == 1


def test_filtering_by_severity(visit: Visit, sample) -> None:
    page, run = visit.page, sample[1]
    warnings = [f for f in problems(run) if f.severity.value == "warning"]
    page.locator("#disc-filters input[name=sev][value=error]").uncheck()
    page.locator("#disc-filters input[name=sev][value=info]").uncheck()
    severities = page.locator("#disc-table tbody tr:not(.detail) td:nth-child(2)").all_inner_texts()
    assert len(severities) == len(warnings) > 0
    assert all("warning" in s and "▲" in s for s in severities)  # icon and text, not colour alone
    assert status(page, "disc").endswith(f"of {len(warnings)} discrepancies.")
    page.locator("#disc-filters button[type=reset]").click()
    page.wait_for_function("document.querySelectorAll('#disc-table tbody tr:not(.detail)').length > 1")
    assert len(fact_cells(page)) == len(problems(run))


def test_filtering_by_source_and_by_text(visit: Visit, sample) -> None:
    page, run = visit.page, sample[1]
    expected = [f for f in problems(run) if "Baltic Post" in {c.source for c in f.claims}]
    page.select_option("#disc-source", label="Baltic Post")
    assert status(page, "disc").endswith(f"of {len(expected)} discrepancies.")
    assert sorted(fact_cells(page)) == sorted(f.fact_key for f in expected)
    page.select_option("#disc-source", label="all sources")
    page.fill("#disc-q", "wind speed")
    page.wait_for_function("document.getElementById('disc-status').textContent.includes('of 1 discrepancies')")
    assert fact_cells(page) == [next(f.fact_key for f in problems(run) if "wind speed" in f.fact_key)]


def test_a_row_expands_to_the_quoted_sentences_with_the_figure_highlighted(visit: Visit, sample) -> None:
    page, run = visit.page, sample[1]
    finding = next(f for f in run.findings if f.rule == "CC101" and f.fact_key == TRADE)
    baltic = next(c for c in finding.claims if c.source == "Baltic Post")
    row = page.locator("#disc-table tbody tr:not(.detail)", has_text=TRADE).first
    button = row.locator("button.exp")
    assert button.get_attribute("aria-expanded") == "false"
    detail = page.locator("#" + button.get_attribute("aria-controls"))
    assert detail.is_hidden()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert detail.is_visible()
    quote = detail.locator("blockquote", has_text="Trade between Russia and China reached")
    assert quote.inner_text().startswith("Trade between Russia and China reached a record $250 billion last year")
    mark = quote.locator("mark")
    assert mark.inner_text() == "a record $250 billion" and mark.is_visible()
    marks = detail.locator("mark").all_inner_texts()
    assert "US$240 billion" in marks and len(marks) >= 6
    text = detail.inner_text()
    for expected in (
        "Side A",
        "Side B",
        "Baltic Post",
        "baltic-post",
        "Published",
        baltic.published.isoformat(),
        "Characters",
        f"{baltic.mention.start:,}–{baltic.mention.end:,}",
        "Interval",
        interval_text(baltic.mention),
        "250,000,000,000 USD",
        "Why matched",
        "same measure 'trade'",
        "rule documentation",
    ):
        assert expected in text, expected
    button.click()
    assert detail.is_hidden() and button.get_attribute("aria-expanded") == "false"


def test_the_rule_link_leads_to_the_rule_documentation(visit: Visit) -> None:
    page = visit.page
    row = page.locator("#disc-table tbody tr:not(.detail)", has_text=TRADE).first
    row.locator("button.exp").click()
    page.locator("#disc-table tr.detail:visible a.rule-doc").first.click()
    page.wait_for_function("location.hash === '#rule-CC101'")
    rule = page.locator("#rule-CC101")
    box = rule.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    assert page.evaluate("document.activeElement.id") == "rule-CC101"
    text = rule.inner_text()
    assert "CC101 numeric-conflict" in text and "Fires on" in text and "Passes" in text
    assert "Baltic Post: China's trade with Russia reached $250 billion in 2023" in text


def test_the_matrix_marks_a_conflicting_cell(visit: Visit) -> None:
    page = visit.page
    row = reveal(page, page.locator("#matrix-table tbody tr", has=page.locator("th", has_text=TRADE)))
    odd = row.locator("td.odd")
    assert odd.count() == 1
    assert "a record $250 billion" in odd.inner_text() and "conflicts" in odd.inner_text()  # text, not only colour
    column = page.evaluate("(cell) => cell.cellIndex", odd.element_handle())
    assert page.locator("#matrix-table thead th").nth(column).inner_text() == "Baltic Post"
    plain = row.locator("td:not(.odd):not(.absent)").first
    assert "240" in plain.inner_text()
    colour = "(cell) => getComputedStyle(cell).backgroundColor"
    assert page.evaluate(colour, odd.element_handle()) != page.evaluate(colour, plain.element_handle())
    assert "✖ conflict" in row.locator("th").inner_text()
    page.check("#matrix-conflicts")
    conflicts = page.locator("#matrix-table tbody tr").count()
    assert 0 < conflicts == page.locator("#matrix-table tbody th .status-chip.conflict").count()


def test_keyboard_tab_reaches_the_row_control_and_enter_space_toggle_it(visit: Visit) -> None:
    page = visit.page
    page.focus("#disc-q")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('exp')"):
            break
    else:
        pytest.fail("Tab never reached a row's expand button")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); "
        "return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert outline[0] != "none" and outline[1] >= 2  # visible focus
    control = page.evaluate("document.activeElement.getAttribute('aria-controls')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    assert page.locator("#" + control).is_visible()
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    assert page.locator("#" + control).is_hidden()
    page.keyboard.press("Shift+Tab")  # back to a sort button: Enter sorts by its column
    key = page.evaluate("document.activeElement.dataset.key")
    assert key
    page.keyboard.press("Enter")
    assert page.locator(f"#disc-table thead th[aria-sort] button[data-key={key}]").count() == 1


def test_a_phone_gets_the_report_without_sideways_scrolling(browser, sample) -> None:
    phone = Visit(browser, sample[0], width=390, height=844).open()
    page = phone.page
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("#disc-table thead th.msg").is_hidden()  # the message moves into the opened row
    page.locator("#disc-table tbody tr:not(.detail) button.exp").first.click()
    assert page.locator("#disc-table tr.detail:visible .msg-detail").is_visible()
    phone.check_clean()
    page.close()


def test_other_sections_render_their_tables(visit: Visit, sample) -> None:
    page, run = visit.page, sample[1]
    outlets = len({d.source for d in run.analysis.documents})
    assert status(page, "outlets") == f"Showing 1–{outlets} of {outlets} outlets."
    documents = len(run.analysis.documents)
    assert status(page, "coverage") == f"Showing 1–{documents} of {documents} articles."
    singles = Counter(f.claims[0].doc for f in run.findings if f.kind == "unsupported")
    assert page.locator("#single-list .group").count() == len(singles)
    assert page.locator("#single-list mark").count() == sum(singles.values())
    assert page.locator("#disc-table thead th", has_text="New").count() == 1
    page.select_option("#disc-age", "new")
    new = sum(
        1 for f, status in zip(run.findings, run.statuses(), strict=True) if status == "new" and f.kind != "unsupported"
    )
    assert status(page, "disc").endswith(f"of {new} discrepancies.")


def test_without_javascript_the_first_discrepancies_still_show(browser, sample) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(sample[0].resolve().as_uri())
    assert page.locator("#disc-filters").is_hidden()  # controls that need scripts stay hidden
    static = page.locator("noscript table tbody tr")
    assert static.count() == len(problems(sample[1]))
    assert page.locator("noscript mark", has_text="a record $250 billion").is_visible()
    context.close()


@pytest.fixture(scope="module")
def large_report(tmp_path_factory: pytest.TempPathFactory):
    run = large_run()
    return write_html(run, tmp_path_factory.mktemp("large")), run


def load_time(browser, path: Path) -> tuple[Visit, float, float]:
    """Open the report in a fresh page: seconds from navigation to interactive, and the page's own clock (ms)."""
    visit = Visit(browser, path)
    visit.page.goto("about:blank")
    started = time.perf_counter()
    visit.page.goto(visit.url, wait_until="commit")
    visit.page.wait_for_function(READY, polling=20, timeout=20_000)
    elapsed = time.perf_counter() - started
    return visit, elapsed, visit.page.evaluate("performance.getEntriesByName('crosscheck-ready')[0].startTime")


def test_a_10k_article_report_is_interactive_in_under_2_seconds(browser, large_report) -> None:
    """Interactive (every table rendered, controls wired) within 2 s of navigation. The machine may be shared
    with other work, so the best of up to three fresh loads counts; every attempt is printed."""
    path, run = large_report
    assert len(run.analysis.documents) == 10_000 and len(run.analysis.claims) >= 100_000
    attempts = []
    for _ in range(3):
        visit, elapsed, ready_ms = load_time(browser, path)
        attempts.append((elapsed, ready_ms))
        if elapsed < 2.0 and ready_ms < 2000:
            break
        visit.page.close()
    print(
        f"\n10k-article report: {path.stat().st_size / 1e6:.1f} MB, {len(run.findings):,} findings; "
        "interactive after " + ", ".join(f"{e:.2f} s (page clock {r:.0f} ms)" for e, r in attempts)
    )
    assert elapsed < 2.0 and ready_ms < 2000, attempts
    page = visit.page
    # paginated, not all in the DOM: 100 rows of thousands
    total = len([f for f in run.findings if f.kind != "unsupported"])
    assert page.locator("#disc-table tbody tr:not(.detail)").count() == 100
    assert status(page, "disc") == f"Showing 1–100 of {total:,} discrepancies."
    assert page.evaluate("document.getElementsByTagName('*').length") < 30_000
    # and it responds: next page, then a text filter over every finding
    started = time.perf_counter()
    page.locator("#disc-pager button", has_text="Next").click()
    assert status(page, "disc") == f"Showing 101–200 of {total:,} discrepancies."
    page.fill("#disc-q", "wind speed, 2024-10-09, speed #417")
    page.wait_for_function("document.getElementById('disc-status').textContent.includes('of 1 discrepancies')")
    assert time.perf_counter() - started < 2.0
    visit.check_clean()
    page.close()


# ---------------------------------------------------------------- hostile articles

HOSTILE_TIMEOUT = 10_000  # ms: a page a payload broke fails in seconds, not half a minute
# what a payload would leave behind if it ran or was parsed as markup, and what the page holds of its own
TRACES = """() => ({
  pwned: window.__pwned === undefined ? null : String(window.__pwned), title: document.title,
  scripts: document.scripts.length, styles: document.querySelectorAll('style').length,
  injected: [...document.querySelectorAll('img, iframe, object, embed, base, math, textarea, link:not([rel=icon]), '
    + 'meta[http-equiv]:not([http-equiv=Content-Security-Policy]), #pwned-td, #pwned-link, '
    + 'a[href^="javascript:" i], a[href^="data:" i], [autofocus]')].map(e => e.outerHTML.slice(0, 80)),
  foreignSvg: document.querySelectorAll('svg:not(.chart)').length,
  handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')))
    .map(e => e.outerHTML.slice(0, 80)),
  tags: [...new Set([...document.querySelectorAll('*')].map(e => e.localName))],
  links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
    .filter(h => !h.startsWith('#') && !h.startsWith('http'))})"""


def assert_nothing_ran(visit: Visit) -> None:
    traces = visit.page.evaluate(TRACES)
    assert traces["pwned"] is None and traces["title"].startswith("crosscheck report"), traces
    assert traces["scripts"] == 2 and traces["styles"] == 1, traces  # the data block, the report's script and style
    assert traces["injected"] == [] and traces["handlers"] == [] and traces["links"] == [], traces
    assert traces["foreignSvg"] == 0
    assert set(traces["tags"]) <= ALLOWED_TAGS | {"dl", "dt", "dd"}, set(traces["tags"]) - ALLOWED_TAGS
    assert visit.dialogs == [] and visit.requests == [visit.url]  # an injected <img src=x> would be a request


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_output(tmp_path_factory) / "index.html"


def test_a_hostile_report_shows_its_articles_markup_as_text_and_runs_none_of_it(browser, hostile_report) -> None:
    """The policy is lifted here: escaping alone must keep every payload inert, through every interaction."""
    visit = Visit(browser, hostile_report, timeout_ms=HOSTILE_TIMEOUT).open()
    page = visit.page
    buttons = page.locator("#disc-table button.exp")
    assert buttons.count() >= 1
    for i in range(buttons.count()):
        buttons.nth(i).click()
    detail = page.locator("#disc-table tr.detail:visible").first
    text = detail.inner_text()
    for payload in PAYLOADS[:13]:
        assert payload in text, payload  # the sentence is quoted with its markup as text
    assert SOURCE_B in text and TITLE_A in text
    assert detail.locator("code", has_text=URL_A).count() == 1  # a javascript: url is text, not a link
    assert detail.locator("mark", has_text="$240 billion").count() >= 1
    for header in page.locator("#disc-table button.sort").all():
        header.click()
        header.click()
    page.fill("#disc-q", "<script>window.__pwned")
    page.wait_for_function("document.getElementById('disc-status').textContent.includes('of 1 discrepancies')")
    page.fill("#disc-q", "")
    page.select_option("#disc-source", label=SOURCE_B)
    assert status(page, "disc").endswith("of 1 discrepancies.")
    page.locator("#disc-filters button[type=reset]").click()
    page.keyboard.press("Enter")  # a filter form never submits (it would reload the page)
    headers = reveal(page, page.locator("#matrix-table thead")).inner_text()
    assert SOURCE_A in headers and SOURCE_B in headers
    page.check("#matrix-conflicts")
    assert BODY_PAYLOAD not in page.locator("#matrix-table").inner_text()  # cells hold the figures only
    for header in reveal(page, page.locator("#outlets-table")).locator("button.sort").all():
        header.click()
    page.fill("#single-q", "onerror")
    page.wait_for_function("document.getElementById('single-status').textContent.includes('Showing articles')")
    assert "<img src=x onerror=alert('single')>" in page.locator("#single-list").inner_text()
    coverage = reveal(page, page.locator("#coverage-table")).inner_text()
    assert "script>" in coverage and "onerror=alert(" in coverage  # the doc id from a file name, contexts of digits
    for _ in range(25):
        page.keyboard.press("Tab")
    skipped = reveal(page, page.locator("section[aria-labelledby=skipped]")).inner_text()
    assert "<svg onload=alert('skipped')>" in skipped and "<script>alert('key')</script>" in skipped  # name, note
    assert_nothing_ran(visit)
    visit.check_clean()
    page.close()


def test_the_hostile_report_works_under_its_own_policy(browser, hostile_report) -> None:
    """With the policy enforced the report's own script runs (its hash matches) and nothing is reported blocked."""
    visit = Visit(browser, hostile_report, enforce_csp=True, timeout_ms=HOSTILE_TIMEOUT).open()
    page = visit.page
    assert status(page, "disc").startswith("Showing 1–")
    button = page.locator("#disc-table button.exp").first
    button.click()
    assert page.locator("#" + button.get_attribute("aria-controls")).inner_text().count(PAYLOADS[1]) >= 1
    page.fill("#disc-q", "pwned")
    page.keyboard.press("Enter")
    page.wait_for_selector("#disc-status:has-text('of 1 discrepancies')")
    assert visit.violations() == [] and not [m for m in visit.console if m.startswith("error")], visit.console
    assert_nothing_ran(visit)
    visit.check_clean()
    page.close()


def test_the_policy_stops_markup_even_if_escaping_failed(browser, hostile_report, tmp_path: Path) -> None:
    """Defence in depth: the same page with raw markup spliced in, as if an escape were missed, runs none of it."""
    html = hostile_report.read_text(encoding="utf-8")
    spliced = (
        "<img src=x onerror=\"alert('attr')\"><script>window.__pwned='inline'</script>"
        "<a id=pwned-link href=\"javascript:alert('url')\">link</a><svg onload=\"alert('svg')\"></svg>"
        '<base href="https://evil.example/"><form id=f action="https://evil.example/"></form>'
    )
    broken = tmp_path / "index.html"
    broken.write_text(html.replace("<main>", "<main>" + spliced, 1), encoding="utf-8")
    visit = Visit(browser, broken, enforce_csp=True, timeout_ms=HOSTILE_TIMEOUT).open()
    page = visit.page
    assert status(page, "disc").startswith("Showing 1–")  # the report itself still works
    page.click("#pwned-link", no_wait_after=True)
    page.evaluate("document.getElementById('f').submit()")
    page.wait_for_timeout(300)
    assert visit.dialogs == [] and page.evaluate("window.__pwned === undefined")
    blocked = " ".join(visit.violations())
    for directive in ("script-src-elem", "script-src-attr", "img-src", "form-action"):
        assert directive in blocked, blocked
    assert page.evaluate("document.baseURI") == broken.resolve().as_uri()  # <base> ignored
    assert [u for u in visit.requests if not u.startswith("file://")] == []
    page.close()
