"""The manager's report: one self-contained HTML file, no network, everything escaped.

Jinja2 autoescaping escapes everything taken from the data; charts are drawn from numbers
(`signals.report_charts`), and evidence travels as per-person JSON data blocks that the
page's script renders with textContent when a section is opened (`signals.report_data`).
The page carries a Content-Security-Policy that allows only its own inline script and
stylesheet (by hash), so nothing from the data could load or run anything.
"""

from __future__ import annotations

import base64
import hashlib
import math
from collections.abc import Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any

import jinja2
import pandas as pd

from features.registry import TONE_COMPOUND
from models.formula import formula_lines
from signals import __version__, report_charts, report_data
from signals.exports_summary import summarize_sources
from signals.ground.config import TRAIT_LABELS, TRAITS

if TYPE_CHECKING:
    from signals.pipeline import RunResult

_TEMPLATES = resources.files("signals").joinpath("templates")
SCRIPT = _TEMPLATES.joinpath("report.js").read_text("utf-8")
STYLE = _TEMPLATES.joinpath("report.css").read_text("utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


CSP = (
    "default-src 'none'; img-src data:; "
    f"style-src '{_hash(STYLE)}'; script-src '{_hash(SCRIPT)}'; "
    "base-uri 'none'; form-action 'none'; object-src 'none'"
)


def _template() -> str:
    return _TEMPLATES.joinpath("report.html.j2").read_text("utf-8")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"report.html.j2": _template()}),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["fmt"] = _fmt
    return env


def _fmt(value: Any, digits: int = 0) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{float(value):.{digits}f}"


# evidence levels without a score, and how a cell shows them
MISSING_LEVELS = {"insufficient": "insufficient", "not_comparable": "not comparable"}


def _heat(score: Any, level: str) -> str:
    if level in MISSING_LEVELS or score is None or pd.isna(score):
        return "heat-na"
    return f"heat-{min(9, max(0, int(float(score) // 10)))}"


def _rating_hint(score: Any) -> int:
    """The 1-5 rating a manager who agrees with a 0-100 score would give."""
    if score is None or pd.isna(score):
        return 3
    return int(min(5, max(1, 1 + math.floor(float(score) / 20))))


