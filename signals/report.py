"""The manager's report: one self-contained HTML file, no network, everything escaped.

Jinja2 autoescaping escapes everything taken from the data; matched spans are split in
Python into before / match / after pieces so the highlight never needs raw HTML. The
page carries a Content-Security-Policy that allows only its own inline script (by hash)
and inline styles, so nothing from the data could load or run anything.
"""

from __future__ import annotations

import base64
import hashlib
import math
from importlib import resources
from typing import TYPE_CHECKING, Any

import jinja2
import pandas as pd

from signals import __version__
from signals.config import TRAIT_LABELS, TRAITS

if TYPE_CHECKING:
    from signals.pipeline import RunResult

SORT_SCRIPT = resources.files("signals").joinpath("templates/report.js").read_text("utf-8")


def _script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _environment() -> jinja2.Environment:
    source = resources.files("signals").joinpath("templates/report.html.j2").read_text("utf-8")
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"report.html.j2": source}),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["fmt"] = _fmt
    return env


def _fmt(value: Any, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    return f"{float(value):.{digits}f}"


def _split_snippet(text: Any, start: Any, end: Any) -> tuple[str, str, str]:
    if not isinstance(text, str):
        return "", "", ""
    if pd.isna(start) or pd.isna(end) or not 0 <= int(start) <= int(end) <= len(text):
        return text, "", ""
    s, e = int(start), int(end)
    return text[:s], text[s:e], text[e:]


def _when(value: Any) -> str:
    return "" if pd.isna(value) else value.strftime("%Y-%m-%d %H:%M UTC")


def build_context(result: RunResult) -> dict[str, Any]:
    """Everything the template shows, as plain Python values."""
    people = result.people.sort_values("person_id")
    scores = result.scores.set_index(["person_id", "trait"])
    evidence_by = {k: g for k, g in result.evidence.groupby(["person_id", "trait"], sort=False)}
    posts = result.staff_posts.set_index("post_id")[["platform"]]
    rows: list[dict[str, Any]] = []
    for person in people.itertuples(index=False):
        cells = []
        traits = []
        for trait in TRAITS:
            key = (person.person_id, trait)
            score = scores.loc[key] if key in scores.index else None
            cell = {
                "trait": trait,
                "label": TRAIT_LABELS[trait],
                "score": None if score is None else score["score"],
                "lower": None if score is None else score["lower"],
                "upper": None if score is None else score["upper"],
                "level": "insufficient" if score is None else score["evidence_level"],
            }
            cells.append(cell)
            items = []
            group = evidence_by.get(key)
            if group is not None:
                for ev in group.itertuples(index=False):
                    before, match, after = _split_snippet(ev.snippet, ev.match_start, ev.match_end)
                    platform = posts["platform"].get(ev.post_id, "") if isinstance(ev.post_id, str) else ""
                    items.append(
                        {
                            "feature": ev.feature,
                            "contribution": ev.contribution,
                            "post_id": ev.post_id,
                            "created_at": _when(ev.created_at),
                            "platform": platform,
                            "before": before,
                            "match": match,
                            "after": after,
                            "note": ev.note if isinstance(ev.note, str) else "",
                        }
                    )
            traits.append({**cell, "evidence": items})
        rows.append(
            {
                "person_id": person.person_id,
                "name": person.display_name if isinstance(person.display_name, str) else person.person_id,
                "team": person.team if isinstance(person.team, str) else "",
                "cells": cells,
                "traits": traits,
            }
        )
    created = result.posts["created_at"]
    return {
        "org": result.organization.name,
        "version": __version__,
        "model_id": result.model_id,
        "traits": [{"id": t, "label": TRAIT_LABELS[t]} for t in TRAITS],
        "rows": rows,
        "summary": result.summary,
        "sources": result.sources.to_dict("records"),
        "date_from": "" if created.empty else created.min().strftime("%Y-%m-%d"),
        "date_to": "" if created.empty else created.max().strftime("%Y-%m-%d"),
        "norm_sources": sorted(result.norm_sources.items()),
        "script": SORT_SCRIPT,
        "csp": (
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src '{_script_hash(SORT_SCRIPT)}'; base-uri 'none'; form-action 'none'"
        ),
    }


def render_report(result: RunResult) -> str:
    """The report as one HTML string."""
    env = _environment()
    return env.get_template("report.html.j2").render(**build_context(result))
