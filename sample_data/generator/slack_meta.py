"""The workspace-level files of the Slack export and the mrkdwn rendering of message text.

`users.json`, `channels.json` and `integration_logs.json` as a real workspace export writes them
(FORMATS.md section 4, fixture hfaran_testarchive): four-space indent, `\\/` escaped slashes. Message
text is Slack mrkdwn: `<@U…>` mentions stay as they are, links become `<https://…|label>`, and
`& < >` are HTML-escaped.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from sample_data.generator import timing
from sample_data.generator.cast import Person

TZ_LABELS = {
    "America/Chicago": ("Central Daylight Time", -18000),
    "America/New_York": ("Eastern Daylight Time", -14400),
    "Europe/London": ("British Summer Time", 3600),
}
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
_TOKEN_RE = re.compile(r"<@U\w+>|https?://[^\s]+[^\s.,!?)]")
LINK_LABELS = ("map", "details", "here", "link", "survey", "the post", "rider alert", "schedule")


def slack_id(rng: random.Random, prefix: str) -> str:
    return prefix + "0" + "".join(rng.choice(_ALNUM) for _ in range(9))


def mrkdwn(text: str, rng: random.Random) -> str:
    """Escape `& < >` except inside mentions; wrap links as `<url>` or `<url|label>`."""
    out: list[str] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        out.append(_escape(text[pos : m.start()]))
        token = m.group(0)
        if token.startswith("<@"):
            out.append(token)
        else:
            out.append(f"<{token}|{rng.choice(LINK_LABELS)}>" if rng.random() < 0.6 else f"<{token}>")
        pos = m.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Channel:
    """A public channel, its members and when someone joined during the export period."""

    id: str
    name: str
    purpose: str
    members: list[Person]
    joins: dict[str, int] = field(default_factory=dict)  # person_id -> join time (ms)
    general: bool = False

    def is_member(self, p: Person, ms: int) -> bool:
        return p.person_id in self._ids and ms >= self.joins.get(p.person_id, 0)

    def __post_init__(self) -> None:
        self._ids = {p.person_id for p in self.members}


def users_json(people: list[Person], team_id: str, bots: list[tuple[str, str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, p in enumerate(people):
        label, offset = TZ_LABELS.get(p.timezone, ("Central Daylight Time", -18000))
        avatar = f"{(i * 2654435761) % 16**12:012x}"
        profile = {
            "title": p.title,
            "phone": "",
            "skype": "",
            "real_name": p.display_name,
            "real_name_normalized": p.display_name,
            "display_name": p.first if i % 3 else p.slack_name,
            "display_name_normalized": p.first if i % 3 else p.slack_name,
            "fields": None,
            "status_text": "",
            "status_emoji": "",
            "avatar_hash": "g" + avatar[:11],
            "first_name": p.first,
            "last_name": p.last,
            "image_72": f"https://secure.gravatar.com/avatar/{avatar}.jpg?s=72",
            "image_192": f"https://secure.gravatar.com/avatar/{avatar}.jpg?s=192",
            "team": team_id,
        }
        out.append(
            {
                "id": p.slack_id,
                "team_id": team_id,
                "name": p.slack_name,
                "deleted": False,
                "color": f"{(i * 40503) % 16**6:06x}",
                "real_name": p.display_name,
                "tz": p.timezone,
                "tz_label": label,
                "tz_offset": offset,
                "profile": profile,
                "is_admin": i == 0,
                "is_owner": i == 0,
                "is_primary_owner": i == 0,
                "is_restricted": not p.consent,
                "is_ultra_restricted": False,
                "is_bot": False,
                "updated": 1746000000 + i * 7919,
                "is_app_user": False,
            }
        )
    for bot_user, name in bots:
        out.append(
            {
                "id": bot_user,
                "team_id": team_id,
                "name": name.lower(),
                "deleted": False,
                "color": "4bbe2e",
                "real_name": name,
                "tz": "America/Chicago",
                "tz_label": "Central Daylight Time",
                "tz_offset": -18000,
                "profile": {
                    "real_name": name,
                    "display_name": "",
                    "team": team_id,
                    "bot_id": "B" + bot_user[1:],
                },
                "is_admin": False,
                "is_owner": False,
                "is_primary_owner": False,
                "is_restricted": False,
                "is_ultra_restricted": False,
                "is_bot": True,
                "updated": 1741000000,
                "is_app_user": False,
            }
        )
    return out


def channels_json(channels: list[Channel]) -> list[dict[str, Any]]:
    created = int(timing.START_MS / 1000) - 86400 * 900
    return [
        {
            "id": c.id,
            "name": c.name,
            "created": str(created + 86400 * i),
            "creator": c.members[0].slack_id,
            "is_archived": False,
            "is_general": c.general,
            "members": [p.slack_id for p in c.members],
            "topic": {"value": "", "creator": "", "last_set": "0"},
            "purpose": {
                "value": c.purpose,
                "creator": c.members[0].slack_id,
                "last_set": str(created + 86400 * i),
            },
        }
        for i, c in enumerate(channels)
    ]


def plan_channels(people: list[Person], rng: random.Random) -> list[Channel]:
    """The public channels of a small agency, plus random, team and project channels when it grows."""
    staff = [p for p in people if p.consent]
    contractors = [p for p in people if not p.consent]
    comms_teams = {"Communications", "Community Engagement"}
    service_teams = {
        "Operations",
        "Planning",
        "Accessibility",
        "Customer Experience",
        "Data & Technology",
        "Maintenance",
    }
    plans: list[tuple[str, str, list[Person]]] = [
        ("general", "Agency-wide announcements, lunch plans and chatter", staff + contractors),
        (
            "comms-team",
            "Posts, campaigns, the content calendar",
            [p for p in staff if p.team in comms_teams] + contractors,
        ),
        (
            "inbox-rotation",
            "Who is on the shared inbox, hand-offs, tricky rider questions",
            [p for p in staff if p.inbox],
        ),
        (
            "service-changes",
            "Detours, schedule changes, rider alerts",
            [p for p in staff if p.team in service_teams or p.team in comms_teams],
        ),
    ]
    if len(people) > 40:
        plans.append(("random", "Lunch, pets, weekend plans", staff + contractors))
        for team in sorted({p.team for p in staff}):
            slug = "team-" + "".join(ch if ch.isalnum() else "-" for ch in team.lower()).replace("--", "-")
            plans.append((slug, f"The {team} team", [p for p in staff if p.team == team]))
        for n in range(len(staff) // 60):
            members = sorted(rng.sample(staff, min(len(staff), 25)), key=lambda p: p.person_id)
            plans.append((f"proj-{n + 1:03d}", "Project channel", members))
    taken: set[str] = set()
    channels: list[Channel] = []
    for name, purpose, members in plans:
        cid = slack_id(rng, "C")
        while cid in taken:
            cid = slack_id(rng, "C")
        taken.add(cid)
        channels.append(Channel(cid, name, purpose, members, general=name == "general"))
    return channels
