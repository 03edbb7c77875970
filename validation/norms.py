"""Reference norms for the default model, built from people in real public corpora.

    python -m validation.norms [--out models/data/reference_norms.json] [--date YYYY-MM-DD] [--min-people 8]

The default model standardizes a feature against the analyzed cohort when at least `min_cohort`
people have it, and otherwise against the reference norms this module writes. For every feature and
transform the default weights use (key "<feature>|<transform>") it records the median and the
MAD-based scale (models.default.robust_center_scale: the cohort rule, so the two are comparable)
over the people of the corpora below, with how many people that is and from which corpora.

People are measured with the project's own pipeline (signals.analyze: the collectors, identity
resolution with the roster's signature rows, features.extract), the same code as `signals run`:

- real exports among the test fixtures (each folder's SOURCE.txt names its origin and licence): an X
  archive, a Slack workspace export and two Bluesky repositories — every account is one person;
- the IBM customer-care conversations in validation/data/ibm_customer_care (Apache-2.0): agent turns
  on a brand's account, signed with the agent's initials ("*SR", "^JS"), are attributed by a roster
  with one signature row per (brand, initials) — each pair is one person. Each turn replies to the
  turn before it in its conversation; the last agent turn's time comes from its tweet id.

A person counts for a feature only with at least the evidence of the "limited" level of the trait
the feature serves (the weights file's thresholds: words and posts, or replies). Features measured
by fewer than `min_people` such people get no norm, as do the features in EXCLUDED (with the
reason). The file is deterministic: sorted keys, 6 significant digits, no timestamp but `--date`.
This is a build tool for a source checkout (it reads tests/ and validation/), not part of a run.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import math
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from models.default import norm_key, robust_center_scale, transform_values
from models.scoring import COUNT_FEATURES, evidence_level
from models.weights import WeightsFile, load_weights
from signals.ground.errors import InputError
from signals.ground.version import __version__

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "models" / "data" / "reference_norms.json"
MIN_PEOPLE = 8
DIGITS = 6
METHOD = (
    "Per-person features from signals.analyze (no bootstrap) on each corpus; a person counts for a "
    "feature with at least the 'limited' evidence of the trait it serves; center = median, scale = "
    "1.4826 * MAD (standard deviation if the MAD is 0) of the transformed values, as the default "
    "model standardizes a cohort; features with fewer than min_people people get no norm."
)
# Features whose values in these corpora come from how a corpus was collected, not from the person.
EXCLUDED = {
    "mission__term_rate": "counts the analyzed organization's own mission terms; no corpus has them",
    "activity__public_share": "each corpus is a single platform, so the share is 0 (Slack) or 1 (the "
    "others) by construction",
    "generosity__repost_share": "the customer-care corpus holds conversation turns only, never reposts",
    "humility__edit_rate": "the customer-care corpus and the Bluesky repositories cannot record edits",
    "activity__posts_per_week": "the corpora are samples (a trimmed archive, 525 sampled conversations), "
    "so their posting rates say nothing about a person's",
    "responsiveness__median_business_latency_s": "needs each person's time zone and work hours, which "
    "the corpora do not give",
    "responsiveness__off_hours_share": "needs each person's time zone and work hours, which the corpora "
    "do not give",
    "responsiveness__reply_rate": "the customer-care conversations were collected because an agent "
    "answered them, so every inbound message is answered by construction",
}
SIGN_OFF = re.compile(r"(?:^|\s)((?:\^|\*|~|-|–|—)\s?([A-Z]{2,3}))\s*$")
_IBM_EPOCH_MS = 1288834974657  # X snowflake ids: unix ms = (id >> 22) + this


@dataclass(frozen=True)
class Corpus:
    """A public corpus: its name, what to read (relative to the repository root) and its licence."""

    name: str
    paths: tuple[str, ...]
    source: str
    licence: str
    kind: str = "export"  # "export": every account is a person; "ibm": IBM customer-care dev.json


CORPORA: tuple[Corpus, ...] = (
    Corpus(
        "x_archive:milahu104",
        ("tests/fixtures/x_archive/milahu104",),
        "tests/fixtures/x_archive/milahu104/SOURCE.txt",
        "MIT",
    ),
    Corpus(
        "slack:hfaran_testarchive",
        ("tests/fixtures/slack/hfaran_testarchive/testarchive.zip",),
        "tests/fixtures/slack/SOURCE.txt",
        "MIT",
    ),
    Corpus(
        "bluesky:bnewbold",
        ("tests/fixtures/bluesky/bnewbold.robocracy.org.20250310005405.car",),
        "tests/fixtures/bluesky/SOURCE.txt",
        "MIT OR Apache-2.0",
    ),
    Corpus(
        "bluesky:paul_staging",
        ("tests/fixtures/bluesky/paul_staging.repo.car",),
        "tests/fixtures/bluesky/SOURCE.txt",
        "MIT OR Apache-2.0",
    ),
    Corpus(
        "ibm_customer_care:dev",
        ("validation/data/ibm_customer_care/dev.json",),
        "validation/data/ibm_customer_care/SOURCE.txt",
        "Apache-2.0",
        kind="ibm",
    ),
)

Measure = Callable[[Sequence[Path], Path | None, str | None], pd.DataFrame]


def _iso(ms: int) -> str:
    return pd.Timestamp(ms, unit="ms", tz="UTC").strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ibm_posts_and_roster(dialogs: list[dict[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The generic posts file and the roster of the IBM conversations (see the module docstring).

    Posts keep their first appearance (a tweet can open several conversations). Roster: one row per
    (brand, sign-off as written), person_id "<brand>/<initials>", consent yes; an agent who signs
    "^JS" and "^ JS" is one person with two rows.
    """
    posts: dict[str, dict[str, str]] = {}
    sign_offs: set[tuple[str, str, str]] = set()
    for dialog in dialogs:
        brand = str(dialog["dialogHeader"]["company"])
        turns = list(dialog["dialogContent"])
        last = dialog.get("agentURL") or {}
        if last.get("url_utterance"):
            turns.append({"agent": brand, "message": last["url_utterance"], "tweet_ID": last["tweet_ID"]})
        previous: dict[str, str] | None = None
        for turn in turns:
            tweet_id = str(turn["tweet_ID"])
            when = turn.get("datetime") or _iso((int(tweet_id) >> 22) + _IBM_EPOCH_MS)
            row = {
                "post_id": tweet_id,
                "platform": "x",
                "account": str(turn.get("client") or brand),
                "created_at": str(when),
                "text": str(turn["message"]),
                "reply_to_id": previous["post_id"] if previous else "",
                "reply_to_account": previous["account"] if previous else "",
                "parent_created_at": previous["created_at"] if previous else "",
            }
            posts.setdefault(tweet_id, row)
            previous = row
            found = SIGN_OFF.search(row["text"].strip()) if "agent" in turn else None
            if found:
                sign_offs.add((brand, found.group(2), found.group(1)))
    roster = pd.DataFrame(
        [
            {
                "person_id": f"{brand}/{initials}",
                "display_name": f"{brand} {initials}",
                "platform": "x",
                "account": brand,
                "signature": sign_off,
                "consent": "yes",
            }
            for brand, initials, sign_off in sorted(sign_offs)
        ],
        columns=["person_id", "display_name", "platform", "account", "signature", "consent"],
    )
    return pd.DataFrame(list(posts.values())), roster


