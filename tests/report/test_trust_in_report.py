"""What the report says about the scale, reliability and comparisons (issue 22)."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pandas as pd

from models.formula import formula_lines
from signals.pipeline import RunResult
from signals.report import render_report


def _visible(page: str) -> str:
    return html.unescape(re.sub(r"<script.*?</script>", "", page, flags=re.S))


def test_report_states_the_formula_reliability_and_comparison(run: RunResult) -> None:
    page = _visible(render_report(run))
    for line in formula_lines():
        assert line[3:] in page
    assert "middle of the cohort" not in page
    assert "A score is the estimated percentile" in page
    # each trait: in its overview heading's title and under its ranking
    assert page.count("Reliability 0.") + page.count("Reliability 1.") == 2 * 11
    assert not re.search(r"\b[a-z]+__[a-z_0-9]+\b", page), "a feature named by its column"


def test_a_trait_below_half_is_marked_unreliable_wherever_it_appears(run: RunResult) -> None:
    reliability = run.reliability.copy()
    reliability.loc[reliability["trait"] == "creative", "reliability"] = 0.31
    page = _visible(render_report(replace(run, reliability=reliability)))
    assert "Reliability 0.31" in page
    people = int(run.people["person_id"].nunique())
    # the overview's column, the trait's ranking, and each person's score
    assert page.count("† unreliable in this cohort") == 1 + people
    assert page.count("Unreliable in this cohort") == 2


def test_a_small_cohort_is_told_what_it_is_compared_with(run: RunResult) -> None:
    few = run.people.head(4)
    scores = run.scores[run.scores["person_id"].isin(few["person_id"])]
    comparison = {t: "cohort and reference people" for t in scores["trait"].unique()}
    comparison["humble"] = "not comparable"
    small = replace(
        run,
        people=few,
        scores=scores,
        comparison=comparison,
        reliability=pd.DataFrame(columns=["trait", "reliability", "n_people"]),
    )
    page = _visible(render_report(small))
    assert "With 4 people here" in page and "Not comparable (no score): Humble" in page
    assert page.count("Reliability not measured") == 2 * 11


def test_a_score_resting_on_one_or_two_posts_says_so(run: RunResult) -> None:
    person = str(run.people["person_id"].iloc[0])
    page = _visible(render_report(replace(run, resting_on_few=frozenset({(person, "humble")}))))
    assert page.count("This score rests mostly on one or two posts") == 1
    section = page[page.index(f"{person}-humble") :]
    assert section.index("rests mostly on one or two posts") < section.index("Your ratings")


def test_the_scale_statement_follows_the_models_comparison_not_a_head_count() -> None:
    from signals.report_data import scale_statement

    traits = ["humble", "creative", "responsive"]
    own = scale_statement(6, dict.fromkeys(traits, "cohort"))  # a model fitted with a smaller minimum
    assert "compared with the 6 people of this cohort" in own and "reference people" not in own
    mixed = scale_statement(40, {"humble": "cohort", "creative": "cohort and reference people"})
    assert "together with the reference people" in mixed and "(Creative" in mixed
    nothing = scale_statement(3, dict.fromkeys(traits, "not comparable"))
    assert "compared with the 3 people" not in nothing and "Not comparable (no score)" in nothing
