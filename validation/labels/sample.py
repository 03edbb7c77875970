"""Deterministic sample of real texts to label for apology and correction detection (issue #24, step 1).

Why: the apology rules were tuned on the 665 texts of validation/data/apology_labels.csv, so their figures
there say little about new texts. This script enumerates every text of the real sources the repository holds,
splits them once by source document into development and test (a seeded hash, never a random draw), and picks
the texts to label in two strata: `keyword` (apology, admission or correction vocabulary) and `random` (texts
without it, so that recall can be estimated beyond the keywords). A third stratum, `enriched` (issue #24
item 1), takes the texts the sample left out that match a plain-word pre-filter (ENRICH_WORDS) written here,
independent of the detectors; same population, same split. A fourth source, `stack` (the Stack Exchange
requests of the Stanford Politeness Corpus, issue #24 item 1 round 2), is drawn on its own so the main and
first enrichment samples stay as they were: every request the pre-filter matches (stratum enriched) and 150
seeded random requests it does not match (stratum random).

Run from the repository root with the standard library only:

    python3 -m validation.labels.sample   # writes sample_{dev,test}{,_enriched,_stack}.csv in
                                          # validation/data/labels/

The sources are read from the repository (validation/data/ and tests/fixtures/), byte-identical copies of the
files in /work/shared that the brief names; `--root` points elsewhere. Same input, byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPLIT_SALT = "split-v1:"
SAMPLE_SALT = "sample-v1:"
COLUMNS = ("id", "source", "document", "split", "stratum", "sampling_fraction", "text")

# Apology, admission and correction vocabulary: the batch-2 pattern of validation/apology_labels_GUIDE.md,
# widened by the brief's list and by the German words of the X archive (mostly German). Case-insensitive.
KEYWORD_PATTERN = re.compile(
    r"sorr(?:y|ie|ee)|apolog|regret|remorse|my bad|\bmy fault|\bfault|mistake|mistook|mistaken|\boops|whoops|"
    r"woops|mea culpa|\bpardon|\bexcuse|forgive|\bforg[eo]t|\bmissed|\bmiss(?:ing)? (?:the|that|your|it)\b|"
    r"overlook|oversight|misread|misunderst|misspo|mistyp|\btypo|mix-?ed[- ]?up|\bmix-?up|confus|\bwrong|"
    r"\berror|erroneous|incorrect|inaccura|\bmess(?:ed)? up|messed|screw(?:ed)? up|\bgoof|careless|accident|"
    r"should(?:n'?t| not)? have|should'?ve|could have|\bmy (?:own )?(?:bad|error|mistake|apologies)|"
    r"\bon me\b|\bcorrect(?:ion|ed|ing)?\b|\bactually|\bi meant|meant to (?:say|write|type)|what i meant|"
    r"\bedit(?:ed)?\s*:|\bupdate\s*:|\bupd\s*:|stand corrected|retract|take (?:that|it) back|scratch that|"
    r"\bignore (?:my|that|the|this|previous)|disregard|misinform|misremember|\bblame|\bfix(?:ed)?\b|"
    r"\bnvm\b|never ?mind|\bmy b\b|\bi was wrong|\bgood catch|\bthanks for (?:catching|pointing)|"
    r"\bentschuldig|tut mir leid|\bsorry|mein fehler|korrektur|berichtig|\birrtum|geirrt|verschrieben|"
    r"vertippt|versehen|vergessen|\bich meinte|\bfalsch|\beigentlich|\bnachtrag|"
    # Wider still, because the old pattern's matches of IBM, Wikipedia and VADER are all in the legacy set
    # already: sympathy and service-apology vocabulary without "sorry", realizing one's error, concessions.
    r"inconvenien|frustrat|\bunderstand|hear (?:that|this|about)|unfortunate|"
    r"did ?n[o']?t (?:realize|realise|notice|see|mean|know)|turns? out|\bi thought|silly me|stupid me|"
    r"dumb of me|you(?:'re| are) (?:right|correct)|"
    r"thanks? (?:you )?for (?:the )?(?:correction|heads up|pointing|letting)|"
    r"late (?:reply|response)|\bdelay|\boh wait|\bwait,|\bmisunderstood|\bmeant\b|facepalm|\bd'?oh\b",
    re.IGNORECASE,
)

# Sampling fraction per (source, stratum). Every keyword text is taken: the legacy set already holds every
# text of IBM, Wikipedia and VADER that the old pattern matches, so few are left. Random texts: the three
# small exports entirely, the large sources by seeded hash.
FRACTIONS: dict[tuple[str, str], float] = {
    ("ibm", "keyword"): 1.0,
    ("ibm", "random"): 0.5,
    ("wiki", "keyword"): 1.0,
    ("wiki", "random"): 0.08,
    ("vader", "keyword"): 1.0,
    ("vader", "random"): 0.05,
    ("amazon", "keyword"): 1.0,
    ("amazon", "random"): 0.03,
    ("x", "keyword"): 1.0,
    ("x", "random"): 1.0,
    ("slack", "keyword"): 1.0,
    ("slack", "random"): 1.0,
    ("bsky", "keyword"): 1.0,
    ("bsky", "random"): 1.0,
}
SOURCES = ("ibm", "wiki", "vader", "amazon", "x", "slack", "bsky")

# ENRICHMENT stratum (issue #24 item 1): a pre-filter written here from plain words, independent of the
# detectors (not taken from features/), to find more texts with apology, admission or correction words among
# the texts the main sample left out. Whole words; a trailing * lets the word go on ("apolog*": apology,
# apologize). German equivalents for the X archive.
ENRICH_SALT = "enrich-v1:"
# fmt: off
ENRICH_WORDS = (
    "sorry", "apolog*", "my bad", "my fault", "mistake*", "wrong", "forgot*", "oops", "correction*",
    "corrected", "actually", "I meant", "misread", "missed", "typo*", "retract*", "stand corrected",
    "my apologies", "excuse me", "pardon", "on me", "late", "error*", "accidentally", "should have",
    "shouldn't have", "entschuldig*", "fehler*", "vergessen", "falsch*", "korrektur", "versehentlich",
    "ich meinte", "zu spät",
)
# fmt: on
ENRICH_PATTERN = re.compile(
    "|".join(
        r"\b" + re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else r"\b")
        for word in ENRICH_WORDS
    ),
    re.IGNORECASE,
)
# Every enrichment candidate is taken (fraction 1): the main sample took every keyword text already, so the
# pre-filter finds few texts it did not take.
ENRICH_FRACTIONS: dict[tuple[str, str], float] = {(source, "enriched"): 1.0 for source in SOURCES}

# Stack Exchange requests (issue #24 item 1, round 2): every pre-filter match, and this many of the others.
STACK_SALT = "stack-v1:"
STACK_RANDOM = 150

# ADMISSIONS stratum (issue #24 round 3, DEVELOPMENT split only): the dev texts of all eight sources that no
# earlier sample took, where the author may admit a lapse without an apology word (a first-person word and a
# lapse word in one sentence, either order) or correct themselves without the word "correction" (self-repair
# markers). Plain words written here, independent of the detectors; * = the word may go on.
ADMIT_SALT = "admit-v1:"
ADMIT_RANDOM = 70
# fmt: off
ADMIT_FIRST_PERSON = ("i", "i've", "ive", "i'd", "i'm", "im", "me", "my", "myself")
ADMIT_LAPSE_WORDS = (
    "forgot*", "forget*", "miss", "missed", "misread*", "misunderst*", "misspel*", "mistyp*", "mixed up",
    "mix up", "mix-up", "mixup", "overlook*", "typo*", "wrong*", "meant", "should have", "should've",
    "shouldn't have", "should not have", "mistake*", "mistaken", "incorrect*", "confus*", "messed up",
    "mess up", "screwed up", "accident*", "oops", "fault", "my bad", "bad", "error*", "thought", "assum*",
    "misinterpret*", "careless*", "stupid*", "silly", "dumb", "blame*", "fix", "fixed", "oversight", "omit*",
    "neglect*",
)
ADMIT_CORRECTION_MARKERS = (
    "edit:", "edited:", "update:", "I meant", "I mean", "actually", "scratch that", "ignore my", "disregard",
    "stand corrected", "you're right", "you are right", "you're correct", "you are correct", "turns out",
    "turned out", "never mind", "nevermind", "nvm", "take that back", "take it back", "rather",
)
# fmt: on


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of plain words: whole words, `*` = the word may go on, one space = any spaces."""
    parts = []
    for word in words:
        body = r"\s+".join(re.escape(piece) for piece in word.rstrip("*").split(" ")).replace("'", "['’]?")
        parts.append(body + (r"\w*" if word.endswith("*") else (r"(?!\w)" if word[-1].isalnum() else "")))
    return r"(?<!\w)(?:" + "|".join(parts) + ")"


