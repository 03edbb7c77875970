"""Evidence rows: for every score that moved, the features that moved it and the posts behind them.

A manager must be able to check each number against posts, so each feature contribution is
paired with the posts the features stage named for it (with the matched span). Where a
feature is low because something is absent (no apologies at all), no post can show that,
and the row says so instead of pointing at an arbitrary post.
"""

from __future__ import annotations

import math

import pandas as pd

from signals import schemas

MIN_SCORE_SHIFT = 5.0  # points away from 50 before a score needs evidence
MIN_CONTRIBUTION = 0.05  # contributions smaller than this do not move a score visibly


def build_evidence(
    contributions: pd.DataFrame,
    scores: pd.DataFrame,
    feature_evidence: pd.DataFrame,
    staff_posts: pd.DataFrame,
    *,
    posts_per_feature: int = 3,
) -> pd.DataFrame:
    """The evidence table (schemas.EVIDENCE), one row per (score, feature, post)."""
    moved = scores[(scores["score"] - 50.0).abs() >= MIN_SCORE_SHIFT][["person_id", "trait"]]
    contrib = contributions.merge(moved, on=["person_id", "trait"])
    contrib = contrib[contrib["contribution"].abs() >= MIN_CONTRIBUTION]
    contrib = contrib.assign(_abs=contrib["contribution"].abs()).sort_values(
        ["person_id", "trait", "_abs", "feature"], ascending=[True, True, False, True], kind="stable"
    )
    posts = staff_posts.set_index("post_id")[["created_at", "text"]]
    known_posts = set(posts.index)
    by_feature = {key: grp for key, grp in feature_evidence.groupby(["person_id", "feature"], sort=False)}
    rows: list[dict[str, object]] = []
    for item in contrib.itertuples(index=False):
        base = {
            "person_id": item.person_id,
            "trait": item.trait,
            "feature": item.feature,
            "contribution": round(float(item.contribution), 4),
        }
        candidates = by_feature.get((item.person_id, item.feature))
        chosen = _posts_in_direction(candidates, float(item.z), posts_per_feature)
        chosen = chosen[[pid in known_posts for pid in chosen["post_id"]]] if not chosen.empty else chosen
        if chosen.empty:
            rows.append({**base, **_no_post_row(item.feature, float(item.value), float(item.z))})
            continue
        for ev in chosen.itertuples(index=False):
            post = posts.loc[ev.post_id]
            rows.append(
                {
                    **base,
                    "post_id": ev.post_id,
                    "created_at": post["created_at"],
                    "snippet": post["text"],
                    "match_start": ev.match_start,
                    "match_end": ev.match_end,
                    "note": ev.note,
                }
            )
    frame = pd.DataFrame(rows, columns=schemas.EVIDENCE.names)
    frame["created_at"] = pd.to_datetime(frame["created_at"], utc=True)
    frame["contribution"] = frame["contribution"].astype(float)
    for column in ("match_start", "match_end"):
        frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    for column in ("post_id", "snippet", "note"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return schemas.validate(frame, schemas.EVIDENCE)


def _posts_in_direction(candidates: pd.DataFrame | None, z: float, limit: int) -> pd.DataFrame:
    """Posts whose push on the feature agrees with where the person stands (above or below)."""
    if candidates is None or candidates.empty or math.isnan(z) or z == 0:
        return pd.DataFrame(columns=schemas.FEATURE_EVIDENCE.names)
    agree = candidates[(candidates["strength"] > 0) == (z > 0)]
    agree = agree.assign(_abs=agree["strength"].abs()).sort_values(
        ["_abs", "post_id"], ascending=[False, True], kind="stable"
    )
    return agree.head(limit)


def _no_post_row(feature: str, value: float, z: float) -> dict[str, object]:
    where = "above" if z > 0 else "below"
    shown = "no data" if math.isnan(value) else f"{value:.3g}"
    return {
        "post_id": None,
        "created_at": pd.NaT,
        "snippet": None,
        "match_start": None,
        "match_end": None,
        "note": f"{feature} = {shown}, {abs(z):.1f} SD {where} the norm; no single post shows this",
    }
