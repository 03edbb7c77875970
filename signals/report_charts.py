"""Geometry of the report's inline SVG charts, as plain numbers.

Nothing here produces markup: each function returns dicts of coordinates and labels that
the template turns into SVG elements, so Jinja's autoescaping covers every label and the
charts need neither script nor a network.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

# Reply-latency bins (seconds), roughly logarithmic, with labels a manager reads at a glance.
LATENCY_EDGES = (0.0, 60.0, 300.0, 900.0, 3600.0, 3 * 3600.0, 8 * 3600.0, 86400.0, 3 * 86400.0, math.inf)
LATENCY_LABELS = ("<1m", "1-5m", "5-15m", "15m-1h", "1-3h", "3-8h", "8-24h", "1-3d", ">3d")

PROFILE_ROW = 22
PROFILE_LABEL = 210
PROFILE_WIDTH = 560
CHART_WIDTH = 560
CHART_HEIGHT = 150


def _num(value: Any) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out


def profile(cells: list[dict[str, Any]]) -> dict[str, Any]:
    """Horizontal bars 0-100 per trait with interval whiskers; insufficient evidence is hatched."""
    scale = (PROFILE_WIDTH - PROFILE_LABEL - 20) / 100.0
    rows = []
    for i, cell in enumerate(cells):
        y = 8 + i * PROFILE_ROW
        score, lower, upper = _num(cell["score"]), _num(cell["lower"]), _num(cell["upper"])
        row: dict[str, Any] = {
            "label": cell["label"],
            "y": y,
            "ty": y + 12,
            "level": cell["level"],
            "whisker": None,
        }
        row["w"] = round((score or 0.0) * scale, 1) if score is not None else 0.0
        row["text"] = cell.get("shown", "–") if score is None else f"{score:.0f}"
        row["tx"] = round(PROFILE_LABEL + row["w"] + 4, 1)
        if lower is not None and upper is not None:
            row["whisker"] = {
                "x1": round(PROFILE_LABEL + lower * scale, 1),
                "x2": round(PROFILE_LABEL + upper * scale, 1),
                "y": y + 8,
            }
            row["tx"] = max(row["tx"], round(PROFILE_LABEL + upper * scale + 4, 1))
        rows.append(row)
    height = 16 + len(cells) * PROFILE_ROW
    return {
        "width": PROFILE_WIDTH,
        "height": height,
        "x0": PROFILE_LABEL,
        "mid": round(PROFILE_LABEL + 50 * scale, 1),
        "rows": rows,
    }


def latency_shares(latencies: pd.Series) -> list[float]:
    """Share of replies per latency bin (empty list when there are no replies)."""
    values = pd.to_numeric(latencies, errors="coerce").dropna().to_numpy(dtype=float)
    if values.size == 0:
        return []
    counts, _ = np.histogram(np.clip(values, 0.0, 1e12), bins=np.array(LATENCY_EDGES[:-1] + (1e13,)))
    return [float(c) / values.size for c in counts]


def histogram(person: list[float], cohort: list[float], n: int) -> dict[str, Any] | None:
    """Bars: this person's share of replies per bin; outline: the cohort's share."""
    if not person:
        return None
    top = max(max(person), max(cohort) if cohort else 0.0, 0.01)
    plot_h = CHART_HEIGHT - 34
    step = (CHART_WIDTH - 40) / len(LATENCY_LABELS)
    bars = []
    for i, label in enumerate(LATENCY_LABELS):
        x = 36 + i * step
        p = person[i]
        c = cohort[i] if cohort else 0.0
        ph = p / top * plot_h
        ch = c / top * plot_h
        bars.append(
            {
                "x": round(x + 3, 1),
                "w": round(step - 6, 1),
                "y": round(8 + plot_h - ph, 1),
                "h": round(ph, 1),
                "cy": round(8 + plot_h - ch, 1),
                "ch": round(ch, 1),
                "label": label,
                "lx": round(x + step / 2, 1),
                "title": f"{label}: {p * 100:.0f}% of replies (cohort {c * 100:.0f}%)",
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "base": 8 + plot_h,
        "ly": CHART_HEIGHT - 10,
        "top": f"{top * 100:.0f}%",
        "bars": bars,
        "n": n,
    }


def monthly_tone(frame: pd.DataFrame) -> pd.DataFrame:
    """Mean tone per (person_id, month) from posts with person_id, created_at, tone."""
    if frame.empty:
        return pd.DataFrame(columns=["person_id", "month", "tone", "n"])
    # numpy's month strings are strftime's "%Y-%m" for years 1000-9999, made in C, not per value
    times = frame["created_at"]
    wall_times = times.dt.tz_localize(None) if times.dt.tz else times
    months = pd.Series(
        np.datetime_as_string(wall_times.to_numpy().astype("datetime64[M]"), unit="M"), index=frame.index
    )
    grouped = frame.assign(month=months).groupby(["person_id", "month"], sort=True)["tone"]
    return grouped.agg(tone="mean", n="count").reset_index()


def tone_line(person: pd.DataFrame, cohort: pd.Series, months: list[str]) -> dict[str, Any] | None:
    """Monthly mean tone (-1..1) for one person with the cohort's monthly mean as a reference line."""
    if person.empty or not months:
        return None
    plot_h = CHART_HEIGHT - 34
    step = (CHART_WIDTH - 90) / max(len(months) - 1, 1)

    def xy(month: str, value: float) -> tuple[float, float]:
        x = 44 + months.index(month) * step
        y = 8 + (1 - (value + 1) / 2) * plot_h
        return round(x, 1), round(y, 1)

    points = [xy(m, float(t)) for m, t in zip(person["month"], person["tone"], strict=True)]
    dots = [
        {"x": x, "y": y, "title": f"{m}: mean tone {t:+.2f} over {n} posts"}
        for (x, y), m, t, n in zip(points, person["month"], person["tone"], person["n"], strict=True)
    ]
    cohort_points = [xy(m, float(v)) for m, v in cohort.items() if m in months and not math.isnan(v)]
    every = max(1, math.ceil(len(months) / 8))
    ticks = [{"x": xy(m, 0)[0], "label": m} for i, m in enumerate(months) if i % every == 0]
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "line": " ".join(f"{x},{y}" for x, y in points),
        "cohort": " ".join(f"{x},{y}" for x, y in cohort_points),
        "dots": dots,
        "zero": round(8 + plot_h / 2, 1),
        "top": 8,
        "bottom": 8 + plot_h,
        "ly": CHART_HEIGHT - 10,
        "ticks": ticks,
    }


def ranking(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows for one trait's ranking: a dot at the score and a bar across the interval."""
    scale = (CHART_WIDTH - 270) / 100.0
    rows = []
    for i, e in enumerate(entries):
        y = 6 + i * 18
        score, lower, upper = _num(e["score"]), _num(e["lower"]), _num(e["upper"])
        row = {**e, "y": y, "ty": y + 10, "cy": y + 6}
        row["cx"] = None if score is None else round(200 + score * scale, 1)
        row["x1"] = None if lower is None else round(200 + lower * scale, 1)
        row["x2"] = None if upper is None else round(200 + upper * scale, 1)
        insufficient = e["level"] == "insufficient" or score is None
        missing = "not comparable" if e["level"] == "not_comparable" else "insufficient evidence"
        row["text"] = missing if insufficient else f"{score:.0f}"
        rows.append(row)
    return {
        "width": CHART_WIDTH,
        "height": 12 + len(entries) * 18,
        "x0": 200,
        "rows": rows,
        "mid": round(200 + 50 * scale, 1),
        "tx": CHART_WIDTH - 8,
    }
