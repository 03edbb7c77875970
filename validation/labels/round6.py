"""Round 6 of the labelled texts (issue #24): organizations' apologies and sympathy, on texts never read.

Why: the test split holds one organizational apology and three sympathy texts, so the detectors of those
two types (item 3 of the issue) had no test figure. Brands' customer-care replies are where organizations
apologize and sympathize; the IBM customer-care data the project already uses (dev.json, every apology of
which is in the development labels) has a second file, test.json: 500 other conversations of the same
brands, Apache-2.0, never read here. It is copied whole to validation/data/ibm_customer_care/test.json.

`python3 -m validation.labels.round6` (standard library only) writes sample_{dev,test}_round6.csv: every
client and agent turn of test.json with words in it, not already in an earlier sample, split by
conversation with the earlier rule (`split_of`), byte for byte the same on every run. Every text is
taken (fraction 1), in two strata for the record: `enriched` (the plain-word pre-filter of the first
enrichment, ENRICH_PATTERN, or one of the service words below) and `random` (the rest). Rows are in
seeded-hash order, so a labeller's batch mixes conversations, brands and turns.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from validation.labels.round5 import labelled_texts
from validation.labels.sample import (
    ENRICH_PATTERN,
    ROOT,
    _has_words,
    _unit,
    ibm_texts,
    normalized,
    split_of,
    write,
)

ROUND6_SALT = "round6-v1:"
IBM_TEST = "test.json"  # in validation/data/ibm_customer_care/
# Words of a service reply's apology or sympathy that the first pre-filter does not hold (plain words,
# written here, not taken from features/).
SERVICE_WORDS = re.compile(
    r"\b(?:inconvenien\w*|frustrat\w*|disappoint\w*|unfortunat\w*|understand\w*|regret\w*|trouble\w*|"
    r"concern\w*|hear\s+(?:that|about|this)|hate\s+(?:to|that)|let\s+(?:you|u)\s+down|on\s+us|"
    r"our\s+(?:fault|mistake|bad|end))\b",
    re.IGNORECASE,
)


def stratum_of(text: str) -> str:
    """`enriched` when the first pre-filter or a service word matches, else `random`."""
    return "enriched" if ENRICH_PATTERN.search(text) or SERVICE_WORDS.search(text) else "random"


def round6_rows(root: Path = ROOT) -> tuple[list[dict[str, str]], Counter[tuple[str, str]]]:
    """The rows to label (dev and test together, in seeded-hash order) and their counts per stratum
    and split."""
    seen = labelled_texts(root, rounds=(5,))
    counted: Counter[tuple[str, str]] = Counter()
    rows: list[tuple[float, dict[str, str]]] = []
    for text in ibm_texts(root, name=IBM_TEST):
        key = normalized(text.text)
        if not _has_words(text.text) or key in seen:
            continue
        seen.add(key)
        stratum, split = stratum_of(text.text), split_of(text.document)
        counted[(stratum, split)] += 1
        row = {
            "id": text.id,
            "source": text.source,
            "document": text.document,
            "split": split,
            "stratum": stratum,
            "sampling_fraction": "1",
            "text": text.text,
        }
        rows.append((_unit(ROUND6_SALT, text.id), row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows], counted


def main(argv: list[str] | None = None) -> int:
    """Write sample_{dev,test}_round6.csv and print the counts per stratum and split."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository whose copies are read")
    parser.add_argument("--out", type=Path, help="folder for the sample files (default: the root's labels)")
    args = parser.parse_args(argv)
    rows, counted = round6_rows(args.root)
    out = args.out or args.root / "validation/data/labels"
    for split in ("dev", "test"):
        write([row for row in rows if row["split"] == split], out / f"sample_{split}_round6.csv")
    for key in sorted(counted):
        print(*key, counted[key], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
