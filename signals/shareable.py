"""What the outputs keep of the texts a run read, and what they withhold or mask.

`signals run` writes its outputs into a folder that is read by others (the report, the
tables), so they keep the words of consenting staff only:
- in the workspace's posts table, a post of anyone else on the roster (a person without
  consent; an unsigned post of a shared account, whose writer is not known) keeps its ids,
  times and accounts but not its text, of which a keyed hash is kept (`text_hash`);
- the texts of third parties (authors who are no staff account: customers, citizens) are
  masked as evidence is (`@[someone]`, `[e-mail]`, `[phone]`) unless the run was asked to
  show identities;
- the posts of people on the folder's forget list (signals.forget_list) are not written;
- an excerpt of a rejected record is withheld unless the record is a consenting person's
  post: a record a collector could not read has no known author.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from features.lexical import normalize_account
from signals.forget_list import FORGOTTEN_ACCOUNT
from signals.ground.membership import is_in, map_distinct
from signals.pipeline import RunResult
from signals.privacy import kept_forms, mask_texts, staff_handles

TEXT_HASH_COLUMN = "text_hash"  # posts in the workspace: keyed SHA-256 of the text as read
TEXT_HASH_DIGITS = 32
WITHHELD_EXCERPT = "[withheld]"


def text_hashes(texts: pd.Series, key: bytes) -> np.ndarray:
    """The first TEXT_HASH_DIGITS hex digits of the HMAC-SHA256 of each text under the folder's
    key (None where missing): it tells whether two posts, or a post and a line of an export,
    hold the same text without keeping the text, and it cannot be checked against guessed
    texts without the key. 128 bits tell a billion texts apart at half the size of the whole."""
    start = hmac.new(key, digestmod=hashlib.sha256)

    def digest(text: object) -> str | None:
        if not isinstance(text, str):
            return None
        mac = start.copy()
        mac.update(text.encode("utf-8", "surrogatepass"))
        return mac.hexdigest()[:TEXT_HASH_DIGITS]

    return map_distinct(texts, digest)


def shareable_feature_evidence(result: RunResult) -> pd.DataFrame:
    """The feature evidence as the workspace keeps it: notes name the people staff answered
    ("reply after 17 min to @customer2"), so they are masked as evidence notes are unless
    identities are shown (the offsets point into staff posts, which are kept as written)."""
    table = result.feature_evidence
    if result.show_identities or table.empty or "note" not in table.columns:
        return table
    notes = table["note"].astype(object)
    return table.assign(note=mask_texts(notes, keep=kept_forms(staff_handles(result.roster))))


@dataclass(frozen=True)
class PostPrivacy:
    """What the workspace's posts table may hold of the texts of a run (see the module doc)."""

    staff: frozenset[str]  # normalized roster accounts (the forgotten's excluded)
    consenting_posts: pd.Index  # post ids whose text is kept as read
    forgotten_posts: pd.Index  # post ids not written at all
    keep: frozenset[str]  # handles that masking leaves visible
    mask: bool  # mask third parties' texts (not with show_identities)
    key: bytes

    @classmethod
    def of(cls, result: RunResult, *, staff: set[str], key: bytes) -> PostPrivacy:
        return cls(
            staff=frozenset(staff),
            consenting_posts=pd.Index(result.staff_posts["post_id"].astype(object)),
            forgotten_posts=pd.Index(np.asarray(result.forgotten_post_ids, dtype=object)),
            keep=kept_forms(staff_handles(result.roster)),
            mask=not result.show_identities,
            key=key,
        )

    def apply(self, piece: pd.DataFrame) -> pd.DataFrame:
        """`piece` of the posts table as the workspace keeps it (accounts not yet pseudonymized)."""
        if len(self.forgotten_posts) and "post_id" in piece.columns:
            piece = piece[~is_in(piece["post_id"], self.forgotten_posts)]
        if "text" not in piece.columns:
            return piece
        text = piece["text"]
        own = is_in(piece["post_id"], self.consenting_posts)
        outsider = ~map_distinct(
            piece["account"], lambda a: isinstance(a, str) and normalize_account(a) in self.staff
        ).astype(bool)
        kept = text.where(own | outsider, None)
        masked = outsider & ~own
        if self.mask and masked.any():
            kept = kept.where(~masked, mask_texts(text[masked], keep=self.keep))
        hashes = pd.Series(text_hashes(text, self.key), index=piece.index, dtype=text.dtype)
        return piece.assign(text=kept.astype(text.dtype), **{TEXT_HASH_COLUMN: hashes})


def shareable_rejects(result: RunResult) -> pd.DataFrame:
    """The rejects table as the outputs keep it: an excerpt of a record whose author is not
    known (every record a collector could not read) is replaced by WITHHELD_EXCERPT, as it may
    hold the words of a person without consent; the excerpts of rejected staff posts (their
    locator is the post id) are kept, masked as evidence is unless identities are shown."""
    rejects = result.rejects
    if rejects.empty or "excerpt" not in rejects.columns:
        return rejects
    own = is_in(rejects["locator"].astype(object), pd.Index(result.staff_posts["post_id"].astype(object)))
    excerpts = rejects["excerpt"].astype(object)
    kept = excerpts.where(own | excerpts.isna(), WITHHELD_EXCERPT)
    if not result.show_identities and own.any():
        keep = kept_forms(staff_handles(result.roster))
        kept = kept.where(~own, mask_texts(excerpts[own], keep=keep))
    return rejects.assign(excerpt=kept)


def shareable_replies(result: RunResult) -> pd.DataFrame:
    """The replies table with the accounts of forgotten people (colleagues answered them)
    replaced by FORGOTTEN_ACCOUNT: a forgotten person's account appears in no output."""
    replies = result.replies
    if not result.forgotten_accounts or replies.empty or "inbound_account" not in replies.columns:
        return replies
    accounts = replies["inbound_account"].astype(object)
    normalized = pd.Series(map_distinct(accounts, normalize_account), index=accounts.index)
    hidden = normalized.isin(set(result.forgotten_accounts)) & accounts.notna()
    return replies.assign(inbound_account=accounts.where(~hidden, FORGOTTEN_ACCOUNT))


# tables the outputs keep in another form than the run's (what they withhold or mask)
SHAREABLE: dict[str, Callable[[RunResult], pd.DataFrame]] = {
    "replies": shareable_replies,
    "rejects": shareable_rejects,
    "feature_evidence": shareable_feature_evidence,
}
