"""Refresh docs/report.png: the sample report as a person sees it, first discrepancy expanded.

.venv/bin/python docs/screenshot.py            # needs Debian's chromium at /usr/bin/chromium (make browser)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="cc-shot-") as tmp:
        out = Path(tmp) / "report"
        subprocess.run(
            [
                str(REPO / ".venv" / "bin" / "crosscheck"),
                "check",
                str(REPO / "samples"),
                "--out",
                str(out),
                "--quiet",
                "--fail-on",
                "never",
                "--no-history",
            ],
            check=True,
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM)
            page = browser.new_page(viewport={"width": 1280, "height": 1500})
            page.goto((out / "index.html").as_uri())
            page.wait_for_selector("#disc-table tbody tr")
            toggle = page.locator("#disc-table tbody tr:not(.detail) button.exp").first
            if toggle.count():
                toggle.click()
            page.screenshot(path=str(REPO / "docs" / "report.png"), full_page=False)
            browser.close()
    print(f"wrote {REPO / 'docs' / 'report.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
