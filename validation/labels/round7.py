"""Round 7 of the labelled texts (issue #24): more admissions to learn from, development split only.

Why: on the test split most own-mistake apologies the detector misses have no apology word (entries 7-9 of
validation/EVALUATION_LOG.md), and its learned part was fitted on 226 own-mistake texts. This round adds
development texts only, from the chat and Q&A-comment sources of round 5 (their development documents; no
test document is read), chosen by the admissions pre-filter of round 3 (`ADMIT_PATTERN`: the first person
beside a lapse word, or a self-repair marker), so that the model can be refitted on more admissions
without any rule being written from them.

`python3 -m validation.labels.round7` (standard library only) writes sample_dev_round7.csv: each
development text of the two sources that no earlier sample holds and that the pre-filter matches, drawn
by seeded hash at a fixed fraction, byte for byte the same on every run. Stratum `admission`; rows in
seeded-hash order.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from validation.labels.round5 import irc_texts, labelled_texts, stack_comment_texts
from validation.labels.sample import ADMIT_PATTERN, ROOT, _unit, normalized, split_of, write

ROUND7_SALT = "round7-v1:"
FRACTION = 0.5


def round7_rows(root: Path = ROOT) -> tuple[list[dict[str, str]], Counter[tuple[str, str]]]:
    """The development rows to label, in seeded-hash order, and (source, drawn or not) counts."""
    seen = labelled_texts(root, rounds=(5, 6))
    counted: Counter[tuple[str, str]] = Counter()
    rows: list[tuple[float, dict[str, str]]] = []
    for texts in (stack_comment_texts(root), irc_texts(root)):
        for text in texts:
            key = normalized(text.text)
            if split_of(text.document) != "dev" or key in seen or not ADMIT_PATTERN.search(text.text):
                continue
            seen.add(key)
            draw = _unit(ROUND7_SALT, text.id)
            counted[(text.source, "drawn" if draw < FRACTION else "left")] += 1
            if draw < FRACTION:
                row = {
                    "id": text.id,
                    "source": text.source,
                    "document": text.document,
                    "split": "dev",
                    "stratum": "admission",
                    "sampling_fraction": f"{FRACTION:g}",
                    "text": text.text,
                }
                rows.append((draw, row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows], counted


def main(argv: list[str] | None = None) -> int:
    """Write sample_dev_round7.csv and print the counts per source."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository whose copies are read")
    parser.add_argument("--out", type=Path, help="folder for the sample file (default: the root's labels)")
    args = parser.parse_args(argv)
    rows, counted = round7_rows(args.root)
    write(rows, (args.out or args.root / "validation/data/labels") / "sample_dev_round7.csv")
    for key in sorted(counted):
        print(*key, counted[key], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
