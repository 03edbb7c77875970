"""`generate`: one fictional organization's exports, roster, ratings and designed latent levels.

The post budget is split across formats (X 16 %, Mastodon 9 %, Slack 40 %, shared inbox 35 %) and
within a format by how much each person posts there (believes_in_social for the public platforms).
Around 15,000 posts the organization is the designed eighteen staff plus one contractor; larger
samples add about one person per 830 posts, so posts per person stay realistic. Formats are
generated in a fixed order from private seeded streams, so the bytes depend only on the seed and
the post count.
"""

from __future__ import annotations

import logging
import multiprocessing
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sample_data.generator.cast import N_DESIGNED_STAFF, Person, build_cast
from sample_data.generator.inbox import InboxWriter
from sample_data.generator.mastodon import MastodonWriter
from sample_data.generator.org import Org
from sample_data.generator.slack import SlackWriter
from sample_data.generator.tables import write_tables
from sample_data.generator.x_archive import XWriter, write_archive
from signals.ground.errors import InputError

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_POSTS = 15_000
DEFAULT_SEED = 20261125
POSTS_PER_PERSON = 830
SHARES = {"x": 0.16, "mastodon": 0.09, "slack": 0.40, "inbox": 0.35}
PARALLEL_FROM = 100_000  # posts; below this everything runs in this process
OUTPUTS = ("roster.csv", "ratings.csv", "latent_traits.csv", "org.json", "exports")


@dataclass(frozen=True)
class GenerationSummary:
    """What `generate` wrote: people, posts per format and in total, files and bytes on disk."""

    out_dir: Path
    seed: int
    posts_target: int
    people: int
    staff: int
    counts: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0

    @property
    def total_posts(self) -> int:
        return sum(self.counts.values())


def _public_shares(people: list[Person], flag: str, total: int) -> dict[str, int]:
    """Posts per person on a public platform, proportional to 0.25 + 1.5 * believes_in_social."""
    exported = [p for p in people if getattr(p, flag)]
    weights = {p.person_id: 0.25 + 1.5 * p.lv("believes_in_social") for p in exported}
    norm = sum(weights.values()) or 1.0
    return {pid: max(8, round(total * w / norm)) for pid, w in weights.items()}


def _slack_job(path: Path, n_staff: int, seed: int, budget: int) -> tuple[int, float]:
    """The Slack workspace from scratch (cast, circles, duplicate registry): runnable in another process.

    Returns the number of messages and the CPU seconds spent, so both processes' work can be reported.
    """
    cpu = time.process_time()
    count = SlackWriter(Org(seed, build_cast(n_staff, seed)), path).generate(budget)
    return count, time.process_time() - cpu


def _prepare(out_dir: Path) -> None:
    """Make `out_dir` ready: refuse foreign content, remove a previous generation's outputs."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError("is a file, not a folder; choose a new or empty folder for --out", path=out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    foreign = sorted(p.name for p in out_dir.iterdir() if p.name not in OUTPUTS)
    if foreign:
        raise InputError(
            f"holds files the generator did not write ({', '.join(foreign[:5])}); "
            "choose an empty or new folder for --out",
            path=out_dir,
        )
    for name in OUTPUTS:
        target = out_dir / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def _run_here(fn: Callable[..., T], *args: Any) -> Future[T]:
    """Run `fn` now, in this process, behind the same interface as `ProcessPoolExecutor.submit`."""
    done: Future[T] = Future()
    done.set_result(fn(*args))
    return done


def _public_archives(
    org: Org, exports: Path, posts: int, submit: Callable[..., Future[Any]]
) -> tuple[dict[str, int], list[Future[Any]]]:
    """X then Mastodon archives, person by person; X archives are serialized through `submit`
    (another process for big samples: serializing is a third of the work and needs no shared state)."""
    counts = {"x": 0, "mastodon": 0}
    pending: list[Future[Any]] = []
    x_shares = _public_shares(org.people, "x_export", round(posts * SHARES["x"]))
    mastodon_shares = _public_shares(org.people, "mastodon_export", round(posts * SHARES["mastodon"]))
    for p in org.people:
        if p.person_id in x_shares:
            writer = XWriter(org, p)
            writer.generate(x_shares[p.person_id])
            pending.append(submit(write_archive, p, writer.tweets, writer.directory, exports / "x"))
            counts["x"] += len(writer.tweets)
    for p in org.people:
        if p.person_id in mastodon_shares:
            masto = MastodonWriter(org, p)
            masto.generate(mastodon_shares[p.person_id])
            counts["mastodon"] += masto.write(exports / "mastodon")
    return counts, pending


def generate(out_dir: Path, *, posts: int = DEFAULT_POSTS, seed: int = DEFAULT_SEED) -> GenerationSummary:
    """Write a fictional organization of about `posts` posts to `out_dir`; same arguments, same bytes."""
    if posts < 200:
        raise ValueError(
            f"posts must be at least 200 (got {posts}); fewer cannot show the designed contrasts"
        )
    started, cpu_started = time.perf_counter(), time.process_time()
    out_dir = Path(out_dir)
    _prepare(out_dir)
    n_staff = max(N_DESIGNED_STAFF, round(posts / POSTS_PER_PERSON))
    people = build_cast(n_staff, seed)
    org = Org(seed, people)
    exports = out_dir / "exports"
    # Slack (internal chat) shares no sentence bank with the public formats, so it keeps its own
    # duplicate registry and, for big samples, runs in another process (as does X serialization);
    # the bytes are the same either way.
    slack_args = (exports / "slack", n_staff, seed, round(posts * SHARES["slack"]))
    with ExitStack() as stack:
        slack: Future[tuple[int, float]] | None = None
        submit: Callable[..., Future[Any]] = _run_here
        if posts >= PARALLEL_FROM:
            pool = stack.enter_context(
                ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
            )
            slack = pool.submit(_slack_job, *slack_args)
            submit = pool.submit
        counts, pending = _public_archives(org, exports, posts, submit)
        elapsed = time.perf_counter() - started
        log.info("X and Mastodon archives: %d + %d posts (%.0f s)", counts["x"], counts["mastodon"], elapsed)
        inbox = InboxWriter(org, exports / "inbox" / "social_inbox.csv")
        counts["inbox"] = inbox.generate(round(posts * SHARES["inbox"]))
        log.info("Shared inbox: %d rows (%.0f s)", counts["inbox"], time.perf_counter() - started)
        for archive in pending:
            archive.result()  # raises here if writing an archive failed in the other process
        counts["slack"], slack_cpu = slack.result() if slack is not None else _slack_job(*slack_args)
        where = "another process" if slack is not None else "this process"
        log.info(
            "Slack workspace: %d messages (%.0f s; %.0f CPU s in %s)",
            counts["slack"],
            time.perf_counter() - started,
            slack_cpu,
            where,
        )
    write_tables(out_dir, people, seed)

    files = [f for f in out_dir.rglob("*") if f.is_file()]
    summary = GenerationSummary(
        out_dir=out_dir,
        seed=seed,
        posts_target=posts,
        people=len(people),
        staff=sum(p.consent for p in people),
        counts=counts,
        files=len(files),
        bytes=sum(f.stat().st_size for f in files),
        seconds=time.perf_counter() - started,
    )
    log.info(
        "Generated %d posts for %d people in %s (%d files, %.1f MB, %.1f s; %.0f CPU s in this process)",
        summary.total_posts,
        summary.people,
        out_dir,
        summary.files,
        summary.bytes / 1e6,
        summary.seconds,
        time.process_time() - cpu_started,
    )
    return summary
