"""Every feature declared once: the per-text columns and the person features built from them.

A person feature (`<family>__<feature>`, a column of person_features.csv and a name in the
weights file) has one entry here: its family, the per-text, per-post or per-reply column it
is computed from, how that column aggregates per person, the unit it is read in, and the
plain-language label and description a report shows (`features.catalog` formats values from
them). The per-text record (`<family>__<column>`, the columns of post_features and of the text
cache) is declared here too. The column lists the rest of the code uses (`posts.MATCH_COLUMNS`,
`aggregate.PERSON_FEATURE_COLUMNS`, the text record's columns, the README glossary) are derived
from these two tables; tests/features/test_registry.py fails if product code spells a
feature-like name that is not declared here.

Aggregation kinds:

- `count`: how many items the family read (posts, replies, words); 0 when none;
- `per_100_words`: matches pooled over the person's writing, per 100 words of it;
- `share_of_posts`: the share of posts with at least one match (or with the flag set);
- `share_of_replies`: the share of the person's replies with the property;
- `mean` / `median`: of the source column over posts or replies where it is defined;
- `special`: a formula of its own (features.aggregate / features.responsiveness).

Units (how a value is read; counted units say out of what, see `Feature.denominator`):
`per_100_words`, `per_100_posts` (out of `<family>__n`), `per_100_public_posts`,
`per_100_replies`, `per_100_inbound`, `duration` (seconds), `score`, `per_week`, `count`, `number`.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNT = "count"
PER_100_WORDS = "per_100_words"
SHARE_OF_POSTS = "share_of_posts"
SHARE_OF_REPLIES = "share_of_replies"
MEAN = "mean"
MEDIAN = "median"
SPECIAL = "special"
AGGREGATIONS = (COUNT, PER_100_WORDS, SHARE_OF_POSTS, SHARE_OF_REPLIES, MEAN, MEDIAN, SPECIAL)

UNITS = ("per_100_words", "per_100_posts", "per_100_public_posts", "per_100_replies", "per_100_inbound",
         "duration", "score", "per_week", "count", "number")

OCCASIONS = ("post", "reply")

# kinds of per-text and per-post columns
VALUE = "value"  # a number measured on the text (words, readability, tone)
MATCH = "match"  # the number of lexicon or rule matches in the text
FLAG = "flag"  # 0/1 per writing post (edited, templated opening)
POST_FLAG = "post_flag"  # 0/1 per post of any kind (public platform, repost, thread, hashtag)
COLUMN_KINDS = (VALUE, MATCH, FLAG, POST_FLAG)

# the counts other features are read out of
N_WORDS = "humanness__n_words"
N_REPLIES = "responsiveness__n"
N_INBOUND = "responsiveness__n_inbound"
N_PUBLIC = "advocacy__n_public"
# names the code refers to one by one (declared in the tables below under these constants)
HUMANNESS_N = "humanness__n"
ACTIVITY_N = "activity__n"
TONE_COMPOUND = "tone__compound"
JARGON_SCORE = "humanness__jargon_score"
QUESTION_SHARE = "humanness__question_share"
EMOJI_SHARE = "humanness__emoji_share"
ENGLISH_SHARE = "humanness__english_share"
REPLY_RATE = "responsiveness__reply_rate"
GRATITUDE_RATE = "tone__gratitude_rate"
COLLEAGUE_MENTION_SHARE = "teamwork__colleague_mention_share"
THANKS_COLLEAGUE_SHARE = "teamwork__thanks_colleague_share"
LEXICAL_DIVERSITY = "creativity__lexical_diversity"
EDITED = "humility__edited"
TEMPLATED = "creativity__templated"
POSTS_PER_WEEK = "activity__posts_per_week"
PUBLIC_SHARE = "activity__public_share"
POST_PUBLIC = "activity__public"
POST_REPOST = "generosity__repost"
POST_THREAD = "advocacy__thread"
POST_HASHTAG = "advocacy__hashtag"
HASHTAG_SHARE = "advocacy__hashtag_share"
THREAD_SHARE = "advocacy__thread_share"
GENEROSITY_N = "generosity__n"
REPOST_SHARE = "generosity__repost_share"
READING_EASE = "humanness__flesch_reading_ease"
FK_GRADE = "humanness__fk_grade"
N_COMMON = "humanness__n_common"
N_MID = "humanness__n_mid"
N_RARE = "humanness__n_rare"
RARE_WORD_SHARE = "humanness__rare_word_share"
MEDIAN_LATENCY = "responsiveness__median_latency_s"
P90_LATENCY = "responsiveness__p90_latency_s"
MEDIAN_BUSINESS_LATENCY = "responsiveness__median_business_latency_s"
SHARE_WITHIN_1H = "responsiveness__share_within_1h"
SHARE_WITHIN_24H = "responsiveness__share_within_24h"
OFF_HOURS_SHARE = "responsiveness__off_hours_share"
MEAN_COMPOUND = "tone__mean_compound"
NEGATIVE_SHARE = "tone__negative_share"
VOLATILITY = "tone__volatility"
EDIT_RATE = "humility__edit_rate"
TEMPLATE_SHARE = "creativity__template_share"
BUZZWORD_RATE = "humanness__buzzword_rate"
PRONOUN_RATE = "humanness__pronoun_rate"
CONTRACTION_RATE = "humanness__contraction_rate"
APOLOGY_OWN_RATE = "humility__apology_own_rate"
APOLOGY_ORG_RATE = "humility__apology_org_rate"
EMPATHY_RATE = "humility__empathy_rate"
CORRECTION_RATE = "humility__correction_rate"
ADMISSION_RATE = "humility__admission_rate"
INCIVILITY_RATE = "tone__incivility_rate"
MISSION_TERM_RATE = "mission__term_rate"
ADVOCACY_TERM_RATE = "advocacy__term_rate"
IDEA_RATE = "ideas__idea_rate"
FAILURE_TALK_RATE = "ideas__failure_talk_rate"
WE_RATE = "teamwork__we_rate"
ASK_RATE = "helpseeking__ask_rate"
REFERRAL_RATE = "helpseeking__referral_rate"
CREDIT_RATE = "generosity__credit_rate"


@dataclass(frozen=True)
class TextColumn:
    """One per-text (or per-post) column: `by_author` when its value depends on who wrote the
    text (colleague mentions), so it is not part of the text's cached record."""

    name: str
    kind: str
    by_author: bool = False
    dtype: str = "float64"

    @property
    def family(self) -> str:
        return self.name.split("__", 1)[0]


