"""HTTP for the live collectors: retries, rate limits and an injectable transport, clock and sleep.

Both live APIs (Mastodon, Bluesky) need the same discipline: retry 429 and 5xx answers and
broken transfers (a dropped connection, a truncated body) with exponential backoff and a
bound; when the server says the budget is spent (`X-RateLimit-Remaining: 0` on Mastodon,
`RateLimit-Remaining: 0` on Bluesky) sleep until its reset time before the next request.
Mastodon gives the reset as an ISO time, Bluesky as epoch seconds; both are understood.

The httpx transport, the clock and the sleep function are constructor arguments, so tests
run against a local server (or httpx.MockTransport) without waiting for real time.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx

from collectors.common import UTC, from_epoch_ms
from signals.ground.errors import InputError, SignalsError

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Sleep = Callable[[float], None]
USER_AGENT = "staff-signals-collector (+https://pypi.org/project/staff-signals/)"


class LiveError(SignalsError):
    """A live API could not be read: network or server failures that outlasted the retries."""


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts after the first, backoff doubling from `backoff_s`, and caps."""

    max_retries: int = 5
    backoff_s: float = 1.0
    max_backoff_s: float = 60.0
    max_wait_s: float = 900.0  # the longest sleep a rate-limit reset may ask for


def _utcnow() -> datetime:
    return datetime.now(UTC)


def parse_reset(value: str | None, now: datetime) -> datetime | None:
    """A rate-limit reset header as a time: ISO 8601 (Mastodon), epoch seconds or delta seconds."""
    if not value:
        return None
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if number > 1e9:  # epoch seconds
        return from_epoch_ms(int(number * 1000))
    return now + timedelta(seconds=max(number, 0.0))  # delta seconds (IETF draft)


def _remaining(response: httpx.Response) -> int | None:
    for name in ("x-ratelimit-remaining", "ratelimit-remaining"):
        value = response.headers.get(name)
        if value is not None:
            try:
                return int(float(value))
            except ValueError:
                return None
    return None


def _reset(response: httpx.Response, now: datetime) -> datetime | None:
    return parse_reset(
        response.headers.get("x-ratelimit-reset") or response.headers.get("ratelimit-reset"), now
    )


class Fetcher:
    """GET with retries and rate-limit waits; counts requests, retries and time waited."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Clock = _utcnow,
        sleep: Sleep = time.sleep,
        policy: RetryPolicy | None = None,
        timeout_s: float = 30.0,
    ) -> None:
        self.transport = transport
        self.clock = clock
        self.sleep = sleep
        self.policy = policy or RetryPolicy()
        self._client = httpx.Client(
            transport=transport,
            timeout=timeout_s,
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
        )
        self.requests = 0
        self.retries = 0
        self.waited_s = 0.0

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> tuple[Any, httpx.Response]:
        """The decoded JSON body of a successful GET (an invalid body is retried like a dropped one)."""
        return self._get(url, params, as_json=True)

    def get_bytes(self, url: str, params: dict[str, Any] | None = None) -> tuple[bytes, httpx.Response]:
        """The raw body of a successful GET (e.g. a CAR file)."""
        return self._get(url, params, as_json=False)

    def _get(self, url: str, params: dict[str, Any] | None, *, as_json: bool) -> tuple[Any, httpx.Response]:
        attempt = 0
        while True:
            wait: float | None = None
            try:
                self.requests += 1
                response = self._client.get(url, params=params)
                body = response.content
            except httpx.TransportError as exc:  # refused, reset, timed out, truncated body
                reason = f"{type(exc).__name__}: {exc}"
            else:
                code = response.status_code
                if code == 429:
                    reason = "HTTP 429 (rate limited)"
                    reset = _reset(response, self.clock())
                    wait = (reset - self.clock()).total_seconds() if reset else None
                elif code >= 500:
                    reason = f"HTTP {code}"
                elif code >= 400:
                    raise _client_error(response)
                else:
                    try:
                        value = json.loads(body) if as_json else body
                    except ValueError:
                        reason = "invalid JSON body (truncated?)"
                    else:
                        self._pace(response)
                        return value, response
            attempt += 1
            if attempt > self.policy.max_retries:
                raise LiveError(f"{url}: giving up after {attempt} attempts; last problem: {reason}")
            backoff = min(self.policy.backoff_s * 2 ** (attempt - 1), self.policy.max_backoff_s)
            delay = backoff if wait is None else min(max(wait, 0.0), self.policy.max_wait_s)
            log.warning("%s: %s; retry %d/%d in %.1f s", url, reason, attempt, self.policy.max_retries, delay)
            self.retries += 1
            self._wait(delay)

    def _pace(self, response: httpx.Response) -> None:
        """Sleep until the reset time when the server says no requests are left."""
        remaining = _remaining(response)
        if remaining is None or remaining > 0:
            return
        now = self.clock()
        reset = _reset(response, now)
        if reset is None:
            return
        delay = min(max((reset - now).total_seconds(), 0.0), self.policy.max_wait_s)
        if delay:
            log.info("rate limit spent: waiting %.1f s until %s", delay, reset.isoformat())
            self._wait(delay)

    def _wait(self, seconds: float) -> None:
        self.waited_s += seconds
        self.sleep(seconds)


def _client_error(response: httpx.Response) -> SignalsError:
    """4xx other than 429: the request is wrong (unknown account, bad handle); no retry helps."""
    try:
        detail = response.json()
        parts = [detail.get("error"), detail.get("message")] if isinstance(detail, dict) else []
        message = ": ".join(str(p) for p in parts if p) or None
    except ValueError:
        message = None
    text = f"HTTP {response.status_code} from {response.request.url}" + (f": {message}" if message else "")
    return InputError(text) if response.status_code in (400, 404, 410) else LiveError(text)
