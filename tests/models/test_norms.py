"""Reference norms: the shipped file, the builder (validation/norms.py) and their use by the default model."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from models.default import MIN_GROUP, DefaultModel, load_reference_norms, load_reference_people
from models.weights import load_weights
from tests.models.test_default_model import cohort
from validation.norms import (
    CORPORA,
    EXCLUDED,
    Corpus,
    build_norms,
    compute_norms,
    feature_bases,
    ibm_posts_and_roster,
)

# The repository's root, from this file: the tests run against the installed package, whose
# the corpora are read from the repository (validation/ is not installed)
ROOT = Path(__file__).resolve().parents[2]
IBM = ROOT / "validation" / "data" / "ibm_customer_care" / "dev.json"


def shipped() -> dict[str, object]:
    return json.loads(resources.files("models").joinpath("data/reference_norms.json").read_text("utf-8"))


def test_shipped_norms_parse_and_have_the_expected_fields() -> None:
    raw = shipped()
    header = raw["header"]
    assert isinstance(header, dict)
    assert {"date", "package_version", "method", "min_people", "corpora", "excluded_features"} <= set(header)
    assert [c["name"] for c in header["corpora"]] == [c.name for c in CORPORA]
    for corpus in header["corpora"]:
        assert {"paths", "source", "licence", "people_measured"} <= set(corpus)
    weights = load_weights()
    known = {f"{f}|{t}" for f, t in feature_bases(weights)}
    features = raw["features"]
    assert isinstance(features, dict) and features
    assert features == load_reference_norms()
    for key, norm in features.items():
        assert key in known and key.split("|")[0] not in EXCLUDED
        assert set(norm) == {"center", "scale", "n", "corpora"}
        assert math.isfinite(norm["center"]) and norm["scale"] > 0
        assert norm["n"] >= header["min_people"] and sum(norm["corpora"].values()) == norm["n"]


def test_every_corpus_is_in_the_repository_with_its_source_note() -> None:
    for corpus in CORPORA:
        assert all((ROOT / p).exists() for p in corpus.paths), corpus.name
        source = (ROOT / corpus.source).read_text("utf-8")
        assert "SYNTHETIC" not in source.split("\n", 1)[0] or corpus.kind == "ibm"


def test_small_cohort_is_compared_with_the_shipped_reference_people() -> None:
    people = load_reference_people()
    model = DefaultModel().fit(cohort(4))
    for feature in model.weights_.features:
        measured = int(people[feature].notna().sum()) if feature in people.columns else 0
        # the cohort's four random values differ, so the group has a spread once it is big enough
        if measured + 4 >= MIN_GROUP:
            assert model.norm_source_[feature] == "cohort and reference people", feature
            assert model.scales_[feature].n == measured + 4
        else:
            assert model.norm_source_[feature] == "not comparable", feature
    assert len(people) >= 10 and not set(EXCLUDED) & set(people.columns)
    big = DefaultModel().fit(cohort(12))
    assert set(big.norm_source_.values()) == {"cohort"}


def _people(n: int, *, words: float = 500.0) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    frame = cohort(n)
    frame["humanness__n_words"] = words
    frame.insert(1, "corpus", ["a" if i % 2 else "b" for i in range(n)])
    frame["humanness__flesch_reading_ease"] = rng.normal(70, 10, n)
    return frame


def test_compute_norms_counts_people_with_evidence_and_leaves_out_the_rest() -> None:
    weights = load_weights()
    people = _people(9)
    norms = compute_norms(people, weights=weights, min_people=8)
    flesch = norms["humanness__flesch_reading_ease|none"]
    assert flesch["n"] == 9 and flesch["corpora"] == {"a": 4, "b": 5}
    assert flesch["center"] == pytest.approx(float(np.median(people["humanness__flesch_reading_ease"])), 1e-5)
    assert not any(key.split("|")[0] in EXCLUDED for key in norms)
    assert "responsiveness__median_latency_s|log1p" in norms  # replies basis: 40 replies each
    few_words = _people(9, words=20.0)  # below the 'limited' words threshold: nobody counts
    assert not any(k.startswith("humanness__") for k in compute_norms(few_words, weights=weights))
    people.loc[:1, "humanness__flesch_reading_ease"] = math.nan
    assert "humanness__flesch_reading_ease|none" not in compute_norms(people, weights=weights, min_people=8)


def test_ibm_conversations_become_replies_and_signature_rows() -> None:
    def turn(who: str, name: str, second: int, message: str, tweet_id: str) -> dict[str, str]:
        return {who: name, "datetime": f"2020-02-25T17:40:{second:02d}.000Z", "message": message,
                "tweet_ID": tweet_id}

    last = {"tweet_ID": "1232360458130161664", "url_utterance": "@ann See https://x.example ^ JS"}
    dialogs = [
        {
            "dialogHeader": {"company": "AcmeCare"},
            "dialogContent": [
                turn("client", "ann", 10, "@AcmeCare help", "1"),
                turn("agent", "AcmeCare", 50, "@ann Which app? *SR", "2"),
                turn("client", "ann", 59, "@AcmeCare iOS", "3"),
            ],
            "agentURL": last,
        }
    ]
    posts, roster = ibm_posts_and_roster(dialogs)
    assert list(posts["post_id"]) == ["1", "2", "3", "1232360458130161664"]
    assert list(posts["account"]) == ["ann", "AcmeCare", "ann", "AcmeCare"]
    assert posts.loc[1, "reply_to_id"] == "1"
    assert posts.loc[1, "parent_created_at"] == "2020-02-25T17:40:10.000Z"
    assert posts.loc[3, "created_at"].startswith("2020-02-25T17:4")  # from the snowflake id
    assert list(roster["person_id"]) == ["AcmeCare/JS", "AcmeCare/SR"]
    assert list(roster["signature"]) == ["^ JS", "*SR"]


def test_builder_is_deterministic_on_a_tiny_corpus(tmp_path: Path) -> None:
    dialogs = json.loads(IBM.read_text("utf-8"))
    tiny = [d for d in dialogs if d["dialogHeader"]["company"] == "RockstarSupport"][:40]
    (tmp_path / "dev.json").write_text(json.dumps(tiny), encoding="utf-8")
    corpus = Corpus("ibm_tiny", ("dev.json",), "SOURCE.txt", "Apache-2.0", kind="ibm")
    first = build_norms(root=tmp_path, corpora=[corpus], date="2026-01-01", min_people=2)
    second = build_norms(root=tmp_path, corpora=[corpus], date="2026-01-01", min_people=2)
    assert first == second
    raw = json.loads(first)
    assert raw["header"]["corpora"][0]["people_measured"] >= 2
    assert raw["features"], "a few Rockstar agents sign enough replies for some norms"
    assert list(raw["features"]) == sorted(raw["features"])
