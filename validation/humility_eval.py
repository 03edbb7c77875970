"""Figures of the humility detector for validation/RESULTS.md: development (cross-validated) and test.

The development figures come from nested cross-validation by source document on the
development labels (validation.humility_train), the same procedure that chose the shipped
model. The test figures are the shipped detector (`features.humility.humility_matches`) on the
test labels, read only here, by `python -m validation`; each such run appends an entry (date,
commit, figures) to validation/EVALUATION_LOG.md.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from validation import humility_train

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "labels"
TEST_FILES = ("test.csv", "test_enriched.csv", "test_round5.csv", "test_round6.csv")
LOG = HERE / "EVALUATION_LOG.md"
KINDS = humility_train.TYPES
TARGETS = {"own": (0.90, 0.85), "correction": (0.85, 0.75)}


def detected(text: str) -> dict[str, bool]:
    """Which types the shipped detector finds in a text; own > org > empathy, as the labels rank them."""
    from features.humility import CORRECTION, EMPATHY, ORG, OWN, humility_matches

    found = {m.feature for m in humility_matches(text)}
    first = next((k for k, f in (("own", OWN), ("org", ORG), ("empathy", EMPATHY)) if f in found), "none")
    return {
        "own": first == "own",
        "org": first == "org",
        "empathy": first == "empathy",
        "correction": CORRECTION in found,
    }


def evaluate(frame: pd.DataFrame) -> dict[str, Any]:
    """Precision and recall (95% Wilson intervals) of the shipped detector on labelled texts, and
    what its errors are (`errors`)."""
    found = [detected(str(t)) for t in frame["text"]]
    out: dict[str, Any] = {"n": len(frame)}
    for kind in KINDS:
        y = humility_train.truth(frame, kind)
        pred = np.array([f[kind] for f in found], dtype=bool)
        out[kind] = humility_train.figures(y, pred)
    out["errors"] = errors(frame, found)
    return out


_APOLOGY_WORD = re.compile(
    r"(?<![\w'’])(?:sorr+y+|sry|soz|apolog\w*|oops\w*|whoops|woops|my\s+bad)", re.IGNORECASE
)
SHORT = 8  # words: a chat fragment ("wrong channel, sorry!") rather than a sentence


_TYPED_AS = {"own": "own-mistake", "org": "the organization's", "empathy": "sympathy"}


def errors(frame: pd.DataFrame, found: list[dict[str, bool]]) -> dict[str, Counter[str]]:
    """Counts, never texts, of what the misses and false alarms of each type are: a missed apology
    typed as another type, or with an apology word typed as none, or with no apology word at all
    (an admission worded otherwise); how many misses are short; and the labels of the false alarms.
    They say where the errors are without anyone reading a test text."""
    out: dict[str, Counter[str]] = {
        f"{kind} {what}": Counter() for kind in (*_TYPED_AS, "correction") for what in ("missed", "false")
    }
    for text, label, correction, f in zip(
        frame["text"], frame["type"], frame["correction"], found, strict=True
    ):
        text = str(text)
        for kind in _TYPED_AS:
            if label == kind and not f[kind]:
                other = next((k for k in _TYPED_AS if f[k]), None)
                if other is not None:
                    why = f"typed as {_TYPED_AS[other]}"
                elif _APOLOGY_WORD.search(text):
                    why = "an apology word, typed as none"
                else:
                    why = "no apology word"
                out[f"{kind} missed"][why] += 1
                if len(text.split()) <= SHORT:
                    out[f"{kind} missed"][f"of them {SHORT} words or fewer"] += 1
            if f[kind] and label != kind:
                out[f"{kind} false"][f"labelled {label}"] += 1
        if correction == "yes" and not f["correction"]:
            out["correction missed"][f"labelled {label}"] += 1
        if f["correction"] and correction != "yes":
            out["correction false"][f"labelled {label}"] += 1
    return out


def error_lines(figures: dict[str, Any]) -> list[str]:
    """The error counts of one evaluation as Markdown bullets."""
    lines = []
    for name, counts in figures["errors"].items():
        total = sum(n for why, n in counts.items() if not why.startswith("of them"))
        parts = ", ".join(
            f"{why} {n}"
            for why, n in sorted(counts.items(), key=lambda kv: (kv[0].startswith("of"), -kv[1], kv[0]))
        )
        lines.append(f"- {name}: {total}" + (f" ({parts})" if parts else ""))
    return lines


def held_out(files: tuple[str, ...] = TEST_FILES, *, folder: Path = LABELS) -> dict[str, Any]:
    """Figures per test file present and, with more than one, for all of them together."""
    present = {
        name: pd.read_csv(folder / name, dtype=str, keep_default_na=False)
        for name in files
        if (folder / name).exists()
    }
    out = {name: evaluate(part) for name, part in present.items()}
    if len(present) > 1:
        out["all"] = evaluate(pd.concat(present.values(), ignore_index=True))
    return out


def development() -> dict[str, Any]:
    """Nested cross-validated figures on the development labels, per type and file, with the rules alone."""
    frame = humility_train.dev_frame()
    x = humility_train.inputs(frame["text"].tolist())
    spec, dev = humility_train.train(frame, x)
    counts = frame["file"].value_counts().sort_index()
    return {
        "files": {str(k): int(v) for k, v in counts.items()},
        "figures": dev,
        "decides": {kind: spec[kind]["decides"] for kind in KINDS},
    }


def commit() -> str:
    """The commit the figures are of (with `+changes` when the work tree differs from it)."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=HERE, capture_output=True, text=True, check=False).stdout

    head = git("rev-parse", "--short=12", "HEAD").strip() or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no").strip()
    return head + ("+changes" if dirty else "")


