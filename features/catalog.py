"""What every person feature means, in words a manager reads: label, unit and description.

Person features are named `<family>__<feature>` in tables (person_features.csv, the weights
file). People reading a report should never have to decode those names, seconds or standard
deviations, so each feature's label, unit and description are declared once in
features.registry, and the report, evidence.csv and the glossary word values from them here
(`describe_value`, `counted`).

Units say how a value is read and, for counted features, what it counts out of what:

- `per_100_words`: matches per 100 words of the person's own writing (`humanness__n_words`);
- `per_100_posts`: the share of the family's posts with at least one match, shown per 100 posts
  (out of `<family>__n`);
- `per_100_public_posts`: the share of posts on public platforms (`advocacy__n_public`) with it;
- `per_100_replies` / `per_100_inbound`: shares of replies (`responsiveness__n`) or of messages
  addressed to the person (`responsiveness__n_inbound`);
- `duration`: a time in seconds, shown in minutes, hours or days;
- `score`: a mean of per-post scores on the scale the description states;
- `per_week`, `count`, `number`: read as they are.
"""

from __future__ import annotations

from features.registry import N_INBOUND, N_PUBLIC, N_REPLIES, N_WORDS, REGISTRY, Feature

# the entries live in features.registry; the name is kept for the code that reads them here
CATALOG: dict[str, Feature] = REGISTRY
_POSTS = "posts"


def info(feature: str) -> Feature:
    """The catalog entry of a person feature; KeyError names the feature when it has none."""
    return CATALOG[feature]


def _number(value: float) -> str:
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.0f}"
    return f"{value:.2g}" if magnitude < 1 else f"{value:.1f}"


def duration(seconds: float) -> str:
    """A time in seconds in the unit a reader thinks in: `45 s`, `12 min`, `3.2 h`, `2.5 days`."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86_400:.1f} days"


def describe_value(feature: str, value: float) -> str:
    """The value in its unit, without the count behind it: `1.2 per 100 words`, `3.1 h`."""
    entry = info(feature)
    if value != value:
        return "not measured"
    if entry.unit == "duration":
        return duration(value)
    if entry.unit == "per_100_words":
        return f"{_number(value)} per 100 words"
    if entry.unit.startswith("per_100_"):
        return f"{_number(100.0 * value)} per 100 {entry.unit.removeprefix('per_100_').replace('_', ' ')}"
    if entry.unit == "per_week":
        return f"{_number(value)} a week"
    return _number(value)


def count_of(feature: str, value: float, denominator: float) -> float:
    """How many items a counted feature's value stands for, out of `denominator`."""
    entry = info(feature)
    if entry.unit == "per_100_words":
        return value * denominator / 100.0
    return value * denominator


def counted(feature: str, value: float, denominator: float) -> str:
    """`4 apologies for own mistakes in 267 posts`: a counted feature as a count out of its base.

    Non-counted features fall back to `describe_value` ("median reply time 3.1 h").
    """
    entry = info(feature)
    base = entry.denominator
    if base is None or value != value or not denominator:
        return f"{entry.label} {describe_value(feature, value)}"
    n = round(count_of(feature, value, denominator))
    noun = entry.one if n == 1 and entry.one else entry.label
    return f"{n} {noun} in {int(denominator):,} {_base_noun(base, int(denominator))}"


def _base_noun(base: str, n: int) -> str:
    noun = {
        N_WORDS: "words",
        N_REPLIES: "replies",
        N_INBOUND: "messages addressed to them",
        N_PUBLIC: "public posts",
    }.get(base, _POSTS)
    return (
        noun
        if n != 1
        else {
            "words": "word",
            "replies": "reply",
            "posts": "post",
            "public posts": "public post",
            "messages addressed to them": "message addressed to them",
        }[noun]
    )
