"""The batch: exports → posts → staff posts → features → scores → evidence.

Every stage is a function from tables to tables, and every boundary is validated against
its contract in `signals.ground.schemas`. Nothing here prints; progress goes to an optional
callback so the CLI can show it and a notebook can ignore it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

import features
from collectors import registry
from collectors.discovery import discover
from collectors.options import ReadOptions
from collectors.read_cache import ReadCache
from features.posts import MATCH_COLUMNS
from features.summaries import WORKER_PRELOAD
from features.text_cache import TextCache, generation
from models.default import DefaultModel
from models.evidence import build_evidence, carrying_posts, occasion_posts
from models.persistence import load_model
from models.scoring import half_standings_of, resting_on_few, split_half_reliability
from signals import identity, replicates
from signals.execution.memory import release_freed_memory
from signals.execution.runner import Runner
from signals.execution.spill import StoredTable
from signals.execution.workers import WorkerPool, WorkerRunner
from signals.ground import schemas
from signals.ground.errors import InputError
from signals.ground.membership import is_in
from signals.org import Organization, organization_for
from signals.privacy import mask_evidence, staff_handles

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
DEFAULT_BOOTSTRAP = 100
DEFAULT_SEED = 20261125
ENGINES = ("local", "dask")


def default_jobs() -> int:
    """Worker processes when the caller does not say: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class RunResult:
    """Every table of a run, as DataFrames with the documented columns."""

    posts: StoredTable  # every post read (schemas.POSTS), on disk: `.read()` gives the DataFrame
    rejects: pd.DataFrame
    sources: pd.DataFrame
    roster: pd.DataFrame
    staff_posts: pd.DataFrame
    post_features: pd.DataFrame
    replies: pd.DataFrame
    person_features: pd.DataFrame
    feature_evidence: pd.DataFrame
    scores: pd.DataFrame
    evidence: pd.DataFrame
    people: pd.DataFrame
    organization: Organization
    model_id: str
    norm_sources: dict[str, str]
    summary: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # trait, reliability (split-half, Spearman–Brown), n_people; and per trait what its scores are
    # compared with (models.default: cohort, cohort and reference people, not comparable)
    reliability: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["trait", "reliability", "n_people"])
    )
    comparison: dict[str, str] = field(default_factory=dict)
    # (person, trait) whose score rests mostly on one or two posts (models.scoring.resting_on_few)
    resting_on_few: frozenset[tuple[str, str]] = frozenset()
    # what the outputs must keep out or mask (signals.outputs): third parties' identities
    # unless `show_identities`; the people of the forget list, and the ids of their posts
    show_identities: bool = False
    forgotten: tuple[str, ...] = ()
    forgotten_post_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    forgotten_accounts: tuple[str, ...] = ()  # their roster accounts, normalized
    # what each roster row matched (schemas.ROSTER_ACCOUNTS), "did you mean" for accounts with no post
    roster_accounts: pd.DataFrame = field(default_factory=lambda: schemas.empty(schemas.ROSTER_ACCOUNTS))


