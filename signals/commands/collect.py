"""`signals collect mastodon|bluesky`: live collection through a platform API into an export.

Thin wrappers over collectors.live_mastodon and collectors.live_bluesky; errors propagate to
signals.cli.main, which turns them into one line and an exit code (2 for a bad account or
URL, 1 for network or server failures that outlasted the retries).
"""

from __future__ import annotations

from pathlib import Path

import click

from collectors.live_bluesky import PUBLIC_APPVIEW, collect_bluesky
from collectors.live_http import Fetcher, RetryPolicy
from collectors.live_mastodon import LiveResult, collect_mastodon
from signals.commands.console import err_console

_RETRIES = click.option(
    "--retries",
    default=5,
    show_default=True,
    type=click.IntRange(0, 20),
    help="Retries of a failed request (429, 5xx, dropped connection), with exponential backoff.",
)
_MAX_PAGES = click.option(
    "--max-pages", type=click.IntRange(1), default=None, help="Stop after this many pages (default: all)."
)


@click.group()
def collect() -> None:
    """Collect posts live through a platform API into an export folder that `signals run` reads."""


@collect.command()
@click.option("--server", required=True, help="The Mastodon server, e.g. https://mastodon.social.")
@click.option("--account", required=True, help="The account, e.g. alice or alice@other.server.")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for outbox.json + actor.json; run again to add only newer statuses.",
)
@_RETRIES
@_MAX_PAGES
def mastodon(server: str, account: str, out_dir: Path, retries: int, max_pages: int | None) -> None:
    """Fetch an account's public statuses (GET /api/v1/accounts/:id/statuses, 40 a page)."""
    with Fetcher(policy=RetryPolicy(max_retries=retries)) as fetcher:
        result = collect_mastodon(server, account, out_dir, fetcher=fetcher, max_pages=max_pages)
    _report(result, "statuses")


@collect.command()
@click.option("--actor", required=True, help="The handle or DID, e.g. alice.bsky.social.")
@click.option(
    "--service",
    default=PUBLIC_APPVIEW,
    show_default=True,
    help="The XRPC service: the public AppView, or the account's PDS for --car.",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for posts.jsonl (or <did>.car); run again to add only newer posts.",
)
@click.option("--car", is_flag=True, help="Fetch the whole repository (com.atproto.sync.getRepo) as a .car.")
@_RETRIES
@_MAX_PAGES
def bluesky(actor: str, service: str, out_dir: Path, car: bool, retries: int, max_pages: int | None) -> None:
    """Fetch an actor's posts and reposts (app.bsky.feed.getAuthorFeed, 100 a page)."""
    with Fetcher(policy=RetryPolicy(max_retries=retries)) as fetcher:
        result = collect_bluesky(
            actor, out_dir, service=service, car=car, fetcher=fetcher, max_pages=max_pages
        )
    _report(result, "records" if car else "posts")


def _report(result: LiveResult, what: str) -> None:
    err_console.print(
        f"{result.new} new {what} ({result.total} in all) → {result.out}  "
        f"[dim]{result.pages} pages, {result.requests} requests, {result.retries} retries, "
        f"{result.waited_s:.0f} s waited for rate limits[/]",
        highlight=False,
    )
