"""Report chart data: the monthly tone table's months are what strftime("%Y-%m") writes."""

from __future__ import annotations

import pandas as pd

from signals.report_charts import monthly_tone


def test_monthly_tone_months_and_means_match_strftime_grouping() -> None:
    times = pd.to_datetime(
        [
            "2024-01-31T23:59:59.999999Z",
            "2024-02-01T00:00:00Z",
            "2024-02-29T12:00:00Z",
            "1999-12-31T23:00:00Z",
            "2024-01-01T00:00:00Z",
            "2024-02-15T08:30:00.5Z",
        ],
        utc=True,
        format="ISO8601",
    )
    frame = pd.DataFrame(
        {
            "person_id": ["p1", "p1", "p1", "p2", "p2", "p2"],
            "created_at": times,
            "tone": [0.5, -0.25, 0.75, 0.1, 0.2, 0.3],
        }
    )
    got = monthly_tone(frame)
    expected = (
        frame.assign(month=frame["created_at"].dt.strftime("%Y-%m"))
        .groupby(["person_id", "month"], sort=True)["tone"]
        .agg(tone="mean", n="count")
        .reset_index()
    )
    pd.testing.assert_frame_equal(got, expected)
    assert got["month"].tolist() == ["2024-01", "2024-02", "1999-12", "2024-01", "2024-02"]


def test_monthly_tone_months_are_in_the_times_own_zone() -> None:
    utc = pd.to_datetime(["2024-03-31T23:30:00Z", "2024-04-01T03:30:00Z"], utc=True, format="ISO8601")
    frame = pd.DataFrame({"person_id": ["p1", "p1"], "tone": [1.0, 0.0]})
    assert monthly_tone(frame.assign(created_at=utc))["month"].tolist() == ["2024-03", "2024-04"]
    new_york = utc.tz_convert("America/New_York")  # 19:30 and 23:30 on 31 March there
    assert monthly_tone(frame.assign(created_at=new_york))["month"].tolist() == ["2024-03"]
