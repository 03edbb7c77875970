"""The documented exclusions: every reason a collector may give for leaving a record out.

Nothing read is lost silently (DESIGN.md): each record ends up in posts, in rejects, or in a
counted exclusion whose reason is listed here with what it means. Slack's system events are
excluded under their own subtype name (`channel_join`, `bot_message`, ...), an open set
covered by one rule. The collectors' tests check every fixture's `excluded_detail` against
this table, so a new reason cannot appear without being documented.
"""

from __future__ import annotations

from collectors.common import parse_detail

EXCLUSIONS: dict[str, str] = {
    "duplicate_post_id": "any format: a post whose id was already read (the same export twice, or a "
    "Facebook/LinkedIn entry whose content hash repeats)",
    "direct_message": "Mastodon, Slack, Discord, LinkedIn messages.csv: a private message, left out unless "
    "include_direct=True",
    "deleted": "X deleted-tweets.js, Messenger / Instagram unsent messages, Slack tombstones: a post its "
    "author deleted, left out unless include_deleted=True (signals run --include-deleted; a tombstone keeps "
    "no text and stays out)",
    "superseded_edit": "X: an earlier version of an edited tweet (the last version is kept)",
    "note_tweet_merged": "X: a long-post record whose full text was merged into its tweet",
    "note_tweet_unmatched": "X: a long-post record with no tweet to merge into",
    "other_object": "Mastodon: a Create activity of something that is not a post",
    "other_activity": "Mastodon: an activity other than Create or Announce",
    "bot_id": "Slack: a message posted by a bot or an integration",
    "bot_user": "Slack: a message by a user marked as a bot in users.json",
    "other_collection": "Bluesky: a record that is neither a post nor a repost (likes, follows, profile, "
    "lists, third-party lexicons)",
    "no_text": "Facebook, Instagram, Discord, LinkedIn messages: an entry without any text (a photo, a "
    "check-in, a sticker, an attachment alone)",
    "draft": "LinkedIn messages.csv: a message saved as a draft (IS MESSAGE DRAFT), never sent",
    "other_message_type": "Messenger / Instagram direct: a call or another system entry",
}
SLACK_SUBTYPES = "Slack: a system event, excluded under its subtype (channel_join, bot_message, bot_add...)"


def undocumented(detail: object, fmt: str) -> list[str]:
    """Reasons in an `excluded_detail` value that this table does not document."""
    reasons = parse_detail(detail)
    return sorted(r for r in reasons if r not in EXCLUSIONS and fmt != "slack")


def describe(reason: str, fmt: str) -> str:
    """What an exclusion reason means, for summaries and docs."""
    return EXCLUSIONS.get(reason) or (SLACK_SUBTYPES if fmt == "slack" else f"undocumented ({reason})")
