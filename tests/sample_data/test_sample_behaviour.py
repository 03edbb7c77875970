"""The designed latent levels shape what people write and how fast they answer, measured from the
committed sample's own files (not through the project's features), and no post repeats another."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from datetime import datetime

import pytest
from sample_readers import COMMITTED, Post, committed_posts, inbox_rows, load_js, read_csv, x_archives

from sample_data.generator.textutil import normalized
from signals.ground.config import TRAITS

__all__ = ["committed_posts"]  # the fixture is used by name

X_EPOCH_MS = 1288834974657
# Independent, deliberately plain phrase lists: what a reader would count by hand.
PHRASES = {
    "humble": r"my mistake|my bad|that's on me|i messed up|i was wrong|i stand corrected|correction:|"
    r"apologize for the error|dropped the ball|got that wrong|i was mistaken|i must correct",
    "jargon": r"leverag|synerg|stakeholder|deliverable|utiliz|going forward|paradigm|actionable|bandwidth|"
    r"interoperab|operationaliz|circle back|holistic|optimiz",
    "generous": r"h/t|shout-out|kudos|credit to|thanks to|big thanks|great work by|via @|go read",
    "team_player": r"<@u|team effort|teamwork|our team|pair up|huddle|whole crew",
    "believes_in_social": r"social media|socials|followers|engagement|go live|going live|thread|"
    r"share this|please share|online",
    "warm": r"thanks|thank you|appreciate|love this|you're the best|great weekend|fun fact|made my day|"
    r"😊|🙌|🎉|💙|😄|🥳",
    "curt": r"\bnoted\.|\bfine\.|ridiculous|a mess|pointless|stupid|not my problem|sick of|\bugh\b|"
    r"already answered|read the",
    "unafraid_of_failure": r"what if|wild idea|let's pilot|experiment|let's test|lesson learned|"
    r"something new|could we try|flopped|didn't work",
    "self_aware": r"don't know|not my area|looping in|can anyone|does anyone|does anybody|"
    r"can someone|best person to ask|knows more about|out of my depth|find out",
    "loves_mission": r"\briders?\b|transit|\broutes?\b|\bbus(es)?\b|community|\bservice\b|residents|"
    r"ridership",
}


def extremes(trait: str) -> tuple[str, str]:
    """The designed top and bottom consenting person for `trait`."""
    consenting = {r["person_id"] for r in read_csv(COMMITTED / "roster.csv") if r["consent"] == "yes"}
    levels = {
        r["person_id"]: float(r["level"])
        for r in read_csv(COMMITTED / "latent_traits.csv")
        if r["trait"] == trait and r["person_id"] in consenting
    }
    return max(levels, key=levels.__getitem__), min(levels, key=levels.__getitem__)


def own_writing(posts: list[Post], person: str) -> list[str]:
    return [p.text.lower() for p in posts if p.person == person and p.kind != "repost"]


def rate(posts: list[Post], person: str, pattern: str) -> float:
    texts = own_writing(posts, person)
    assert len(texts) >= 100, f"{person} has too little writing ({len(texts)})"
    return sum(bool(re.search(pattern, t)) for t in texts) / len(texts)


def test_every_trait_has_one_clear_top_and_bottom() -> None:
    rows = read_csv(COMMITTED / "latent_traits.csv")
    for trait in TRAITS:
        levels = sorted(
            (float(r["level"]) for r in rows if r["trait"] == trait and r["person_id"] != "p19"), reverse=True
        )
        assert levels[0] >= 0.95 and levels[-1] <= 0.1, trait
        assert levels[0] - levels[1] >= 0.05 and levels[-2] - levels[-1] >= 0.05, trait


@pytest.mark.parametrize(
    ("trait", "pattern", "factor"),
    [
        ("humble", PHRASES["humble"], 4.0),
        ("generous", PHRASES["generous"], 4.0),
        ("team_player", PHRASES["team_player"], 4.0),
        ("believes_in_social", PHRASES["believes_in_social"], 4.0),
        ("unafraid_of_failure", PHRASES["unafraid_of_failure"], 4.0),
        ("self_aware", PHRASES["self_aware"], 4.0),
        ("enjoyable", PHRASES["warm"], 2.0),
        ("loves_mission", PHRASES["loves_mission"], 1.5),
    ],
)
def test_marker_phrases_follow_the_levels(
    committed_posts: list[Post], trait: str, pattern: str, factor: float
) -> None:
    top, bottom = extremes(trait)
    high, low = rate(committed_posts, top, pattern), rate(committed_posts, bottom, pattern)
    assert high > factor * low and high > 0.05, f"{trait}: {top} {high:.3f} vs {bottom} {low:.3f}"


def test_plain_speaker_against_jargon_writer(committed_posts: list[Post]) -> None:
    plain, jargon = extremes("speaks_human")
    assert rate(committed_posts, jargon, PHRASES["jargon"]) > 0.3
    assert rate(committed_posts, plain, PHRASES["jargon"]) < 0.03

    def words_per_sentence(person: str) -> float:
        text = " ".join(own_writing(committed_posts, person))
        return len(text.split()) / max(1, len(re.findall(r"[.!?](\s|$)", text)))

    assert words_per_sentence(jargon) > 1.4 * words_per_sentence(plain)
    contractions = r"\b(don't|it's|we're|you're|i'm|can't|isn't|we'll|i'll|let's|that's)\b"
    assert rate(committed_posts, plain, contractions) > 2 * rate(committed_posts, jargon, contractions)


def test_unenjoyable_person_is_curt(committed_posts: list[Post]) -> None:
    top, bottom = extremes("enjoyable")
    assert rate(committed_posts, bottom, PHRASES["curt"]) > 3 * rate(committed_posts, top, PHRASES["curt"])


def test_least_creative_person_repeats_templates(committed_posts: list[Post]) -> None:
    top, bottom = extremes("creative")

    def diversity(person: str) -> float:
        words = re.findall(r"[a-z']+", " ".join(own_writing(committed_posts, person)))[:1500]
        return len(set(words)) / len(words)

    def openers(person: str) -> float:
        texts = [re.sub(r"^(@\S+\s+)+", "", t) for t in own_writing(committed_posts, person)]
        starts = Counter(" ".join(t.split()[:2]) for t in texts)
        return sum(n for _, n in starts.most_common(3)) / sum(starts.values())

    assert diversity(top) > 1.15 * diversity(bottom)
    assert openers(bottom) > 2 * openers(top)


def inbox_latencies() -> dict[str, list[float]]:
    """Minutes from a rider's message to the staff answer, by signature, from the inbox log."""
    rows = inbox_rows(COMMITTED / "exports")
    by_id = {r["post_id"]: r for r in rows}
    signatures = {
        r["signature"]: r["person_id"] for r in read_csv(COMMITTED / "roster.csv") if r["signature"]
    }
    out: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r["account"] == "RivertonTransit" and r["reply_to_id"]:
            parent = by_id[r["reply_to_id"]]
            minutes = datetime.fromisoformat(r["created_at"]) - datetime.fromisoformat(parent["created_at"])
            out[signatures[r["text"].rsplit(" ", 1)[-1]]].append(minutes.total_seconds() / 60)
    return out


