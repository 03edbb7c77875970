"""The report in a real browser (Debian chromium through Playwright)."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from models.inputs import read_ratings
from signals.ground.config import TRAITS
from signals.outputs import FORMULA_PREFIXES

from .runs import HOSTILE, UNICODE_SPANS


def _scores(page: Any, trait: str) -> list[float]:
    col = 2 + TRAITS.index(trait)
    values = page.eval_on_selector_all(
        "#overview-table tbody tr:not(.hidden)", f"rows => rows.map(r => r.cells[{col}].dataset.sort)"
    )
    return [float(v) for v in values]


def test_overview_has_a_row_per_person(open_page: Any, report_path: Path, artifacts: Path) -> None:
    w = open_page(report_path)
    assert w.page.locator("#overview-table tbody tr").count() == 18
    assert w.page.locator("details.person").count() == 18
    w.page.screenshot(path=str(artifacts / "overview.png"))
    assert not w.errors and not w.dialogs
    assert all(u.startswith("file://") for u in w.requests), "the report loads nothing from the network"


def test_sorting_by_a_trait_orders_rows_by_descending_score(open_page: Any, report_path: Path) -> None:
    w = open_page(report_path)
    order = "rows => rows.map(r => r.dataset.person)"
    before = w.page.eval_on_selector_all("#overview-table tbody tr", order)
    w.page.click('th[data-trait="responsive"]')
    after = w.page.eval_on_selector_all("#overview-table tbody tr", order)
    scores = _scores(w.page, "responsive")
    assert after != before
    assert scores == sorted(scores, reverse=True)
    assert w.page.get_attribute('th[data-trait="responsive"]', "aria-sort") == "descending"
    # Keyboard: focus the heading and press Enter to flip the order.
    w.page.focus('th[data-trait="responsive"]')
    w.page.keyboard.press("Enter")
    assert _scores(w.page, "responsive") == sorted(scores)


def test_team_filter_hides_other_teams(open_page: Any, report_path: Path, run: Any) -> None:
    w = open_page(report_path)
    team = sorted(t for t in run.people["team"].dropna().unique() if t)[0]
    expected = int((run.people.drop_duplicates("person_id")["team"] == team).sum())
    w.page.select_option("#team-filter", team)
    assert w.page.locator("#overview-table tbody tr:not(.hidden)").count() == expected
    assert w.page.locator("details.person:not(.hidden)").count() == expected
    w.page.select_option("#team-filter", "")
    assert w.page.locator("#overview-table tbody tr:not(.hidden)").count() == 18


def test_person_section_opens_with_highlighted_evidence(
    open_page: Any, report_path: Path, artifacts: Path
) -> None:
    w = open_page(report_path)
    person = w.page.locator("details.person").first
    assert person.locator("ul.evidence li").count() == 0, "evidence is rendered only when opened"
    person.locator("summary").click()
    assert person.evaluate("d => d.open")
    marks = person.locator("ul.evidence mark")
    assert marks.count() > 0
    assert marks.first.inner_text().strip()
    assert person.locator("svg").count() >= 2
    box = person.evaluate(
        "d => { const r = d.getBoundingClientRect();"
        " return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}; }"
    )
    w.page.screenshot(
        path=str(artifacts / "person.png"), full_page=True,
        clip={"x": box["x"], "y": box["y"], "width": box["width"], "height": min(box["height"], 1300)},
    )
    assert not w.errors and not w.dialogs


def test_score_link_opens_the_person_at_that_trait(open_page: Any, report_path: Path) -> None:
    w = open_page(report_path)
    link = w.page.locator('#overview-table tbody tr td.score a[href$="-humble"]').first
    href = link.get_attribute("href")
    link.click()
    target = w.page.locator(href)
    assert target.evaluate("t => t.closest('details').open")
    assert target.is_visible()


def test_hostile_post_is_text_and_runs_nothing(open_page: Any, hostile_path: Path, artifacts: Path) -> None:
    w = open_page(hostile_path)
    w.page.click('#overview-table a[href="#person-p01-humble"]')
    trait = w.page.locator("#person-p01-humble")
    posts = trait.locator("ul.evidence .post")
    assert posts.first.inner_text() == HOSTILE
    assert posts.first.locator("mark").inner_text() == "<img src=x onerror=alert(1)>"
    links = trait.locator('a[href^="http"]')
    hrefs = sorted(links.evaluate_all("as => as.map(a => a.href)"))
    expected = {"https://social.example/@alice/109", "https://x.com/rivertonbus/status/1790000000000000001"}
    assert expected <= set(hrefs)
    assert not any("evil.example" in h for h in hrefs), "no link where the account is not a handle"
    assert all(h.startswith("https://") for h in hrefs)
    assert all(a == "noopener noreferrer" for a in links.evaluate_all("as => as.map(a => a.rel)"))
    assert w.page.locator('a[href^="javascript:"]').count() == 0
    assert w.page.locator("img").count() == 0
    assert w.page.locator("main script").count() == 0
    assert w.page.get_by_text("<img src=x onerror=alert(2)>").first.is_visible()
    trait.screenshot(path=str(artifacts / "hostile.png"))
    w.page.wait_for_timeout(200)
    assert w.dialogs == []
    assert w.errors == []


def test_csp_is_strict(open_page: Any, report_path: Path) -> None:
    w = open_page(report_path)
    csp = w.page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", directives["script-src"])
    assert "unsafe" not in csp
    assert w.page.locator("[onclick], [onload], [onerror], [onchange]").count() == 0
    # An injected inline script is refused by the policy.
    w.page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.pwned = 1';"
        " document.body.appendChild(s); }"
    )
    assert w.page.evaluate("() => window.pwned") is None


def test_ratings_export_is_a_csv_signals_reads(open_page: Any, report_path: Path, tmp_path: Path) -> None:
    w = open_page(report_path)
    first = w.page.locator("details.person").first
    first.locator("summary").click()
    box = first.locator('.feedback[data-trait="humble"]')
    box.locator('input[value="agree"]').check()
    assert box.locator("select.rating").input_value() == box.get_attribute("data-hint")
    other = first.locator('.feedback[data-trait="creative"]')
    other.locator('input[value="disagree"]').check()
    other.locator("select.rating").select_option("2")
    with w.page.expect_download() as info:
        w.page.click("#export-ratings")
    target = tmp_path / "ratings.csv"
    info.value.save_as(target)
    ratings = read_ratings(target)
    person = first.get_attribute("data-person")
    got = {(r.person_id, r.trait): float(r.rating) for r in ratings.itertuples()}
    assert set(got) == {(person, "humble"), (person, "creative")}
    assert got[(person, "creative")] == 2.0
    raw = pd.read_csv(target, dtype=str)
    assert list(raw.columns[:3]) == ["person_id", "trait", "rating"]
    assert sorted(raw["agreement"]) == ["agree", "disagree"]
    assert not w.errors


def test_large_report_loads(open_page: Any, tmp_path: Path, artifacts: Path) -> None:
    """500 people and 200,000 evidence rows: load, then open one person."""
    from signals.report import render_report

    from .runs import large_run

    path = tmp_path / "large.html"
    path.write_text(render_report(large_run()), "utf-8")
    w = open_page(path)
    load_ms = w.page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
    assert w.page.locator("#overview-table tbody tr").count() == 500
    started = w.page.evaluate("() => performance.now()")
    w.page.locator("details.person").nth(250).locator("summary").click()
    assert w.page.locator("details.person").nth(250).locator("ul.evidence li").count() > 0
    open_ms = w.page.evaluate("() => performance.now()") - started
    size_mb = path.stat().st_size / 1e6
    (artifacts / "large-load.txt").write_text(
        f"size {size_mb:.1f} MB, load {load_ms:.0f} ms, open one person {open_ms:.0f} ms\n", "utf-8"
    )
    assert load_ms < 20_000
    assert not w.errors


def _csv_highlights(path: Path) -> Counter[tuple[str, ...]]:
    """(person, trait, feature, post id, matched text) of every evidence.csv row with a span,
    the span read as the README describes the file: code-point offsets into the snippet
    (without the apostrophe that guards a cell starting with = + - @)."""
    found: Counter[tuple[str, ...]] = Counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for row in frame.itertuples(index=False):
        if not row.match_start or not row.match_end:
            continue
        snippet = row.snippet
        if snippet[:1] == "'" and snippet[1:2] in FORMULA_PREFIXES:
            snippet = snippet[1:]
        start, end = int(row.match_start), int(row.match_end)
        if 0 <= start < end <= len(snippet):
            found[(row.person_id, row.trait, row.feature, row.post_id, snippet[start:end])] += 1
    return found


def _page_highlights(page: Any) -> Counter[tuple[str, ...]]:
    """The same tuples from the page: every person opened, every "show more" clicked."""
    for summary in page.locator("details.person > summary").all():
        summary.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('details.person')].every(d => d.dataset.rendered)"
    )
    rows = page.evaluate(
        """() => {
            let more;
            while ((more = document.querySelector('ul.evidence li.more button'))) { more.click(); }
            return [...document.querySelectorAll('ul.evidence li')].filter(li => li.querySelector('mark'))
              .map(li => [li.closest('details.person').dataset.person, li.closest('ul').dataset.trait,
                          li.dataset.feature, li.dataset.post, li.querySelector('mark').textContent]);
        }"""
    )
    return Counter(tuple(row) for row in rows)


def test_highlights_are_the_matched_spans_of_evidence_csv(open_page: Any, outputs: Path) -> None:
    """Python counts code points, the page's strings UTF-16 units: every highlight, after
    astral emoji, combining marks or CJK, shows exactly the span evidence.csv names."""
    expected = _csv_highlights(outputs / "evidence.csv")
    spans = {key[-1] for key in expected}
    assert set(UNICODE_SPANS) <= spans
    after_astral = [k for k in expected if any(ord(c) > 0xFFFF for c in k[-1])]
    assert after_astral, "the run highlights emoji themselves"
    w = open_page(outputs / "report.html")
    got = _page_highlights(w.page)
    assert sum(expected.values()) > 500
    assert got == expected
    assert not any("\ufffd" in key[-1] for key in got)
    assert not w.errors


def test_the_train_command_the_report_shows_runs_on_its_exported_ratings(
    open_page: Any, outputs: Path, tmp_path: Path
) -> None:
    """The command in "Your ratings", run as the page says (in the report's folder, ratings
    saved there as ratings.csv), trains on the CSV the export button makes."""
    w = open_page(outputs / "report.html")
    shown = [c for c in w.page.locator("#feedback code").all_inner_texts() if c.startswith("signals ")]
    assert len(shown) == 1
    command = shlex.split(shown[0])
    assert command[:2] == ["signals", "train"]
    people = w.page.locator("details.person")
    for i in range(12):
        person = people.nth(i)
        person.locator("summary").click()
        box = person.locator('.feedback[data-trait="humble"]')
        if i % 3 == 0:
            box.locator('input[value="agree"]').check()  # the rating the score suggests
        else:
            box.locator('input[value="disagree"]').check()
            box.locator("select.rating").select_option(str(1 + i % 5))
    with w.page.expect_download() as info:
        w.page.click("#export-ratings")
    folder = tmp_path / "report-folder"
    folder.mkdir()
    shutil.copy(outputs / "report.html", folder)
    shutil.copy(outputs / "person_features.csv", folder)
    info.value.save_as(folder / "ratings.csv")
    assert (folder / "ratings.csv").read_text("utf-8").startswith("person_id,trait,rating,agreement\n")
    done = subprocess.run(
        [sys.executable, "-m", "signals", *command[1:]],
        cwd=folder, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Wrote model.json" in done.stdout
    assert json.loads((folder / "model.json").read_text("utf-8"))["traits"].keys() == {"humble"}


def test_data_quality_section_is_compact(open_page: Any, report_path: Path, artifacts: Path) -> None:
    """One row per export; the hundreds of files read sit in a closed <details>."""
    w = open_page(report_path)
    section = w.page.locator("#data-quality")
    height = section.evaluate("s => s.getBoundingClientRect().height")
    section.screenshot(path=str(artifacts / "data-quality.png"))
    assert height < 1200
    assert w.page.locator("#exports-table tbody tr").count() == 12
    assert not w.page.locator("#files-table").is_visible()
    w.page.click("details.files > summary")
    assert w.page.locator("#files-table tbody tr").count() > 100
