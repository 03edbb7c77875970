"""A scripted HTTP server on 127.0.0.1 for the live collectors' tests (no test touches the internet).

Each route is a list of canned replies served in turn (the last one repeats), so a test can
say "first a 500, then a truncated body, then the page". Every request is recorded.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


@dataclass
class Reply:
    status: int = 200
    body: object = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    truncate: bool = False  # announce more bytes than sent, then close: a dropped transfer

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode()


@dataclass
class Script:
    """Replies per (path, frozen query) or per path alone; requests seen, in order."""

    routes: dict[object, list[Reply]] = field(default_factory=dict)
    seen: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def on(self, path: str, *replies: Reply, **query: str) -> None:
        self.routes[(path, frozenset(query.items())) if query else path] = list(replies)

    def reply(self, path: str, query: dict[str, str]) -> Reply:
        with self._lock:
            self.seen.append((path, query))
            for key in ((path, frozenset(query.items())), path):
                replies = self.routes.get(key)
                if replies:
                    return replies.pop(0) if len(replies) > 1 else replies[0]
        return Reply(404, {"error": "NotFound", "message": f"no route for {path}"})


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            url = urlparse(self.path)
            query = {k: v[-1] for k, v in parse_qs(url.query).items()}
            reply = script.reply(url.path, query)
            data = reply.payload()
            self.send_response(reply.status)
            content_type = (
                "application/json" if not isinstance(reply.body, bytes) else "application/octet-stream"
            )
            self.send_header("Content-Type", content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value.replace("{base}", base_url(self.server)))
            if reply.truncate:
                self.send_header("Content-Length", str(len(data) + 500))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence the stdlib
            pass

    return Handler


def base_url(server: object) -> str:
    host, port = server.server_address[:2]  # type: ignore[attr-defined]
    return f"http://{host}:{port}"


@contextmanager
def serve(script: Script) -> Iterator[str]:
    """Run the script on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class FakeTime:
    """An injectable clock and sleep: sleeping advances the clock and is recorded, never waited."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += timedelta(seconds=seconds)