def _cells(person_id: str, scores: dict[tuple[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    cells = []
    for trait in TRAITS:
        score = scores.get((person_id, trait))
        value = None if score is None else score["score"]
        level = "insufficient" if score is None else str(score["evidence_level"])
        cells.append(
            {
                "trait": trait,
                "label": TRAIT_LABELS[trait],
                "score": value,
                "lower": None if score is None else score["lower"],
                "upper": None if score is None else score["upper"],
                "level": level,
                "heat": _heat(value, level),
                "sort": -1 if level in MISSING_LEVELS or value is None or pd.isna(value) else float(value),
                "hint": _rating_hint(value),
                "missing": level in MISSING_LEVELS or value is None or pd.isna(value),
                "shown": MISSING_LEVELS.get(level, "insufficient")
                if level in MISSING_LEVELS or value is None or pd.isna(value) else _fmt(value),
            }
        )
    return cells


def _tone_frame(result: RunResult) -> pd.DataFrame:
    pf = result.post_features
    if TONE_COMPOUND not in pf.columns or result.staff_posts.empty:
        return pd.DataFrame(columns=["person_id", "month", "tone", "n"])
    posts = result.staff_posts[["post_id", "person_id", "created_at"]].drop_duplicates("post_id")
    joined = posts.merge(pf[["post_id", TONE_COMPOUND]], on="post_id", how="inner")
    joined = joined.rename(columns={TONE_COMPOUND: "tone"}).dropna(subset=["tone", "created_at"])
    return report_charts.monthly_tone(joined)


def build_context(result: RunResult) -> dict[str, Any]:
    """Everything the template shows, as plain Python values."""
    people = result.people.drop_duplicates("person_id").sort_values("person_id")
    scores = {(str(r["person_id"]), str(r["trait"])): r for r in result.scores.to_dict("records")}
    replies = result.replies
    latency_by = {k: g["latency_s"] for k, g in replies.groupby("person_id", sort=False)}
    cohort_shares = report_charts.latency_shares(replies["latency_s"]) if len(replies) else []
    tone = _tone_frame(result)
    months = sorted(tone["month"].unique().tolist())
    cohort_tone = tone.groupby("month")["tone"].mean() if len(tone) else pd.Series(dtype=float)
    tone_by = {k: g for k, g in tone.groupby("person_id", sort=False)}
    blocks = report_data.evidence_blocks(result.evidence, result.staff_posts)
    read = report_data.coverage(result.staff_posts, result.post_features, result.person_features)
    not_found, not_given = report_data.unmatched_accounts(result.roster_accounts)

    rows: list[dict[str, Any]] = []
    for person in people.itertuples(index=False):
        pid = str(person.person_id)
        cells = _cells(pid, scores)
        lat = latency_by.get(pid)
        n_replies = 0 if lat is None else int(lat.notna().sum())
        rows.append(
            {
                "person_id": pid,
                "name": person.display_name if isinstance(person.display_name, str) else pid,
                "team": person.team if isinstance(person.team, str) else "",
                "cells": cells,
                "insufficient": sum(c["level"] == "insufficient" for c in cells),
                "profile": report_charts.profile(cells),
                "latency": report_charts.histogram(
                    report_charts.latency_shares(lat) if lat is not None else [], cohort_shares, n_replies
                ),
                "tone": report_charts.tone_line(tone_by.get(pid, tone.iloc[0:0]), cohort_tone, months),
                "evidence": blocks.get(pid, ""),
                "coverage": read.get(pid),
                "unmatched": not_found.get(pid, []),
            }
        )

    features = report_data.trait_features(result.model_id)
    trust = report_data.trait_trust(result.reliability, result.comparison)
    for row in rows:
        for cell in row["cells"]:
            cell["unreliable"] = trust[cell["trait"]]["unreliable"]
            cell["few_posts"] = (row["person_id"], cell["trait"]) in result.resting_on_few
    rankings = []
    for i, trait in enumerate(TRAITS):
        entries = [
            {"person_id": r["person_id"], "name": r["name"], "team": r["team"], **r["cells"][i]} for r in rows
        ]
        entries.sort(key=lambda e: (-e["sort"], e["person_id"]))
        rankings.append(
            {
                "id": trait,
                "label": TRAIT_LABELS[trait],
                "means": report_data.TRAIT_MEANS.get(trait, ""),
                "features": features.get(trait, []),
                "chart": report_charts.ranking(entries),
                **trust[trait],
            }
        )

    posts = result.posts
    has_times = "created_at" in posts.columns
    created = posts.read(["created_at"])["created_at"] if has_times else pd.Series(dtype=object)
    created = created.dropna()
    platforms = (
        result.staff_posts.groupby("platform").size().sort_index().items()
        if "platform" in result.staff_posts and len(result.staff_posts)
        else []
    )
    return {
        "org": result.organization.name,
        "version": __version__,
        "model_id": result.model_id,
        "traits": [{"id": t, "label": TRAIT_LABELS[t], **trust[t]} for t in TRAITS],
        "scale": report_data.scale_statement(len(rows), result.comparison),
        "formula": formula_lines(),
        "rows": rows,
        "teams": sorted({r["team"] for r in rows if r["team"]}),
        "rankings": rankings,
        "latency_labels": report_charts.LATENCY_LABELS,
        "summary": result.summary,
        **_read_context(result),
        "platforms": [(str(p), int(n)) for p, n in platforms],
        "insufficient_people": [r for r in rows if r["insufficient"]],
        "unmatched_accounts": [
            {**account, "person_id": pid, "name": _name_of(pid, rows)}
            for pid, found in not_found.items()
            for account in found
        ],
        "roster_accounts": len(result.roster_accounts),
        "not_given": not_given,
        "date_from": "" if created.empty else created.min().strftime("%Y-%m-%d"),
        "date_to": "" if created.empty else created.max().strftime("%Y-%m-%d"),
        "norm_sources": sorted((report_data.feature_label(f), s) for f, s in result.norm_sources.items()),
        "glossary": report_data.glossary(),
        "script": SCRIPT,
        "style": STYLE,
        "csp": CSP,
    }


def _name_of(person_id: str, rows: list[dict[str, Any]]) -> str:
    """The display name the report uses for a person (their id when not among the scored)."""
    return next((str(r["name"]) for r in rows if r["person_id"] == person_id), person_id)


def _read_context(result: RunResult) -> dict[str, Any]:
    """What was read, one row per export (and per file, folded away), for data quality."""
    read = summarize_sources(result.sources)
    return {
        "read_folder": read.folder,
        "read_exports": read.exports.to_dict("records"),
        "read_files": read.files.to_dict("records"),
        "read_total": read.total,
        # rejects.csv also holds replies refused later (negative latency), which stay posts
        "rejected_later": int(result.summary.get("negative_latency_rejected", 0)),
    }


def report_chunks(result: RunResult) -> Iterator[str]:
    """The report's HTML in the pieces the template produces, in order: written one by one,
    a big report (tens of MB of evidence) is never held as one string."""
    return _environment().get_template("report.html.j2").generate(**build_context(result))


def render_report(result: RunResult) -> str:
    """The report as one HTML string (the pieces of `report_chunks` joined)."""
    return "".join(report_chunks(result))
