"""Sign-offs as agents really write them (IBM customer-care dev.json), and endings that are not."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from test_identity import make_posts

from signals import identity
from signals.signoffs import SignOff

TURNS = Path(__file__).resolve().parents[1] / "fixtures" / "ibm_customer_care" / "agent_turns.jsonl"

# tweet_ID of a real agent turn -> the signature its agent's roster row would hold
SIGNED = {
    "1223270377641730055": "^Kartika",  # "…we’re here to help!\xa0\nThanks.^Kartika"
    "1229830930484858880": "^Kartika",  # "…if you find it helpful.^Kartika"
    "1239806552480993282": "^AS",  # "…attach your Transaction ID.^AS"
    "1239816076181020675": "~Olivia",  # "…the rest of the community.~Olivia"
    "1242717326895710208": "~Olivia",  # "…the rest of the community.~ Olivia"
    "1244112604206858241": "-Rene",  # "…We'll wait for your reply. - Rene"
    "1242443077144514560": "-Mindy",  # "…/ba-p/30734312 - Mindy"
    "1235729030944632833": "~Candace",  # "… for more info. ~Candace"
    "1240475933321998336": "^JS",  # "…and we will assist. ^JS"
    "1241108243017015297": "*SR",  # "…/categories *SR"
    "1241575705168580608": "^JasonYaddow",
    "1155296479302434817": "-FR",
}
# the forms today's roster rule (a space before the sign-off, none after the marker) missed
GLUED_OR_SPACED = {
    "1223270377641730055", "1229830930484858880", "1239806552480993282", "1239816076181020675",
    "1242717326895710208", "1244112604206858241", "1242443077144514560",
}


def agent_turns() -> list[dict[str, str]]:
    return [json.loads(line) for line in TURNS.read_text(encoding="utf-8").splitlines()]


def posts_of(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """(post_id, account, text) rows as a posts table on platform x."""
    return make_posts([(post_id, "x", account, text) for post_id, account, text in rows])


def roster_of(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """(person_id, account, signature) rows as a consenting roster on platform x."""
    return identity.roster_from_rows(
        [
            {"person_id": p, "platform": "x", "account": a, "signature": s, "consent": "yes"}
            for p, a, s in rows
        ]
    )


def owners(posts: pd.DataFrame, roster: pd.DataFrame) -> dict[str, object]:
    attributed = identity.attribute(posts, roster).all_posts
    return dict(zip(attributed["post_id"], attributed["person_id"], strict=True))


def test_real_sign_offs_glued_to_punctuation_or_spaced_are_attributed() -> None:
    turns = agent_turns()
    assert {t["tweet_ID"] for t in turns} == set(SIGNED)
    signers = sorted({(t["brand"], SIGNED[t["tweet_ID"]]) for t in turns})
    roster = roster_of([(f"{brand}/{sig}", brand, sig) for brand, sig in signers])
    posts = posts_of([(t["tweet_ID"], t["brand"], t["text"]) for t in turns])
    found = owners(posts, roster)
    assert found == {t["tweet_ID"]: f"{t['brand']}/{SIGNED[t['tweet_ID']]}" for t in turns}


@pytest.mark.parametrize("tweet_id", sorted(GLUED_OR_SPACED))
def test_each_real_form_matches_its_roster_signature_either_way_it_is_spaced(tweet_id: str) -> None:
    text = next(t["text"] for t in agent_turns() if t["tweet_ID"] == tweet_id)
    signature = SIGNED[tweet_id]
    marker, name = signature[0], signature[1:]
    for written in (signature, f"{marker} {name}"):  # the roster may write `~Olivia` or `~ Olivia`
        assert SignOff.of(written).ends(text.rstrip()), (written, text[-40:])


@pytest.mark.parametrize(
    ("signature", "text"),
    [
        ("-ish", "The next bus should be along at 5-ish"),  # an ordinary ending, glued to a digit
        ("-Jo", "Thanks to everyone who helped Mary-Jo"),  # a hyphenated word
        ("~KB", "See you on the platform ~"),  # the marker alone
        ("~ KB", "See you on the platform ~"),
        ("*SR", "Done*SR"),  # glued to a letter
        ("^AS", "Remember to attach your Transaction ID.^as"),  # case as the roster writes it
        ("^AS", "We are on it ^AS in a minute"),  # not at the end
        ("^AS", "We are on it ^\nAS"),  # a line break after the marker
        ("^AS", "See https://help.example/faq_^AS"),  # glued to an underscore (a word character)
    ],
)
def test_ordinary_endings_are_not_sign_offs(signature: str, text: str) -> None:
    assert not SignOff.of(signature).ends(text.rstrip())
    posts = posts_of([("1", "brand", text)])
    assert owners(posts, roster_of([("agent", "brand", signature)])) == {"1": None}


@pytest.mark.parametrize(
    ("signature", "text"),
    [
        ("^AS", "^AS"),  # the sign-off alone
        ("^AS", "Thanks!\n^AS  "),  # on a line of its own, trailing whitespace
        ("^AS", "Thanks!^AS"),
        ("^AS", "(we are on it)^ AS"),
        ("-Rene", "Thanks --Rene"),  # a doubled marker
        ("~ Olivia", "Thanks.~\u00a0Olivia"),  # a no-break space after the marker
        ("Z ^JM", "Done Z ^JM"),  # a signature with a space inside: as written, after a space
        ("JM", "Done JM"),  # no marker: the last word
    ],
)
def test_sign_off_forms(signature: str, text: str) -> None:
    assert SignOff.of(signature).ends(text.rstrip())


def test_a_signature_without_a_marker_is_not_glued_to_the_text() -> None:
    assert not SignOff.of("JM").ends("DoneJM")
    assert not SignOff.of("Z ^JM").ends("DoneZ ^JM")