def test_fastest_responder_answers_in_minutes_and_slowest_in_hours() -> None:
    fast, slow = extremes("responsive")
    latencies = inbox_latencies()
    assert len(latencies[fast]) >= 50 and len(latencies[slow]) >= 10
    fast_median, slow_median = statistics.median(latencies[fast]), statistics.median(latencies[slow])
    assert fast_median < 15 and slow_median > 20 * fast_median, (fast_median, slow_median)
    medians = {person: statistics.median(values) for person, values in latencies.items() if len(values) >= 10}
    assert min(medians, key=medians.__getitem__) == fast and max(medians, key=medians.__getitem__) == slow


def test_reply_latency_in_x_archives_follows_the_levels() -> None:
    """Parent times come from the riders' snowflake ids, as a collector would derive them."""
    fast, slow = extremes("responsive")
    handles = {
        r["person_id"]: r["account"] for r in read_csv(COMMITTED / "roster.csv") if r["platform"] == "x"
    }
    archives = x_archives(COMMITTED / "exports")

    def median_minutes(person: str) -> float:
        minutes = []
        for item in load_js(archives[handles[person]]["data/tweets.js"]):
            tweet = item["tweet"]
            parent = tweet.get("in_reply_to_status_id_str")
            if parent and tweet["in_reply_to_screen_name"] != handles[person]:
                minutes.append(((int(tweet["id_str"]) >> 22) - (int(parent) >> 22)) / 60_000)
        assert len(minutes) >= 10
        return statistics.median(minutes)

    assert median_minutes(slow) > 20 * median_minutes(fast)


def test_responsive_people_answer_more_and_after_hours() -> None:
    fast, slow = extremes("responsive")
    rows = inbox_rows(COMMITTED / "exports")
    signatures = {
        r["signature"]: r["person_id"] for r in read_csv(COMMITTED / "roster.csv") if r["signature"]
    }
    evening = Counter()
    total = Counter()
    for r in rows:
        if r["account"] == "RivertonTransit":
            person = signatures[r["text"].rsplit(" ", 1)[-1]]
            local = datetime.fromisoformat(r["created_at"])
            total[person] += 1
            evening[person] += local.hour >= 18 or local.hour < 7 or local.weekday() >= 5
    assert total[fast] > 3 * total[slow]
    assert evening[fast] / total[fast] > 0.15 > evening[slow] / total[slow]


def test_public_posting_volume_follows_belief_in_social_media(committed_posts: list[Post]) -> None:
    top, bottom = extremes("believes_in_social")
    public = Counter(p.person for p in committed_posts if p.source in ("x", "mastodon"))
    assert public[top] > 4 * public[bottom] > 0


def test_no_post_repeats_another(committed_posts: list[Post]) -> None:
    """Identical texts (after removing mentions, links and signatures) exist only as deliberate reposts."""
    seen: dict[str, Post] = {}
    for post in committed_posts:
        if post.kind == "repost" or not post.text:
            continue
        key = normalized(post.text)
        assert key not in seen, f"repeated post: {post.text!r} and {seen[key].text!r}"
        seen[key] = post
    assert len(seen) > 10_000