@dataclass(frozen=True)
class Feature:
    """One person feature: how it is computed and how a reader sees it.

    `source`: the per-text, per-post or per-reply column it is computed from ("" for counts of
    rows); `aggregation`: one of AGGREGATIONS; `label` names the measured thing in the plural
    ("apologies for own mistakes"), `one` in the singular for counts of one; `description` says
    in a sentence how it is measured; `occasion`: where its absence is shown, among the person's
    replies first (`reply`: an apology or thanks answers someone) or their longest posts (`post`).
    """

    name: str
    aggregation: str
    source: str
    unit: str
    label: str
    description: str
    one: str = ""
    occasion: str = "post"

    @property
    def family(self) -> str:
        return self.name.split("__", 1)[0]

    @property
    def denominator(self) -> str | None:
        """The person feature counting what a counted feature is out of (None: not counted)."""
        return {
            "per_100_words": N_WORDS,
            "per_100_posts": f"{self.family}__n",
            "per_100_public_posts": N_PUBLIC,
            "per_100_replies": N_REPLIES,
            "per_100_inbound": N_INBOUND,
        }.get(self.unit)


def _feature(
    name: str,
    aggregation: str,
    source: str,
    unit: str,
    label: str,
    description: str,
    one: str = "",
    occasion: str = "post",
) -> Feature:
    assert aggregation in AGGREGATIONS and unit in UNITS and occasion in OCCASIONS, (name, unit, occasion)
    return Feature(name, aggregation, source, unit, label, description, one, occasion)


