"""Run every validation check and write validation/RESULTS.md (`python -m validation`)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from validation import checks, humility_eval

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _reached(met: bool) -> str:
    return "reached" if met else "**not reached**"


def humility_section() -> list[str]:
    """Apologies and corrections (issue #24): protocol, development (CV) and test figures, the log.

    Reads the test labels (the only place that does) and appends an entry to the evaluation log.
    """
    dev = humility_eval.development()
    test = humility_eval.held_out()
    entry = humility_eval.log_entry(test)
    humility_eval.append_log(entry)
    files = ", ".join(f"{name} ({n})" for name, n in dev["files"].items())
    lines = [
        "",
        "## Apologies and corrections (issue #24)",
        "",
        *PROTOCOL,
        "",
        f"Development texts: {files}.",
        "",
    ]
    lines += ["### Development: nested cross-validation by source document", ""]
    rows = [
        (kind, name, figs, f"decides: {dev['decides'][kind]}" if ":" not in name else "—")
        for kind in humility_eval.KINDS
        for name, figs in dev["figures"][kind].items()
        if figs["labelled"] or figs["detected"]
    ]
    lines += humility_eval.table(rows)
    lines += ["", "### Test: the shipped detector on the test split (read only by this command)", ""]
    rows = [
        (kind, name, figs[kind], humility_eval.target_note(kind, figs[kind]))
        for name, figs in test.items()
        for kind in humility_eval.KINDS
    ]
    lines += humility_eval.table(rows) if rows else ["No test labels present."]
    lines += ["", "### Evaluation log (validation/EVALUATION_LOG.md: each test run, its date and commit)"]
    lines += humility_eval.log_text()
    lines += ["", *closing_note(test)]
    return lines


def _two(value: float) -> str:
    return "—" if value != value else f"{value:.2f}"  # nan: nothing detected or labelled


def closing_note(test: dict[str, Any]) -> list[str]:
    """The test-split figures of each type, against the targets of own-mistake apologies and
    corrections, and the command behind them."""
    figures = test.get("all") or next(iter(test.values()), None)
    if figures is None:
        return []
    own, corr, org, empathy = (figures[kind] for kind in ("own", "correction", "org", "empathy"))
    return [
        f"Closing note: on the test split ({figures['n']} texts) own-mistake apologies reach precision "
        f"{_two(own['precision'])} and recall {_two(own['recall'])} (target 0.90 / 0.85: "
        f"{_reached(own['precision'] >= 0.90 and own['recall'] >= 0.85)}), corrections precision "
        f"{_two(corr['precision'])} and recall {_two(corr['recall'])} (target 0.85 / 0.75: "
        f"{_reached(corr['precision'] >= 0.85 and corr['recall'] >= 0.75)}); the organization's apologies "
        f"precision {_two(org['precision'])} and recall {_two(org['recall'])}, sympathy "
        f"precision {_two(empathy['precision'])} and recall {_two(empathy['recall'])} "
        "(no target). Reproduce with "
        "`PYTHONPATH=. .venv/bin/python -m validation` from the repository root (it appends a log entry)."
    ]


PROTOCOL = [
    "Protocol. Real texts (IBM customer care, Wikipedia requests, VADER tweets and Amazon snippets, the X "
    "archive of milahu104, Bluesky, Slack; from round 5 IRC support chat and Stack Exchange comments; "
    "from round 6 500 more IBM customer-care conversations, for organizations' apologies and sympathy) were "
    "labelled by hand per validation/labels/GUIDE.md and split "
    "once, by source document, into development and test before the detector was changed. The detector "
    "(features/humility.py) is rules that propose typed matches and a logistic model per type "
    "(features/humility_model.py, coefficients in features/lexicons/humility_model.json) that keeps a "
    "proposed type at P >= keep and adds an unproposed one at P >= add. `python -m "
    "validation.humility_train` fits it on the development files only (dev.csv, dev_enriched.csv, "
    "dev_admissions.csv, dev_round5.csv, dev_round6.csv, dev_round7.csv, legacy_dev.csv), choosing C by "
    "grouped 5-fold "
    "cross-validation on "
    "`document` "
    "and keep/add so that precision comes first (the best recall whose precision reaches 0.90, "
    "corrections 0.85). The "
    "development figures below are nested (each outer fold's C and thresholds chosen on the other "
    "folds), next to the rules alone; per type the model decides only where its nested F0.5 beats the "
    "rules alone (otherwise keep 0, add never: the rules decide), and the unmarked row is the detector "
    "as shipped. legacy_dev.csv is TUNED-ON data (the rules were written reading it), so its figures "
    "flatter the rules; dev.csv is the development figure that counts, and it too is optimistic: some "
    "rules added for issue #24 (questions, conditions, sarcasm, 'I meant to <verb>', 'I put it back') "
    "were checked against, and a few prompted by, development errors, and so were several of round 3's "
    "structures (features/humility_repairs.py, humility_admissions.py; dev_admissions.csv holds only 4 own "
    "and 2 corrections). Round 4's structures (lapses and self-repairs over word classes) were written from "
    "the guide's categories and fire on 0-4 development texts each; the 5 development texts they gained "
    "were among the errors read before writing them. Round 5's structures (features/humility_revisions.py: "
    "chat self-repairs, retractions, lapses of one's own words in any verb form) were written while reading "
    "the errors on dev_round5.csv, so its development figures are optimistic too. Round 6 (one class of "
    "slip words and one spelling of a concession for every repair, the conversation's 'we' no service "
    "voice, a self-repair that names the slip counted as an admission) was written from the guide and "
    "checked on the development files. Round 7 of the detector (an apology word's context: a condition on "
    "what the message does, someone else's act, a condition of another clause) was written from development "
    "softeners. dev_round7.csv (975 chat and comment texts chosen by the admissions pre-filter) was labelled "
    "after it and no rule was written from it, so its rules-alone figures are the development figure nearest "
    "to new texts, until round 8 of the detector was written from its errors. The test "
    "figures are the shipped detector on test.csv, test_enriched.csv, test_round5.csv and test_round6.csv "
    "(the last two labelled by people who never develop), read only by "
    "`python -m validation`, which appends them to the evaluation log with counts of what the errors are "
    "(from entry 7; never a text). A text's type is the first "
    "detected of own > org > empathy, as the labels rank them; 95% intervals are Wilson score "
    "intervals; (tp/detected/labelled) are counts.",
]


def report() -> str:
    started = time.time()
    tone = checks.tone()
    polite = checks.politeness()
    jargon = checks.jargon()
    resp = checks.responsiveness()
    lines = [
        "# Validation results",
        "",
        "Written by `python -m validation` (data in validation/data/, sources in each SOURCE.txt).",
        "",
        "| check | figure | published anchor / target |",
        "|---|---|---|",
        f"| Tone: Pearson r, features' VADER compound vs human means, {tone['n']} tweets "
        f"(tweets_GroundTruth.txt) | **{tone['pearson_r']:.3f}** | 0.881 (Hutto & Gilbert 2014, Table 3); "
        "target >= 0.87 |",
        f"| Politeness: 10-fold CV accuracy, logistic regression on {polite['n_features']} per-text features "
        f"({polite['n_strategy_features']} politeness strategies + style: sentiment, length, readability, "
        "contractions, emoji; log1p counts, standardized; C chosen by 5-fold CV inside each training fold; "
        f"no bag of words), top vs bottom quartile, {polite['n']} Wikipedia dev requests "
        f"| **{polite['accuracy']:.3f}** (sd {polite['accuracy_sd']:.3f}); politeness strategies alone "
        f"{polite['accuracy_strategies_only']:.3f}; majority {polite['majority_baseline']:.2f} "
        "| 0.838 with dependency-parse strategies, BoW ~0.81 (Danescu-Niculescu-Mizil et al. 2013); "
        f"target >= 0.84 — {_reached(polite['accuracy'] >= 0.84)} |",
        f"| Jargon: agreement of wordfreq bands with De-Jargonizer BBC 2017-2020 counts, {jargon['n_types']} "
        f"word types (count >= 10) | **{_pct(jargon['agreement'])}**, "
        f"Cohen's kappa **{jargon['kappa']:.3f}**; "
        f"on the {jargon['n_types_ge50']} common+mid types: {_pct(jargon['agreement_ge50'])}, kappa "
        f"{jargon['kappa_ge50']:.3f} | De-Jargonizer rule (Rakedzon et al. 2017): "
        "common >= 1000, rare < 50 |",
    ]
    lines.append(
        f"| Responsiveness: {resp['n_replies']} agent replies to a client turn in IBM "
        "customer-care dev.json, "
        f"{resp['n_signed']} signed with initials | median latency {resp['median_latency_s']:.0f} s; "
        f"negative latencies {resp['n_negative']} | hand-checked, see below |"
    )
    lines += [
        "",
        "Caveats. Politeness: which per-text families the model reads (strategies and style, not topic "
        "lexicons or word-frequency bands) was chosen by comparing a few such sets on this split's "
        "cross-validation, so expect a somewhat lower accuracy on requests not seen.",
    ]
    lines += humility_section()
    table = jargon["table"]
    lines += [
        "",
        "## Jargon confusion matrix (rows: De-Jargonizer, columns: features)",
        "",
        "| | " + " | ".join(table.columns.astype(str)) + " |",
        "|---|---|---|---|",
    ]
    for name, row in table.iterrows():
        lines.append(f"| {name} | " + " | ".join(str(int(v)) for v in row) + " |")
    lines += [
        "",
        "## Responsiveness per (brand, signed initials), agents with >= 5 replies",
        "",
        "| brand | initials | replies | median latency (s) |",
        "|---|---|---|---|",
    ]
    agents = resp["per_agent"]
    for row in agents[agents["replies"] >= 5].itertuples(index=False):
        lines.append(f"| {row.brand} | {row.initials} | {row.replies} | {row.median_latency_s:.1f} |")
    lines += ["", f"(run time {time.time() - started:.0f} s)", ""]
    return "\n".join(lines)


def main() -> int:
    text = report()
    hand = Path(__file__).resolve().parent / "HAND_CHECKS.md"
    if hand.exists():
        text += "\n" + hand.read_text(encoding="utf-8")
    RESULTS.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0
