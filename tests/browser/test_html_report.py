"""The HTML report as a person sees it: opened in headless Chromium, read back from the live DOM.

Needs Debian's `chromium` at /usr/bin/chromium (CI installs it with tools/install-system-deps.sh);
skipped when it is absent, except under CI (PROCRULES_REQUIRE_BROWSER=1), where absence fails.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from lxml import html

from procrules.reports import Summary
from procrules.reports.html import TITLE
from tests.reports import sample
from tests.reports.sample import SCRIPT, render

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists() and os.environ.get("PROCRULES_REQUIRE_BROWSER") == "1":
    raise RuntimeError("CI needs headless Chromium at /usr/bin/chromium; tools/install-system-deps.sh installs it")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="headless Chromium is not installed at /usr/bin/chromium (run tools/install-system-deps.sh)")


def chromium(workdir: Path, page: Path, *args: str) -> str:
    """Run Chromium on a local page with a throwaway profile; its standard output."""
    profile = workdir / f"profile-{len(list(workdir.glob('profile-*')))}"
    done = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    """The examples (real checks), a made-up input error and an entry whose text tries to run a script."""
    return sample.batch()


@pytest.fixture(scope="module")
def report(workdir: Path, entries: list[dict[str, Any]]) -> Path:
    path = workdir / "report.html"
    path.write_bytes(render("html", entries))
    return path


@pytest.fixture(scope="module")
def dom(workdir: Path, report: Path) -> Any:
    """The page's DOM after Chromium loaded it (scripts, had there been any, would have run)."""
    return html.document_fromstring(chromium(workdir, report, "--dump-dom"))


def test_this_browser_runs_scripts(workdir: Path) -> None:
    """The control: a real script does change the title, so an unchanged title below means something."""
    page = workdir / "control.html"
    page.write_text("<!DOCTYPE html><title>before</title><script>document.title='ran'</script>", encoding="utf-8")
    assert html.document_fromstring(chromium(workdir, page, "--dump-dom")).findtext(".//title") == "ran"


def test_the_summary_numbers(dom: Any, entries: list[dict[str, Any]]) -> None:
    summary = Summary()
    for entry in entries:
        summary.add(entry)
    summary_text = " ".join(dom.get_element_by_id("summary").text_content().split())
    assert f"Records {len(entries)}" in summary_text
    assert f"With findings {summary.records_with_findings}" in summary_text
    assert "With input errors 2" in summary_text
    assert f"Error findings {summary.findings_by_severity['error']}" in summary_text
    assert f"Warning findings {summary.findings_by_severity['warning']}" in summary_text


def test_a_record_and_its_finding(dom: Any) -> None:
    ids = [r.find_class("record-id")[0].text_content() for r in dom.find_class("record")]
    assert "NYC-HWY-2025-077" in ids
    titles = [t.text_content() for t in dom.find_class("title")]
    assert "Contract entered into before the mandatory standstill period ended" in titles
    chart = " ".join(dom.get_element_by_id("chart-rules").text_content().split())
    assert "PA23-STANDSTILL-01 Contract entered into before the mandatory standstill period ended" in chart


def test_an_injected_script_did_not_run_and_shows_as_text(dom: Any) -> None:
    assert dom.findtext(".//title") == TITLE
    assert dom.xpath("//script | //img") == []
    messages = [m.text_content() for m in dom.find_class("message")]
    assert any(SCRIPT in m for m in messages)
    titles = [t.text_content() for t in dom.find_class("title")]
    assert f"{SCRIPT}<img src=x onerror=\"document.title='img'\">" in titles


def test_a_screenshot(workdir: Path, report: Path) -> None:
    shot = workdir / "report.png"
    chromium(workdir, report, f"--screenshot={shot}", "--window-size=1200,1600", "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1200, 1600)
    assert len(data) > 20_000  # a rendered page, not a blank one