# The per-text record in its order (the text cache's `values` and SummaryBlock.values follow it:
# values, then the match counts), then the per-post flags.
TEXT_COLUMNS: tuple[TextColumn, ...] = (
    TextColumn(N_WORDS, VALUE),
    TextColumn(READING_EASE, VALUE),
    TextColumn(FK_GRADE, VALUE),
    TextColumn(N_COMMON, VALUE),
    TextColumn(N_MID, VALUE),
    TextColumn(JARGON_SCORE, VALUE),
    TextColumn(TONE_COMPOUND, VALUE),
    TextColumn("humanness__buzzwords", MATCH),
    TextColumn("humanness__pronouns", MATCH),
    TextColumn("humanness__contractions", MATCH),
    TextColumn(N_RARE, MATCH),
    TextColumn("humanness__question", MATCH),
    TextColumn("humanness__emoji", MATCH),
    TextColumn("humility__apology_own", MATCH),
    TextColumn("humility__apology_org", MATCH),
    TextColumn("humility__empathy", MATCH),
    TextColumn("humility__correction", MATCH),
    TextColumn("humility__admission", MATCH),
    TextColumn("tone__incivility", MATCH),
    TextColumn("tone__gratitude", MATCH),
    TextColumn("mission__terms", MATCH),
    TextColumn("advocacy__terms", MATCH),
    TextColumn("ideas__ideas", MATCH),
    TextColumn("ideas__failure_talk", MATCH),
    TextColumn("teamwork__we", MATCH),
    TextColumn("teamwork__colleague_mentions", MATCH, by_author=True),
    TextColumn("teamwork__thanks_colleague", MATCH, by_author=True),
    TextColumn("helpseeking__asks", MATCH),
    TextColumn("helpseeking__referrals", MATCH),
    TextColumn("generosity__credits", MATCH),
    TextColumn(EDITED, FLAG),
    TextColumn(TEMPLATED, FLAG),
    TextColumn(POST_PUBLIC, POST_FLAG),
    TextColumn(POST_REPOST, POST_FLAG),
    TextColumn(POST_THREAD, POST_FLAG),
    TextColumn(POST_HASHTAG, POST_FLAG),
)