_ADMIT_FP = _alternation(ADMIT_FIRST_PERSON)
_ADMIT_LAPSE = _alternation(ADMIT_LAPSE_WORDS)
ADMIT_PATTERN = re.compile(
    # first person and a lapse word in one sentence (either order), a self-repair marker, or "*word" on its
    # own (the chat convention for correcting one's last line)
    rf"{_ADMIT_FP}[^.!?\n]{{0,60}}?{_ADMIT_LAPSE}|{_ADMIT_LAPSE}[^.!?\n]{{0,40}}?{_ADMIT_FP}"
    rf"|{_alternation(ADMIT_CORRECTION_MARKERS)}|(?:^|\s)\*[^\W\d_]+\b(?!\*)|\bnot\s+\w+,?\s+but\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Text:
    """One text of a source: stable id, source key, the source document it belongs to, and the words."""

    id: str
    source: str
    document: str
    text: str


def _unit(salt: str, key: str) -> float:
    """A number in [0, 1) fixed by salt and key (SHA-256): the seeded hash behind every choice."""
    return int(hashlib.sha256((salt + key).encode("utf-8")).hexdigest(), 16) / 2**256


def split_of(document: str) -> str:
    """The brief's split rule: test when int(sha256("split-v1:" + document), 16) is odd, else dev."""
    digest = hashlib.sha256((SPLIT_SALT + document).encode("utf-8")).hexdigest()
    return "test" if int(digest, 16) % 2 else "dev"


def _has_words(text: str) -> bool:
    """False for texts empty once @mentions and links are removed (nothing a person wrote to label)."""
    stripped = re.sub(r"https?://\S+|@[\w.]+|<[^>]*>", " ", text)
    return any(ch.isalpha() for ch in stripped)


def ibm_texts(root: Path, *, name: str = "dev.json") -> Iterator[Text]:
    """IBM customer-care conversations (dev.json; round 6: test.json): every client and agent turn plus
    the final agent turn (agentURL); one document per conversation."""
    path = root / "validation/data/ibm_customer_care" / name
    conversations = json.loads(path.read_text(encoding="utf-8"))
    for conversation in conversations:
        document = "ibm:" + conversation["dialogHeader"]["sessionID"]
        for turn in conversation["dialogContent"]:
            yield Text("ibm:" + turn["tweet_ID"], "ibm", document, turn["message"])
        final = conversation["agentURL"]
        yield Text("ibm:" + final["tweet_ID"], "ibm", document, final["url_utterance"])


def wiki_texts(root: Path) -> Iterator[Text]:
    """Stanford Politeness Corpus, Wikipedia requests (development file): one document per request."""
    with (root / "validation/data/politeness/wikipedia.dev.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield Text("wiki:" + row["Id"], "wiki", "wiki:" + row["Id"], row["Request"])


def vader_texts(root: Path) -> Iterator[Text]:
    """VADER tweets ground truth (id TAB mean TAB text, CRLF): one document per tweet."""
    raw = (root / "validation/data/vader/tweets_GroundTruth.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line.strip():
            tweet_id, _mean, text = line.split("\t", 2)
            yield Text("vader:" + tweet_id, "vader", "vader:" + tweet_id, text)


def amazon_texts(root: Path) -> Iterator[Text]:
    """VADER Amazon review snippets (id `<review>_<sentence>`): customers' words; document = the review."""
    raw = (root / "validation/data/vader/amazonReviewSnippets_GroundTruth.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if line.strip():
            snippet_id, _mean, text = line.split("\t", 2)
            yield Text("amazon:" + snippet_id, "amazon", "amazon:" + snippet_id.split("_")[0], text)


def _x_items(path: Path) -> list[dict[str, object]]:
    """The tweet objects of one archive file (`window.YTD.<name>.part0 = [...]`)."""
    raw = path.read_text(encoding="utf-8")
    return [item["tweet"] for item in json.loads(raw[raw.index("[") :])]


def x_texts(root: Path) -> Iterator[Text]:
    """The real X archive (tweets, deleted tweets, note tweets); retweets left out (someone else's words).

    Document = conversation as far as the archive tells: follow replies up through tweets of the archive; the
    top tweet's parent (when it replies to a tweet outside the archive) names the conversation, else the tweet
    itself.
    """
    folder = root / "tests/fixtures/x_archive/milahu104/data"
    tweets: dict[str, dict[str, object]] = {}
    for name in ("tweets.js", "deleted-tweets.js", "note-tweet.js"):
        for tweet in _x_items(folder / name):
            if "id_str" in tweet:
                tweets[str(tweet["id_str"])] = tweet
    for tweet_id in sorted(tweets, key=int):
        text = str(tweets[tweet_id]["full_text"])
        if text.startswith("RT @"):
            continue
        top = tweet_id
        parent = tweets[top].get("in_reply_to_status_id_str")
        while parent and str(parent) in tweets:
            top = str(parent)
            parent = tweets[top].get("in_reply_to_status_id_str")
        yield Text("x:" + tweet_id, "x", "x:" + str(parent or top), text)


SLACK_HUMAN_SUBTYPES = {None, "thread_broadcast", "file_comment", "me_message"}


def slack_texts(root: Path) -> Iterator[Text]:
    """Real Slack exports: messages people wrote (no bot posts, joins or upload notices).

    Document = thread (thread_ts) when the message is in one, else the channel-day (the old export has no
    threads).
    """
    base = root / "tests/fixtures/slack"
    for day_file in sorted((base / "hfaran_testarchive").glob("*/*.json")):
        channel = day_file.parent.name
        for message in json.loads(day_file.read_text(encoding="utf-8")):
            if message.get("subtype") in SLACK_HUMAN_SUBTYPES and message.get("user"):
                thread = message.get("thread_ts")
                where = f"thread:{thread}" if thread else day_file.stem
                document = f"slack:{channel}/{where}"
                yield Text(f"slack:{channel}/{message['ts']}", "slack", document, message.get("text", ""))
    zulip = base / "zulip_fixtures/thread_with_broadcast_reply.json"
    for message in json.loads(zulip.read_text(encoding="utf-8")):
        channel = message.get("channel_name", "unknown")
        thread = message.get("thread_ts")
        document = f"slack:{channel}/thread:{thread}" if thread else f"slack:{channel}/{message['ts']}"
        yield Text(f"slack:{channel}/{message['ts']}", "slack", document, message.get("text", ""))


def bsky_texts(root: Path) -> Iterator[Text]:
    """Real Bluesky repositories (decoded records): texts of app.bsky.feed.post; document = thread root."""
    for path in sorted((root / "tests/fixtures/bluesky/decoded").glob("*.records.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if not str(record.get("path", "")).startswith("app.bsky.feed.post/"):
                continue
            value = record["value"]
            reply = value.get("reply") or {}
            root_uri = (reply.get("root") or {}).get("uri") or record["uri"]
            yield Text("bsky:" + record["uri"], "bsky", "bsky:" + root_uri, value.get("text", ""))


def stack_texts(root: Path) -> Iterator[Text]:
    """Stanford Politeness Corpus, Stack Exchange requests: one document per request.

    Request Ids are numbered per site (179 Ids occur on two sites with different words), so the id names the
    site too: stack:<site>/<Id>, the site lower-cased with hyphens ("092011 Stack Overflow": stack-overflow).
    """
    path = root / "validation/data/politeness/stack-exchange.annotated.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            site = "-".join(row["Community"].removeprefix("092011 ").lower().split())
            key = f"stack:{site}/{row['Id']}"
            yield Text(key, "stack", key, row["Request"])


READERS = (ibm_texts, wiki_texts, vader_texts, amazon_texts, x_texts, slack_texts, bsky_texts)


def legacy_ids(root: Path) -> set[str]:
    """Ids of the 665 texts labelled earlier (tuned on): excluded from the sample, development only."""
    with (root / "validation/data/apology_labels.csv").open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle)}


def normalized(text: str) -> str:
    """Lower-case words only: texts with the same normalized form are one text (VADER repeats tweets)."""
    return " ".join(re.findall(r"\w+", text.lower()))


class _Documents:
    """Union of source documents sharing a text (an id or a normalized text): they land in one split."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, document: str) -> str:
        """The canonical (smallest) document of the group."""
        self.parent.setdefault(document, document)
        while self.parent[document] != document:
            self.parent[document] = self.parent[self.parent[document]]
            document = self.parent[document]
        return document

    def union(self, first: str, second: str) -> None:
        """Put two documents in one group, named by the smaller of the two canonical names."""
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def enumerate_texts(root: Path) -> list[Text]:
    """Every text of every source, one per id, its document replaced by the canonical document of its group.

    Documents are merged when they share a text id (two IBM conversations holding the same tweets) or a text
    (the same words under two ids), so that no text is on both sides of the split.
    """
    occurrences = [text for reader in READERS for text in reader(root)]
    documents = _Documents()
    first_by_key: dict[str, str] = {}
    for text in occurrences:
        documents.find(text.document)
        for key in (text.id, "text:" + normalized(text.text)):
            if key == "text:":
                continue
            if key in first_by_key:
                documents.union(first_by_key[key], text.document)
            else:
                first_by_key[key] = text.document
    seen: dict[str, Text] = {}
    for text in occurrences:
        seen.setdefault(text.id, Text(text.id, text.source, documents.find(text.document), text.text))
    return list(seen.values())


Counts = Counter[tuple[str, ...]]


def legacy_documents_of(root: Path, texts: list[Text]) -> set[str]:
    """Documents holding a legacy text or a text with the same words: development whatever their hash."""
    legacy = legacy_ids(root)
    legacy_words = {normalized(text.text) for text in texts if text.id in legacy}
    return {text.document for text in texts if text.id in legacy or normalized(text.text) in legacy_words}


def population(root: Path) -> list[tuple[Text, str]]:
    """Every text that may be sampled, with its split, in id order.

    Left out: the legacy texts and texts with the same words as one of them (tuned on), texts without words,
    and repeats of a text already taken (the smallest id of each normalized text stands for all). Documents
    holding a legacy text (or its repeat) go to development whatever their hash says.
    """
    legacy = legacy_ids(root)
    texts = enumerate_texts(root)
    legacy_words = {normalized(text.text) for text in texts if text.id in legacy}
    legacy_documents = legacy_documents_of(root, texts)
    kept: list[tuple[Text, str]] = []
    taken_words: set[str] = set()
    for text in sorted(texts, key=lambda t: t.id):
        words = normalized(text.text)
        if text.id in legacy or words in legacy_words or not _has_words(text.text) or words in taken_words:
            continue
        taken_words.add(words)
        kept.append((text, "dev" if text.document in legacy_documents else split_of(text.document)))
    return kept


def _draw(
    candidates: list[tuple[Text, str, str]], fractions: dict[tuple[str, str], float], salt: str
) -> tuple[list[dict[str, str]], Counts, Counts]:
    """Rows of the (text, split, stratum) candidates whose seeded hash falls under their stratum's fraction.

    Returns the rows (split first, then a seeded order), and counts of (source, stratum, split) sampled and
    in the population.
    """
    rows: list[dict[str, str]] = []
    sampled: Counts = Counter()
    counted: Counts = Counter()
    for text, split, stratum in candidates:
        counted[(text.source, stratum, split)] += 1
        fraction = fractions[(text.source, stratum)]
        if _unit(salt, text.id) >= fraction:
            continue
        sampled[(text.source, stratum, split)] += 1
        rows.append(
            {
                "id": text.id,
                "source": text.source,
                "document": text.document,
                "split": split,
                "stratum": stratum,
                "sampling_fraction": f"{fraction:g}",
                "text": text.text,
            }
        )
    rows.sort(key=lambda row: (row["split"], _unit(salt + "order:", row["id"])))
    return rows, sampled, counted


def sample_rows(root: Path) -> tuple[list[dict[str, str]], Counts, Counts]:
    """The rows to label (strata keyword, random), counts of (source, stratum, split) sampled and in all."""
    candidates = [
        (text, split, "keyword" if KEYWORD_PATTERN.search(text.text) else "random")
        for text, split in population(root)
    ]
    return _draw(candidates, FRACTIONS, SAMPLE_SALT)


def enriched_rows(root: Path) -> tuple[list[dict[str, str]], Counts, Counts]:
    """The enrichment rows (stratum enriched): texts of the population that ENRICH_PATTERN matches and that
    are not in the main sample (sample_rows) nor legacy; the split is the population's (by document)."""
    taken = {row["id"] for row in sample_rows(root)[0]}
    candidates = [
        (text, split, "enriched")
        for text, split in population(root)
        if text.id not in taken and ENRICH_PATTERN.search(text.text)
    ]
    return _draw(candidates, ENRICH_FRACTIONS, ENRICH_SALT)


def stack_population(root: Path) -> list[tuple[Text, str]]:
    """The Stack Exchange requests that may be sampled, with their split, in id order: requests with words,
    one per normalized wording (the smallest id), none with the words of a text of the other sources."""
    known = {normalized(text.text) for text in enumerate_texts(root)}
    kept: list[tuple[Text, str]] = []
    for text in sorted(stack_texts(root), key=lambda t: t.id):
        words = normalized(text.text)
        if _has_words(text.text) and words not in known:
            known.add(words)
            kept.append((text, split_of(text.document)))
    return kept


def stack_rows(root: Path) -> tuple[list[dict[str, str]], Counts, Counts, dict[tuple[str, str], float]]:
    """The Stack Exchange rows: every request ENRICH_PATTERN matches (stratum enriched, fraction 1) and the
    STACK_RANDOM requests it does not match with the smallest seeded hash (stratum random, fraction
    STACK_RANDOM / their number, so figures can be weighted).

    Population: requests with words, one per normalized wording (the smallest id), none with the words of a
    text of the other sources (so nothing labelled or tuned on before comes back). Split: split_of(request).
    Returns the rows, the (source, stratum, split) counts sampled and in the population, and the fractions.
    """
    pool = [
        (text, split, "enriched" if ENRICH_PATTERN.search(text.text) else "random")
        for text, split in stack_population(root)
    ]
    others = sorted((c for c in pool if c[2] == "random"), key=lambda c: _unit(STACK_SALT, c[0].id))
    fractions = {("stack", "enriched"): 1.0, ("stack", "random"): STACK_RANDOM / len(others)}
    # The draw keeps a text when its hash is under the fraction it is given: 1 for the chosen ones.
    chosen = {c[0].id for c in others[:STACK_RANDOM]} | {c[0].id for c in pool if c[2] == "enriched"}
    rows, sampled, counted = _draw(pool, {key: 1.0 for key in fractions}, STACK_SALT)
    rows = [row for row in rows if row["id"] in chosen]
    sampled = Counter(
        {key: sum(row["stratum"] == key[1] and row["split"] == key[2] for row in rows) for key in counted}
    )
    for row in rows:
        row["sampling_fraction"] = f"{fractions[('stack', row['stratum'])]:g}"
    return rows, sampled, counted, fractions


def admissions_rows(root: Path) -> tuple[list[dict[str, str]], Counts, Counts, dict[tuple[str, str], float]]:
    """The admissions rows (issue #24 round 3), DEVELOPMENT split only: the dev texts of all eight sources
    (population() and stack_population()) that no earlier sample took, in two strata: `enriched` = every one
    ADMIT_PATTERN matches (fraction 1), `random` = the ADMIT_RANDOM others with the smallest
    sha256("admit-v1:" + id) (fraction ADMIT_RANDOM / their number, recorded per source). No test document
    can enter: every candidate's split is dev (asserted), and a stack request's split is split_of(document).

    Returns the rows, the (source, stratum, split) counts sampled and in the population, and the fractions.
    """
    drawn = (sample_rows(root)[0], enriched_rows(root)[0], stack_rows(root)[0])
    taken = {row["id"] for rows in drawn for row in rows}
    candidates = [
        (text, split)
        for text, split in [*population(root), *stack_population(root)]
        if split == "dev" and text.id not in taken
    ]
    # the split rule itself, once more: a document split_of sends to test is dev only when it holds a
    # legacy (tuned-on, development) text
    legacy_documents = legacy_documents_of(root, enumerate_texts(root))
    test_documents = [
        text.document
        for text, _ in candidates
        if split_of(text.document) != "dev" and text.document not in legacy_documents
    ]
    assert not test_documents, f"test documents in the development sample: {test_documents[:3]}"
    pool = [
        (text, split, "enriched" if ADMIT_PATTERN.search(text.text) else "random")
        for text, split in candidates
    ]
    others = sorted((c for c in pool if c[2] == "random"), key=lambda c: _unit(ADMIT_SALT, c[0].id))
    chosen = {c[0].id for c in others[:ADMIT_RANDOM]} | {c[0].id for c in pool if c[2] == "enriched"}
    sources = sorted({text.source for text, _, _ in pool})
    fractions = {(source, "enriched"): 1.0 for source in sources}
    fractions |= {(source, "random"): ADMIT_RANDOM / len(others) for source in sources}
    rows, _, counted = _draw(pool, {key: 1.0 for key in fractions}, ADMIT_SALT)
    rows = [row for row in rows if row["id"] in chosen]
    assert {row["split"] for row in rows} == {"dev"}, "a test document in the development sample"
    sampled: Counts = Counter((row["source"], row["stratum"], row["split"]) for row in rows)
    for row in rows:
        row["sampling_fraction"] = f"{fractions[(row['source'], row['stratum'])]:g}"
    return rows, sampled, counted, fractions


def write(rows: list[dict[str, str]], path: Path) -> None:
    """One CSV (UTF-8, LF line ends, every field quoted as needed) in the columns of COLUMNS."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _print_counts(
    title: str, fractions: dict[tuple[str, str], float], sampled: Counts, counted: Counts
) -> None:
    """A table of sampled and population counts per (source, stratum) and split."""
    print(
        f"{title}\n{'source':8} {'stratum':8} {'fraction':>8} {'dev':>6} {'test':>6}   population dev / test"
    )
    for source, stratum in fractions:
        dev, test = sampled[(source, stratum, "dev")], sampled[(source, stratum, "test")]
        pop_dev, pop_test = counted[(source, stratum, "dev")], counted[(source, stratum, "test")]
        fraction = fractions[(source, stratum)]
        print(f"{source:8} {stratum:8} {fraction:>8g} {dev:>6} {test:>6}   {pop_dev:>6} / {pop_test}")
    total_dev = sum(v for (_, _, s), v in sampled.items() if s == "dev")
    total_test = sum(v for (_, _, s), v in sampled.items() if s == "test")
    print(f"{'total':8} {'':8} {'':>8} {total_dev:>6} {total_test:>6}")


def main(argv: list[str] | None = None) -> int:
    """Write sample_{dev,test}.csv, sample_{dev,test}_enriched.csv and sample_{dev,test}_stack.csv; print
    their counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root holding the sources")
    parser.add_argument("--out", type=Path, default=ROOT / "validation/data/labels", help="output folder")
    args = parser.parse_args(argv)
    rows, sampled, counted = sample_rows(args.root)
    enriched, enriched_sampled, enriched_counted = enriched_rows(args.root)
    stack, stack_sampled, stack_counted, stack_fractions = stack_rows(args.root)
    admissions, admissions_sampled, admissions_counted, admissions_fractions = admissions_rows(args.root)
    write(admissions, args.out / "sample_dev_admissions.csv")
    for split in ("dev", "test"):
        write([row for row in rows if row["split"] == split], args.out / f"sample_{split}.csv")
        write([row for row in enriched if row["split"] == split], args.out / f"sample_{split}_enriched.csv")
        write([row for row in stack if row["split"] == split], args.out / f"sample_{split}_stack.csv")
    _print_counts("sample", FRACTIONS, sampled, counted)
    _print_counts("enrichment", ENRICH_FRACTIONS, enriched_sampled, enriched_counted)
    _print_counts("stack exchange", stack_fractions, stack_sampled, stack_counted)
    _print_counts("admissions (development)", admissions_fractions, admissions_sampled, admissions_counted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
