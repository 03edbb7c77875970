"""Trust figures of issue 22, measured by rerunning the product on a cohort.

    python -m validation.trust_figures --out DIR [--cohort sample|real|ibm|all] [--halving N] [--seed S]

For each cohort, from `signals.analyze` (default bootstrap and seed): (a) the share of scores ≤ 2
or ≥ 98; (b) intervals narrower than 0.5 points, by evidence level; (c) per trait, the largest
share of rated people (evidence limited or sufficient) sharing one score rounded to 0.1; (d) the
split-half reliability of `result.reliability`; (e) the Spearman correlation of
`believes_in_social` with log posts per week; (f) the halving check: for each of N people, keep
a seeded random half of their posts (colleagues untouched), rerun, and count the traits whose
new score leaves the full-data interval, and by how many half-widths of that interval.

The halving runs read one generic posts file written from the cohort's run: the reference is the
run of that whole file, each half is the same file without the dropped rows. Posts are dropped
in whole conversations (see half_drop): a reply goes with the outsider's message it answers, so
the half is a smaller export, not a less responsive person.

Cohorts (paths relative to the repository root, so no network and no ../shared):
- sample: the fictional organization in sample_data/riverton;
- real: one real person per real public export among the test fixtures (SOURCE.txt of each);
  the roster written for them is saved as DIR/real_roster.csv;
- ibm: the IBM customer-care agents of validation/data/ibm_customer_care/dev.json, attributed by
  sign-off as validation.norms builds the reference norms (roster saved as DIR/ibm_roster.csv).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

import signals
from models.weights import load_weights
from signals.ground import schemas
from signals.pipeline import RunResult
from validation.norms import ibm_posts_and_roster
from validation.trust_render import render

ROOT = Path(__file__).resolve().parents[1]
SEED = 22
COHORTS = ("sample", "real", "ibm")
RATED = ("limited", "sufficient")
# the generic posts file has the posts table's columns but the source
GENERIC_COLUMNS = [name for name in schemas.POSTS.names if name != "source"]
# One real person per real export among tests/fixtures (the others are synthetic; SOURCE.txt of
# each): the export's owner, or in the Slack workspace the member who wrote the most.
REAL_EXPORTS = (
    "x_archive/milahu104",
    "bluesky/bnewbold.robocracy.org.20250310005405.car",
    "bluesky/paul_staging.repo.car",
    "slack/hfaran_testarchive/testarchive.zip",
)
REAL_ROSTER = """person_id,display_name,platform,account,signature,consent
milahu104,milahu104,x,milahu104,,yes
bnewbold,bnewbold,bluesky,did:plc:nhxcyu4ewwhl5pqil4dotqjo,,yes
pfrazee_staging,pfrazee_staging,bluesky,did:plc:cmpvykrzb2l22kj4ojlv3ox4,,yes
hamza,hamza,slack,hamza,,yes
"""


@dataclass(frozen=True)
class Cohort:
    """What `signals.analyze` reads for a cohort."""

    name: str
    paths: list[Path]
    roster: Path
    org: Path | None = None
    input_format: str | None = None
    latent: Path | None = None  # the generator's trait levels (sample): how volume and trait co-vary


def build_cohort(name: str, *, root: Path, out: Path, tmp: Path) -> Cohort:
    """The inputs of cohort `name`; rosters written here go to `out`, posts files to `tmp`."""
    if name == "sample":
        base = root / "sample_data" / "riverton"
        return Cohort(
            name,
            [base / "exports"],
            base / "roster.csv",
            base / "org.json",
            latent=base / "latent_traits.csv",
        )
    if name == "real":
        roster_csv = out / "real_roster.csv"
        roster_csv.write_text(REAL_ROSTER, encoding="utf-8")
        return Cohort(name, [root / "tests" / "fixtures" / p for p in REAL_EXPORTS], roster_csv)
    if name == "ibm":
        dev = root / "validation" / "data" / "ibm_customer_care" / "dev.json"
        posts, roster = ibm_posts_and_roster(json.loads(dev.read_text(encoding="utf-8")))
        posts_csv, roster_csv = tmp / "ibm_posts.csv", out / "ibm_roster.csv"
        posts.to_csv(posts_csv, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        roster.to_csv(roster_csv, index=False, lineterminator="\n")
        return Cohort(name, [posts_csv], roster_csv, input_format="generic")
    raise ValueError(f"unknown cohort {name!r}; expected one of {', '.join(COHORTS)}")


def run(cohort: Cohort, paths: list[Path] | None = None, **options: Any) -> RunResult:
    """`signals.analyze` on the cohort (or on `paths`, generic posts files, with its roster)."""
    generic = paths is not None
    return signals.analyze(
        paths if generic else cohort.paths,
        roster=cohort.roster,
        org=cohort.org,
        input_format="generic" if generic else cohort.input_format,
        **options,
    )


def _ranks_corr(x: pd.Series, y: pd.Series) -> float | None:
    both = pd.DataFrame({"x": x, "y": y}).dropna()
    if len(both) < 3 or both["x"].nunique() < 2 or both["y"].nunique() < 2:
        return None
    return float(np.corrcoef(both["x"].rank(), both["y"].rank())[0, 1])


def _extreme(scores: pd.Series) -> pd.Series:
    return (scores <= 2) | (scores >= 98)


def _counts(values: pd.Series) -> dict[str, int]:
    return {str(k): int(v) for k, v in values.value_counts().sort_index().items()}


def _named(rows: pd.DataFrame) -> list[str]:
    """'person trait score (level)' of score rows."""
    columns = ["person_id", "trait", "score", "evidence_level"]
    return [f"{p} {t} {s:g} ({lvl})" for p, t, s, lvl in rows[columns].itertuples(index=False)]


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None or not math.isfinite(value) else round(float(value), digits)


def cohort_figures(result: RunResult, latent: Path | None = None) -> dict[str, Any]:
    """Figures (a)-(e) of one run; with `latent`, also (e) for the generator's own trait levels."""
    scores = result.scores
    scored = scores[scores["score"].notna()]
    extreme = _extreme(scored["score"])
    narrow = scored[(scored["upper"] - scored["lower"]) < 0.5]
    rated = scored[scored["evidence_level"].isin(RATED)]
    unrated = scores[~scores["evidence_level"].isin(RATED)]
    reliability = result.reliability.set_index("trait") if len(result.reliability) else None
    traits: dict[str, Any] = {}
    for trait in dict.fromkeys(scores["trait"]):
        mine, mine_rated = scored[scored["trait"] == trait], rated[rated["trait"] == trait]
        counts = mine_rated["score"].round(1).value_counts()
        rel = reliability.loc[trait] if reliability is not None and trait in reliability.index else None
        traits[trait] = {
            "reliability": _r(float(rel["reliability"])) if rel is not None else None,
            "reliability_n_people": int(rel["n_people"]) if rel is not None else 0,
            "extreme_share": _r(float(_extreme(mine["score"]).mean())) if len(mine) else None,
            "max_same_score_share": _r(counts.iloc[0] / len(mine_rated)) if len(counts) else None,
            "modal_score": float(counts.index[0]) if len(counts) and counts.iloc[0] > 1 else None,
            "n_rated": len(mine_rated),
            "unrated": _counts(unrated.loc[unrated["trait"] == trait, "evidence_level"]),
            "comparison": result.comparison.get(trait),
        }
    activity = result.person_features.set_index("person_id")["activity__posts_per_week"].astype(float)
    level = None
    believes = scored[scored["trait"] == "believes_in_social"].set_index("person_id")["score"]
    people = believes.index.intersection(activity.index)
    if latent is not None:
        level = pd.read_csv(latent).query("trait == 'believes_in_social'").set_index("person_id")["level"]
    return {
        "n_people": int(scores["person_id"].nunique()),
        "n_scores": len(scored),
        "n_rows": len(scores),
        "evidence_levels": _counts(scores["evidence_level"]),
        "extreme_share": _r(float(extreme.mean())) if len(scored) else None,
        "extreme_count": int(extreme.sum()),
        "extreme_rated_share": _r(float(_extreme(rated["score"]).mean())) if len(rated) else None,
        "extreme_rated": _named(rated[_extreme(rated["score"])]),
        "zero_width_by_level": _counts(narrow["evidence_level"]),
        "zero_width_rated": _named(narrow[narrow["evidence_level"].isin(RATED)]),
        "believes_vs_log_posts_per_week_spearman": _r(
            _ranks_corr(believes[people], np.log(activity[people]))
        ),
        "believes_vs_posts_n": len(people),
        "latent_believes_vs_log_posts_per_week_spearman": _r(_ranks_corr(level, np.log(activity)))
        if level is not None
        else None,
        "traits": traits,
    }


