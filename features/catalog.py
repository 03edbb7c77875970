"""What every person feature means, in words a manager reads: label, unit and description.

Person features are named `<family>__<feature>` in tables (person_features.csv, the weights
file). People reading a report should never have to decode those names, seconds or standard
deviations, so each feature is described here once, and the report, evidence.csv and the
glossary derive their wording from this catalog (`describe_value`, `counted`).

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

from dataclasses import dataclass

UNITS = (
    "per_100_words",
    "per_100_posts",
    "per_100_public_posts",
    "per_100_replies",
    "per_100_inbound",
    "duration",
    "score",
    "per_week",
    "count",
    "number",
)


@dataclass(frozen=True)
class FeatureInfo:
    """One person feature as a reader sees it.

    `label` names the measured thing in the plural ("apologies for own mistakes"), `one` in the
    singular for counts of one; `description` says in a sentence how it is measured.
    """

    name: str
    label: str
    unit: str
    description: str
    one: str = ""

    @property
    def family(self) -> str:
        return self.name.split("__", 1)[0]

    @property
    def denominator(self) -> str | None:
        """The person feature counting what a counted feature is out of (None: not counted)."""
        return {
            "per_100_words": "humanness__n_words",
            "per_100_posts": f"{self.family}__n",
            "per_100_public_posts": "advocacy__n_public",
            "per_100_replies": "responsiveness__n",
            "per_100_inbound": "responsiveness__n_inbound",
        }.get(self.unit)


def _info(name: str, label: str, unit: str, description: str, one: str = "") -> FeatureInfo:
    assert unit in UNITS, unit
    return FeatureInfo(name, label, unit, description, one)


_POSTS = "posts"
CATALOG: dict[str, FeatureInfo] = {
    info.name: info
    for info in (
        _info(
            "responsiveness__n",
            "replies to someone else",
            "count",
            "Replies to a message written by someone else, with a known time for both.",
            "reply",
        ),
        _info(
            "responsiveness__median_latency_s",
            "median reply time",
            "duration",
            "Half of the person's replies came faster than this (calendar time).",
        ),
        _info(
            "responsiveness__p90_latency_s",
            "slowest tenth of reply times",
            "duration",
            "Nine replies in ten came faster than this (calendar time).",
        ),
        _info(
            "responsiveness__median_business_latency_s",
            "median reply time in working hours",
            "duration",
            "Like the median reply time, counting only the person's working hours (roster time zone, "
            "hours and days).",
        ),
        _info(
            "responsiveness__share_within_1h",
            "replies within an hour",
            "per_100_replies",
            "Replies sent within one hour of the message they answer.",
            "reply within an hour",
        ),
        _info(
            "responsiveness__share_within_24h",
            "replies within a day",
            "per_100_replies",
            "Replies sent within 24 hours of the message they answer.",
            "reply within a day",
        ),
        _info(
            "responsiveness__off_hours_share",
            "replies outside working hours",
            "per_100_replies",
            "Replies sent outside the person's working hours.",
            "reply outside working hours",
        ),
        _info(
            "responsiveness__reply_rate",
            "messages answered within 72 hours",
            "per_100_inbound",
            "Messages addressed to the person (in these exports) that they answered within 72 hours.",
            "message answered within 72 hours",
        ),
        _info(
            "responsiveness__n_inbound",
            "messages addressed to them",
            "count",
            "Messages by someone else addressed to the person, where the export holds them.",
            "message",
        ),
        _info(
            "humanness__n",
            "posts read for writing style",
            "count",
            "The person's own posts (not reposts) in a language the text measures read (English).",
            "post",
        ),
        _info(
            "humanness__n_words",
            "words of own writing",
            "count",
            "Words in the person's own posts read for writing style.",
            "word",
        ),
        _info(
            "humanness__flesch_reading_ease",
            "reading ease",
            "score",
            "Flesch reading ease per post, averaged: 0–100, higher is easier (80+ reads like "
            "conversation, below 50 like a report).",
        ),
        _info(
            "humanness__fk_grade",
            "school grade needed to read",
            "score",
            "Flesch–Kincaid grade level per post, averaged: years of schooling a reader needs.",
        ),
        _info(
            "humanness__jargon_score",
            "plain-word score",
            "score",
            "De-Jargonizer score: 100 minus the weight of mid-frequency and rare words; higher is plainer.",
        ),
        _info(
            "humanness__rare_word_share",
            "rare words",
            "per_100_words",
            "Words rarer than 50 per 90 million words of general English (De-Jargonizer's rare band).",
            "rare word",
        ),
        _info(
            "humanness__buzzword_rate",
            "corporate buzzwords",
            "per_100_words",
            "Management-speak such as 'leverage', 'synergy', 'circle back'.",
            "corporate buzzword",
        ),
        _info(
            "humanness__pronoun_rate",
            "I and you words",
            "per_100_words",
            "First- and second-person pronouns: talking person to person.",
            "I or you word",
        ),
        _info(
            "humanness__contraction_rate",
            "contractions",
            "per_100_words",
            "Contractions such as 'we're', 'don't'.",
            "contraction",
        ),
        _info(
            "humanness__question_share",
            "posts asking a question",
            "per_100_posts",
            "Posts with a question mark.",
            "post asking a question",
        ),
        _info(
            "humanness__emoji_share",
            "posts with emoji",
            "per_100_posts",
            "Posts with at least one emoji.",
            "post with emoji",
        ),
        _info(
            "humanness__english_share",
            "posts in English",
            "per_100_posts",
            "Own posts in English, the language the text measures read.",
            "post in English",
        ),
        _info(
            "humility__n",
            "posts read for humility",
            "count",
            "Own posts read for apologies and corrections.",
            "post",
        ),
        _info(
            "humility__apology_own_rate",
            "apologies for own mistakes",
            "per_100_posts",
            "Posts in which the person apologizes for or admits a mistake of their own ('my mistake', "
            "'sorry, I sent the wrong link'); sympathy and the organization's apologies do not count.",
            "apology for an own mistake",
        ),
        _info(
            "humility__apology_org_rate",
            "apologies for the organization",
            "per_100_posts",
            "Posts apologizing on behalf of the organization ('we apologize for the delay').",
            "apology for the organization",
        ),
        _info(
            "humility__empathy_rate",
            "expressions of sympathy",
            "per_100_posts",
            "Posts expressing sympathy ('sorry to hear that'); not an admission.",
            "expression of sympathy",
        ),
        _info(
            "humility__correction_rate",
            "self-corrections",
            "per_100_posts",
            "Posts correcting the person's own earlier statement ('correction:', 'I stand corrected').",
            "self-correction",
        ),
        _info(
            "humility__edit_rate",
            "edited posts",
            "per_100_posts",
            "Posts the person edited after publishing, where the platform records it.",
            "edited post",
        ),
        _info(
            "humility__admission_rate",
            "admissions of not knowing",
            "per_100_posts",
            "Posts admitting not knowing or conceding a point ('I don't know', 'good point, you're right').",
            "admission of not knowing",
        ),
        _info("tone__n", "posts read for tone", "count", "Own posts read for tone.", "post"),
        _info(
            "tone__mean_compound",
            "average tone",
            "score",
            "VADER sentiment per post, averaged: −1 very negative, 0 neutral, +1 very positive.",
        ),
        _info(
            "tone__negative_share",
            "negative posts",
            "per_100_posts",
            "Posts whose VADER sentiment is negative (−0.05 or below).",
            "negative post",
        ),
        _info(
            "tone__volatility",
            "swings in tone",
            "score",
            "Standard deviation of VADER sentiment between posts: how much the tone swings.",
        ),
        _info(
            "tone__incivility_rate",
            "insults aimed at people",
            "per_100_words",
            "Insults and profanity aimed at a person.",
            "insult aimed at a person",
        ),
        _info(
            "tone__gratitude_rate",
            "posts thanking someone",
            "per_100_posts",
            "Posts that thank someone.",
            "post thanking someone",
        ),
        _info("mission__n", "posts read for mission", "count", "Own posts read for mission talk.", "post"),
        _info(
            "mission__term_rate",
            "words about the organization's mission",
            "per_100_words",
            "The organization's mission terms (org.json) and public-service words.",
            "word about the mission",
        ),
        _info(
            "advocacy__n",
            "posts read for advocacy",
            "count",
            "Own posts read for talk about social media.",
            "post",
        ),
        _info(
            "advocacy__term_rate",
            "words about social media's value",
            "per_100_words",
            "Talk about social media as a way to reach and serve people (threads, going live, "
            "reaching people online).",
            "word about social media",
        ),
        _info(
            "advocacy__n_public",
            "posts on public platforms",
            "count",
            "Posts on public platforms (not internal chat such as Slack).",
            "post on a public platform",
        ),
        _info(
            "advocacy__thread_share",
            "public posts continuing their own thread",
            "per_100_public_posts",
            "Public posts that reply to the person's own post: threads.",
            "public post continuing a thread",
        ),
        _info(
            "advocacy__hashtag_share",
            "public posts with a hashtag",
            "per_100_public_posts",
            "Public posts (not reposts) with a hashtag.",
            "public post with a hashtag",
        ),
        _info(
            "ideas__n", "posts read for ideas", "count", "Own posts read for ideas and experiments.", "post"
        ),
        _info(
            "ideas__idea_rate",
            "ideas and experiments proposed",
            "per_100_words",
            "Proposals and experiments ('what if we', 'let's pilot').",
            "idea or experiment proposed",
        ),
        _info(
            "ideas__failure_talk_rate",
            "open talk about what did not work",
            "per_100_words",
            "Talk about what did not work and what was learned.",
            "mention of what did not work",
        ),
        _info("teamwork__n", "posts read for teamwork", "count", "Own posts read for teamwork.", "post"),
        _info(
            "teamwork__we_rate",
            "we and our words",
            "per_100_words",
            "'We', 'our', 'us': the work as shared.",
            "we or our word",
        ),
        _info(
            "teamwork__colleague_mention_share",
            "posts naming a colleague",
            "per_100_posts",
            "Posts that mention a colleague on the roster.",
            "post naming a colleague",
        ),
        _info(
            "teamwork__thanks_colleague_share",
            "posts thanking a colleague",
            "per_100_posts",
            "Posts that thank a colleague on the roster by name.",
            "post thanking a colleague",
        ),
        _info(
            "helpseeking__n",
            "posts read for help-seeking",
            "count",
            "Own posts read for asking and referring.",
            "post",
        ),
        _info(
            "helpseeking__ask_rate",
            "requests for help",
            "per_100_words",
            "Asking others for help or input ('can anyone help', 'any advice').",
            "request for help",
        ),
        _info(
            "helpseeking__referral_rate",
            "referrals to someone who knows better",
            "per_100_words",
            "Pointing to the person or team who knows better ('ask @x', 'our data team knows').",
            "referral",
        ),
        _info("generosity__n", "posts read for generosity", "count", "All posts, reposts included.", "post"),
        _info(
            "generosity__repost_share",
            "reposts of others' posts",
            "per_100_posts",
            "Reposts of someone else's post.",
            "repost of someone else's post",
        ),
        _info(
            "generosity__credit_rate",
            "credits to others",
            "per_100_words",
            "Attribution such as 'h/t', 'via @x', 'shout-out to'.",
            "credit to someone",
        ),
        _info(
            "creativity__n", "posts read for creativity", "count", "Own posts read for creativity.", "post"
        ),
        _info(
            "creativity__lexical_diversity",
            "variety of words",
            "number",
            "MTLD lexical diversity of all the person's writing: words per run of repeating vocabulary "
            "(higher is more varied; needs 100 words).",
        ),
        _info(
            "creativity__template_share",
            "posts opening like their neighbours",
            "per_100_posts",
            "Posts whose first six words repeat the opening of one of the ten posts the person wrote "
            "just before or after (counted in posts, so that posting more is not read as templating).",
            "post opening like a neighbour",
        ),
        _info(
            "activity__n",
            "posts",
            "count",
            "Every post, reply and repost of the person in the exports.",
            "post",
        ),
        _info(
            "activity__posts_per_week",
            "posts per week",
            "per_week",
            "Posts divided by the weeks between the first and the last (at least one week). Activity, "
            "not a trait.",
        ),
        _info(
            "activity__public_share",
            "posts on public platforms",
            "per_100_posts",
            "Posts on public platforms rather than internal chat (Slack). Depends on which exports were "
            "given.",
            "post on a public platform",
        ),
    )
}


def info(feature: str) -> FeatureInfo:
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
        "humanness__n_words": "words",
        "responsiveness__n": "replies",
        "responsiveness__n_inbound": "messages addressed to them",
        "advocacy__n_public": "public posts",
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


def is_counted(feature: str) -> bool:
    """Whether the feature counts discrete items (so an absence can be stated as '0 … in N …')."""
    return info(feature).denominator is not None
