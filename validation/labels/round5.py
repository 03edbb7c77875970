"""Round 5 of the labelled texts (issue #24): two new real sources, chat and Q&A comments.

Why: the seven earlier sources hold almost no corrections (23 in the whole test split), and the
detectors' test figures rest on them. Support chat and Stack Exchange comments are where people
correct and excuse themselves in public, in their own words, and both may be copied with
attribution:

- `irc`: the IRC disentanglement data of Kummerfeld et al. (CC BY 4.0): Ubuntu support (their dev and test
  samples), a Linux channel ("channel-two") and four newer channels (Stripe's developer support, Rust,
  MediaWiki, Ubuntu meetings). One text is one line a person wrote; one document is one chat sample (a file).
- `secomment`: Stack Exchange comments (CC BY-SA) of five small sites whose dumps are copied in public
  repositories: History, Homebrewing, Quantum Computing, Bicycles, Cardano. One document is one post's comment
  thread (site and PostId).

`python3 -m validation.labels.round5 --build MIRRORS` made the compact copies under validation/data/irc/ and
validation/data/stack_comments/ from read-only clones of the repositories named in their SOURCE.txt;
`python3 -m validation.labels.round5` (standard library only) then writes
sample_{dev,test}_round5.csv, the texts to label, byte for byte the same on every run. The split is
the earlier one (`split_of`, a seeded hash of the document); the strata are `enriched` (the
plain-word pre-filter of the first enrichment, ENRICH_PATTERN, or one of the chat self-repair cues
below) and `random` (the rest), each drawn by seeded hash at a fixed fraction.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from validation.labels.sample import (
    ENRICH_PATTERN,
    ROOT,
    Text,
    _has_words,
    _unit,
    normalized,
    split_of,
    write,
)

ROUND5_SALT = "round5-v1:"
IRC_COPY = Path("validation/data/irc/lines.csv.gz")
STACK_COPY = Path("validation/data/stack_comments/comments.csv.gz")
IRC_COLUMNS = ("file", "line", "nick", "text")
STACK_COLUMNS = ("site", "id", "post_id", "user", "created", "licence", "text")

# Chat and comment self-repair cues, written here from the guide's correction examples (not from a detector):
# a line that is only "*word" (the chat convention for fixing one's last line), s/old/new/, and plain words.
SELF_REPAIR_PATTERN = re.compile(
    r"^\s*\*\s?[^\W\d_][\w' ]{0,30}\s*$|(?:^|\s)s/[^/\s]+/[^/]*/?|"
    r"\b(?:you(?:'re|’re| are|re) (?:right|correct)|edit\s*:|or rather|i mean\b|whoops|misspoke|mistyped|"
    r"misclick\w*|scratch that|nvm|never ?mind|ignore (?:that|my|me)|disregard|my b\b|brain ?fart)",
    re.IGNORECASE,
)

FRACTIONS: dict[tuple[str, str], float] = {
    ("secomment", "enriched"): 0.3,
    ("secomment", "random"): 0.008,
    ("irc", "enriched"): 0.2,
    ("irc", "random"): 0.003,
}

# Nicknames of programs, not people, in the IRC samples (their lines are left out).
IRC_BOTS = frozenset(
    {"ubottu", "ubotu", "wikibugs", "gerrit-wm", "grrrit-wm", "meetingology", "MootBot", "rustbot"}
)
_IRC_LINE = re.compile(r"^(?:\S+ \d{4}-\d\d-\d\d )?\[[\d:]+\] <([^>]+)>\s?(.*)$")

# What --build copies: (repository under MIRRORS, revision:path) per IRC file, and the Stack Exchange dumps.
IRC_REPOSITORY = "jkkummerfeld+irc-disentanglement"
IRC_FILES = re.compile(
    r"data/(?:dev|test)/[^/]+\.raw\.txt|data/channel-two/channel-two\.all\.raw\.txt|data/new-domains/[^/]+\.ascii\.txt"
)
STACK_DUMPS: dict[str, tuple[str, str, str]] = {
    # site: (repository under MIRRORS, blob of Comments.xml, licence when a row does not carry one)
    "history": ("VanAnDuong+Text-analysis-for-the-History-Stack-Exchange", "df9c2494", "CC BY-SA 3.0"),
    "homebrew": ("michkam89+big-data-pw-project", "00b11d11", "CC BY-SA 3.0"),
    "quantumcomputing": ("Jean-Low+StackERedes", "279f2354", "CC BY-SA 3.0"),
    "bicycles": ("woodstock-dev+code-challenge-10-18-2023", "c9b8fcc2", "CC BY-SA 3.0"),
    "cardano": ("Igodlab+stackexchangeparser", "2d1e5fe9", "CC BY-SA 4.0"),
}


def _git(repository: Path, *args: str) -> bytes:
    """Output of one git command on a read-only mirror (build step only)."""
    return subprocess.run(["git", "-C", str(repository), *args], capture_output=True, check=True).stdout


def _write_copy(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    """A gzip'd CSV with a fixed timestamp, so the same rows give the same bytes."""
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))