def generic_posts(result: RunResult) -> tuple[pd.DataFrame, pd.Series]:
    """All posts of a run as a generic posts file, and the person of each row (NaN: nobody scored)."""
    posts = result.posts.read()
    person = posts["post_id"].map(
        result.staff_posts.drop_duplicates("post_id").set_index("post_id")["person_id"]
    )
    frame = posts[GENERIC_COLUMNS].copy()
    for column in ("created_at", "parent_created_at"):
        frame[column] = pd.to_datetime(frame[column], utc=True).dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    frame["edited"] = frame["edited"].map({True: "true", False: "false"})
    return frame, person


def write_generic(frame: pd.DataFrame, path: Path) -> Path:
    frame.to_csv(path, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    return path


def half_drop(frame: pd.DataFrame, person: pd.Series, who: str, *, seed: int = SEED) -> np.ndarray:
    """Row labels (positions) to drop for `who`'s half, drawn in conversations (seeded by who).

    A conversation unit links each of the person's posts with its parent and its replies when
    those are the person's or an outsider's (nobody scored; a message that also touches a
    colleague is never dropped). Units are kept in random order until half the person's posts
    are kept; outsiders' messages addressed to the person (a reply to their account or an
    @mention) outside every unit are halved too. Dropping whole conversations keeps a reply with
    the message it answers, so reply rate and threads are not halved twice.
    """
    rng = np.random.default_rng([seed, zlib.crc32(who.encode("utf-8"))])
    mine, outsider = person.eq(who).to_numpy(), person.isna().to_numpy()
    positions = pd.Series(np.arange(len(frame)), index=frame["post_id"].to_numpy())
    parent = frame["reply_to_id"].map(positions[~positions.index.duplicated()]).to_numpy()
    child, par = np.flatnonzero(~np.isnan(parent)), parent[~np.isnan(parent)].astype(int)
    colleague = ~mine & ~outsider
    touches = np.zeros(len(frame), dtype=bool)
    touches[par[colleague[child]]] = True
    touches[child[colleague[par]]] = True
    node = mine | (outsider & ~touches)
    edge = node[child] & node[par] & (mine[child] | mine[par])
    graph = coo_matrix((np.ones(edge.sum()), (child[edge], par[edge])), shape=(len(frame), len(frame)))
    unit = connected_components(graph, directed=False)[1]
    size = pd.Series(mine).groupby(unit).sum()
    in_unit = np.isin(unit, size.index[size > 0])
    kept_posts, dropped_units = 0, []
    for u in rng.permutation(size.index[size > 0].to_numpy()):
        if kept_posts + size[u] / 2 <= mine.sum() / 2:
            kept_posts += int(size[u])
        else:
            dropped_units.append(u)
    accounts = {a.lower() for a in frame.loc[mine, "account"]}
    accounts -= {a.lower() for a in frame.loc[~mine & ~outsider, "account"]}  # shared accounts
    addressed = frame["reply_to_account"].str.lower().isin(accounts) | frame["text"].str.lower().str.contains(
        "|".join(re.escape(f"@{a}") for a in sorted(accounts)) or "$^", regex=True
    )
    lone = np.flatnonzero(node & ~in_unit & outsider & addressed.to_numpy())
    lone_dropped = rng.choice(lone, size=len(lone) // 2, replace=False)
    return np.concatenate([np.flatnonzero(np.isin(unit, dropped_units) & node), np.sort(lone_dropped)])


def compare_half(
    full: pd.DataFrame, half: pd.DataFrame, features: tuple[pd.Series, pd.Series]
) -> dict[str, Any]:
    """Traits of one person whose half-data score leaves the full-data interval, with the values
    of those traits' weighted features in both runs (`features`: the person's feature rows)."""
    weights = load_weights().traits
    both = full.join(half[["score"]].rename(columns={"score": "half"}), how="inner")
    both = both[both["score"].notna() & both["half"].notna()]
    width = (both["upper"] - both["lower"]) / 2
    excess = np.maximum(both["lower"] - both["half"], both["half"] - both["upper"]).clip(lower=0)
    outside = excess > 0
    ratio = excess / width.where(width > 0)
    rows = [
        {
            "trait": t,
            "full": float(both.at[t, "score"]),
            "lower": float(both.at[t, "lower"]),
            "upper": float(both.at[t, "upper"]),
            "half": float(both.at[t, "half"]),
            "level": str(both.at[t, "evidence_level"]),
            "excess_half_widths": None if math.isnan(ratio[t]) else round(float(ratio[t]), 2),
            "features": {
                w.feature: [_r(float(f.get(w.feature, math.nan)), 4) for f in features]
                for w in weights[t].features
            },
        }
        for t in both.index[outside]
    ]
    zero_width_outside = bool((outside & ~(width > 0)).any())
    worst = float(ratio[outside].max()) if outside.any() else 0.0
    return {
        "n_compared": len(both),
        "n_outside": int(outside.sum()),
        "max_excess_half_widths": None if zero_width_outside else _r(worst, 2),
        "zero_width_outside": zero_width_outside,
        "outside": rows,
        "passes": bool(outside.sum() <= 2 and not zero_width_outside and worst <= 2),
    }


def feature_row(result: RunResult, who: str) -> pd.Series:
    rows = result.person_features[result.person_features["person_id"] == who]
    return rows.iloc[0] if len(rows) else pd.Series(dtype=float)


def halving(
    cohort: Cohort, result: RunResult, *, n: int | None, seed: int, tmp: Path, **options: Any
) -> dict[str, Any]:
    """Figure (f) for `n` people (all when None; else a seeded sample), against the run of the
    cohort's posts written as one generic file."""
    frame, person = generic_posts(result)
    full_csv = write_generic(frame, tmp / f"{cohort.name}_full.csv")
    ref = run(cohort, [full_csv], **options)
    ref_scores = ref.scores.set_index(["person_id", "trait"])
    export_scores = result.scores.set_index(["person_id", "trait"])["score"]
    drift = (ref_scores["score"] - export_scores.reindex(ref_scores.index)).abs()
    posts = person.value_counts()
    everyone = sorted(posts.index[posts >= 2])  # a person with one post has no half
    chosen = (
        everyone
        if n is None or n >= len(everyone)
        else sorted(np.random.default_rng(seed).choice(everyone, size=n, replace=False))
    )
    people = {}
    for who in chosen:
        drop = frame.index[half_drop(frame, person, who, seed=seed)]
        half = run(
            cohort, [write_generic(frame.drop(index=drop), tmp / f"{cohort.name}_half.csv")], **options
        )
        mine = half.scores[half.scores["person_id"] == who].set_index("trait")
        people[who] = {
            "posts_full": int(person.eq(who).sum()),
            "posts_kept": int(person.eq(who).sum() - person[drop].eq(who).sum()),
            "rows_dropped": len(drop),
            **compare_half(ref_scores.loc[who], mine, (feature_row(ref, who), feature_row(half, who))),
        }
    outside = [p["n_outside"] for p in people.values()]
    return {
        "n_people": len(people),
        "of_people": len(everyone),
        "people_with_one_post": int((posts < 2).sum()),
        "csv_vs_export_max_abs_score_diff": _r(float(drift.max()), 2) if drift.notna().any() else None,
        "people_failing": sorted(w for w, p in people.items() if not p["passes"]),
        "max_outside": max(outside, default=0),
        "people": people,
    }


def measure(
    names: list[str], *, root: Path, out: Path, halving_n: int | None, seed: int, jobs: int
) -> dict[str, Any]:
    """Every figure of every cohort in `names`."""
    figures: dict[str, Any] = {
        "code": f"signals {signals.__version__} from {Path(signals.__file__).parent.parent}",
        "seed": seed,
        "cohorts": {},
    }
    with tempfile.TemporaryDirectory(prefix="trust-figures-") as tmp_name:
        tmp = Path(tmp_name)
        options: dict[str, Any] = {"jobs": jobs, "text_cache": tmp / "texts.cache"}
        for name in names:
            started = time.monotonic()
            cohort = build_cohort(name, root=root, out=out, tmp=tmp)
            result = run(cohort, **options, show_identities=True)
            figures["model_id"] = str(result.model_id)
            f = cohort_figures(result, cohort.latent)
            print(f"{name}: one run {time.monotonic() - started:.1f} s", file=sys.stderr)
            if halving_n != 0:
                f["halving"] = halving(cohort, result, n=halving_n, seed=seed, tmp=tmp, **options)
            figures["cohorts"][name] = f
            print(f"{name}: done in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m validation.trust_figures", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--out", type=Path, required=True, help="folder for trust_figures.json/.md and rosters"
    )
    parser.add_argument("--cohort", choices=[*COHORTS, "all"], default="all")
    parser.add_argument("--halving", type=int, default=None, help="people to halve (default all; 0: none)")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the halves (the runs keep theirs)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root holding the data")
    parser.add_argument(
        "--card-data",
        type=Path,
        metavar="JSON",
        help="also write each cohort's reliability per trait here, for the default model card "
        "(models/data/measured_reliability.json)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = list(COHORTS) if args.cohort == "all" else [args.cohort]
    figures = measure(
        names, root=args.root, out=args.out, halving_n=args.halving, seed=args.seed, jobs=args.jobs
    )
    text = json.dumps(figures, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    (args.out / "trust_figures.json").write_text(text, encoding="utf-8")
    (args.out / "trust_figures.md").write_text(render(figures), encoding="utf-8")
    print(f"Wrote {args.out / 'trust_figures.json'} and {args.out / 'trust_figures.md'}")
    if args.card_data is not None:
        args.card_data.write_text(
            json.dumps(card_reliability(figures), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"Wrote {args.card_data}")
    return 0


COHORT_NAMES = {
    "sample": "sample organization (generated, `sample_data/riverton`)",
    "real": "real public exports, one person each (X, Bluesky, Slack)",
    "ibm": "IBM customer-care agents identified by sign-off (real)",
}


def card_reliability(figures: dict[str, Any]) -> dict[str, Any]:
    """Per cohort: its description, people, and each trait's split-half reliability (None when
    not measurable) with the people it rests on — what the default model card prints."""
    return {
        "builder": "python -m validation.trust_figures --out DIR --cohort all --card-data "
        "models/data/measured_reliability.json",
        "model_id": figures.get("model_id"),
        "cohorts": {
            name: {
                "description": COHORT_NAMES[name],
                "people": cohort["n_people"],
                "traits": {
                    trait: {"reliability": values["reliability"], "people": values["reliability_n_people"]}
                    for trait, values in cohort["traits"].items()
                },
            }
            for name, cohort in figures["cohorts"].items()
        },
    }


if __name__ == "__main__":
    raise SystemExit(main())
