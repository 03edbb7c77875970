"""Product-wide constants: trait ids, post kinds and the defaults of the roster.

Trait ids are part of the contract (DESIGN.md); everything that lists traits imports them here.
"""

from __future__ import annotations

TRAITS: tuple[str, ...] = (
    "loves_mission",
    "believes_in_social",
    "enjoyable",
    "unafraid_of_failure",
    "team_player",
    "responsive",
    "speaks_human",
    "self_aware",
    "humble",
    "creative",
    "generous",
)

TRAIT_LABELS: dict[str, str] = {
    "loves_mission": "Loves the mission",
    "believes_in_social": "Believes in social media",
    "enjoyable": "Enjoyable to be around",
    "unafraid_of_failure": "Unafraid of failure",
    "team_player": "Works in teams",
    "responsive": "Responsive",
    "speaks_human": "Speaks like a human",
    "self_aware": "Knows strengths and weaknesses",
    "humble": "Humble",
    "creative": "Creative",
    "generous": "Generous",
}

# Kinds whose text the author wrote themselves; reposts carry someone else's words.
OWN_WRITING_KINDS: frozenset[str] = frozenset({"post", "reply", "quote", "comment", "message"})

DEFAULT_TIMEZONE = "UTC"
DEFAULT_WORK_HOURS = "09:00-17:00"
DEFAULT_WORKDAYS = "Mon-Fri"
CONSENT_TRUE: frozenset[str] = frozenset({"yes", "true", "1", "y"})

# Replies answered later than this are not counted as answering an inbound message (reply rate).
REPLY_RATE_WINDOW_S = 72 * 3600