def cell(f: dict[str, Any]) -> str:
    """`P 0.91 [0.80, 0.96], R 0.85 [...] (tp/detected/labelled)` for one figure dict."""

    def one(value: float, ci: tuple[float, float]) -> str:
        if value != value:  # nan: nothing detected or nothing labelled
            return "—"
        return f"{value:.2f} [{ci[0]:.2f}, {ci[1]:.2f}]"

    return (
        f"P {one(f['precision'], f['precision_ci'])}, R {one(f['recall'], f['recall_ci'])} "
        f"({f['tp']}/{f['detected']}/{f['labelled']})"
    )


def target_note(kind: str, f: dict[str, Any]) -> str:
    """Whether a test figure reaches the issue's target for the type."""
    if kind not in TARGETS:
        return "—"
    p, r = TARGETS[kind]
    met = f["precision"] >= p and f["recall"] >= r
    return f"P >= {p:.2f}, R >= {r:.2f}: " + ("reached" if met else "**not reached**")


def table(rows: list[tuple[str, str, dict[str, Any], str]]) -> list[str]:
    """Markdown rows: type, data, figures, target."""
    lines = ["| type | texts | precision [95% CI], recall [95% CI] (tp/detected/labelled) | target |"]
    lines.append("|---|---|---|---|")
    lines += [f"| {kind} | {where} | {cell(f)} | {note} |" for kind, where, f, note in rows]
    return lines


def log_entry(test: dict[str, Any], *, when: datetime | None = None, at: str | None = None) -> str:
    """One evaluation log entry: date, commit, the test figures per type and file."""
    stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"## {stamp}, commit {at or commit()}", ""]
    rows = [
        (kind, name, figs[kind], target_note(kind, figs[kind]))
        for name, figs in test.items()
        for kind in KINDS
    ]
    lines += table(rows)
    every = test.get("all") or next(iter(test.values()), None)
    if every is not None and "errors" in every:
        lines += ["", "What the errors are, on every test text (counts only: no test text is shown):", ""]
        lines += error_lines(every)
    return "\n".join([*lines, ""]) + "\n"


def log_text(*, log: Path = LOG) -> list[str]:
    """The evaluation log as lines for RESULTS.md, its headings one level down."""
    if not log.exists():
        return []
    lines = log.read_text(encoding="utf-8").splitlines()[1:]  # without its title
    return ["#" + line if line.startswith("## ") else line for line in lines]


def append_log(entry: str, *, log: Path = LOG) -> None:
    """Append an entry to the evaluation log (created with its header when missing)."""
    if not log.exists():
        log.write_text(
            "# Evaluation log of the humility detector on the test split (issue #24)\n\n"
            "Appended by `python -m validation`, the only reader of the test labels. One entry per run,\n"
            "never edited: a change made after a test figure was seen is a new entry, and says so.\n\n",
            encoding="utf-8",
        )
    with log.open("a", encoding="utf-8") as handle:
        handle.write(entry + "\n")