# The person features in the order of person_features.csv.
FEATURES: tuple[Feature, ...] = (
    _feature(N_REPLIES, COUNT, "", "count",
        "replies to someone else",
        "Replies to a message written by someone else, with a known time for both.", one="reply"),
    _feature(MEDIAN_LATENCY, MEDIAN, "latency_s", "duration",
        "median reply time",
        "Half of the person's replies came faster than this (calendar time)."),
    _feature(P90_LATENCY, SPECIAL, "latency_s", "duration",
        "slowest tenth of reply times",
        "Nine replies in ten came faster than this (calendar time)."),
    _feature(MEDIAN_BUSINESS_LATENCY, MEDIAN, "business_latency_s", "duration",
        "median reply time in working hours",
        "Like the median reply time, counting only the person's working hours (roster time zone, hours "
        "and days)."),
    _feature(SHARE_WITHIN_1H, SHARE_OF_REPLIES, "latency_s", "per_100_replies",
        "replies within an hour",
        "Replies sent within one hour of the message they answer.", one="reply within an hour"),
    _feature(SHARE_WITHIN_24H, SHARE_OF_REPLIES, "latency_s", "per_100_replies",
        "replies within a day",
        "Replies sent within 24 hours of the message they answer.", one="reply within a day"),
    _feature(OFF_HOURS_SHARE, SHARE_OF_REPLIES, "off_hours", "per_100_replies",
        "replies outside working hours",
        "Replies sent outside the person's working hours.", one="reply outside working hours"),
    _feature(REPLY_RATE, SPECIAL, "inbound_account", "per_100_inbound",
        "messages answered within 72 hours",
        "Messages addressed to the person (in these exports) that they answered within 72 hours.",
        one="message answered within 72 hours"),
    _feature(N_INBOUND, COUNT, "", "count",
        "messages addressed to them",
        "Messages by someone else addressed to the person, where the export holds them.", one="message"),
    _feature(HUMANNESS_N, COUNT, "", "count",
        "posts read for writing style",
        "The person's own posts (not reposts) in a language the text measures read (English).", one="post"),
    _feature(N_WORDS, COUNT, "", "count",
        "words of own writing",
        "Words in the person's own posts read for writing style.", one="word"),
    _feature(READING_EASE, MEAN, READING_EASE, "score",
        "reading ease",
        "Flesch reading ease per post, averaged: 0–100, higher is easier (80+ reads like conversation, "
        "below 50 like a report)."),
    _feature(FK_GRADE, MEAN, FK_GRADE, "score",
        "school grade needed to read",
        "Flesch–Kincaid grade level per post, averaged: years of schooling a reader needs."),
    _feature(JARGON_SCORE, SPECIAL, N_MID, "score",
        "plain-word score",
        "De-Jargonizer score: 100 minus the weight of mid-frequency and rare words; higher is plainer."),
    _feature(RARE_WORD_SHARE, SPECIAL, N_RARE, "per_100_words",
        "rare words",
        "Words rarer than 50 per 90 million words of general English (De-Jargonizer's rare band).",
        one="rare word"),
    _feature(BUZZWORD_RATE, PER_100_WORDS, "humanness__buzzwords", "per_100_words",
        "corporate buzzwords",
        "Management-speak such as 'leverage', 'synergy', 'circle back'.", one="corporate buzzword"),
    _feature(PRONOUN_RATE, PER_100_WORDS, "humanness__pronouns", "per_100_words",
        "I and you words",
        "First- and second-person pronouns: talking person to person.", one="I or you word"),
    _feature(CONTRACTION_RATE, PER_100_WORDS, "humanness__contractions", "per_100_words",
        "contractions",
        "Contractions such as 'we're', 'don't'.", one="contraction"),
    _feature(QUESTION_SHARE, SHARE_OF_POSTS, "humanness__question", "per_100_posts",
        "posts asking a question",
        "Posts with a question mark.", one="post asking a question"),
    _feature(EMOJI_SHARE, SHARE_OF_POSTS, "humanness__emoji", "per_100_posts",
        "posts with emoji",
        "Posts with at least one emoji.", one="post with emoji"),
    _feature(ENGLISH_SHARE, SPECIAL, "lang", "per_100_posts",
        "posts in English",
        "Own posts in English, the language the text measures read.", one="post in English"),
    _feature("humility__n", COUNT, "", "count",
        "posts read for humility",
        "Own posts read for apologies and corrections.", one="post"),
    _feature(APOLOGY_OWN_RATE, SHARE_OF_POSTS, "humility__apology_own", "per_100_posts",
        "apologies for own mistakes",
        "Posts in which the person apologizes for or admits a mistake of their own ('my mistake', 'sorry, "
        "I sent the wrong link'); sympathy and the organization's apologies do not count.",
        one="apology for an own mistake", occasion="reply"),
    _feature(APOLOGY_ORG_RATE, SHARE_OF_POSTS, "humility__apology_org", "per_100_posts",
        "apologies for the organization",
        "Posts apologizing on behalf of the organization ('we apologize for the delay').",
        one="apology for the organization", occasion="reply"),
    _feature(EMPATHY_RATE, SHARE_OF_POSTS, "humility__empathy", "per_100_posts",
        "expressions of sympathy",
        "Posts expressing sympathy ('sorry to hear that'); not an admission.", one="expression of sympathy",
        occasion="reply"),
    _feature(CORRECTION_RATE, SHARE_OF_POSTS, "humility__correction", "per_100_posts",
        "self-corrections",
        "Posts correcting the person's own earlier statement ('correction:', 'I stand corrected').",
        one="self-correction", occasion="reply"),
    _feature(EDIT_RATE, SHARE_OF_POSTS, EDITED, "per_100_posts",
        "edited posts",
        "Posts the person edited after publishing, where the platform records it.", one="edited post",
        occasion="reply"),
    _feature(ADMISSION_RATE, SHARE_OF_POSTS, "humility__admission", "per_100_posts",
        "admissions of not knowing",
        "Posts admitting not knowing or conceding a point ('I don't know', 'good point, you're right').",
        one="admission of not knowing", occasion="reply"),
    _feature("tone__n", COUNT, "", "count",
        "posts read for tone",
        "Own posts read for tone.", one="post"),
    _feature(MEAN_COMPOUND, MEAN, TONE_COMPOUND, "score",
        "average tone",
        "VADER sentiment per post, averaged: −1 very negative, 0 neutral, +1 very positive."),
    _feature(NEGATIVE_SHARE, SPECIAL, TONE_COMPOUND, "per_100_posts",
        "negative posts",
        "Posts whose VADER sentiment is negative (−0.05 or below).", one="negative post", occasion="reply"),
    _feature(VOLATILITY, SPECIAL, TONE_COMPOUND, "score",
        "swings in tone",
        "Standard deviation of VADER sentiment between posts: how much the tone swings."),
    _feature(INCIVILITY_RATE, PER_100_WORDS, "tone__incivility", "per_100_words",
        "insults aimed at people",
        "Insults and profanity aimed at a person.", one="insult aimed at a person", occasion="reply"),
    _feature(GRATITUDE_RATE, SHARE_OF_POSTS, "tone__gratitude", "per_100_posts",
        "posts thanking someone",
        "Posts that thank someone.", one="post thanking someone", occasion="reply"),
    _feature("mission__n", COUNT, "", "count",
        "posts read for mission",
        "Own posts read for mission talk.", one="post"),
    _feature(MISSION_TERM_RATE, PER_100_WORDS, "mission__terms", "per_100_words",
        "words about the organization's mission",
        "The organization's mission terms (org.json) and public-service words.",
        one="word about the mission"),
    _feature("advocacy__n", COUNT, "", "count",
        "posts read for advocacy",
        "Own posts read for talk about social media.", one="post"),
    _feature(ADVOCACY_TERM_RATE, PER_100_WORDS, "advocacy__terms", "per_100_words",
        "words about social media's value",
        "Talk about social media as a way to reach and serve people (threads, going live, reaching people "
        "online).", one="word about social media"),
    _feature(N_PUBLIC, COUNT, "", "count",
        "posts on public platforms",
        "Posts on public platforms (not internal chat such as Slack).", one="post on a public platform"),
    _feature(THREAD_SHARE, SHARE_OF_POSTS, POST_THREAD, "per_100_public_posts",
        "public posts continuing their own thread",
        "Public posts that reply to the person's own post: threads.", one="public post continuing a thread"),
    _feature(HASHTAG_SHARE, SHARE_OF_POSTS, POST_HASHTAG, "per_100_public_posts",
        "public posts with a hashtag",
        "Public posts (not reposts) with a hashtag.", one="public post with a hashtag"),
    _feature("ideas__n", COUNT, "", "count",
        "posts read for ideas",
        "Own posts read for ideas and experiments.", one="post"),
    _feature(IDEA_RATE, PER_100_WORDS, "ideas__ideas", "per_100_words",
        "ideas and experiments proposed",
        "Proposals and experiments ('what if we', 'let's pilot').", one="idea or experiment proposed"),
    _feature(FAILURE_TALK_RATE, PER_100_WORDS, "ideas__failure_talk", "per_100_words",
        "open talk about what did not work",
        "Talk about what did not work and what was learned.", one="mention of what did not work"),
    _feature("teamwork__n", COUNT, "", "count",
        "posts read for teamwork",
        "Own posts read for teamwork.", one="post"),
    _feature(WE_RATE, PER_100_WORDS, "teamwork__we", "per_100_words",
        "we and our words",
        "'We', 'our', 'us': the work as shared.", one="we or our word"),
    _feature(
        COLLEAGUE_MENTION_SHARE, SHARE_OF_POSTS, "teamwork__colleague_mentions", "per_100_posts",
        "posts naming a colleague",
        "Posts that mention a colleague on the roster.", one="post naming a colleague"),
    _feature(
        THANKS_COLLEAGUE_SHARE, SHARE_OF_POSTS, "teamwork__thanks_colleague", "per_100_posts",
        "posts thanking a colleague",
        "Posts that thank a colleague on the roster by name.", one="post thanking a colleague"),
    _feature("helpseeking__n", COUNT, "", "count",
        "posts read for help-seeking",
        "Own posts read for asking and referring.", one="post"),
    _feature(ASK_RATE, PER_100_WORDS, "helpseeking__asks", "per_100_words",
        "requests for help",
        "Asking others for help or input ('can anyone help', 'any advice').", one="request for help"),
    _feature(REFERRAL_RATE, PER_100_WORDS, "helpseeking__referrals", "per_100_words",
        "referrals to someone who knows better",
        "Pointing to the person or team who knows better ('ask @x', 'our data team knows').", one="referral"),
    _feature(GENEROSITY_N, COUNT, "", "count",
        "posts read for generosity",
        "All posts, reposts included.", one="post"),
    _feature(REPOST_SHARE, SHARE_OF_POSTS, POST_REPOST, "per_100_posts",
        "reposts of others' posts",
        "Reposts of someone else's post.", one="repost of someone else's post"),
    _feature(CREDIT_RATE, PER_100_WORDS, "generosity__credits", "per_100_words",
        "credits to others",
        "Attribution such as 'h/t', 'via @x', 'shout-out to'.", one="credit to someone"),
    _feature("creativity__n", COUNT, "", "count",
        "posts read for creativity",
        "Own posts read for creativity.", one="post"),
    _feature(LEXICAL_DIVERSITY, SPECIAL, "words", "number",
        "variety of words",
        "MTLD lexical diversity of all the person's writing: words per run of repeating vocabulary "
        "(higher is more varied; needs 100 words)."),
    _feature(TEMPLATE_SHARE, SHARE_OF_POSTS, TEMPLATED, "per_100_posts",
        "posts opening like their neighbours",
        "Posts whose first six words repeat the opening of one of the ten posts the person wrote just "
        "before or after (counted in posts, so that posting more is not read as templating).",
        one="post opening like a neighbour"),
    _feature(ACTIVITY_N, COUNT, "", "count",
        "posts",
        "Every post, reply and repost of the person in the exports.", one="post"),
    _feature(POSTS_PER_WEEK, SPECIAL, "created_at", "per_week",
        "posts per week",
        "Posts divided by the weeks between the first and the last (at least one week). Activity, not a "
        "trait."),
    _feature(PUBLIC_SHARE, SHARE_OF_POSTS, POST_PUBLIC, "per_100_posts",
        "posts on public platforms",
        "Posts on public platforms rather than internal chat (Slack). Depends on which exports were "
        "given.", one="post on a public platform"),
)
REGISTRY: dict[str, Feature] = {f.name: f for f in FEATURES}
TEXT_COLUMN_KINDS: dict[str, str] = {c.name: c.kind for c in TEXT_COLUMNS}
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(f.family for f in FEATURES))


def columns_of(*kinds: str, by_author: bool | None = None) -> tuple[str, ...]:
    """The per-text columns of the given kinds, in record order (`by_author`: only those, or
    only the others; None: both)."""
    return tuple(
        c.name for c in TEXT_COLUMNS if c.kind in kinds and (by_author is None or c.by_author == by_author)
    )


def fed_by(kinds: tuple[str, ...], *, aggregation: str | None = None) -> dict[str, str]:
    """Person feature -> its per-text column, for features fed by columns of `kinds`, in the
    columns' order (optionally only those of one aggregation)."""
    order = {name: i for i, name in enumerate(columns_of(*kinds))}
    chosen = [
        f
        for f in FEATURES
        if f.source in order and (aggregation is None or f.aggregation == aggregation)
    ]
    return {f.name: f.source for f in sorted(chosen, key=lambda f: order[f.source])}


def of_aggregation(aggregation: str) -> tuple[str, ...]:
    """The person features aggregated one way, in person_features order."""
    return tuple(f.name for f in FEATURES if f.aggregation == aggregation)


def is_feature_name(name: str) -> bool:
    """Whether `name` is a declared person feature or per-text column."""
    return name in REGISTRY or name in TEXT_COLUMN_KINDS