def analyze_features(paths: Sequence[Path], roster: Path | None, input_format: str | None) -> pd.DataFrame:
    """Person features of a corpus through signals.analyze (no bootstrap, one process).

    The one place in models/ that runs the pipeline: this is a build tool, imported lazily so the
    models package itself keeps to the bottom of signals/.
    """
    import signals

    result = signals.analyze(list(paths), roster=roster, input_format=input_format, bootstrap=0, jobs=1)
    return result.person_features


def corpus_features(corpus: Corpus, *, root: Path, measure: Measure = analyze_features) -> pd.DataFrame:
    """Person features of one corpus, with a `corpus` column; person ids are prefixed with its name."""
    paths = [root / p for p in corpus.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputError(f"corpus {corpus.name}: missing {missing} (run from a source checkout)")
    if corpus.kind == "ibm":
        dialogs = json.loads(paths[0].read_text(encoding="utf-8"))
        posts, roster = ibm_posts_and_roster(dialogs)
        with tempfile.TemporaryDirectory(prefix="signals-norms-") as tmp:
            posts_csv, roster_csv = Path(tmp) / "posts.csv", Path(tmp) / "roster.csv"
            posts.to_csv(posts_csv, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
            roster.to_csv(roster_csv, index=False, lineterminator="\n")
            frame = measure([posts_csv], roster_csv, "generic")
    else:
        frame = measure(paths, None, None)
    frame = frame.copy()
    frame["person_id"] = corpus.name + ":" + frame["person_id"].astype(str)
    frame.insert(1, "corpus", corpus.name)
    log.info("%s: %d people", corpus.name, len(frame))
    return frame


def feature_bases(weights: WeightsFile) -> dict[tuple[str, str], str]:
    """Every (feature, transform) the weights use, with the evidence basis of the first trait using it."""
    bases: dict[tuple[str, str], str] = {}
    for spec in weights.traits.values():
        for wf in spec.features:
            bases.setdefault((wf.feature, wf.transform), spec.evidence_basis)
    return bases


def _has_evidence(people: pd.DataFrame, weights: WeightsFile, basis: str) -> np.ndarray:
    def count(name: str) -> np.ndarray:
        column = COUNT_FEATURES[name]
        if column not in people.columns:
            return np.zeros(len(people), dtype=int)
        return people[column].fillna(0).astype(int).to_numpy()

    words, posts, replies = count("words"), count("text_posts"), count("replies")
    return np.array(
        [
            evidence_level(weights.thresholds, basis, int(w), int(p), int(r)) != "insufficient"
            for w, p, r in zip(words, posts, replies, strict=True)
        ],
        dtype=bool,
    )


def compute_norms(
    people: pd.DataFrame, *, weights: WeightsFile, min_people: int = MIN_PEOPLE
) -> dict[str, dict[str, Any]]:
    """ "<feature>|<transform>" → center, scale, n (people), corpora (with their people), from `people`
    (person features with a `corpus` column). Excluded and under-measured features are left out."""
    norms: dict[str, dict[str, Any]] = {}
    for (feature, transform), basis in sorted(feature_bases(weights).items()):
        if feature in EXCLUDED or feature not in people.columns:
            continue
        counted = people[_has_evidence(people, weights, basis)]
        values = transform_values(counted[feature], transform)
        present = values.notna().to_numpy()
        center, scale = robust_center_scale(values)
        n = int(present.sum())
        if n < min_people or not (math.isfinite(scale) and scale > 0):
            why = f"fewer than {min_people} people" if n < min_people else "every value is the same"
            log.info("%s|%s: no norm (%d people; %s)", feature, transform, n, why)
            continue
        by_corpus = counted.loc[present, "corpus"].value_counts()
        norms[norm_key(feature, transform)] = {
            "center": _round(center),
            "scale": _round(scale),
            "n": n,
            "corpora": {str(k): int(v) for k, v in sorted(by_corpus.items())},
        }
    return norms


def reference_people(people: pd.DataFrame, *, weights: WeightsFile) -> list[dict[str, Any]]:
    """The counted people's features (the default model's reference comparison group).

    One record per person with evidence for at least one weighted feature; a feature is kept
    only where the person has the evidence of the trait it serves (the norms' rule), and the
    features in EXCLUDED are left out. Ids are `<corpus>#<n>`: the group needs values, not names.
    """
    records: dict[str, dict[str, Any]] = {}
    for (feature, _transform), basis in sorted(feature_bases(weights).items()):
        if feature in EXCLUDED or feature not in people.columns:
            continue
        counted = people[_has_evidence(people, weights, basis)]
        for person, value in zip(counted["person_id"], counted[feature], strict=True):
            if value == value:
                records.setdefault(str(person), {})[feature] = _round(float(value))
    numbered: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for person in sorted(records):
        corpus = people.loc[people["person_id"] == person, "corpus"].iloc[0]
        seen[corpus] = seen.get(corpus, 0) + 1
        numbered.append({"person_id": f"{corpus}#{seen[corpus]}", **records[person]})
    return numbered


def _round(value: float) -> float:
    return float(f"{value:.{DIGITS}g}")


def render_norms(
    norms: dict[str, dict[str, Any]],
    *,
    corpora: Sequence[Corpus],
    people: pd.DataFrame,
    date: str,
    min_people: int,
    weights: WeightsFile | None = None,
) -> str:
    """The reference norms file's text: JSON with sorted keys, two-space indent, a final newline."""
    counts = people["corpus"].value_counts()
    document = {
        "schema_version": 2,
        "header": {
            "date": date,
            "package_version": __version__,
            "method": METHOD,
            "min_people": min_people,
            "builder": "python -m validation.norms",
            "corpora": [
                {
                    "name": c.name,
                    "paths": list(c.paths),
                    "source": c.source,
                    "licence": c.licence,
                    "people_measured": int(counts.get(c.name, 0)),
                }
                for c in corpora
            ],
            "excluded_features": dict(sorted(EXCLUDED.items())),
        },
        "features": norms,
        "people": reference_people(people, weights=weights) if weights is not None else [],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def build_norms(
    *,
    root: Path = ROOT,
    corpora: Sequence[Corpus] = CORPORA,
    date: str,
    min_people: int = MIN_PEOPLE,
    weights: WeightsFile | None = None,
    measure: Measure = analyze_features,
) -> str:
    """Measure every corpus and return the text of the reference norms file."""
    weights = weights or load_weights()
    people = pd.concat([corpus_features(c, root=root, measure=measure) for c in corpora], ignore_index=True)
    people = people.sort_values("person_id", kind="stable").reset_index(drop=True)
    norms = compute_norms(people, weights=weights, min_people=min_people)
    return render_norms(
        norms, corpora=corpora, people=people, date=date, min_people=min_people, weights=weights
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m validation.norms", description="Build models/data/reference_norms.json."
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root holding the corpora")
    parser.add_argument(
        "--date",
        default=datetime.now(UTC).strftime("%Y-%m-%d"),
        help="date written in the header (default: today, UTC)",
    )
    parser.add_argument("--min-people", type=int, default=MIN_PEOPLE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    log.setLevel(logging.INFO)
    text = build_norms(root=args.root, date=args.date, min_people=args.min_people)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"Wrote {args.out}: {len(json.loads(text)['features'])} features with norms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
