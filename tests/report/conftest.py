"""Browser fixtures: Debian's chromium driven by Playwright; reports rendered once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from signals.pipeline import RunResult
from signals.report import render_report

from .runs import hostile_run, sample_run, unicode_run

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")


@pytest.fixture(scope="session")
def run() -> RunResult:
    return sample_run()


@pytest.fixture(scope="session")
def report_path(run: RunResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(run), "utf-8")
    return path


@pytest.fixture(scope="session")
def hostile_path(run: RunResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "report.html"
    path.write_text(render_report(hostile_run(run)), "utf-8")
    return path


@pytest.fixture(scope="session")
def outputs(run: RunResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of `signals run` outputs (report, CSVs, workspace) of the sample run with
    evidence highlighted after and on emoji, combining marks and CJK (runs.unicode_run)."""
    from signals.outputs import write_outputs

    out = tmp_path_factory.mktemp("outputs")
    write_outputs(unicode_run(run), out)
    return out


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    # In CI (.ci/run installs both) a missing browser is a failure, never a silent skip.
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        give_up(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
    try:
        from playwright import sync_api
    except ImportError:
        give_up("browser tests need the playwright package (pip install '.[dev]')")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


class Watched:
    """A page plus everything it did that a safe report never does."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def open_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)

    def opener(path: Path) -> Watched:
        page = context.new_page()
        watched = Watched(page)
        page.goto(path.as_uri(), wait_until="load")
        return watched

    yield opener
    context.close()