def analyze(
    paths: Sequence[str | Path],
    *,
    roster: str | Path | pd.DataFrame | None = None,
    org: str | Path | Organization | None = None,
    model: str | Path | None = None,
    input_format: str | None = None,
    bootstrap: int = DEFAULT_BOOTSTRAP,
    seed: int = DEFAULT_SEED,
    show_identities: bool = False,
    progress: Progress | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    text_cache: str | Path | None = None,
    read_cache: str | Path | None = None,
    forgotten: Collection[str] = (),
    include_deleted: bool = False,
    owners: Mapping[str | Path, str] | None = None,
) -> RunResult:
    """Run the whole batch on export paths and return every table.

    `jobs` worker processes (default: every core) read the exports (when there is enough to
    read) and run the per-text pass; `engine="dask"` runs ingest and per-post features on the
    Dask cluster at `scheduler`. Neither changes any output: the tables are the same for every
    `jobs` and engine. With `text_cache` (a file, features.text_cache), the summaries of texts
    an earlier run analyzed are taken from it, and the file is replaced by this run's when the
    features stage succeeds; with `read_cache` (a folder, collectors.read_cache), exports an
    earlier run read are taken from it (local engine). Neither changes any output.

    People in `forgotten` (person ids; the forget list of the output folder,
    signals.forget_list.read_forgotten) are left out as people without consent are, and the
    outputs keep them out of the workspace altogether (write_outputs refuses a folder whose
    forget list the run did not honour).

    `include_deleted` reads the posts their authors deleted (X deleted-tweets.js, unsent
    messages) as posts instead of counting them as excluded; `owners` maps an export (or a
    folder of exports) to its owner's account, for exports without a profile file naming
    them (collectors.options).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if engine == "dask" and not scheduler:
        raise ValueError("engine 'dask' needs a scheduler address")
    n_jobs = default_jobs() if jobs is None else max(1, int(jobs))
    step = progress or (lambda _message: None)
    read_options = ReadOptions.make(include_deleted=include_deleted, owners=owners)
    step("Reading exports")
    export_paths = discover(paths) if input_format is None else [Path(p) for p in paths]
    dask_engine = None
    if engine == "dask":
        from signals.engine_dask import DaskEngine

        dask_engine = DaskEngine(str(scheduler))
    # for the per-text pass (started only if it is big enough)
    pool = WorkerPool(n_jobs, preload=WORKER_PRELOAD)
    try:
        if dask_engine is not None:
            collection = dask_engine.collect_many(export_paths, format=input_format, options=read_options)
        else:
            pool.warm_up()  # the workers' server loads the lexicons while the exports are read
            # readers of their own, stopped after ingest: a worker that read a big export keeps
            # the memory it used, which the per-text pass would then carry
            with WorkerPool(n_jobs, keep_server=True, preload=WORKER_PRELOAD) as readers:
                mapper = readers if n_jobs > 1 else None
                exports_kept = ReadCache(read_cache, threads=n_jobs) if read_cache is not None else None
                collection = registry.collect_many(
                    export_paths, format=input_format, mapper=mapper, cache=exports_kept, options=read_options
                )
        posts = collection.posts
        release_freed_memory()
        if posts.empty:
            raise InputError(_nothing_usable(collection.sources, collection.rejects))
        notes = list(getattr(collection, "notes", []))

        step("Resolving people")
        roster_frame, organization = _roster_and_org(roster, org, posts)
        left_out = tuple(sorted(set(forgotten)))
        attribution = identity.attribute(posts, roster_frame, forgotten=left_out)
        # the forgotten are analyzed as people without consent, and left out of the outputs
        is_forgotten = roster_frame["person_id"].isin(left_out)
        roster_frame = roster_frame.assign(consent=roster_frame["consent"] & ~is_forgotten)
        kept_roster = roster_frame[~is_forgotten].reset_index(drop=True)
        people = identity.consenting_people(roster_frame, attribution.accounts)
        forgotten_post_ids = attribution.forgotten_post_ids
        left_accounts = roster_frame.loc[is_forgotten, "account"].dropna()
        forgotten_accounts = tuple(sorted({identity.normalize_account(a) for a in left_accounts}))
        staff_posts, attributed = attribution.staff_posts, attribution.counts
        # the forgotten leave no trace in the outputs, their roster rows included
        roster_accounts = attribution.accounts[~attribution.accounts["person_id"].isin(left_out)]
        roster_accounts = roster_accounts.reset_index(drop=True)
        # every post is read again only by reply detection and the outputs: the table waits on
        # disk through the features, bootstrap and evidence stages (a third of a big run's memory)
        stored_posts = StoredTable.write(posts)
        all_posts = partial(_attributed_posts, stored_posts, attribution.all_posts["person_id"])
        read_rejects, sources = collection.rejects, collection.sources
        del posts, collection, attribution

        step("Measuring features")
        inputs = {"roster": roster_frame, "mission_terms": organization.mission_terms}
        with _opened_cache(text_cache, organization.mission_terms) as cache:
            # how the per-text pass runs, decided once: the stage only maps work over batches
            runner: Runner = WorkerRunner(pool, cache=cache)
            if dask_engine is not None:
                runner = dask_engine.runner(cache=cache)
            result = features.extract(staff_posts, all_posts=all_posts, **inputs, runner=runner)
        del all_posts, runner
    except BaseException:  # failed or interrupted (Ctrl-C, SIGTERM): the work handed out is dropped
        pool.close(now=True)
        raise
    finally:  # workers and cluster client are released whatever happens, not only on success
        pool.close()
        if dask_engine is not None:
            dask_engine.close()
    person_features = schemas.validate_person_features(result.person_features)
    release_freed_memory()

    step("Scoring traits")
    scorer = (load_model(model) if model is not None else DefaultModel()).fit(person_features)
    clusters = replicates.text_clusters(staff_posts)  # one computation for the two that read it
    counts = replicates.distinct_counts(staff_posts, result, clusters=clusters)
    point = scorer.standings(person_features)
    contributions = scorer.contributions(person_features)
    carried = carrying_posts(contributions, result.feature_evidence, point)
    shared = features.replicate_inputs(result, staff_posts=staff_posts)  # one copy for all three
    left_out_versions = replicates.leave_out(staff_posts, result, carried, inputs=shared)
    few = resting_on_few(scorer.standings, point, left_out_versions)
    del left_out_versions
    drawn = replicates.bootstrap_replicates(
        staff_posts, result, n=bootstrap, seed=seed, inputs=shared, clusters=clusters
    )
    halves = half_standings_of(scorer.standings, replicates.split_halves(staff_posts, result, inputs=shared))
    del shared
    scores = scorer.score(
        person_features, replicates=drawn, counts=counts, resting_on_few=few, half_standings=halves
    )
    del drawn
    reliability = split_half_reliability(halves)
    release_freed_memory()

    step("Collecting evidence")
    occasions = occasion_posts(staff_posts, result.post_features, MATCH_COLUMNS)
    evidence = build_evidence(
        contributions,
        scores,
        *_evidence_inputs(result, staff_posts, occasions),
        person_features=person_features,
        occasions=occasions,
    )
    if not show_identities:
        evidence = mask_evidence(evidence, keep_handles=staff_handles(kept_roster))
    evidence = schemas.validate(evidence, schemas.EVIDENCE)

    rejects = pd.concat([read_rejects, result.rejects], ignore_index=True)
    rejects = schemas.validate(rejects.sort_values(["source", "locator"], kind="stable"), schemas.REJECTS)
    summary = {
        "records_read": int(sources["records_read"].sum()),
        "posts": len(stored_posts),
        "rejects": len(rejects),
        "excluded": int(sources["excluded"].sum()),
        "people_scored": int(people["person_id"].nunique()),
        **attributed,
        **{k: int(v) for k, v in result.counts.items()},
    }
    return RunResult(
        posts=stored_posts,
        rejects=rejects.reset_index(drop=True),
        sources=sources,
        roster=kept_roster,
        staff_posts=staff_posts,
        post_features=result.post_features,
        replies=result.replies,
        person_features=person_features,
        feature_evidence=result.feature_evidence,
        scores=scores,
        evidence=evidence,
        people=people,
        organization=organization,
        model_id=scorer.model_id,
        norm_sources=dict(scorer.norm_source_),
        reliability=reliability,
        resting_on_few=few,
        comparison=dict(getattr(scorer, "comparison_", {})),
        summary=summary,
        notes=notes,
        show_identities=show_identities,
        forgotten=left_out,
        forgotten_post_ids=forgotten_post_ids,
        forgotten_accounts=forgotten_accounts,
        roster_accounts=roster_accounts,
    )


def _attributed_posts(stored: StoredTable, person_ids: pd.Series) -> pd.DataFrame:
    """Every post read back from disk, with the `person_id` attribution gave it."""
    frame = stored.read()
    frame["person_id"] = person_ids.set_axis(frame.index)
    return frame


def _nothing_usable(sources: pd.DataFrame, rejects: pd.DataFrame) -> str:
    """Why a run cannot go on: what was read, and the commonest reasons records were refused."""
    read = int(sources["records_read"].sum()) if len(sources) else 0
    reasons = rejects["reason"].value_counts().head(3)
    why = "; ".join(f"{n} × {reason}" for reason, n in reasons.items())
    return (
        f"no usable posts in the given exports ({read} records read, {len(rejects)} rejected, "
        f"the rest excluded by rule)" + (f": {why}" if why else "")
    )


def _roster_and_org(
    roster: str | Path | pd.DataFrame | None,
    org: str | Path | Organization | None,
    posts: pd.DataFrame,
) -> tuple[pd.DataFrame, Organization]:
    if roster is None:
        roster_frame = identity.roster_from_posts(posts)
    elif isinstance(roster, pd.DataFrame):
        roster_frame = schemas.validate(roster, schemas.ROSTER)
    else:
        roster_frame = identity.load_roster(roster)
    return roster_frame, organization_for(org, roster=roster)


def _evidence_inputs(
    result: features.FeatureResult, staff_posts: pd.DataFrame, occasions: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The feature evidence and the staff posts build_evidence needs, cheap to look up.

    build_evidence only looks up posts named in the feature evidence or among the occasions,
    once per (score, feature); handing it just those posts, and post ids as plain objects (hash
    lookups instead of pyarrow's per-value `isin`), makes that linear instead of quadratic in
    the number of posts. The evidence it builds is the same.
    """
    feature_evidence = result.feature_evidence.astype({"post_id": object})
    named_ids = pd.concat([feature_evidence["post_id"].dropna(), occasions["post_id"]]).unique()
    named = is_in(staff_posts["post_id"], pd.Index(named_ids))
    posts = staff_posts.loc[named].astype({"post_id": object})
    return feature_evidence, posts


@contextmanager
def _opened_cache(path: str | Path | None, mission_terms: Sequence[str]) -> Iterator[TextCache | None]:
    """The text cache at `path`, opened (None without a path); its new file replaces the
    earlier one if the block succeeds and is removed if not. A cache that cannot be written
    (a read-only folder, a full disk) is a warning, not a failure: the run goes on without."""
    if path is None:
        yield None
        return
    try:
        cache = TextCache(path, generation=generation(tuple(mission_terms))).open()
    except OSError as error:
        log.warning("text cache %s cannot be written (%s): every text is analyzed, none kept", path, error)
        yield None
        return
    try:
        yield cache
    except BaseException:
        cache.discard()
        raise
    try:
        cache.commit()
    except OSError as error:
        log.warning("text cache %s cannot be written (%s): not kept for the next run", path, error)
        cache.discard()
        return
    log.info("text cache %s: %d texts taken from it, %d analyzed", path, cache.hits_, cache.misses_)
