"""Runs for the report tests: the committed sample, a hostile variant and a large synthetic one."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pandas as pd

from signals.execution.spill import StoredTable
from signals.ground.config import TRAITS
from signals.org import Organization
from signals.pipeline import RunResult, analyze

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "riverton"
HOSTILE = (
    "Look <script>alert(1)</script> and <img src=x onerror=alert(1)> or [click](javascript:alert(1))"
    " <svg onload=alert(3)><svg/onload=alert(4)>"
    ' <a href="javascript:alert(5)">x</a> "><script>alert(6)</script>'
    " <iframe src=javascript:alert(7)></iframe> </textarea><script>alert(8)</script>"
    " <!--<script>alert(9)//-->"
    " </script><script>alert(10)</script> <math><mtext><table><mglyph><style><img src=x onerror=alert(11)>"
)
HOSTILE_MATCH = "<img src=x onerror=alert(1)>"
# Astral emoji (two UTF-16 units each in the browser), a combining accent and CJK, before and
# inside highlighted spans: Python counts code points, a browser's strings count UTF-16 units.
UNICODE_TEXT = "🚌😀 Cafe\u0301 我们的巴士 sorry, my mistake 😀 谢谢 thanks to the team 👍🏽 e\u0301!"
UNICODE_SPANS = ("my mistake", "😀 谢谢", "巴士", "e\u0301", "👍🏽", "🚌")


def sample_run() -> RunResult:
    return analyze(
        [SAMPLE / "exports"], roster=SAMPLE / "roster.csv", org=SAMPLE / "org.json", bootstrap=10
    )


def hostile_run(base: RunResult) -> RunResult:
    """The sample run with a staff post (and names) written to attack the page."""
    run = copy.copy(base)
    when = pd.Timestamp("2025-07-01 12:00", tz="UTC")
    extra_posts = pd.DataFrame(
        {
            "post_id": ["x:1790000000000000001", "mastodon:social.example/109", "mastodon:evil.example/7"],
            "platform": ["x", "mastodon", "mastodon"],
            "account": ["rivertonbus", "alice", "javascript:alert(1)"],
            "created_at": [when] * 3,
            "text": [HOSTILE] * 3,
            "person_id": ["p01"] * 3,
        }
    )
    run.staff_posts = pd.concat([base.staff_posts, extra_posts], ignore_index=True)
    start = HOSTILE.index(HOSTILE_MATCH)
    rows = pd.DataFrame(
        {
            "person_id": ["p01"] * 3,
            "trait": ["humble"] * 3,
            "feature": ["humility__apology_rate"] * 3,
            "contribution": [9.0, 8.0, 7.0],
            "post_id": extra_posts["post_id"],
            "created_at": [when] * 3,
            "snippet": [HOSTILE] * 3,
            "match_start": [start] * 3,
            "match_end": [start + len(HOSTILE_MATCH)] * 3,
            "note": ['<b onmouseover="alert(1)">note</b>'] * 3,
        }
    )
    run.evidence = pd.concat([base.evidence, rows], ignore_index=True)
    people = base.people.copy()
    people.loc[people["person_id"] == "p02", "display_name"] = "<img src=x onerror=alert(2)>"
    people.loc[people["person_id"] == "p02", "team"] = '"><script>alert(3)</script>'
    run.people = people
    return run


def unicode_run(base: RunResult) -> RunResult:
    """The sample run with evidence of p01 whose highlights sit after and on emoji, combining
    marks and CJK (`UNICODE_SPANS` in `UNICODE_TEXT`)."""
    run = copy.copy(base)
    when = pd.Timestamp("2025-07-02 12:00", tz="UTC")
    post_ids = [f"x:17900000000000001{i:02d}" for i in range(len(UNICODE_SPANS))]
    extra_posts = pd.DataFrame(
        {"post_id": post_ids, "platform": "x", "account": "rivertonbus", "created_at": when,
         "text": UNICODE_TEXT, "person_id": "p01"}
    )
    run.staff_posts = pd.concat([base.staff_posts, extra_posts], ignore_index=True)
    starts = [UNICODE_TEXT.rindex(span) for span in UNICODE_SPANS]
    rows = pd.DataFrame(
        {
            "person_id": "p01",
            "trait": "enjoyable",
            "feature": "humanness__emoji_share",
            "contribution": [20.0 - i for i in range(len(UNICODE_SPANS))],
            "post_id": post_ids,
            "created_at": when,
            "snippet": UNICODE_TEXT,
            "match_start": starts,
            "match_end": [s + len(span) for s, span in zip(starts, UNICODE_SPANS, strict=True)],
            "note": [f'emoji: "{span}"' for span in UNICODE_SPANS],
        }
    )
    rows["match_start"] = rows["match_start"].astype("Int64")
    rows["match_end"] = rows["match_end"].astype("Int64")
    run.evidence = pd.concat([base.evidence, rows], ignore_index=True)
    return run


def large_run(n_people: int = 500, n_evidence: int = 200_000, seed: int = 7) -> RunResult:
    """A synthetic run of the size the report must handle."""
    rng = np.random.default_rng(seed)
    pids = [f"q{i:04d}" for i in range(n_people)]
    people = pd.DataFrame(
        {"person_id": pids, "display_name": [f"Person {i}" for i in range(n_people)],
         "team": [f"Team {i % 12}" for i in range(n_people)]}
    )
    score = rng.uniform(0, 100, n_people * len(TRAITS)).round(1)
    scores = pd.DataFrame(
        {
            "person_id": np.repeat(pids, len(TRAITS)),
            "trait": TRAITS * n_people,
            "score": score,
            "lower": (score - 10).clip(0),
            "upper": (score + 10).clip(None, 100),
            "evidence_level": rng.choice(["sufficient", "limited", "insufficient"], n_people * len(TRAITS)),
            "n_posts": 100,
            "n_replies": 50,
            "model_id": "default-v2",
        }
    )
    n_posts = 50_000
    start = pd.Timestamp("2024-01-01", tz="UTC")
    post_ids = [f"x:{10**18 + i}" for i in range(n_posts)]
    created = start + pd.to_timedelta(rng.integers(0, 365 * 86400, n_posts), unit="s")
    owner = rng.integers(0, n_people, n_posts)
    staff_posts = pd.DataFrame(
        {"post_id": post_ids, "platform": "x", "account": [f"acct{o}" for o in owner],
         "created_at": created, "person_id": [pids[o] for o in owner], "text": "hello"}
    )
    post_features = pd.DataFrame({"post_id": post_ids, "tone__compound": rng.uniform(-1, 1, n_posts)})
    pick = rng.integers(0, n_posts, n_evidence)
    text = "We messed up the timetable, sorry about that; the fix is live now and thanks to the team."
    evidence = pd.DataFrame(
        {
            "person_id": staff_posts["person_id"].to_numpy()[pick],
            "trait": rng.choice(TRAITS, n_evidence),
            "feature": "humility__apology_rate",
            "contribution": rng.normal(0, 1, n_evidence).round(3),
            "post_id": np.array(post_ids)[pick],
            "created_at": created[pick],
            "snippet": text,
            "match_start": 36,
            "match_end": 41,
            "note": "apology (own mistake)",
        }
    )
    replies = pd.DataFrame(
        {"person_id": rng.choice(pids, 100_000), "latency_s": np.exp(rng.normal(8, 2, 100_000))}
    )
    empty = pd.DataFrame()
    return RunResult(
        posts=StoredTable.write(staff_posts[["post_id", "created_at"]]),
        rejects=empty,
        sources=pd.DataFrame(
            [{"source": "synthetic", "format": "x_archive", "records_read": n_posts, "posts": n_posts,
              "rejects": 0, "excluded": 0, "excluded_detail": ""}]
        ),
        roster=empty,
        staff_posts=staff_posts,
        post_features=post_features,
        replies=replies,
        person_features=empty,
        feature_evidence=empty,
        scores=scores,
        evidence=evidence,
        people=people,
        organization=Organization(name="Synthetic Transit"),
        model_id="default-v2",
        norm_sources={},
        summary={"records_read": n_posts, "posts": n_posts, "rejects": 0, "excluded": 0,
                 "people_scored": n_people, "posts_withheld_no_consent": 0},
    )