def build(mirrors: Path, root: Path = ROOT) -> None:
    """Copy the lines people wrote and the comments from the mirrored repositories into compact CSVs."""
    irc = mirrors / IRC_REPOSITORY / "repo"
    names = _git(irc, "ls-tree", "-r", "--name-only", "HEAD", "data").decode().split()
    irc_rows: list[dict[str, str]] = []
    for name in sorted(name for name in names if IRC_FILES.fullmatch(name)):
        body = _git(irc, "show", f"HEAD:{name}").decode("utf-8", "replace")
        for number, line in enumerate(body.splitlines(), start=1):
            match = _IRC_LINE.match(line)
            if match and match.group(1) not in IRC_BOTS:
                irc_rows.append(
                    {
                        "file": name.removeprefix("data/"),
                        "line": str(number),
                        "nick": match.group(1),
                        "text": match.group(2).strip(),
                    }
                )
    _write_copy(root / IRC_COPY, IRC_COLUMNS, irc_rows)
    stack_rows: list[dict[str, str]] = []
    for site, (repository, blob, licence) in STACK_DUMPS.items():
        dump = ElementTree.fromstring(_git(mirrors / repository / "repo", "cat-file", "-p", blob))
        for row in dump:
            values = row.attrib
            stack_rows.append(
                {
                    "site": site,
                    "id": values["Id"],
                    "post_id": values["PostId"],
                    "user": values.get("UserId", "") or values.get("UserDisplayName", ""),
                    "created": values.get("CreationDate", ""),
                    "licence": values.get("ContentLicense", licence),
                    "text": values["Text"],
                }
            )
    _write_copy(root / STACK_COPY, STACK_COLUMNS, stack_rows)


def _read_copy(path: Path) -> list[dict[str, str]]:
    """The rows of one compact copy."""
    return list(csv.DictReader(io.StringIO(gzip.decompress(path.read_bytes()).decode("utf-8"))))


def irc_texts(root: Path) -> Iterator[Text]:
    """Every line a person wrote in the IRC samples; one document per chat sample (file)."""
    for row in _read_copy(root / IRC_COPY):
        if _has_words(row["text"]):
            yield Text(f"irc:{row['file']}:{row['line']}", "irc", f"irc:{row['file']}", row["text"])


def stack_comment_texts(root: Path) -> Iterator[Text]:
    """Every Stack Exchange comment; one document per post's comment thread."""
    for row in _read_copy(root / STACK_COPY):
        if _has_words(row["text"]):
            yield Text(
                f"secomment:{row['site']}/{row['id']}",
                "secomment",
                f"secomment:{row['site']}/{row['post_id']}",
                row["text"],
            )


def earlier_texts(root: Path) -> set[str]:
    """Normalized texts of every earlier sample file, so no text is labelled twice."""
    folder = root / "validation/data/labels"
    seen: set[str] = set()
    for path in sorted(folder.glob("sample_*.csv")):
        if not re.search(r"round\d", path.name):  # the samples from before round 5 only
            with path.open(encoding="utf-8", newline="") as handle:
                seen.update(normalized(row["text"]) for row in csv.DictReader(handle))
    return seen


def labelled_texts(root: Path, *, rounds: tuple[int, ...]) -> set[str]:
    """What a later round must not label again: the normalized texts of the samples from before round
    5, of the samples of `rounds`, and of the legacy labels."""
    seen = earlier_texts(root)
    folder = root / "validation/data/labels"
    later = [path for r in rounds for path in sorted(folder.glob(f"sample_*_round{r}.csv"))]
    for path in [*later, folder / "legacy_dev.csv"]:
        with path.open(encoding="utf-8", newline="") as handle:
            seen.update(normalized(row["text"]) for row in csv.DictReader(handle))
    return seen


def stratum_of(text: str) -> str:
    """`enriched` when the plain-word pre-filter or a self-repair cue matches, else `random`."""
    return "enriched" if ENRICH_PATTERN.search(text) or SELF_REPAIR_PATTERN.search(text) else "random"


def round5_rows(
    root: Path = ROOT,
) -> tuple[list[dict[str, str]], Counter[tuple[str, str, str]], Counter[tuple[str, str, str]]]:
    """The sampled rows (dev and test together, in source then id-hash order) and the counts behind them."""
    seen = earlier_texts(root)
    sampled: Counter[tuple[str, str, str]] = Counter()
    counted: Counter[tuple[str, str, str]] = Counter()
    rows: list[tuple[float, dict[str, str]]] = []
    for texts in (stack_comment_texts(root), irc_texts(root)):
        for text in texts:
            key = normalized(text.text)
            if key in seen:
                continue
            seen.add(key)
            stratum, split = stratum_of(text.text), split_of(text.document)
            counted[(text.source, stratum, split)] += 1
            fraction = FRACTIONS[(text.source, stratum)]
            draw = _unit(ROUND5_SALT, text.id)
            if draw < fraction:
                sampled[(text.source, stratum, split)] += 1
                rows.append(
                    (
                        draw,
                        {
                            "id": text.id,
                            "source": text.source,
                            "document": text.document,
                            "split": split,
                            "stratum": stratum,
                            "sampling_fraction": f"{fraction:g}",
                            "text": text.text,
                        },
                    )
                )
    # Ordered by source, then by the draw: a labeller's batches mix documents and strata.
    rows.sort(key=lambda pair: (pair[1]["source"], pair[0]))
    return [row for _, row in rows], sampled, counted


def main(argv: list[str] | None = None) -> int:
    """Write sample_{dev,test}_round5.csv (or, with --build, the compact copies first)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", type=Path, metavar="MIRRORS", help="make the compact copies from mirrors")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository whose copies are read")
    parser.add_argument("--out", type=Path, help="folder for the sample files (default: the root's labels)")
    args = parser.parse_args(argv)
    if args.build:
        build(args.build, args.root)
    rows, sampled, counted = round5_rows(args.root)
    out = args.out or args.root / "validation/data/labels"
    for split in ("dev", "test"):
        write([row for row in rows if row["split"] == split], out / f"sample_{split}_round5.csv")
    for key in sorted(counted):
        print(*key, sampled[key], counted[key], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
